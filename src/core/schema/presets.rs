//! Known export formats, recognised by their header rows.
//!
//! Each preset is the header row a tool writes, with the role of each column (`None`: a column that is
//! deliberately left unmapped, so that the header synonyms do not guess a role for it). Headers are compared
//! folded and without bracketed parts (`"Amount spent (EUR)"` matches `"Amount spent (USD)"`); an entry ending
//! in `*` matches every header that starts with it (survey question columns).

use super::fold::fold_loose;
use super::kinds::Kind;
use super::roles::Role;
use Role::*;

/// A known export format.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Preset {
    /// What the UI shows, e.g. `"Shopify orders"`.
    pub name: &'static str,
    /// The dataset kind of the export.
    pub kind: Kind,
    /// The header row as the tool writes it, with each column's role.
    pub columns: &'static [(&'static str, Option<Role>)],
}

/// Every known export format.
pub const PRESETS: &[Preset] = &[
    Preset {
        name: crate::phrase!("Shopify orders"),
        kind: Kind::Orders,
        columns: &[
            ("Name", Some(OrderId)),
            ("Email", Some(CustomerId)),
            ("Financial Status", Some(Status)),
            ("Paid at", None),
            ("Fulfillment Status", None),
            ("Fulfilled at", Some(FulfilledAt)),
            ("Accepts Marketing", None),
            ("Currency", Some(Currency)),
            ("Subtotal", Some(Subtotal)),
            ("Shipping", Some(Shipping)),
            ("Taxes", Some(Tax)),
            ("Total", Some(Amount)),
            ("Discount Code", None),
            ("Discount Amount", Some(Discount)),
            ("Shipping Method", None),
            ("Created at", Some(OrderDate)),
            ("Lineitem quantity", Some(Quantity)),
            ("Lineitem name", Some(ProductName)),
            ("Lineitem price", Some(UnitPrice)),
            ("Lineitem compare at price", None),
            ("Lineitem sku", Some(Product)),
            ("Lineitem requires shipping", None),
            ("Lineitem taxable", None),
            ("Lineitem fulfillment status", None),
            ("Billing Name", None),
            ("Billing Company", Some(Company)),
            ("Billing Country", Some(Country)),
            ("Shipping Name", None),
            ("Shipping Country", None),
            ("Cancelled at", None),
            ("Payment Method", None),
            ("Refunded Amount", None),
            ("Vendor", None),
            ("Id", None),
            ("Tags", None),
            ("Source", Some(Channel)),
            ("Lineitem discount", None),
        ],
    },
    Preset {
        name: crate::phrase!("WooCommerce orders"),
        kind: Kind::Orders,
        columns: &[
            ("Order Number", Some(OrderId)),
            ("Order Status", Some(Status)),
            ("Order Date", Some(OrderDate)),
            ("Customer Note", None),
            ("First Name (Billing)", None),
            ("Last Name (Billing)", None),
            ("Company (Billing)", Some(Company)),
            ("Country Code (Billing)", Some(Country)),
            ("Email (Billing)", Some(CustomerId)),
            ("Phone (Billing)", None),
            ("Payment Method Title", None),
            ("Cart Discount Amount", Some(Discount)),
            ("Order Subtotal Amount", Some(Subtotal)),
            ("Shipping Method Title", None),
            ("Order Shipping Amount", Some(Shipping)),
            ("Order Refund Amount", None),
            ("Order Total Amount", Some(Amount)),
            ("Order Total Tax Amount", Some(Tax)),
            ("SKU", Some(Product)),
            ("Item #", None),
            ("Item Name", Some(ProductName)),
            ("Quantity (- Refund)", Some(Quantity)),
            ("Item Cost", Some(UnitPrice)),
            ("Coupon Code", None),
        ],
    },
    Preset {
        name: crate::phrase!("Magento orders"),
        kind: Kind::Orders,
        columns: &[
            ("ID", Some(OrderId)),
            ("Purchase Point", Some(Channel)),
            ("Purchase Date", Some(OrderDate)),
            ("Bill-to Name", None),
            ("Ship-to Name", None),
            ("Grand Total (Base)", None),
            ("Grand Total (Purchased)", Some(Amount)),
            ("Status", Some(Status)),
            ("Billing Address", None),
            ("Shipping Address", None),
            ("Shipping Information", None),
            ("Customer Email", Some(CustomerId)),
            ("Customer Group", None),
            ("Subtotal", Some(Subtotal)),
            ("Shipping and Handling", Some(Shipping)),
            ("Customer Name", None),
            ("Payment Method", None),
            ("Total Refunded", None),
        ],
    },
    Preset {
        name: crate::phrase!("PrestaShop orders"),
        kind: Kind::Orders,
        columns: &[
            ("ID", None),
            ("Reference", Some(OrderId)),
            ("New client", None),
            ("Delivery", Some(Country)),
            ("Customer", Some(CustomerId)),
            ("Total", Some(Amount)),
            ("Payment", None),
            ("Status", Some(Status)),
            ("Date", Some(OrderDate)),
        ],
    },
    Preset {
        name: crate::phrase!("PrestaShop orders (French)"),
        kind: Kind::Orders,
        columns: &[
            ("ID", None),
            ("Référence", Some(OrderId)),
            ("Nouveau client", None),
            ("Livraison", Some(Country)),
            ("Client", Some(CustomerId)),
            ("Total", Some(Amount)),
            ("Paiement", None),
            ("État", Some(Status)),
            ("Date", Some(OrderDate)),
        ],
    },
    Preset {
        name: crate::phrase!("Cafe24 orders"),
        kind: Kind::Orders,
        columns: &[
            ("주문번호", Some(OrderId)),
            ("주문일시", Some(OrderDate)),
            ("결제일시", None),
            ("주문자명", None),
            ("주문자 아이디", Some(CustomerId)),
            ("주문자 이메일", None),
            ("상품번호", Some(Product)),
            ("상품명", Some(ProductName)),
            ("상품옵션", None),
            ("수량", Some(Quantity)),
            ("판매가", Some(UnitPrice)),
            ("상품구매금액", Some(Subtotal)),
            ("총 배송비", Some(Shipping)),
            ("총 결제금액", Some(Amount)),
            ("주문상태", Some(Status)),
            ("결제수단", None),
            ("주문경로", Some(Channel)),
        ],
    },
    Preset {
        name: crate::phrase!("Naver Smart Store orders"),
        kind: Kind::Orders,
        columns: &[
            ("상품주문번호", None),
            ("주문번호", Some(OrderId)),
            ("배송방법", None),
            ("택배사", None),
            ("송장번호", None),
            ("발송일", Some(FulfilledAt)),
            ("구매자명", None),
            ("구매자ID", Some(CustomerId)),
            ("수취인명", None),
            ("주문상태", Some(Status)),
            ("주문세부상태", None),
            ("결제일", None),
            ("상품번호", Some(Product)),
            ("상품명", Some(ProductName)),
            ("옵션정보", None),
            ("수량", Some(Quantity)),
            ("상품가격", Some(UnitPrice)),
            ("상품별 할인액", Some(Discount)),
            ("상품별 총 주문금액", Some(Amount)),
            ("배송비 합계", Some(Shipping)),
            ("결제수단", None),
            ("유입경로", Some(Channel)),
            ("주문일시", Some(OrderDate)),
        ],
    },
    Preset {
        name: crate::phrase!("Rakuten orders"),
        kind: Kind::Orders,
        columns: &[
            ("注文番号", Some(OrderId)),
            ("ステータス", Some(Status)),
            ("注文日時", Some(OrderDate)),
            ("注文者メールアドレス", Some(CustomerId)),
            ("商品名", Some(ProductName)),
            ("商品番号", Some(Product)),
            ("単価", Some(UnitPrice)),
            ("個数", Some(Quantity)),
            ("商品合計金額", Some(Subtotal)),
            ("送料合計", Some(Shipping)),
            ("消費税合計", Some(Tax)),
            ("合計金額", Some(Amount)),
            ("支払方法名", None),
        ],
    },
    Preset {
        name: crate::phrase!("Amazon Seller Central orders"),
        kind: Kind::Orders,
        columns: &[
            ("amazon-order-id", Some(OrderId)),
            ("merchant-order-id", None),
            ("purchase-date", Some(OrderDate)),
            ("last-updated-date", None),
            ("order-status", Some(Status)),
            ("fulfillment-channel", None),
            ("sales-channel", Some(Channel)),
            ("order-channel", None),
            ("url", None),
            ("ship-service-level", None),
            ("product-name", Some(ProductName)),
            ("sku", Some(Product)),
            ("asin", None),
            ("item-status", None),
            ("quantity", Some(Quantity)),
            ("currency", Some(Currency)),
            ("item-price", Some(Amount)),
            ("item-tax", Some(Tax)),
            ("shipping-price", Some(Shipping)),
            ("shipping-tax", None),
            ("gift-wrap-price", None),
            ("gift-wrap-tax", None),
            ("item-promotion-discount", Some(Discount)),
            ("ship-promotion-discount", None),
            ("ship-city", None),
            ("ship-state", None),
            ("ship-postal-code", None),
            ("ship-country", Some(Country)),
            ("promotion-ids", None),
        ],
    },
    Preset {
        name: crate::phrase!("Stripe invoices"),
        kind: Kind::Orders,
        columns: &[
            ("id", Some(OrderId)),
            ("Amount Due", None),
            ("Amount Paid", None),
            ("Amount Remaining", None),
            ("Billing", None),
            ("Currency", Some(Currency)),
            ("Customer", Some(CustomerId)),
            ("Customer Email", None),
            ("Customer Name", None),
            ("Date (UTC)", Some(OrderDate)),
            ("Description", None),
            ("Discount", Some(Discount)),
            ("Due Date (UTC)", None),
            ("Number", None),
            ("Paid", None),
            ("Status", Some(Status)),
            ("Subscription", None),
            ("Subtotal", Some(Subtotal)),
            ("Tax", Some(Tax)),
            ("Total", Some(Amount)),
        ],
    },
    Preset {
        name: crate::phrase!("GA4 traffic acquisition"),
        kind: Kind::Traffic,
        columns: &[
            ("Session default channel group", Some(Channel)),
            ("Date", Some(Date)),
            ("Sessions", Some(Sessions)),
            ("Engaged sessions", Some(EngagedSessions)),
            ("Engagement rate", None),
            ("Average engagement time per session", Some(AvgEngagementTime)),
            ("Events per session", None),
            ("Event count", None),
            ("Key events", Some(Conversions)),
            ("Session key event rate", None),
            ("Total revenue", Some(Revenue)),
        ],
    },
    Preset {
        name: crate::phrase!("GA4 source / medium report"),
        kind: Kind::Traffic,
        columns: &[
            ("Date", Some(Date)),
            ("Session source / medium", Some(Source)),
            ("Sessions", Some(Sessions)),
            ("Total users", Some(Users)),
            ("New users", Some(NewUsers)),
            ("Engaged sessions", Some(EngagedSessions)),
            ("Engagement rate", None),
            ("Views", Some(Pageviews)),
            ("Add to carts", Some(AddToCarts)),
            ("Checkouts", Some(Checkouts)),
            ("Ecommerce purchases", Some(Purchases)),
            ("Key events", Some(Conversions)),
            ("Total revenue", Some(Revenue)),
        ],
    },
    Preset {
        name: crate::phrase!("GA4 pages and screens"),
        kind: Kind::Pages,
        columns: &[
            ("Page path and screen class", Some(Page)),
            ("Views", Some(Views)),
            ("Users", Some(Users)),
            ("Views per user", None),
            ("Average engagement time", Some(AvgTimeOnPage)),
            ("Event count", None),
            ("Key events", None),
            ("Total revenue", None),
        ],
    },
    Preset {
        name: crate::phrase!("Universal Analytics"),
        kind: Kind::Traffic,
        columns: &[
            ("Source / Medium", Some(Source)),
            ("Date", Some(Date)),
            ("Users", Some(Users)),
            ("New Users", Some(NewUsers)),
            ("Sessions", Some(Sessions)),
            ("Bounce Rate", Some(BounceRate)),
            ("Pages / Session", None),
            ("Avg. Session Duration", Some(AvgEngagementTime)),
            ("Ecommerce Conversion Rate", None),
            ("Transactions", Some(Purchases)),
            ("Revenue", Some(Revenue)),
        ],
    },
    Preset {
        name: crate::phrase!("Universal Analytics pages"),
        kind: Kind::Pages,
        columns: &[
            ("Page", Some(Page)),
            ("Pageviews", Some(Views)),
            ("Unique Pageviews", None),
            ("Avg. Time on Page", Some(AvgTimeOnPage)),
            ("Entrances", Some(Entrances)),
            ("Bounce Rate", Some(BounceRate)),
            ("% Exit", None),
            ("Page Value", None),
        ],
    },
    Preset {
        name: crate::phrase!("Google Ads campaigns"),
        kind: Kind::Ads,
        columns: &[
            ("Campaign", Some(Campaign)),
            ("Campaign type", None),
            ("Day", Some(Date)),
            ("Currency code", Some(Currency)),
            ("Budget", Some(Budget)),
            ("Impr.", Some(Impressions)),
            ("Clicks", Some(Clicks)),
            ("CTR", None),
            ("Avg. CPC", None),
            ("Cost", Some(Spend)),
            ("Conversions", Some(Conversions)),
            ("Conv. value", Some(ConversionValue)),
            ("Cost / conv.", None),
        ],
    },
    Preset {
        name: crate::phrase!("LinkedIn Ads campaigns"),
        kind: Kind::Ads,
        columns: &[
            ("Start Date (in UTC)", Some(Date)),
            ("Account Name", None),
            ("Campaign Group Name", None),
            ("Campaign Name", Some(Campaign)),
            ("Campaign ID", None),
            ("Campaign Status", None),
            ("Currency", Some(Currency)),
            ("Total Spent", Some(Spend)),
            ("Impressions", Some(Impressions)),
            ("Clicks", Some(Clicks)),
            ("Click Through Rate", None),
            ("Average CPM", None),
            ("Average CPC", None),
            ("Conversions", Some(Conversions)),
            ("Conversion Rate", None),
            ("Cost per Conversion", None),
            ("Total Conversion Value", Some(ConversionValue)),
            ("Leads", None),
        ],
    },
    Preset {
        name: crate::phrase!("Meta Ads campaigns"),
        kind: Kind::Ads,
        columns: &[
            ("Reporting starts", Some(Date)),
            ("Reporting ends", None),
            ("Campaign name", Some(Campaign)),
            ("Campaign delivery", None),
            ("Results", Some(Conversions)),
            ("Result indicator", None),
            ("Reach", None),
            ("Impressions", Some(Impressions)),
            ("Cost per results", None),
            ("Amount spent (USD)", Some(Spend)),
            ("Ends", None),
            ("Link clicks", Some(Clicks)),
            ("CTR (link click-through rate)", None),
            ("Purchases conversion value", Some(ConversionValue)),
        ],
    },
    Preset {
        name: crate::phrase!("Mailchimp campaigns"),
        kind: Kind::Email,
        columns: &[
            ("Title", Some(Campaign)),
            ("Subject", None),
            ("List", None),
            ("Send Date", Some(SendDate)),
            ("Send Weekday", None),
            ("Total Recipients", Some(Sent)),
            ("Successful Deliveries", Some(Delivered)),
            ("Soft Bounces", None),
            ("Hard Bounces", None),
            ("Total Bounces", Some(Bounces)),
            ("Times Forwarded", None),
            ("Forwarded Opens", None),
            ("Unique Opens", Some(Opens)),
            ("Open Rate", None),
            ("Total Opens", None),
            ("Unique Clicks", Some(Clicks)),
            ("Click Rate", None),
            ("Total Clicks", None),
            ("Unsubscribes", Some(Unsubscribes)),
            ("Abuse Complaints", Some(SpamReports)),
            ("Times Liked on Facebook", None),
            ("Folder Id", None),
            ("Unique Id", None),
        ],
    },
    Preset {
        name: crate::phrase!("HubSpot contacts"),
        kind: Kind::Leads,
        columns: &[
            ("Record ID", Some(LeadId)),
            ("First Name", None),
            ("Last Name", None),
            ("Email", None),
            ("Phone Number", None),
            ("Contact owner", Some(Owner)),
            ("Lifecycle Stage", Some(Stage)),
            ("Lead Status", None),
            ("Create Date", Some(CreatedDate)),
            ("Last Activity Date", None),
            ("Original Source", Some(Source)),
            ("Became a Marketing Qualified Lead Date", Some(MqlDate)),
            ("Became a Sales Qualified Lead Date", Some(SqlDate)),
            ("Became a Customer Date", Some(CloseDate)),
            ("HubSpot Score", None),
            ("Associated Company", Some(Company)),
        ],
    },
    Preset {
        name: crate::phrase!("HubSpot deals"),
        kind: Kind::Leads,
        columns: &[
            ("Record ID", Some(LeadId)),
            ("Deal Name", None),
            ("Pipeline", None),
            ("Deal Stage", Some(Stage)),
            ("Amount", Some(Amount)),
            ("Close Date", Some(CloseDate)),
            ("Create Date", Some(CreatedDate)),
            ("Deal owner", Some(Owner)),
            ("Deal Type", None),
            ("Original Source Type", Some(OriginatedBy)),
            ("Associated Company", Some(Company)),
        ],
    },
    Preset {
        name: crate::phrase!("Salesforce opportunities"),
        kind: Kind::Leads,
        columns: &[
            ("Opportunity Owner", Some(Owner)),
            ("Account Name", Some(Company)),
            ("Opportunity Name", None),
            ("Stage", Some(Stage)),
            ("Fiscal Period", None),
            ("Amount", Some(Amount)),
            ("Probability (%)", None),
            ("Age", None),
            ("Close Date", Some(CloseDate)),
            ("Created Date", Some(CreatedDate)),
            ("Next Step", None),
            ("Lead Source", Some(Source)),
            ("Type", None),
            ("Opportunity ID", Some(LeadId)),
        ],
    },
    Preset {
        name: crate::phrase!("Pipedrive deals"),
        kind: Kind::Leads,
        columns: &[
            ("Deal - ID", Some(LeadId)),
            ("Deal - Title", None),
            ("Deal - Value", Some(Amount)),
            ("Deal - Currency", Some(Currency)),
            ("Deal - Organization", Some(Company)),
            ("Deal - Contact person", None),
            ("Deal - Owner", Some(Owner)),
            ("Deal - Stage", Some(Stage)),
            ("Deal - Status", Some(Won)),
            ("Deal - Pipeline", None),
            ("Deal - Deal created", Some(CreatedDate)),
            ("Deal - Deal closed on", Some(CloseDate)),
            ("Deal - Expected close date", None),
            ("Deal - Lost reason", None),
            ("Deal - Source channel", Some(Source)),
        ],
    },
    Preset {
        name: crate::phrase!("Stripe subscriptions"),
        kind: Kind::Subscriptions,
        columns: &[
            ("id", None),
            ("Customer ID", Some(CustomerId)),
            ("Customer Description", None),
            ("Customer Email", None),
            ("Plan", Some(Plan)),
            ("Product", None),
            ("Quantity", None),
            ("Interval", Some(Interval)),
            ("Amount", Some(Amount)),
            ("Status", Some(Status)),
            ("Created (UTC)", None),
            ("Start (UTC)", Some(StartDate)),
            ("Current Period Start (UTC)", None),
            ("Current Period End (UTC)", None),
            ("Trial Start (UTC)", None),
            ("Trial End (UTC)", None),
            ("Application Fee Percent", None),
            ("Coupon", None),
            ("Tax Percent", None),
            ("Canceled At (UTC)", None),
            ("Cancel At Period End", None),
            ("Ended At (UTC)", Some(EndDate)),
        ],
    },
    Preset {
        name: crate::phrase!("Search Console queries"),
        kind: Kind::Search,
        columns: &[
            ("Top queries", Some(Query)),
            ("Clicks", Some(Clicks)),
            ("Impressions", Some(Impressions)),
            ("CTR", None),
            ("Position", Some(Position)),
        ],
    },
    Preset {
        name: crate::phrase!("Search Console pages"),
        kind: Kind::Search,
        columns: &[
            ("Top pages", Some(Page)),
            ("Clicks", Some(Clicks)),
            ("Impressions", Some(Impressions)),
            ("CTR", None),
            ("Position", Some(Position)),
        ],
    },
    Preset {
        name: crate::phrase!("Search Console dates"),
        kind: Kind::Search,
        columns: &[
            ("Date", Some(Date)),
            ("Clicks", Some(Clicks)),
            ("Impressions", Some(Impressions)),
            ("CTR", None),
            ("Position", Some(Position)),
        ],
    },
    Preset {
        name: crate::phrase!("Delighted responses"),
        kind: Kind::Nps,
        columns: &[
            ("Response ID", None),
            ("Email", Some(Respondent)),
            ("Name", None),
            ("Score", Some(Score)),
            ("Comment", Some(Comment)),
            ("Survey Type", None),
            ("Created At", Some(Date)),
            ("Updated At", None),
            ("Tags", Some(Segment)),
            ("Notes", None),
        ],
    },
    Preset {
        name: crate::phrase!("SurveyMonkey responses"),
        kind: Kind::Nps,
        columns: &[
            ("Respondent ID", Some(Respondent)),
            ("Collector ID", None),
            ("Start Date", None),
            ("End Date", Some(Date)),
            ("IP Address", None),
            ("Email Address", None),
            ("First Name", None),
            ("Last Name", None),
            ("Custom Data 1", None),
            ("How likely is it that you would recommend*", Some(Score)),
        ],
    },
    Preset {
        name: crate::phrase!("Typeform responses"),
        kind: Kind::Nps,
        columns: &[
            ("#", Some(Respondent)),
            ("How likely are you to recommend*", Some(Score)),
            ("Start Date (UTC)", None),
            ("Submit Date (UTC)", Some(Date)),
            ("Network ID", None),
            ("Tags", None),
        ],
    },
];

/// A preset recognised in a header row.
#[derive(Clone, Debug, PartialEq)]
pub struct PresetMatch {
    /// The preset.
    pub preset: &'static Preset,
    /// Share of the preset's headers found in the file (0–1).
    pub score: f32,
    /// For each column of the file, the preset's role for it: `Some(Some(role))` mapped,
    /// `Some(None)` known and deliberately unmapped, `None` not a header of the preset.
    pub roles: Vec<Option<Option<Role>>>,
}

/// Smallest share of a preset's headers that must be present for it to match.
pub const MIN_PRESET_SHARE: f32 = 0.6;

/// Presets with at most this many columns are "short".
pub const SHORT_PRESET: usize = 6;

/// Smallest share of a short preset's headers that must be present for it to match.
pub const SHORT_PRESET_SHARE: f32 = 0.8;

/// The preset whose header row best matches `headers`, if one matches well enough: at least
/// [`MIN_PRESET_SHARE`] of its headers ([`SHORT_PRESET_SHARE`] for short presets), three at least,
/// and at least half of the file's headers.
pub fn match_preset(headers: &[&str]) -> Option<PresetMatch> {
    let folded: Vec<String> = headers.iter().map(|h| fold_loose(h)).collect();
    let mut best: Option<(PresetMatch, usize)> = None;
    for preset in PRESETS {
        let mut roles: Vec<Option<Option<Role>>> = vec![None; headers.len()];
        let mut found = 0usize;
        for (header, role) in preset.columns {
            let (pattern, prefix) = match header.strip_suffix('*') {
                Some(p) => (fold_loose(p), true),
                None => (fold_loose(header), false),
            };
            let hit = folded.iter().enumerate().position(|(i, f)| {
                roles.get(i).is_some_and(Option::is_none)
                    && if prefix {
                        f.starts_with(&pattern)
                    } else {
                        *f == pattern
                    }
            });
            if let Some(i) = hit {
                if let Some(slot) = roles.get_mut(i) {
                    *slot = Some(*role);
                    found += 1;
                }
            }
        }
        let share = found as f32 / preset.columns.len().max(1) as f32;
        let file_share = found as f32 / headers.len().max(1) as f32;
        // Short header rows (Search Console's five columns) are made of generic words: ask for more of them.
        let needed = if preset.columns.len() <= SHORT_PRESET {
            SHORT_PRESET_SHARE
        } else {
            MIN_PRESET_SHARE
        };
        if found < 3 || share < needed || file_share < 0.5 {
            continue;
        }
        let candidate = PresetMatch {
            preset,
            score: share,
            roles,
        };
        let better = match &best {
            None => true,
            Some((b, b_found)) => share > b.score || (share == b.score && found > *b_found),
        };
        if better {
            best = Some((candidate, found));
        }
    }
    best.map(|(m, _)| m)
}

//! Every known export format, from its fixture (the header row as the tool writes it, with 2–3 rows),
//! is recognised as the right kind and preset, with its key roles mapped and nothing required missing.

mod schema_support;

use kpiboard::core::schema::{build_dataset, detect, Kind, Role};
use schema_support::read_fixture;
use Role::*;

/// (fixture, kind, preset name, [(header, role)]).
type Case = (&'static str, Kind, &'static str, &'static [(&'static str, Role)]);

const CASES: &[Case] = &[
    (
        "presets/shopify_orders.csv",
        Kind::Orders,
        "Shopify orders",
        &[
            ("Name", OrderId),
            ("Created at", OrderDate),
            ("Total", Amount),
            ("Subtotal", Subtotal),
            ("Financial Status", Status),
            ("Email", CustomerId),
            ("Lineitem quantity", Quantity),
            ("Lineitem price", UnitPrice),
            ("Lineitem sku", Product),
            ("Taxes", Tax),
            ("Shipping", Shipping),
            ("Fulfilled at", FulfilledAt),
        ],
    ),
    (
        "presets/woocommerce_orders.csv",
        Kind::Orders,
        "WooCommerce orders",
        &[
            ("Order Number", OrderId),
            ("Order Date", OrderDate),
            ("Order Total Amount", Amount),
            ("Order Subtotal Amount", Subtotal),
            ("Order Status", Status),
            ("Email (Billing)", CustomerId),
            ("Quantity (- Refund)", Quantity),
        ],
    ),
    (
        "presets/magento_orders.csv",
        Kind::Orders,
        "Magento orders",
        &[
            ("ID", OrderId),
            ("Purchase Date", OrderDate),
            ("Grand Total (Purchased)", Amount),
            ("Subtotal", Subtotal),
            ("Status", Status),
            ("Customer Email", CustomerId),
        ],
    ),
    (
        "presets/prestashop_orders.csv",
        Kind::Orders,
        "PrestaShop orders (French)",
        &[
            ("Référence", OrderId),
            ("Date", OrderDate),
            ("Total", Amount),
            ("État", Status),
            ("Client", CustomerId),
        ],
    ),
    (
        "presets/cafe24_orders.csv",
        Kind::Orders,
        "Cafe24 orders",
        &[
            ("주문번호", OrderId),
            ("주문일시", OrderDate),
            ("총 결제금액", Amount),
            ("상품구매금액", Subtotal),
            ("주문상태", Status),
            ("주문자 아이디", CustomerId),
            ("수량", Quantity),
        ],
    ),
    (
        "presets/naver_smartstore_orders.csv",
        Kind::Orders,
        "Naver Smart Store orders",
        &[
            ("주문번호", OrderId),
            ("주문일시", OrderDate),
            ("상품별 총 주문금액", Amount),
            ("주문상태", Status),
            ("구매자ID", CustomerId),
            ("유입경로", Channel),
        ],
    ),
    (
        "presets/rakuten_orders.csv",
        Kind::Orders,
        "Rakuten orders",
        &[
            ("注文番号", OrderId),
            ("注文日時", OrderDate),
            ("合計金額", Amount),
            ("商品合計金額", Subtotal),
            ("ステータス", Status),
            ("個数", Quantity),
            ("単価", UnitPrice),
        ],
    ),
    (
        "presets/amazon_seller_central_orders.tsv",
        Kind::Orders,
        "Amazon Seller Central orders",
        &[
            ("amazon-order-id", OrderId),
            ("purchase-date", OrderDate),
            ("item-price", Amount),
            ("order-status", Status),
            ("quantity", Quantity),
            ("sku", Product),
            ("currency", Currency),
        ],
    ),
    (
        "presets/stripe_invoices.csv",
        Kind::Orders,
        "Stripe invoices",
        &[
            ("id", OrderId),
            ("Date (UTC)", OrderDate),
            ("Total", Amount),
            ("Subtotal", Subtotal),
            ("Status", Status),
            ("Customer", CustomerId),
        ],
    ),
    (
        "presets/ga4_traffic_acquisition.csv",
        Kind::Traffic,
        "GA4 traffic acquisition",
        &[
            ("Date", Date),
            ("Session default channel group", Channel),
            ("Sessions", Sessions),
            ("Engaged sessions", EngagedSessions),
            ("Key events", Conversions),
            ("Total revenue", Revenue),
        ],
    ),
    (
        "presets/ga4_source_medium.csv",
        Kind::Traffic,
        "GA4 source / medium report",
        &[
            ("Date", Date),
            ("Session source / medium", Source),
            ("Sessions", Sessions),
            ("Total users", Users),
            ("New users", NewUsers),
            ("Add to carts", AddToCarts),
            ("Ecommerce purchases", Purchases),
        ],
    ),
    (
        "presets/ga4_pages.csv",
        Kind::Pages,
        "GA4 pages and screens",
        &[
            ("Page path and screen class", Page),
            ("Views", Views),
            ("Users", Users),
        ],
    ),
    (
        "presets/universal_analytics.csv",
        Kind::Traffic,
        "Universal Analytics",
        &[
            ("Date", Date),
            ("Source / Medium", Source),
            ("Users", Users),
            ("New Users", NewUsers),
            ("Sessions", Sessions),
            ("Bounce Rate", BounceRate),
            ("Transactions", Purchases),
            ("Revenue", Revenue),
        ],
    ),
    (
        "presets/universal_analytics_pages.csv",
        Kind::Pages,
        "Universal Analytics pages",
        &[("Page", Page), ("Pageviews", Views), ("Entrances", Entrances)],
    ),
    (
        "presets/google_ads_campaigns.csv",
        Kind::Ads,
        "Google Ads campaigns",
        &[
            ("Day", Date),
            ("Cost", Spend),
            ("Campaign", Campaign),
            ("Impr.", Impressions),
            ("Clicks", Clicks),
            ("Conversions", Conversions),
            ("Conv. value", ConversionValue),
        ],
    ),
    (
        "presets/linkedin_ads_campaigns.csv",
        Kind::Ads,
        "LinkedIn Ads campaigns",
        &[
            ("Start Date (in UTC)", Date),
            ("Total Spent", Spend),
            ("Campaign Name", Campaign),
            ("Impressions", Impressions),
            ("Clicks", Clicks),
        ],
    ),
    (
        "presets/meta_ads_campaigns.csv",
        Kind::Ads,
        "Meta Ads campaigns",
        &[
            ("Reporting starts", Date),
            ("Amount spent (EUR)", Spend),
            ("Campaign name", Campaign),
            ("Impressions", Impressions),
            ("Link clicks", Clicks),
            ("Purchases conversion value", ConversionValue),
        ],
    ),
    (
        "presets/mailchimp_campaigns.csv",
        Kind::Email,
        "Mailchimp campaigns",
        &[
            ("Title", Campaign),
            ("Send Date", SendDate),
            ("Total Recipients", Sent),
            ("Successful Deliveries", Delivered),
            ("Unique Opens", Opens),
            ("Unique Clicks", Clicks),
            ("Unsubscribes", Unsubscribes),
            ("Total Bounces", Bounces),
        ],
    ),
    (
        "presets/hubspot_contacts.csv",
        Kind::Leads,
        "HubSpot contacts",
        &[
            ("Record ID", LeadId),
            ("Create Date", CreatedDate),
            ("Lifecycle Stage", Stage),
            ("Became a Marketing Qualified Lead Date", MqlDate),
            ("Became a Sales Qualified Lead Date", SqlDate),
            ("Contact owner", Owner),
        ],
    ),
    (
        "presets/hubspot_deals.csv",
        Kind::Leads,
        "HubSpot deals",
        &[
            ("Record ID", LeadId),
            ("Create Date", CreatedDate),
            ("Deal Stage", Stage),
            ("Amount", Amount),
            ("Close Date", CloseDate),
            ("Deal owner", Owner),
        ],
    ),
    (
        "presets/salesforce_opportunities.csv",
        Kind::Leads,
        "Salesforce opportunities",
        &[
            ("Opportunity ID", LeadId),
            ("Created Date", CreatedDate),
            ("Stage", Stage),
            ("Amount", Amount),
            ("Close Date", CloseDate),
            ("Opportunity Owner", Owner),
        ],
    ),
    (
        "presets/pipedrive_deals.csv",
        Kind::Leads,
        "Pipedrive deals",
        &[
            ("Deal - ID", LeadId),
            ("Deal - Deal created", CreatedDate),
            ("Deal - Stage", Stage),
            ("Deal - Status", Won),
            ("Deal - Value", Amount),
            ("Deal - Deal closed on", CloseDate),
        ],
    ),
    (
        "presets/stripe_subscriptions.csv",
        Kind::Subscriptions,
        "Stripe subscriptions",
        &[
            ("Customer ID", CustomerId),
            ("Start (UTC)", StartDate),
            ("Amount", Amount),
            ("Interval", Interval),
            ("Ended At (UTC)", EndDate),
            ("Plan", Plan),
            ("Status", Status),
        ],
    ),
    (
        "presets/search_console_queries.csv",
        Kind::Search,
        "Search Console queries",
        &[
            ("Top queries", Query),
            ("Clicks", Clicks),
            ("Impressions", Impressions),
            ("Position", Position),
        ],
    ),
    (
        "presets/search_console_dates.csv",
        Kind::Search,
        "Search Console dates",
        &[("Date", Date), ("Clicks", Clicks), ("Impressions", Impressions)],
    ),
    (
        "presets/delighted_responses.csv",
        Kind::Nps,
        "Delighted responses",
        &[
            ("Score", Score),
            ("Created At", Date),
            ("Comment", Comment),
            ("Email", Respondent),
        ],
    ),
    (
        "presets/surveymonkey_responses.csv",
        Kind::Nps,
        "SurveyMonkey responses",
        &[
            (
                "How likely is it that you would recommend Acme to a friend or colleague?",
                Score,
            ),
            ("End Date", Date),
            ("Respondent ID", Respondent),
        ],
    ),
    (
        "presets/typeform_responses.csv",
        Kind::Nps,
        "Typeform responses",
        &[
            ("How likely are you to recommend us to a friend?", Score),
            ("Submit Date (UTC)", Date),
            ("#", Respondent),
            ("What is the main reason for your score?", Comment),
        ],
    ),
];

#[test]
fn every_preset_fixture_is_recognised_with_its_key_roles() {
    let mut failures = Vec::new();
    for (file, kind, preset, roles) in CASES {
        let table = read_fixture(file);
        let d = detect(&table);
        if d.kind != *kind {
            failures.push(format!(
                "{file}: kind {:?}, expected {kind:?} ({:?})",
                d.kind, d.missing
            ));
            continue;
        }
        if d.preset != Some(*preset) {
            failures.push(format!("{file}: preset {:?}, expected {preset:?}", d.preset));
        }
        if !d.missing.is_empty() {
            failures.push(format!("{file}: missing {:?}", d.missing));
        }
        if d.confidence < 0.8 {
            failures.push(format!("{file}: confidence {} below 0.8", d.confidence));
        }
        for (header, role) in *roles {
            let index = table.columns.iter().position(|c| c.name == *header);
            let got = index.and_then(|i| d.roles.get(i).copied().flatten());
            if got != Some(*role) {
                failures.push(format!("{file}: “{header}” is {got:?}, expected {role:?}"));
            }
        }
        // Each role is mapped at most once.
        let mapped: Vec<Role> = d.roles.iter().flatten().copied().collect();
        for r in &mapped {
            if mapped.iter().filter(|x| *x == r).count() > 1 {
                failures.push(format!("{file}: {r:?} mapped twice"));
            }
        }
        // The detected mapping builds a dataset.
        if let Err(e) = build_dataset(file, table, d.kind, d.roles.clone()) {
            failures.push(format!("{file}: build_dataset failed: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_preset_has_a_fixture_case() {
    // Each preset name appears in CASES, except the English PrestaShop header (same format as the French
    // one, tested by header below) and Search Console pages (same layout as queries).
    for preset in kpiboard::core::schema::PRESETS {
        let covered = CASES.iter().any(|c| c.2 == preset.name)
            || ["PrestaShop orders", "Search Console pages"].contains(&preset.name);
        assert!(covered, "no fixture for preset {}", preset.name);
    }
}

#[test]
fn english_prestashop_and_search_console_pages_by_header() {
    let cases: &[(&[&str], &str, Kind)] = &[
        (
            &[
                "ID",
                "Reference",
                "New client",
                "Delivery",
                "Customer",
                "Total",
                "Payment",
                "Status",
                "Date",
            ],
            "PrestaShop orders",
            Kind::Orders,
        ),
        (
            &["Top pages", "Clicks", "Impressions", "CTR", "Position"],
            "Search Console pages",
            Kind::Search,
        ),
    ];
    for (headers, name, kind) in cases {
        let m = kpiboard::core::schema::match_preset(headers);
        assert_eq!(m.map(|m| (m.preset.name, m.preset.kind)), Some((*name, *kind)));
    }
}

#[test]
fn a_preset_with_extra_and_missing_columns_still_matches() {
    // Shopify with 30 of its 37 preset headers plus two custom ones: 30/37 = 0.81 ≥ 0.6.
    let mut headers: Vec<&str> = kpiboard::core::schema::PRESETS
        .iter()
        .find(|p| p.name == "Shopify orders")
        .map(|p| p.columns.iter().map(|c| c.0).take(30).collect())
        .unwrap_or_default();
    headers.push("Custom field");
    headers.push("Gift note");
    let m = kpiboard::core::schema::match_preset(&headers);
    assert_eq!(m.as_ref().map(|m| m.preset.name), Some("Shopify orders"));
    let score = m.map_or(0.0, |m| m.score);
    assert!((score - 30.0 / 37.0).abs() < 1e-6, "score {score}");
}

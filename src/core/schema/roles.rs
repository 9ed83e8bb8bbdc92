//! Column roles: what a column means to the KPI core, across every dataset kind.

use serde::{Deserialize, Serialize};

macro_rules! roles {
    ($($(#[$doc:meta])* $variant:ident => $id:literal,)*) => {
        /// The meaning of a column. One flat list across kinds; [`super::kinds::Kind`] says which are required.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum Role {
            $($(#[$doc])* #[serde(rename = $id)] $variant,)*
        }

        impl Role {
            /// Every role.
            pub const ALL: &'static [Role] = &[$(Role::$variant,)*];

            /// The role's id as in `KPIS.md` (`order_date`, `amount`, …).
            pub fn id(self) -> &'static str {
                match self { $(Role::$variant => $id,)* }
            }

            /// The role with this id.
            pub fn from_id(id: &str) -> Option<Role> {
                match id { $($id => Some(Role::$variant),)* _ => None }
            }
        }
    };
}

roles! {
    /// Date (and time) an order was placed.
    OrderDate => "order_date",
    /// Order number; without one each row is one order.
    OrderId => "order_id",
    /// Money amount (order total, cost, subscription price, deal value).
    Amount => "amount",
    /// Order subtotal before shipping and tax.
    Subtotal => "subtotal",
    /// Quantity of units.
    Quantity => "quantity",
    /// Price of one unit.
    UnitPrice => "unit_price",
    /// Customer identifier.
    CustomerId => "customer_id",
    /// Customer company name.
    Company => "company",
    /// Product id or SKU.
    Product => "product",
    /// Product name.
    ProductName => "product_name",
    /// Product category.
    Category => "category",
    /// Order, deal or subscription status.
    Status => "status",
    /// Sales or marketing channel / source.
    Channel => "channel",
    /// Campaign name.
    Campaign => "campaign",
    /// Country.
    Country => "country",
    /// Currency code.
    Currency => "currency",
    /// Discount (amount or rate).
    Discount => "discount",
    /// Shipping amount.
    Shipping => "shipping",
    /// Tax amount.
    Tax => "tax",
    /// Cost of goods sold.
    Cost => "cost",
    /// Profit.
    Profit => "profit",
    /// When the order was fulfilled / shipped.
    FulfilledAt => "fulfilled_at",
    /// Sales representative.
    SalesRep => "sales_rep",
    /// Day of the row (traffic, ads, costs, social, nps, search).
    Date => "date",
    /// Sessions.
    Sessions => "sessions",
    /// Users / visitors.
    Users => "users",
    /// New users.
    NewUsers => "new_users",
    /// Returning users.
    ReturningUsers => "returning_users",
    /// Engaged sessions.
    EngagedSessions => "engaged_sessions",
    /// Bounced sessions (a count).
    Bounces => "bounces",
    /// Bounce rate per row (a fraction).
    BounceRate => "bounce_rate",
    /// Page views.
    Pageviews => "pageviews",
    /// Average engagement time (seconds).
    AvgEngagementTime => "avg_engagement_time",
    /// Traffic source (or source / medium).
    Source => "source",
    /// Traffic medium.
    Medium => "medium",
    /// Landing page.
    LandingPage => "landing_page",
    /// Product detail views.
    ProductViews => "product_views",
    /// Add-to-cart events.
    AddToCarts => "add_to_carts",
    /// Checkouts started.
    Checkouts => "checkouts",
    /// Purchases / transactions.
    Purchases => "purchases",
    /// Leads (form submits).
    Leads => "leads",
    /// Conversions.
    Conversions => "conversions",
    /// Revenue attributed in analytics.
    Revenue => "revenue",
    /// Page path or title.
    Page => "page",
    /// Views of a page.
    Views => "views",
    /// Entrances.
    Entrances => "entrances",
    /// Average time on page (seconds).
    AvgTimeOnPage => "avg_time_on_page",
    /// CTA clicks.
    CtaClicks => "cta_clicks",
    /// Ad spend.
    Spend => "spend",
    /// Impressions.
    Impressions => "impressions",
    /// Clicks.
    Clicks => "clicks",
    /// Conversion value.
    ConversionValue => "conversion_value",
    /// Budget.
    Budget => "budget",
    /// Cost category (marketing / sales / other).
    CostCategory => "cost_category",
    /// Planned amount (budget line).
    Planned => "planned",
    /// Earned value.
    EarnedValue => "earned_value",
    /// Lead / deal identifier.
    LeadId => "lead_id",
    /// When the lead was created.
    CreatedDate => "created_date",
    /// Lifecycle or deal stage.
    Stage => "stage",
    /// Who originated the lead (marketing / sales).
    OriginatedBy => "originated_by",
    /// When the lead became an MQL.
    MqlDate => "mql_date",
    /// When the lead became an SQL.
    SqlDate => "sql_date",
    /// When the deal closed.
    CloseDate => "close_date",
    /// Whether the deal was won.
    Won => "won",
    /// Deal owner.
    Owner => "owner",
    /// When the email campaign was sent.
    SendDate => "send_date",
    /// Emails sent.
    Sent => "sent",
    /// Emails delivered.
    Delivered => "delivered",
    /// Unique opens.
    Opens => "opens",
    /// Unsubscribes.
    Unsubscribes => "unsubscribes",
    /// Spam reports.
    SpamReports => "spam_reports",
    /// New subscribers.
    NewSubscribers => "new_subscribers",
    /// Social platform.
    Platform => "platform",
    /// Reach.
    Reach => "reach",
    /// Follower total.
    Followers => "followers",
    /// New followers.
    NewFollowers => "new_followers",
    /// Reactions / likes.
    Reactions => "reactions",
    /// Comments.
    Comments => "comments",
    /// Shares.
    Shares => "shares",
    /// NPS score 0–10.
    Score => "score",
    /// Survey respondent or account.
    Respondent => "respondent",
    /// Segment.
    Segment => "segment",
    /// Free-text comment.
    Comment => "comment",
    /// Subscription start.
    StartDate => "start_date",
    /// Billing interval (month, year, …).
    Interval => "interval",
    /// Subscription end or cancellation date.
    EndDate => "end_date",
    /// Subscription plan.
    Plan => "plan",
    /// Search query.
    Query => "query",
    /// Average search position.
    Position => "position",
}

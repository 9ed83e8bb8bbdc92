//! The single source of KPI metadata: every id of `KPIS.md` with its name, area, unit, direction, formula
//! text (the corrected definition), what it needs, the dataset kinds it reads and its source articles.
//! The UI and the tests read this; nobody repeats it.

use crate::core::schema::kinds::Kind;
use serde::Serialize;

/// Business area a KPI is grouped under.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    /// Sales.
    Sales,
    /// Customers.
    Customers,
    /// Marketing.
    Marketing,
    /// Traffic and content.
    TrafficContent,
    /// Pipeline.
    Pipeline,
    /// Finance.
    Finance,
}

impl Area {
    /// Every area, in display order.
    pub const ALL: [Area; 6] = [
        Area::Sales,
        Area::Customers,
        Area::Marketing,
        Area::TrafficContent,
        Area::Pipeline,
        Area::Finance,
    ];

    /// English name.
    pub fn name(self) -> &'static str {
        match self {
            Area::Sales => "Sales",
            Area::Customers => "Customers",
            Area::Marketing => "Marketing",
            Area::TrafficContent => "Traffic & content",
            Area::Pipeline => "Pipeline",
            Area::Finance => "Finance",
        }
    }
}

/// Time unit of a duration KPI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeUnit {
    /// Seconds.
    Seconds,
    /// Days.
    Days,
    /// Months.
    Months,
}

/// How a KPI value is expressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A count.
    Count,
    /// Money in the dataset's currency.
    Money,
    /// A rate, stored as a fraction, shown as a percentage.
    Percent,
    /// A plain ratio (ROAS 3.2×, LTV:CAC 4:1, position 7.3).
    Ratio,
    /// A duration.
    Duration(TimeUnit),
    /// A score (NPS from −100 to +100).
    Score,
}

/// Which way is good.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// More is better.
    HigherIsBetter,
    /// Less is better.
    LowerIsBetter,
    /// Neither.
    Neutral,
}

/// How a KPI accumulates over time (used by target tracking).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Aggregation {
    /// A sum over the period that grows from 0 (revenue, orders, spend): the target path starts at 0.
    Sum,
    /// A level or rate (AOV, conversion rate, MRR): the target path starts at the value at the start.
    Level,
}

/// Metadata of one KPI.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct KpiDef {
    /// Id as in `KPIS.md`.
    pub id: &'static str,
    /// English name.
    pub name: &'static str,
    /// Area.
    pub area: Area,
    /// Unit.
    pub unit: Unit,
    /// Direction.
    pub direction: Direction,
    /// Sum or level.
    pub aggregation: Aggregation,
    /// The definition in words (the corrected `KPIS.md` one), including documented variants.
    pub formula: &'static str,
    /// What unlocks the KPI, shown when it is unavailable ("needs an orders export with …").
    pub needs: &'static str,
    /// Dataset kinds read.
    pub kinds: &'static [Kind],
    /// Source articles (`seeds/` numbers).
    pub sources: &'static [&'static str],
}

use Aggregation::{Level, Sum};
use Area::*;
use Direction::*;
use Kind as K;

#[allow(clippy::too_many_arguments)]
const fn def(
    id: &'static str,
    name: &'static str,
    area: Area,
    unit: Unit,
    direction: Direction,
    aggregation: Aggregation,
    formula: &'static str,
    needs: &'static str,
    kinds: &'static [Kind],
    sources: &'static [&'static str],
) -> KpiDef {
    KpiDef {
        id,
        name,
        area,
        unit,
        direction,
        aggregation,
        formula,
        needs,
        kinds,
        sources,
    }
}

const PCT: Unit = Unit::Percent;
const MONEY: Unit = Unit::Money;
const COUNT: Unit = Unit::Count;
const RATIO: Unit = Unit::Ratio;

#[rustfmt::skip]
static KPIS: &[KpiDef] = &[
    // ---------------------------------------------------------------- Sales
    def("revenue", "Sales revenue", Sales, MONEY, HigherIsBetter, Sum,
        "Σ amount of completed orders (cancelled, refunded, failed, void and test orders excluded), as exported: \
         the subtotal column when mapped, else the amount, else quantity × unit price less the discount \
         (an amount, or a rate when the column is a percentage or never exceeds 1). An order-level amount \
         repeated on every line of a multi-line order, or given only on its first line, counts once per order.",
        crate::phrase!("needs an orders export with a date and an amount (or quantity and unit price)"),
        &[K::Orders], &["000", "001", "004"]),
    def("revenue_by_dim", "Revenue by dimension", Sales, MONEY, HigherIsBetter, Sum,
        "Revenue grouped by product, category, channel, country, customer, sales rep, campaign…: top N values and \
         \"Other\"; the rows add up to the revenue.",
        crate::phrase!("needs an orders export with a product, category, channel, country, customer or sales rep column"),
        &[K::Orders], &["000", "001", "004"]),
    def("orders", "Orders", Sales, COUNT, HigherIsBetter, Sum,
        "Distinct order ids of completed orders (order-line files count each order once; without an order id \
         each row is one order).",
        crate::phrase!("needs an orders export with a date and an amount"),
        &[K::Orders], &["000", "001", "004"]),
    def("units", "Units sold", Sales, COUNT, HigherIsBetter, Sum,
        "Σ quantity over completed orders.",
        crate::phrase!("needs an orders export with a quantity column"),
        &[K::Orders], &["000", "001"]),
    def("aov", "Average order value (AOV)", Sales, MONEY, HigherIsBetter, Level,
        "Revenue ÷ orders.",
        crate::phrase!("needs an orders export with a date and an amount"),
        &[K::Orders], &["000", "001", "004"]),
    def("growth", "Revenue growth", Sales, PCT, HigherIsBetter, Level,
        "(Revenue this period − revenue of the comparison period) ÷ revenue of the comparison period \
         (unbounded; no value without a comparison period with revenue). The series compares each bucket with \
         the same bucket of the comparison period.",
        crate::phrase!("needs an orders export with a date and an amount"),
        &[K::Orders], &["000", "001", "004"]),
    def("gross_margin", "Gross margin", Sales, PCT, HigherIsBetter, Level,
        "(Revenue − Σ cost of goods) ÷ revenue, or Σ profit ÷ revenue when the export gives profit, over the \
         completed order lines that have a cost (or profit).",
        crate::phrase!("needs an orders export with a cost (COGS) or profit column"),
        &[K::Orders], &["000", "001", "004"]),
    def("cancel_rate", "Cancellation / refund rate", Sales, PCT, LowerIsBetter, Level,
        "Orders whose status is cancelled, refunded, failed, void or test ÷ all orders.",
        crate::phrase!("needs an orders export with a status column"),
        &[K::Orders], &["000", "001"]),
    def("order_frequency", "Order frequency", Sales, RATIO, HigherIsBetter, Level,
        "Orders with a customer ÷ distinct ordering customers in the period.",
        crate::phrase!("needs an orders export with a customer id (or company) column"),
        &[K::Orders], &["004"]),
    def("peak_times", "Peak ordering hours and weekdays", Sales, COUNT, Neutral, Level,
        "Completed orders (and revenue) in a 7 × 24 weekday × hour grid; the value is the order count of the \
         busiest weekday-hour.",
        crate::phrase!("needs an orders export whose order date has a time of day"),
        &[K::Orders], &["000", "001"]),
    def("processing_time", "Average order processing time", Sales, Unit::Duration(TimeUnit::Days), LowerIsBetter, Level,
        "Mean of fulfilled_at − order date, in days, over completed orders with both; the median is also given.",
        crate::phrase!("needs an orders export with a fulfilment (shipped) date column"),
        &[K::Orders], &["000", "001"]),
    def("top_customer_share", "Revenue concentration", Sales, PCT, Neutral, Level,
        "Share of revenue from the 10 customers with the most revenue in the period.",
        crate::phrase!("needs an orders export with a customer id (or company) column"),
        &[K::Orders], &["002"]),
    // ---------------------------------------------------------------- Customers
    def("active_customers", "Active customers", Customers, COUNT, HigherIsBetter, Level,
        "Distinct customers (customer id, else company) with a completed order in the period.",
        crate::phrase!("needs an orders export with a customer id (or company) column"),
        &[K::Orders], &["000", "001", "004"]),
    def("new_customers", "New customers", Customers, COUNT, HigherIsBetter, Sum,
        "Customers whose first completed order in the data falls in the period.",
        crate::phrase!("needs an orders export with a customer id (or company) column"),
        &[K::Orders], &["000", "002", "004"]),
    def("repeat_rate", "Repeat customer rate", Customers, PCT, HigherIsBetter, Level,
        "Customers with ≥ 2 completed orders to date ÷ customers with ≥ 1, as of the period's end (or the \
         as-of date).",
        crate::phrase!("needs an orders export with a customer id (or company) column"),
        &[K::Orders], &["001", "004"]),
    def("retention_rate", "Customer retention rate (CRR)", Customers, PCT, HigherIsBetter, Level,
        "Orders: of the customers who ordered in the previous period of equal length, the share who ordered again \
         in this period. Subscriptions (used when loaded; variant \"start_end_new\"): (E − N) ÷ S, S = customers \
         active at the start, E = active at the end, N = active at the end but not at the start. Article 004's \
         end ÷ start overstates retention when customers join; it is replaced by this.",
        crate::phrase!("needs an orders export with a customer column, or a subscriptions export"),
        &[K::Orders, K::Subscriptions], &["000", "001", "003", "004"]),
    def("churn_rate", "Customer churn rate", Customers, PCT, LowerIsBetter, Level,
        "1 − retention rate, on the same base: customers lost ÷ customers at the start (replaces articles \
         000/001's (total − end) ÷ start and article 002's ÷ remaining customers).",
        crate::phrase!("needs an orders export with a customer column, or a subscriptions export"),
        &[K::Orders, K::Subscriptions], &["000", "001", "002"]),
    def("cohorts", "Cohort retention matrix", Customers, PCT, HigherIsBetter, Level,
        "Rows = month of a customer's first order, columns = months since, cell = share of the cohort ordering in \
         that month; the value is the average month-1 retention over cohorts acquired in the period.",
        crate::phrase!("needs an orders export with a customer id (or company) column"),
        &[K::Orders], &["003"]),
    def("clv_historical", "Customer lifetime value, to date", Customers, MONEY, HigherIsBetter, Level,
        "Revenue to date ÷ customers to date, as of the period's end; × gross margin when costs are known.",
        crate::phrase!("needs an orders export with a customer id (or company) column"),
        &[K::Orders], &["003", "004"]),
    def("clv_predicted", "Customer lifetime value, predicted", Customers, MONEY, HigherIsBetter, Level,
        "AOV × orders per customer per year × expected lifespan in years (article 004); lifespan = 1 ÷ annual \
         churn, capped at the CLV cap setting (10 years by default). Measured over the 365 days before the period's \
         end (annual churn from the customers of the 365 days before those); with less than two years of data the \
         window is half the data and the churn is annualised. × gross margin when costs are known.",
        crate::phrase!("needs an orders export with a customer id (or company) column"),
        &[K::Orders], &["003", "004"]),
    def("nps", "Net Promoter Score", Customers, Unit::Score, HigherIsBetter, Level,
        "% promoters (9–10) − % detractors (0–6), from −100 to +100; passives (7–8) count only in the base.",
        crate::phrase!("needs an NPS survey export with a 0–10 score column"),
        &[K::Nps], &["001"]),
    def("nps_mix", "NPS distribution", Customers, PCT, HigherIsBetter, Level,
        "Shares of detractors, passives and promoters and the 0–10 histogram; the value is the promoter share.",
        crate::phrase!("needs an NPS survey export with a 0–10 score column"),
        &[K::Nps], &["001"]),
    // ---------------------------------------------------------------- Traffic & content
    def("sessions", "Site traffic", TrafficContent, COUNT, HigherIsBetter, Sum,
        "Σ sessions (and Σ users).",
        crate::phrase!("needs a web analytics export with sessions or users by date"),
        &[K::Traffic], &["000", "001", "003"]),
    def("traffic_by_source", "Traffic by source", TrafficContent, COUNT, Neutral, Sum,
        "Sessions by channel group (organic search, paid search, social, email, referral, direct, other), mapped \
         from source / medium with the documented rule table.",
        crate::phrase!("needs a web analytics export with a source or medium column"),
        &[K::Traffic], &["000", "001", "003"]),
    def("returning_rate", "Returning visitor rate", TrafficContent, PCT, HigherIsBetter, Level,
        "Returning users ÷ users (returning = users − new users when only new users are given).",
        crate::phrase!("needs a web analytics export with users and new or returning users"),
        &[K::Traffic], &["000", "001"]),
    def("bounce_rate", "Bounce rate", TrafficContent, PCT, LowerIsBetter, Level,
        "Bounced sessions ÷ sessions; from engaged sessions: 1 − engaged ÷ sessions; from a per-row bounce rate: \
         the session-weighted mean (variant: engaged sessions or bounces).",
        crate::phrase!("needs a web analytics or pages export with bounces, engaged sessions or a bounce rate"),
        &[K::Traffic, K::Pages], &["000", "001", "003"]),
    def("conversion_rate", "Conversion rate", TrafficContent, PCT, HigherIsBetter, Level,
        "Conversions (purchases, else orders of an orders export in the same period) ÷ sessions. Articles \
         000/001's visitors ÷ conversions is inverted.",
        crate::phrase!("needs a web analytics export with sessions (and purchases, or an orders export)"),
        &[K::Traffic, K::Orders], &["000", "001", "004"]),
    def("lead_conversion_rate", "Lead conversion rate", TrafficContent, PCT, HigherIsBetter, Level,
        "Leads ÷ sessions (article 003).",
        crate::phrase!("needs a web analytics export with leads, or a leads export and a web analytics export"),
        &[K::Traffic, K::Leads], &["003"]),
    def("landing_conversion", "Landing page conversion rate", TrafficContent, PCT, HigherIsBetter, Level,
        "Conversions ÷ sessions per landing page.",
        crate::phrase!("needs a web analytics export with a landing page column"),
        &[K::Traffic], &["003"]),
    def("funnel", "E-commerce funnel", TrafficContent, PCT, HigherIsBetter, Level,
        "Sessions → product views → add to cart → checkout → purchase: count per step, step-to-step and overall \
         rates; the value is the overall rate.",
        crate::phrase!("needs a web analytics export with product views, add-to-carts, checkouts or purchases"),
        &[K::Traffic], &["000", "001"]),
    def("cart_abandonment", "Cart abandonment rate", TrafficContent, PCT, LowerIsBetter, Level,
        "1 − purchases ÷ sessions with an add-to-cart (or ÷ carts). Articles 000/001's completed ÷ carts is the \
         completion rate, the opposite.",
        crate::phrase!("needs a web analytics export with add-to-carts and purchases"),
        &[K::Traffic], &["000", "001"]),
    def("page_views", "Content views", TrafficContent, COUNT, HigherIsBetter, Sum,
        "Σ views per page, top pages.",
        crate::phrase!("needs a pages export, or a web analytics export with page views"),
        &[K::Pages, K::Traffic], &["003"]),
    def("time_on_page", "Average time on page", TrafficContent, Unit::Duration(TimeUnit::Seconds), HigherIsBetter, Level,
        "Views-weighted mean of the average time on page (or engagement time).",
        crate::phrase!("needs a pages export with time on page, or a web analytics export with engagement time"),
        &[K::Pages, K::Traffic], &["003"]),
    def("cta_ctr", "CTA click-through rate", TrafficContent, PCT, HigherIsBetter, Level,
        "CTA clicks ÷ page views.",
        crate::phrase!("needs a pages export with CTA clicks"),
        &[K::Pages], &["003"]),
    def("organic_ctr", "Organic click-through rate", TrafficContent, PCT, HigherIsBetter, Level,
        "Σ clicks ÷ Σ impressions in search results.",
        crate::phrase!("needs a search console export"),
        &[K::Search], &["003"]),
    def("search_position", "Average search position", TrafficContent, RATIO, LowerIsBetter, Level,
        "Impression-weighted mean position; top queries and pages.",
        crate::phrase!("needs a search console export with a position column"),
        &[K::Search], &["003"]),
    // ---------------------------------------------------------------- Marketing
    def("spend", "Marketing spend", Marketing, MONEY, Neutral, Sum,
        "Σ ad spend + Σ marketing costs.",
        crate::phrase!("needs an ads export with spend, or a cost ledger"),
        &[K::Ads, K::Costs], &["000", "001", "002"]),
    def("ctr", "Ad click-through rate", Marketing, PCT, HigherIsBetter, Level,
        "Clicks ÷ impressions.",
        crate::phrase!("needs an ads export with clicks and impressions"),
        &[K::Ads], &["000", "001"]),
    def("cpc", "Cost per click", Marketing, MONEY, LowerIsBetter, Level,
        "Spend ÷ clicks.",
        crate::phrase!("needs an ads export with spend and clicks"),
        &[K::Ads], &["000", "001"]),
    def("cpa", "Cost per acquisition", Marketing, MONEY, LowerIsBetter, Level,
        "Spend ÷ conversions.",
        crate::phrase!("needs an ads export with spend and conversions"),
        &[K::Ads], &["000", "001"]),
    def("roas", "Return on ad spend (ROAS)", Marketing, RATIO, HigherIsBetter, Level,
        "Conversion value (or attributed revenue) ÷ spend. Articles 000/001 call this ratio \"ROI\".",
        crate::phrase!("needs an ads export with spend and conversion value (or an orders export with channel or campaign)"),
        &[K::Ads, K::Orders], &["000", "001"]),
    def("marketing_roi", "Marketing ROI", Marketing, PCT, HigherIsBetter, Level,
        "(Attributed revenue − marketing spend) ÷ marketing spend (article 003; unbounded); attributed revenue = \
         conversion value when present, else revenue of orders whose channel or campaign matches.",
        crate::phrase!("needs an ads export with spend (and conversion value, or an orders export with channel or campaign)"),
        &[K::Ads, K::Orders], &["003"]),
    def("cac", "Customer acquisition cost (CAC)", Marketing, MONEY, LowerIsBetter, Level,
        "(Marketing + sales costs) ÷ new customers in the period (article 004); variant \"marketing only\" uses \
         marketing costs (article 002).",
        crate::phrase!("needs an ads export or a cost ledger, and an orders or leads export"),
        &[K::Ads, K::Costs, K::Orders, K::Leads], &["002", "004"]),
    def("marketing_cac_share", "Marketing % of CAC", Marketing, PCT, Neutral, Level,
        "Marketing costs ÷ (marketing + sales costs) (article 002).",
        crate::phrase!("needs a cost ledger with a marketing / sales category"),
        &[K::Costs], &["002"]),
    def("ltv_cac", "LTV : CAC ratio", Marketing, RATIO, HigherIsBetter, Level,
        "Predicted CLV ÷ CAC.",
        crate::phrase!("needs an orders export with customers and an ads export or cost ledger"),
        &[K::Orders, K::Ads, K::Costs], &["003", "004"]),
    def("cac_payback", "CAC payback", Marketing, Unit::Duration(TimeUnit::Months), LowerIsBetter, Level,
        "CAC ÷ (monthly revenue per customer × gross margin when known), in months.",
        crate::phrase!("needs an orders export with customers and an ads export or cost ledger"),
        &[K::Orders, K::Ads, K::Costs], &["002", "004"]),
    def("sales_by_source", "Sales by source and ad performance", Marketing, MONEY, HigherIsBetter, Sum,
        "Revenue, orders and conversion rate by channel / campaign, with ad KPIs side by side.",
        crate::phrase!("needs an orders export with a channel or campaign column"),
        &[K::Orders, K::Ads], &["000", "001"]),
    def("email_open_rate", "Email open rate", Marketing, PCT, HigherIsBetter, Level,
        "Unique opens ÷ delivered (delivered = sent − bounces).",
        crate::phrase!("needs an email campaign export with opens"),
        &[K::Email], &["000", "001", "003"]),
    def("email_ctr", "Email click-through rate", Marketing, PCT, HigherIsBetter, Level,
        "Unique clicks ÷ delivered; the click-to-open rate (clicks ÷ opens) is also given.",
        crate::phrase!("needs an email campaign export with clicks"),
        &[K::Email], &["000", "001", "003"]),
    def("unsubscribe_rate", "Unsubscribe rate", Marketing, PCT, LowerIsBetter, Level,
        "Unsubscribes ÷ delivered.",
        crate::phrase!("needs an email campaign export with unsubscribes"),
        &[K::Email], &["000", "001"]),
    def("social_reach", "Social reach and impressions", Marketing, COUNT, HigherIsBetter, Sum,
        "Σ reach and Σ impressions by platform.",
        crate::phrase!("needs a social analytics export with reach or impressions"),
        &[K::Social], &["000", "001", "003"]),
    def("followers", "Followers and growth", Marketing, COUNT, HigherIsBetter, Level,
        "Last follower total in the period and its change; from new followers: Σ.",
        crate::phrase!("needs a social analytics export with followers or new followers"),
        &[K::Social], &["000", "001"]),
    def("social_engagement", "Social engagement rate", Marketing, PCT, HigherIsBetter, Level,
        "(Reactions + comments + shares [+ clicks]) ÷ impressions (or reach when there are no impressions), and \
         the engagement count.",
        crate::phrase!("needs a social analytics export with reactions, comments or shares and impressions or reach"),
        &[K::Social], &["000", "001", "003"]),
    // ---------------------------------------------------------------- Pipeline
    def("leads", "Leads", Pipeline, COUNT, HigherIsBetter, Sum,
        "Leads created in the period.",
        crate::phrase!("needs a CRM leads export with a creation date"),
        &[K::Leads], &["002", "003"]),
    def("mql", "Marketing-qualified leads", Pipeline, COUNT, HigherIsBetter, Sum,
        "Leads reaching MQL in the period (by MQL date, else by creation date and current stage).",
        crate::phrase!("needs a CRM leads export with a stage or MQL date"),
        &[K::Leads], &["002", "003"]),
    def("sql", "Sales-qualified leads", Pipeline, COUNT, HigherIsBetter, Sum,
        "Leads reaching SQL in the period (by SQL date, else by creation date and current stage).",
        crate::phrase!("needs a CRM leads export with a stage or SQL date"),
        &[K::Leads], &["002", "003"]),
    def("mql_to_sql", "MQL → SQL rate", Pipeline, PCT, HigherIsBetter, Level,
        "SQLs ÷ MQLs of the same creation cohort.",
        crate::phrase!("needs a CRM leads export with stages or MQL / SQL dates"),
        &[K::Leads], &["002", "003"]),
    def("lead_to_close", "Lead-to-close conversion rate", Pipeline, PCT, HigherIsBetter, Level,
        "Leads created in the period that are won ÷ leads created in the period (article 002).",
        crate::phrase!("needs a CRM leads export with a won flag or stage"),
        &[K::Leads], &["002"]),
    def("win_rate", "Win rate", Pipeline, PCT, HigherIsBetter, Level,
        "Won ÷ (won + lost), by close date.",
        crate::phrase!("needs a CRM leads export with a won flag or stage and a close date"),
        &[K::Leads], &["002"]),
    def("sales_cycle", "Sales cycle length", Pipeline, Unit::Duration(TimeUnit::Days), LowerIsBetter, Level,
        "Median days from creation to close of won deals.",
        crate::phrase!("needs a CRM leads export with a close date"),
        &[K::Leads], &["002"]),
    def("marketing_originated", "Marketing-originated customers", Pipeline, PCT, HigherIsBetter, Level,
        "Won deals originated by marketing ÷ all won deals (article 002).",
        crate::phrase!("needs a CRM leads export with an originated-by column"),
        &[K::Leads], &["002"]),
    def("pipeline_funnel", "Pipeline funnel", Pipeline, PCT, HigherIsBetter, Level,
        "Count and conversion per normalised stage (lead → MQL → SQL → opportunity → won); the value is lead → won.",
        crate::phrase!("needs a CRM leads export with a stage"),
        &[K::Leads], &["002", "003"]),
    // ---------------------------------------------------------------- Finance
    def("roi", "Return on investment", Finance, PCT, HigherIsBetter, Level,
        "(Return − cost) ÷ cost (unbounded), return = revenue or gross profit (variant), cost = marketing, sales \
         and marketing, or all costs; articles 000/001's revenue ÷ cost is shown as the return multiple.",
        crate::phrase!("needs an orders export and a cost ledger (or an ads export)"),
        &[K::Orders, K::Costs, K::Ads], &["000", "001"]),
    def("cpi", "Cost performance index", Finance, RATIO, HigherIsBetter, Level,
        "Earned value ÷ actual cost; below 1 means over budget.",
        crate::phrase!("needs a cost ledger with an earned value column"),
        &[K::Costs], &["000", "001"]),
    def("cost_variance", "Cost variance", Finance, MONEY, HigherIsBetter, Level,
        "Earned value − actual cost (or budget − actual without earned value); negative means over budget. \
         Articles 000/001's budget ÷ actual is a ratio, not the variance.",
        crate::phrase!("needs a cost ledger with a planned (budget) or earned value column"),
        &[K::Costs], &["000", "001"]),
    def("budget_use", "Budget utilisation", Finance, PCT, Neutral, Level,
        "Actual ÷ planned.",
        crate::phrase!("needs a cost ledger with a planned (budget) column"),
        &[K::Costs], &["000", "001"]),
    def("mrr", "Monthly recurring revenue (MRR)", Finance, MONEY, HigherIsBetter, Level,
        "Σ subscription amount normalised to a month (yearly ÷ 12, weekly × 52 ÷ 12…) over subscriptions active \
         at the instant: the period's last day (series: each bucket's last day).",
        crate::phrase!("needs a subscriptions export with customer, start date and amount"),
        &[K::Subscriptions], &["002"]),
    def("arr", "Annual recurring revenue (ARR)", Finance, MONEY, HigherIsBetter, Level,
        "MRR × 12.",
        crate::phrase!("needs a subscriptions export with customer, start date and amount"),
        &[K::Subscriptions], &["002"]),
    def("mrr_movements", "MRR movements", Finance, MONEY, HigherIsBetter, Sum,
        "New, expansion, contraction, churned and reactivation MRR per month (per customer, month end against the \
         previous month end), and net new MRR; the value is the net new MRR of the period.",
        crate::phrase!("needs a subscriptions export with customer, start date and amount"),
        &[K::Subscriptions], &["002"]),
    def("revenue_churn", "Gross revenue churn", Finance, PCT, LowerIsBetter, Level,
        "(Churned + contraction MRR) ÷ MRR at the start, per customer between the day before the period and its \
         last day; net revenue retention NRR = (start MRR + expansion − contraction − churn) ÷ start MRR \
         (unbounded) is also given.",
        crate::phrase!("needs a subscriptions export with customer, start date, amount and end date"),
        &[K::Subscriptions], &["002"]),
    def("arpa", "Average revenue per account (ARPA)", Finance, MONEY, HigherIsBetter, Level,
        "MRR ÷ customers with an active subscription, at the period's last day.",
        crate::phrase!("needs a subscriptions export with customer, start date and amount"),
        &[K::Subscriptions], &["002"]),
];

/// Every KPI, in display order (grouped by area).
pub fn all() -> &'static [KpiDef] {
    KPIS
}

/// The KPI with this id.
pub fn get(id: &str) -> Option<&'static KpiDef> {
    KPIS.iter().find(|d| d.id == id)
}

/// The KPIs of one area.
pub fn in_area(area: Area) -> impl Iterator<Item = &'static KpiDef> {
    KPIS.iter().filter(move |d| d.area == area)
}

//! What the user asks for: period, granularity, comparison, filters, currency, formula variants, targets.

use crate::core::schema::roles::Role;
use crate::core::time::{Calendar, Granularity, Period};
use serde::{Deserialize, Serialize};

/// What each KPI value is compared with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Comparison {
    /// No comparison.
    None,
    /// The period of equal length just before.
    #[default]
    PreviousPeriod,
    /// The same dates one year earlier.
    PreviousYear,
}

impl Comparison {
    /// The comparison period of `period`, if any.
    pub fn period_for(self, period: Period) -> Option<Period> {
        match self {
            Comparison::None => None,
            Comparison::PreviousPeriod => Some(period.previous()),
            Comparison::PreviousYear => Some(period.year_earlier()),
        }
    }
}

/// Keep only rows whose column of `role` has one of `values` (exact text). Filters on a role a dataset
/// does not have do not apply to that dataset (the report says so in a warning).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filter {
    /// The dimension filtered on.
    pub role: Role,
    /// Accepted values; [`NOT_SET`] accepts rows where the value is missing.
    pub values: Vec<String>,
}

/// Label of a missing dimension value, in breakdowns and filters.
pub const NOT_SET: &str = crate::phrase!("(not set)");

/// How the customer retention (and churn) rate is computed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RetentionVariant {
    /// Subscriptions when loaded, else orders.
    #[default]
    Auto,
    /// Orders: customers of the previous period of equal length who ordered again in this period.
    PreviousPeriodCustomers,
    /// Subscriptions: (E − N) ÷ S, customers active at end minus new ones over customers active at start.
    StartEndNew,
}

/// How the bounce rate is computed when a traffic export allows several ways.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BounceVariant {
    /// Engaged sessions when present (GA4), else bounces, else a per-row bounce rate.
    #[default]
    Auto,
    /// 1 − engaged sessions ÷ sessions.
    EngagedSessions,
    /// Bounces ÷ sessions.
    Bounces,
}

/// Which costs go into the customer acquisition cost.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CacVariant {
    /// Marketing and sales costs (article 004).
    #[default]
    MarketingAndSales,
    /// Marketing costs only ("marketing CAC", article 002).
    MarketingOnly,
}

/// What counts as the return in the ROI.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoiReturn {
    /// Revenue.
    #[default]
    Revenue,
    /// Gross profit (revenue − cost of goods), when costs of goods are known.
    GrossProfit,
}

/// Formula variants where vendors disagree; the defaults are the `KPIS.md` definitions.
/// The registry's formula text documents each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Variants {
    /// Customer retention / churn base.
    pub retention: RetentionVariant,
    /// Bounce rate source.
    pub bounce: BounceVariant,
    /// CAC cost base.
    pub cac: CacVariant,
    /// ROI return.
    pub roi_return: RoiReturn,
}

/// A SMART target on one KPI.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Target {
    /// KPI id.
    pub kpi: String,
    /// Target value (rates as fractions).
    pub value: f64,
    /// Who owns the target.
    pub owner: String,
    /// Day number by which the target should be reached (the value of the KPI for the period that
    /// starts with the query's period start).
    pub deadline: i64,
}

/// The question the dashboard asks the KPI core.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Query {
    /// The period; `None` = all the data.
    pub period: Option<Period>,
    /// Time-series bucket size.
    pub granularity: Granularity,
    /// What to compare with.
    pub comparison: Comparison,
    /// Dimension filters (AND across filters, OR within one filter's values).
    pub filters: Vec<Filter>,
    /// The currency to report money in; rows in other currencies are left out. `None` with mixed
    /// currencies makes money KPIs say why they have no value.
    pub currency: Option<String>,
    /// The "today" of KPIs measured at an instant or to date (default: the period's last day).
    pub as_of: Option<i64>,
    /// Formula variants.
    pub variants: Variants,
    /// SMART targets.
    pub targets: Vec<Target>,
    /// Cap, in years, of the expected customer lifespan in the predicted CLV.
    pub clv_cap_years: f64,
    /// Weeks start on Sunday instead of Monday.
    pub week_starts_sunday: bool,
    /// Month (1–12) the fiscal year starts in.
    pub fiscal_year_start_month: u32,
    /// Rows per breakdown before the rest is grouped as "Other".
    pub top_n: usize,
}

impl Default for Query {
    fn default() -> Self {
        Query {
            period: None,
            granularity: Granularity::Month,
            comparison: Comparison::PreviousPeriod,
            filters: Vec::new(),
            currency: None,
            as_of: None,
            variants: Variants::default(),
            targets: Vec::new(),
            clv_cap_years: 10.0,
            week_starts_sunday: false,
            fiscal_year_start_month: 1,
            top_n: 10,
        }
    }
}

impl Query {
    /// The calendar settings of this query.
    pub fn calendar(&self) -> Calendar {
        Calendar {
            week_starts_sunday: self.week_starts_sunday,
            fiscal_year_start_month: self.fiscal_year_start_month,
        }
    }
}

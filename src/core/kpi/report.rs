//! What the KPI core answers: one result per KPI, with its value, comparison, series, breakdowns, special
//! views and target status.

use crate::core::i18n::Text;
use crate::core::schema::roles::Role;
use crate::core::time::Period;
use serde::{Deserialize, Serialize};

/// A KPI's value for the period, or why it has none (never 0, NaN or ∞ for an undefined value).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum KpiValue {
    /// The value; rates are fractions (0.123 = 12.3 %), money is in [`KpiResult::currency`].
    Value(f64),
    /// No value, with the reason in plain words.
    NoValue {
        /// Why, e.g. "no orders in the previous period to compare with" (rendered in the page's language
        /// with [`crate::core::i18n::render`]).
        reason: Text,
    },
}

impl KpiValue {
    /// The number, if any.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            KpiValue::Value(v) => Some(*v),
            KpiValue::NoValue { .. } => None,
        }
    }

    /// A value when `v` is finite, else no value with `reason` (a [`crate::phrase!`] or a [`Text`]).
    pub fn from_option(v: Option<f64>, reason: impl Into<Text>) -> KpiValue {
        match v {
            Some(v) if v.is_finite() => KpiValue::Value(v),
            _ => KpiValue::NoValue {
                reason: reason.into(),
            },
        }
    }
}

/// One point of a KPI's time series.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SeriesPoint {
    /// First day of the bucket.
    pub bucket_start: i64,
    /// Bucket label (`2024-03`, `2024-W10`, …).
    pub label: String,
    /// The KPI over the part of the bucket inside the period (`None` = undefined there).
    pub value: Option<f64>,
    /// The same-position bucket of the comparison period.
    pub comparison: Option<f64>,
}

/// The KPI split by the values of one dimension.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Breakdown {
    /// The dimension.
    pub dimension: Role,
    /// (value, KPI) rows, largest first: the top N, then "Other" for the rest, and "(not set)" for rows
    /// without a value.
    pub rows: Vec<(String, f64)>,
    /// Whether the rows add up to the KPI's total (sums such as revenue); false for ratios and for
    /// distinct counts where one order can have several values (orders by product).
    pub additive: bool,
}

/// One cohort row of the retention matrix.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CohortRow {
    /// Acquisition month label (`2024-03`).
    pub label: String,
    /// First day of the acquisition month.
    pub month_start: i64,
    /// Customers acquired in that month.
    pub size: u64,
    /// Share of the cohort ordering in month 0, 1, 2… after acquisition (up to the data's end).
    pub shares: Vec<f64>,
}

/// One step of a funnel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FunnelStep {
    /// Step name.
    pub name: String,
    /// Count at this step.
    pub count: f64,
    /// Count ÷ previous step's count (`None` for the first step or a zero previous step).
    pub step_rate: Option<f64>,
}

/// MRR movements of one month.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MrrMovement {
    /// Month label.
    pub label: String,
    /// First day of the month.
    pub month_start: i64,
    /// MRR of customers with no MRR before.
    pub new: f64,
    /// MRR increase of existing customers.
    pub expansion: f64,
    /// MRR decrease of customers who stay (positive number).
    pub contraction: f64,
    /// MRR lost with customers who left (positive number).
    pub churned: f64,
    /// MRR of returning customers who had left.
    pub reactivation: f64,
    /// new + expansion + reactivation − contraction − churned.
    pub net_new: f64,
    /// MRR at the end of the month.
    pub mrr_end: f64,
}

/// A view of a KPI beyond value, series and breakdowns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Special {
    /// Cohort retention matrix.
    CohortMatrix(Vec<CohortRow>),
    /// Weekday (0 = Monday) × hour grid of order counts and revenue.
    WeekHourGrid {
        /// `orders[weekday][hour]`.
        orders: Vec<Vec<f64>>,
        /// `revenue[weekday][hour]`.
        revenue: Vec<Vec<f64>>,
    },
    /// Funnel steps, first to last.
    Funnel(Vec<FunnelStep>),
    /// MRR movements per month.
    MrrMovements(Vec<MrrMovement>),
    /// NPS shares and the 0–10 histogram.
    NpsDistribution {
        /// Share of scores 0–6.
        detractors: f64,
        /// Share of scores 7–8.
        passives: f64,
        /// Share of scores 9–10.
        promoters: f64,
        /// Responses per score 0..=10.
        histogram: Vec<u64>,
    },
    /// Named secondary figures (e.g. "median" for a duration, "click-to-open rate").
    Figures(Vec<(String, f64)>),
}

/// Where a KPI stands against its SMART target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetState {
    /// Ahead of (or on) the linear path to the target.
    OnTrack,
    /// Behind the linear path, deadline not passed.
    AtRisk,
    /// Deadline passed without reaching the target.
    Missed,
    /// Target reached.
    Met,
}

/// A target's status for display.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TargetStatus {
    /// The target value.
    pub target: f64,
    /// Owner of the target.
    pub owner: String,
    /// Deadline (day number).
    pub deadline: i64,
    /// Where the KPI stands.
    pub state: TargetState,
    /// Fraction of the way from the start to the target (1 = reached; may exceed 1).
    pub progress: f64,
    /// Where the linear path says the KPI should be by now.
    pub expected_now: f64,
}

/// Everything computed for one KPI.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KpiResult {
    /// KPI id (as in `KPIS.md` and the registry).
    pub id: String,
    /// Value for the period.
    pub value: KpiValue,
    /// Value for the comparison period.
    pub comparison: Option<f64>,
    /// Change against the comparison: relative ((v − c) ÷ |c|) for counts, money, durations and
    /// ratios; the difference (v − c) for percent and score units (percentage points, NPS points).
    pub change: Option<f64>,
    /// Time series at the query's granularity.
    pub series: Vec<SeriesPoint>,
    /// Breakdowns by each dimension the data has.
    pub breakdowns: Vec<Breakdown>,
    /// A special view (cohorts, grid, funnel…).
    pub special: Option<Special>,
    /// Target status when the query sets a target for this KPI.
    pub target: Option<TargetStatus>,
    /// Currency of money values.
    pub currency: Option<String>,
    /// Columns used, e.g. `orders.csv: Total, Created at`.
    pub sources: Vec<String>,
}

impl KpiResult {
    /// A result with only a value.
    pub fn new(id: &str, value: KpiValue) -> Self {
        KpiResult {
            id: id.to_string(),
            value,
            comparison: None,
            change: None,
            series: Vec::new(),
            breakdowns: Vec::new(),
            special: None,
            target: None,
            currency: None,
            sources: Vec::new(),
        }
    }
}

/// The answer to a query.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct KpiReport {
    /// KPIs the data allows (some may still have no value, with a reason).
    pub results: Vec<KpiResult>,
    /// KPIs the data does not allow: (id, "needs …").
    pub unavailable: Vec<(String, Text)>,
    /// First and last day covered by the loaded data.
    pub data_range: Option<Period>,
    /// The period the figures are for.
    pub period: Option<Period>,
    /// The comparison period.
    pub comparison_period: Option<Period>,
    /// Data-quality and query notes (unknown statuses, filters that could not apply…).
    pub warnings: Vec<Text>,
}

impl KpiReport {
    /// The result of KPI `id`, if computed.
    pub fn get(&self, id: &str) -> Option<&KpiResult> {
        self.results.iter().find(|r| r.id == id)
    }

    /// The value of KPI `id`, if computed and defined.
    pub fn value(&self, id: &str) -> Option<f64> {
        self.get(id).and_then(|r| r.value.as_f64())
    }

    /// Why KPI `id` is unavailable, if it is.
    pub fn unavailable_reason(&self, id: &str) -> Option<&Text> {
        self.unavailable.iter().find(|(i, _)| i == id).map(|(_, r)| r)
    }
}

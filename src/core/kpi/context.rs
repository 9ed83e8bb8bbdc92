//! What every area's computation receives, and the helpers that turn a per-period measure into a full
//! result (value, comparison, series, breakdowns). An area is one function `fn(&Context) -> AreaOutput`.

use super::orders_figures::OrdersFigures;
use super::prepare::Prepared;
use super::query::{Query, NOT_SET};
use super::report::{Breakdown, KpiResult, KpiValue, SeriesPoint};
use crate::core::schema::dataset::Dataset;
use crate::core::schema::kinds::Kind;
use crate::core::schema::roles::Role;
use crate::core::time::{Calendar, Period};

/// The resolved query and the prepared data, shared by all areas.
pub struct Context<'a> {
    /// The prepared data.
    pub prepared: &'a Prepared,
    /// The query.
    pub query: &'a Query,
    /// Calendar settings of the query.
    pub calendar: Calendar,
    /// The period the figures are for.
    pub period: Period,
    /// The comparison period, if any.
    pub comparison: Option<Period>,
    /// First bucket start of each series point (the first may be before the period start).
    pub buckets: Vec<i64>,
    /// Bucket starts of the comparison period.
    pub comparison_buckets: Vec<i64>,
    /// Orders figures (when an orders export is loaded).
    pub orders: Option<OrdersFigures>,
}

/// What an area computed.
#[derive(Debug, Default)]
pub struct AreaOutput {
    /// Results (possibly with no value and a reason).
    pub results: Vec<KpiResult>,
    /// KPIs the area cannot compute with a reason more precise than the registry's `needs`.
    pub unavailable: Vec<(String, crate::core::i18n::Text)>,
    /// Notes for the report.
    pub warnings: Vec<crate::core::i18n::Text>,
}

impl AreaOutput {
    /// Adds a result.
    pub fn push(&mut self, result: KpiResult) {
        self.results.push(result);
    }

    /// Marks a KPI unavailable with a reason.
    pub fn unavailable(&mut self, id: &str, reason: impl Into<crate::core::i18n::Text>) {
        self.unavailable.push((id.to_string(), reason.into()));
    }
}

/// `num ÷ den`, or `None` when the denominator is 0 (or either is not finite).
pub fn ratio(num: f64, den: f64) -> Option<f64> {
    (den != 0.0 && num.is_finite() && den.is_finite()).then(|| num / den)
}

fn clip(start: i64, next: i64, period: Period) -> Period {
    Period::new(start.max(period.start), next.min(period.end))
}

impl Context<'_> {
    /// The "today" of to-date and instant KPIs, exclusive: the period's end, or the day after `as_of`
    /// when that is earlier.
    pub fn reference_end(&self) -> i64 {
        self.query
            .as_of
            .map_or(self.period.end, |d| (d + 1).min(self.period.end))
    }

    /// The series buckets of the period, clipped to it.
    pub fn bucket_periods(&self) -> Vec<Period> {
        self.clipped(&self.buckets, self.period)
    }

    /// The series buckets of the comparison period, clipped to it.
    pub fn comparison_bucket_periods(&self) -> Vec<Period> {
        match self.comparison {
            Some(c) => self.clipped(&self.comparison_buckets, c),
            None => Vec::new(),
        }
    }

    fn clipped(&self, starts: &[i64], period: Period) -> Vec<Period> {
        starts
            .iter()
            .map(|&s| {
                clip(
                    s,
                    self.calendar.next_bucket_start(s, self.query.granularity),
                    period,
                )
            })
            .collect()
    }

    /// A series from per-bucket values of the period and of the comparison period (matched by position).
    pub fn series_from(&self, main: &[Option<f64>], comparison: &[Option<f64>]) -> Vec<SeriesPoint> {
        self.buckets
            .iter()
            .enumerate()
            .map(|(i, &start)| SeriesPoint {
                bucket_start: start,
                label: self.calendar.bucket_label(start, self.query.granularity),
                value: main.get(i).copied().flatten().filter(|v| v.is_finite()),
                comparison: comparison.get(i).copied().flatten().filter(|v| v.is_finite()),
            })
            .collect()
    }

    /// A series of a measure that can be evaluated on any period (sums, ratios of sums).
    pub fn series(&self, measure: &dyn Fn(Period) -> Option<f64>) -> Vec<SeriesPoint> {
        let main: Vec<Option<f64>> = self.bucket_periods().into_iter().map(measure).collect();
        let comp: Vec<Option<f64>> = self
            .comparison_bucket_periods()
            .into_iter()
            .map(measure)
            .collect();
        self.series_from(&main, &comp)
    }

    /// A full result (value, comparison, series) for a measure defined on any period;
    /// `no_value` is the reason shown when the measure is undefined for the period.
    pub fn by_period(&self, id: &str, measure: &dyn Fn(Period) -> Option<f64>, no_value: &str) -> KpiResult {
        let mut r = KpiResult::new(id, KpiValue::from_option(measure(self.period), no_value));
        r.comparison = self.comparison.and_then(measure).filter(|v| v.is_finite());
        r.series = self.series(measure);
        r
    }

    /// The loaded datasets of one kind (orders are in [`Prepared::orders`] instead).
    pub fn datasets(&self, kind: Kind) -> impl Iterator<Item = &Dataset> {
        self.prepared.datasets.iter().filter(move |d| d.kind == kind)
    }

    /// Rows of `dataset` kept by the query's filters on the roles it has (`None` = all rows).
    pub fn row_filter(&self, dataset: &Dataset) -> Option<Vec<bool>> {
        super::filter::dataset_rows(dataset, &self.query.filters)
    }
}

/// A breakdown from per-value totals: `values[i]` is the total of `names[i]`, and `values[names.len()]`
/// (if present) the total of rows without a value. Keeps the top `top_n`, groups the rest as "Other",
/// drops zero rows.
pub fn breakdown(role: Role, names: &[String], values: &[f64], top_n: usize, additive: bool) -> Breakdown {
    // Select the top values in O(n) and clone only their names: dimensions can have 100 000 values.
    let mut idx: Vec<(usize, f64)> = values
        .iter()
        .take(names.len())
        .copied()
        .enumerate()
        .filter(|(_, v)| *v != 0.0 && v.is_finite())
        .collect();
    let by_value_desc = |a: &(usize, f64), b: &(usize, f64)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
    let mut other = None;
    if idx.len() > top_n.saturating_add(1) {
        idx.select_nth_unstable_by(top_n, by_value_desc);
        other = Some(idx.iter().skip(top_n).map(|(_, v)| v).sum::<f64>());
        idx.truncate(top_n);
    }
    idx.sort_by(by_value_desc);
    let mut rows: Vec<(String, f64)> = idx
        .into_iter()
        .filter_map(|(i, v)| names.get(i).map(|n| (n.clone(), v)))
        .collect();
    if let Some(other) = other {
        rows.push((crate::phrase!("Other").to_string(), other));
    }
    // Rows without a value: their figure is often what remains of a total once the others are taken
    // off, so rounding noise (-4e-9 of millions) is no row.
    let scale = values
        .iter()
        .filter(|v| v.is_finite())
        .map(|v| v.abs())
        .fold(0.0, f64::max);
    if let Some(&missing) = values.get(names.len()) {
        if missing.is_finite() && missing.abs() > scale * 1e-9 {
            rows.push((NOT_SET.to_string(), missing));
        }
    }
    Breakdown {
        dimension: role,
        rows,
        additive,
    }
}

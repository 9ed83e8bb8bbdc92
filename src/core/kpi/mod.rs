//! The KPI core: every KPI of `KPIS.md`, computed from datasets for a query.
//!
//! Use [`Prepared::new`] once per load of datasets, then [`compute_prepared`] on every control change
//! ([`compute`] does both). Every KPI of the [`registry`] appears exactly once in the report: in
//! `results` (possibly with no value and the reason) or in `unavailable` with what would unlock it.
//!
//! **Adding an area**: write `kpi/<area>.rs` with `pub fn compute(ctx: &Context) -> AreaOutput` (use
//! [`Context::by_period`], [`Context::datasets`], [`Context::row_filter`], [`daily::Daily`] and
//! [`context::breakdown`]), declare the module below and add it to [`AREAS`]; the registry already lists
//! every KPI. Change, comparison and target status are filled in here for every area.

pub mod codes;
pub mod context;
pub mod costs;
pub mod customers;
pub mod daily;
pub mod filter;
pub mod finance;
pub mod kept_orders;
pub mod keys;
pub mod marketing;
pub mod measures;
pub mod month_totals;
pub mod options;
pub mod orders_figures;
pub mod orders_table;
pub mod pipeline;
pub mod prepare;
pub mod query;
pub mod registry;
pub mod report;
mod row_order;
pub mod sales;
pub mod subscriptions;
pub mod target;
pub mod traffic;

pub use context::{AreaOutput, Context};
pub use prepare::{data_range, Prepared};
pub use query::{Comparison, Filter, Query, Target, Variants};
pub use report::{KpiReport, KpiResult, KpiValue};

use crate::core::schema::dataset::Dataset;
use crate::core::time::Period;
use orders_figures::OrdersFigures;
use registry::Unit;

/// An area computation.
pub type AreaFn = fn(&Context) -> AreaOutput;

/// Every area computation, in display order.
pub const AREAS: &[AreaFn] = &[
    sales::compute,
    customers::compute,
    finance::compute,
    traffic::compute,
    marketing::compute,
    pipeline::compute,
    costs::compute,
];

/// Prepares `datasets` and computes the report of `query` (prefer [`Prepared`] + [`compute_prepared`]
/// when the same data is queried repeatedly).
pub fn compute(datasets: &[Dataset], query: &Query) -> KpiReport {
    compute_prepared(&Prepared::new(datasets), query)
}

/// Computes the report of `query` over prepared data.
pub fn compute_prepared(prepared: &Prepared, query: &Query) -> KpiReport {
    let mut report = KpiReport {
        data_range: prepared.data_range,
        warnings: prepared.warnings.clone(),
        ..KpiReport::default()
    };
    let Some(period) = query.period.or(prepared.data_range) else {
        for def in registry::all() {
            report.unavailable.push((def.id.to_string(), def.needs.into()));
        }
        return report;
    };
    let calendar = query.calendar();
    // A comparison period with no data at all (e.g. before the first export's first day) is no
    // comparison: showing it as zeros would invent figures.
    let comparison = query.comparison.period_for(period).filter(|c| {
        prepared
            .data_range
            .is_some_and(|d| c.start < d.end && d.start < c.end)
    });
    report.period = Some(period);
    report.comparison_period = comparison;
    let reference_end = query.as_of.map_or(period.end, |d| (d + 1).min(period.end));
    let orders = prepared
        .orders
        .as_ref()
        .map(|t| OrdersFigures::compute(t, &prepared.cache, query, period, comparison, reference_end));
    if let Some(f) = &orders {
        for role in &f.unapplied_filters {
            report.warnings.push(crate::text!(
                "The filter on {role} does not apply to the orders: they have no such column",
                role = *role
            ));
        }
    }
    let ctx = Context {
        prepared,
        query,
        calendar,
        period,
        comparison,
        buckets: calendar.buckets(period, query.granularity),
        comparison_buckets: comparison
            .map(|c| calendar.buckets(c, query.granularity))
            .unwrap_or_default(),
        orders,
    };
    let mut results: Vec<KpiResult> = Vec::new();
    let mut unavailable: Vec<(String, crate::core::i18n::Text)> = Vec::new();
    for area in AREAS {
        let out = area(&ctx);
        results.extend(out.results);
        unavailable.extend(out.unavailable);
        report.warnings.extend(out.warnings);
    }
    let last_day = prepared
        .data_range
        .map_or(period.last_day(), |d| d.last_day().min(period.last_day()));
    let now = query.as_of.map_or(last_day, |a| a.min(period.last_day()));
    for def in registry::all() {
        if let Some(pos) = results.iter().position(|r| r.id == def.id) {
            let mut r = results.swap_remove(pos);
            finish(def, &mut r, query, period, now);
            report.results.push(r);
        } else {
            let reason = unavailable
                .iter()
                .find(|(id, _)| id == def.id)
                .map_or_else(|| crate::core::i18n::Text::from(def.needs), |(_, r)| r.clone());
            report.unavailable.push((def.id.to_string(), reason));
        }
    }
    report
}

/// Fills the change and the target status of a result.
fn finish(def: &registry::KpiDef, r: &mut KpiResult, query: &Query, period: Period, now: i64) {
    if r.change.is_none() {
        if let (Some(v), Some(c)) = (r.value.as_f64(), r.comparison) {
            r.change = match def.unit {
                Unit::Percent | Unit::Score => Some(v - c),
                _ => context::ratio(v - c, c.abs()),
            };
        }
    }
    if let Some(t) = query.targets.iter().find(|t| t.kpi == def.id) {
        r.target = target::status(def, r, t, period, now);
    }
}

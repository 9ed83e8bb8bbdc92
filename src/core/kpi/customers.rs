//! Customer KPIs: active and new customers, repeat rate, retention and churn (orders or subscriptions),
//! cohorts, historical and predicted CLV (from the orders index), and NPS (from survey exports).

use super::context::{ratio, AreaOutput, Context};
use super::filter::keeps;
use super::orders_figures::{OrdersFigures, PeriodScan};
use super::orders_table::OrdersTable;
use super::query::RetentionVariant;
use super::report::{Breakdown, CohortRow, KpiResult, KpiValue, Special};
use super::sales::money;
use super::subscriptions::Subscriptions;
use crate::core::ingest::table::{ColumnData, MISSING_TIME, SECONDS_PER_DAY};
use crate::core::schema::kinds::Kind;
use crate::core::schema::roles::Role;
use crate::core::time::{month_index, month_start, Granularity, Period};

/// Computes the Customers area.
pub fn compute(ctx: &Context) -> AreaOutput {
    let mut out = AreaOutput::default();
    let subs = ctx.prepared.subscriptions.get(ctx);
    let subs: &Option<Subscriptions> = &subs;
    let use_subs = match ctx.query.variants.retention {
        RetentionVariant::Auto | RetentionVariant::StartEndNew => subs.is_some(),
        RetentionVariant::PreviousPeriodCustomers => false,
    };
    if let (Some(t), Some(f)) = (ctx.prepared.orders.as_ref(), ctx.orders.as_ref()) {
        if t.customer_role.is_some() {
            orders_customers(ctx, t, f, &mut out, !use_subs);
        }
    }
    if use_subs {
        if let Some(s) = &subs {
            subscription_retention(ctx, s, &mut out);
        }
    }
    nps(ctx, &mut out);
    out
}

/// Predicted CLV of the orders (`KPIS.md` clv_predicted): AOV × orders per customer per year × lifespan
/// (1 ÷ annual churn, capped at the query's `clv_cap_years`), × gross margin when known. `None` without a
/// CLV window or when a ratio's denominator is 0. The single definition: Customers and Marketing call it.
pub fn clv_predicted(ctx: &Context, f: &OrdersFigures) -> Option<f64> {
    let w = f.clv_window.as_ref()?;
    let years = w.days as f64 / 365.0;
    let aov = ratio(w.revenue, w.orders)?;
    let per_year = ratio(w.customer_orders, w.active as f64)? / years;
    let retention = ratio(w.retained as f64, w.base as f64)?;
    let annual_churn = 1.0 - retention.powf(1.0 / years);
    let cap = ctx.query.clv_cap_years.max(0.0);
    let lifespan = if annual_churn > 0.0 {
        (1.0 / annual_churn).min(cap)
    } else {
        cap
    };
    Some(aov * per_year * lifespan * w.margin.unwrap_or(1.0))
}

fn with_sources(t: &OrdersTable, mut r: KpiResult) -> KpiResult {
    r.sources = t.sources.clone();
    r
}

fn orders_customers(
    ctx: &Context,
    t: &OrdersTable,
    f: &OrdersFigures,
    out: &mut AreaOutput,
    retention_from_orders: bool,
) {
    let period = ctx.period;
    let comp_scan = f.comparison.as_ref();
    let bucket_values =
        |scan: Option<&PeriodScan>, n: usize, g: &dyn Fn(&PeriodScan, usize) -> Option<f64>| {
            (0..n).map(|i| scan.and_then(|s| g(s, i))).collect::<Vec<_>>()
        };
    let n_main = ctx.buckets.len();
    let n_comp = ctx.comparison_buckets.len();

    // Active customers.
    let mut active = KpiResult::new("active_customers", KpiValue::Value(f.main.active as f64));
    active.comparison = comp_scan.map(|s| s.active as f64);
    let count_at = |s: &PeriodScan, i: usize| s.bucket_active.get(i).map(|&v| v as f64);
    active.series = ctx.series_from(
        &bucket_values(Some(&f.main), n_main, &count_at),
        &bucket_values(comp_scan, n_comp, &count_at),
    );
    out.push(with_sources(t, active));

    // New customers: first completed order in the period.
    let new = ctx.by_period("new_customers", &|p| Some(f.first_orders.sum(p)), "");
    out.push(with_sources(t, new));

    // Repeat rate as of the end of each period (bucket).
    let end_of = |p: Period| {
        if p == period {
            ctx.reference_end()
        } else {
            p.end
        }
    };
    let repeat = ctx.by_period(
        "repeat_rate",
        &|p| {
            let x = end_of(p);
            ratio(f.second_orders.sum_before(x), f.first_orders.sum_before(x))
        },
        crate::phrase!("No customer has ordered yet"),
    );
    out.push(with_sources(t, repeat));

    // Retention and churn on previous-period customers.
    if retention_from_orders {
        let no_base = crate::text!(
            "No customer ordered in the previous period of equal length ({period})",
            period = period.previous().describe()
        );
        let rate = |s: &PeriodScan| ratio(s.retained as f64, s.previous_active as f64);
        let ret_at = |s: &PeriodScan, i: usize| s.bucket_retention.get(i).copied().flatten();
        let main_series = bucket_values(Some(&f.main), n_main, &ret_at);
        let comp_series = bucket_values(comp_scan, n_comp, &ret_at);
        let mut retention = KpiResult::new("retention_rate", KpiValue::from_option(rate(&f.main), &no_base));
        retention.comparison = comp_scan.and_then(rate);
        retention.series = ctx.series_from(&main_series, &comp_series);
        let mut churn = KpiResult::new(
            "churn_rate",
            KpiValue::from_option(rate(&f.main).map(|r| 1.0 - r), &no_base),
        );
        churn.comparison = retention.comparison.map(|r| 1.0 - r);
        let flip = |v: &[Option<f64>]| v.iter().map(|x| x.map(|r| 1.0 - r)).collect::<Vec<_>>();
        churn.series = ctx.series_from(&flip(&main_series), &flip(&comp_series));
        out.push(with_sources(t, retention));
        out.push(with_sources(t, churn));
    }

    // Cohorts acquired in the period, followed to the reference day.
    let last_month = month_index(ctx.reference_end() - 1);
    let rows: Vec<CohortRow> = f
        .cohorts
        .iter()
        .filter(|(m, _)| {
            let start = month_start(*m);
            start < period.end && month_start(*m + 1) > period.start && *m <= last_month
        })
        .map(|(m, cells)| {
            let size = cells.first().copied().unwrap_or(0);
            let width = (last_month - m + 1).max(1) as usize;
            CohortRow {
                label: ctx.calendar.bucket_label(month_start(*m), Granularity::Month),
                month_start: month_start(*m),
                size,
                shares: (0..width)
                    .map(|i| cells.get(i).copied().unwrap_or(0) as f64 / size.max(1) as f64)
                    .collect(),
            }
        })
        .collect();
    let month1: Vec<f64> = rows.iter().filter_map(|r| r.shares.get(1).copied()).collect();
    let mut cohorts = KpiResult::new(
        "cohorts",
        KpiValue::from_option(
            ratio(month1.iter().sum(), month1.len() as f64),
            crate::phrase!("No cohort acquired in the period has a following month in the data yet"),
        ),
    );
    cohorts.special = Some(Special::CohortMatrix(rows));
    out.push(with_sources(t, cohorts));

    // Historical CLV: revenue to date ÷ customers to date (× margin to date).
    let clv = ctx.by_period(
        "clv_historical",
        &|p| {
            let x = end_of(p);
            let base = f.margin_base.sum_before(x);
            let margin = if base != 0.0 {
                f.margin.sum_before(x) / base
            } else {
                1.0
            };
            ratio(f.revenue.sum_before(x), f.first_orders.sum_before(x)).map(|v| v * margin)
        },
        crate::phrase!("No customer has ordered yet"),
    );
    out.push(money(ctx, t, f, clv));

    // Predicted CLV.
    let predicted = clv_predicted(ctx, f);
    let mut r = KpiResult::new(
        "clv_predicted",
        KpiValue::from_option(
            predicted,
            crate::phrase!("Needs customers ordering in two consecutive windows before the period's end (at least 8 weeks of data)"),
        ),
    );
    if let Some(w) = &f.clv_window {
        r.special = Some(Special::Figures(vec![
            ("window_days".to_string(), w.days as f64),
            ("customers".to_string(), w.active as f64),
            (
                "annual_retention".to_string(),
                ratio(w.retained as f64, w.base as f64).map_or(f64::NAN, |x| x.powf(365.0 / w.days as f64)),
            ),
        ]));
    }
    out.push(money(ctx, t, f, r));
}

fn subscription_retention(ctx: &Context, subs: &Subscriptions, out: &mut AreaOutput) {
    let end = |p: Period| {
        if p == ctx.period {
            ctx.reference_end() - 1
        } else {
            p.last_day()
        }
    };
    let rate = |p: Period| {
        let mv = subs.movement(p.start - 1, end(p));
        ratio(mv.kept_customers as f64, mv.start_customers as f64)
    };
    let reason = crate::phrase!("No customer had an active subscription at the start of the period");
    let mut retention = ctx.by_period("retention_rate", &rate, reason);
    retention.sources = subs.sources.clone();
    let mut churn = ctx.by_period("churn_rate", &|p| rate(p).map(|r| 1.0 - r), reason);
    churn.sources = subs.sources.clone();
    out.push(retention);
    out.push(churn);
}

/// NPS responses kept by the query: (day or none, score, segment).
struct Responses {
    rows: Vec<(Option<i64>, u8, Option<String>)>,
    sources: Vec<String>,
    invalid: usize,
}

fn responses(ctx: &Context) -> Option<Responses> {
    let mut out = Responses {
        rows: Vec::new(),
        sources: Vec::new(),
        invalid: 0,
    };
    let mut any = false;
    for ds in ctx.datasets(Kind::Nps) {
        let Some(ColumnData::Number(scores)) = ds.column(Role::Score).map(|c| &c.data) else {
            continue;
        };
        any = true;
        let dates = match ds.column(Role::Date).map(|c| &c.data) {
            Some(ColumnData::Time { values, .. }) => Some(values),
            _ => None,
        };
        let segment = ds.column(Role::Segment);
        let mask = ctx.row_filter(ds);
        for (row, &s) in scores.iter().enumerate() {
            if !keeps(&mask, row) || s.is_nan() {
                continue;
            }
            if !(0.0..=10.0).contains(&s) || s.fract() != 0.0 {
                out.invalid += 1;
                continue;
            }
            let day = dates
                .and_then(|d| d.get(row).copied())
                .and_then(|t| (t != MISSING_TIME).then(|| t.div_euclid(SECONDS_PER_DAY)));
            if dates.is_some() && day.is_none() {
                continue;
            }
            let seg = segment
                .filter(|c| !c.data.is_missing(row))
                .map(|c| c.data.display(row));
            out.rows.push((day, s as u8, seg));
        }
        let score_name = ds.column(Role::Score).map_or("", |c| c.name.as_str());
        out.sources.push(format!("{}: {score_name}", ds.name));
    }
    any.then_some(out)
}

/// (promoters − detractors) ÷ responses × 100 and the histogram over responses in `period`.
fn nps_of(r: &Responses, period: Period) -> (Option<f64>, [u64; 11]) {
    let mut hist = [0u64; 11];
    for (day, s, _) in &r.rows {
        if day.is_none_or(|d| period.contains(d)) {
            if let Some(h) = hist.get_mut(*s as usize) {
                *h += 1;
            }
        }
    }
    (nps_from(&hist), hist)
}

fn nps_from(hist: &[u64; 11]) -> Option<f64> {
    let n: u64 = hist.iter().sum();
    let promoters: u64 = hist[9] + hist[10];
    let detractors: u64 = hist[..7].iter().sum();
    ratio(100.0 * (promoters as f64 - detractors as f64), n as f64)
}

fn nps(ctx: &Context, out: &mut AreaOutput) {
    let Some(r) = responses(ctx) else { return };
    if r.invalid > 0 {
        out.warnings.push(crate::text_n!(
            "{count} NPS score is not a whole number from 0 to 10 and was left out",
            "{count} NPS scores are not whole numbers from 0 to 10 and were left out",
            count = r.invalid
        ));
    }
    let reason = crate::phrase!("No survey response in the period");
    let mut score = ctx.by_period("nps", &|p| nps_of(&r, p).0, reason);
    // NPS per segment (not additive).
    let mut segments: Vec<(String, [u64; 11])> = Vec::new();
    for (day, s, seg) in &r.rows {
        if !day.is_none_or(|d| ctx.period.contains(d)) {
            continue;
        }
        let Some(seg) = seg else { continue };
        let pos = match segments.iter().position(|(n, _)| n == seg) {
            Some(p) => p,
            None => {
                segments.push((seg.clone(), [0; 11]));
                segments.len() - 1
            }
        };
        if let Some(h) = segments.get_mut(pos).and_then(|(_, h)| h.get_mut(*s as usize)) {
            *h += 1;
        }
    }
    if !segments.is_empty() {
        let mut rows: Vec<(String, f64)> = segments
            .iter()
            .filter_map(|(n, h)| nps_from(h).map(|v| (n.clone(), v)))
            .collect();
        rows.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        score.breakdowns.push(Breakdown {
            dimension: Role::Segment,
            rows,
            additive: false,
        });
    }
    score.sources = r.sources.clone();
    out.push(score);

    let share = |p: Period| {
        let (_, h) = nps_of(&r, p);
        ratio((h[9] + h[10]) as f64, h.iter().sum::<u64>() as f64)
    };
    let mut mix = ctx.by_period("nps_mix", &share, reason);
    let (_, hist) = nps_of(&r, ctx.period);
    let n = hist.iter().sum::<u64>() as f64;
    if n > 0.0 {
        mix.special = Some(Special::NpsDistribution {
            detractors: hist[..7].iter().sum::<u64>() as f64 / n,
            passives: (hist[7] + hist[8]) as f64 / n,
            promoters: (hist[9] + hist[10]) as f64 / n,
            histogram: hist.to_vec(),
        });
    }
    mix.sources = r.sources;
    out.push(mix);
}

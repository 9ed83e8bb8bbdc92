//! Sales KPIs from the orders index: revenue, orders, units, AOV, growth, margin, cancellations,
//! frequency, peak times, processing time and revenue concentration.

use super::context::{breakdown, ratio, AreaOutput, Context};
use super::orders_figures::{OrdersFigures, PeriodScan};
use super::orders_table::OrdersTable;
use super::query::Comparison;
use super::report::{Breakdown, KpiResult, KpiValue, Special};
use crate::core::schema::roles::Role;
use crate::core::time::Period;

/// Why money KPIs of the orders have no value (mixed currencies without a choice), if they don't.
pub fn currency_problem(ctx: &Context, f: &OrdersFigures) -> Option<crate::core::i18n::Text> {
    (f.currencies.len() > 1 && ctx.query.currency.is_none()).then(|| {
        crate::text!(
            "The orders mix currencies ({currencies}); pick one currency to see money figures",
            currencies = f.currencies.join(", ")
        )
    })
}

/// The currency of the orders' money figures.
pub fn orders_currency(ctx: &Context, f: &OrdersFigures) -> Option<String> {
    ctx.query.currency.clone().or_else(|| {
        (f.currencies.len() == 1)
            .then(|| f.currencies.first().cloned())
            .flatten()
    })
}

/// Marks a money result of the orders: currency, sources, and no value when currencies are mixed.
pub fn money(ctx: &Context, t: &OrdersTable, f: &OrdersFigures, mut r: KpiResult) -> KpiResult {
    r.currency = orders_currency(ctx, f);
    r.sources = t.sources.clone();
    if let Some(reason) = currency_problem(ctx, f) {
        r.value = KpiValue::NoValue { reason };
        r.comparison = None;
        r.series.iter_mut().for_each(|p| {
            p.value = None;
            p.comparison = None;
        });
        r.breakdowns.clear();
    }
    r
}

/// A breakdown of a ratio (e.g. AOV = revenue ÷ orders) per value: the top values by denominator, the rest
/// combined as one ratio.
pub fn ratio_breakdown(role: Role, names: &[String], num: &[f64], den: &[f64], top_n: usize) -> Breakdown {
    let mut rows: Vec<(String, f64, f64)> = names
        .iter()
        .zip(num.iter().zip(den))
        .filter(|(_, (_, &d))| d != 0.0)
        .map(|(n, (&a, &b))| (n.clone(), a, b))
        .collect();
    rows.sort_by(|a, b| b.2.total_cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
    let mut out: Vec<(String, f64)> = rows
        .iter()
        .take(top_n)
        .map(|(n, a, b)| (n.clone(), a / b))
        .collect();
    if rows.len() > top_n {
        let (a, b) = rows
            .iter()
            .skip(top_n)
            .fold((0.0, 0.0), |(x, y), (_, a, b)| (x + a, y + b));
        if let Some(v) = ratio(a, b) {
            out.push(("Other".to_string(), v));
        }
    }
    Breakdown {
        dimension: role,
        rows: out,
        additive: false,
    }
}

fn revenue_breakdowns(ctx: &Context, t: &OrdersTable, f: &OrdersFigures) -> Vec<Breakdown> {
    let top = ctx.query.top_n;
    let mut out: Vec<Breakdown> = f
        .main
        .dimensions
        .iter()
        .map(|d| breakdown(d.role, &d.names, &d.revenue, top, true))
        .collect();
    if let Some(role) = t.customer_role {
        let mut values = f.main.customer_revenue.clone();
        values.push(f.revenue.sum(ctx.period) - f.main.customer_revenue_total);
        out.push(breakdown(role, &t.customers, &values, top, true));
    }
    out
}

fn mean_median(values: &[f64]) -> Option<(f64, f64)> {
    if values.is_empty() {
        return None;
    }
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    let mut v = values.to_vec();
    let mid = v.len() / 2;
    v.select_nth_unstable_by(mid, f64::total_cmp);
    let upper = v.get(mid).copied()?;
    let median = if v.len() % 2 == 1 {
        upper
    } else {
        let lower = v.iter().take(mid).copied().fold(f64::NEG_INFINITY, f64::max);
        (lower + upper) / 2.0
    };
    Some((mean, median))
}

/// The comparison period of any period, by the query's comparison mode.
fn compared(ctx: &Context, p: Period) -> Option<Period> {
    match ctx.query.comparison {
        Comparison::None => None,
        Comparison::PreviousPeriod => Some(p.previous()),
        Comparison::PreviousYear => Some(p.year_earlier()),
    }
}

/// Computes the Sales area.
pub fn compute(ctx: &Context) -> AreaOutput {
    let mut out = AreaOutput::default();
    let (Some(t), Some(f)) = (ctx.prepared.orders.as_ref(), ctx.orders.as_ref()) else {
        return out;
    };
    let period = ctx.period;
    let top = ctx.query.top_n;
    let no_orders = crate::phrase!("No completed orders in the period");

    // Revenue and revenue by dimension.
    let mut revenue = ctx.by_period("revenue", &|p| Some(f.revenue.sum(p)), "");
    revenue.breakdowns = revenue_breakdowns(ctx, t, f);
    let customer_breakdown: Vec<Breakdown> = revenue
        .breakdowns
        .iter()
        .filter(|b| Some(b.dimension) == t.customer_role)
        .cloned()
        .collect();
    let mut by_dim = revenue.clone();
    by_dim.id = "revenue_by_dim".to_string();
    out.push(money(ctx, t, f, revenue));
    if by_dim.breakdowns.is_empty() {
        out.unavailable(
            "revenue_by_dim",
            crate::phrase!(
                "needs a product, category, channel, country, customer or sales rep column in the orders"
            ),
        );
    } else {
        out.push(money(ctx, t, f, by_dim));
    }

    // Orders.
    let mut orders = ctx.by_period("orders", &|p| Some(f.orders.sum(p)), "");
    let total_orders = f.orders.sum(period);
    orders.breakdowns = f
        .main
        .dimensions
        .iter()
        .map(|d| {
            let sum: f64 = d.orders.iter().sum();
            breakdown(d.role, &d.names, &d.orders, top, (sum - total_orders).abs() < 0.5)
        })
        .collect();
    orders.sources = t.sources.clone();
    out.push(orders);

    if t.quantity.is_some() {
        let mut units = ctx.by_period("units", &|p| Some(f.units.sum(p)), "");
        units.sources = t.sources.clone();
        out.push(units);
    }

    // AOV.
    let mut aov = ctx.by_period("aov", &|p| ratio(f.revenue.sum(p), f.orders.sum(p)), no_orders);
    aov.breakdowns = f
        .main
        .dimensions
        .iter()
        .map(|d| ratio_breakdown(d.role, &d.names, &d.revenue, &d.orders, top))
        .collect();
    out.push(money(ctx, t, f, aov));

    // Growth: each value against its comparison period.
    let growth_of = |now: f64, before: f64| ratio(now - before, before);
    let mut growth = match ctx.comparison {
        None => {
            // No comparison chosen, or one that lies wholly outside the data (the period before all
            // the data, say).
            let reason = match ctx.query.comparison.period_for(ctx.period) {
                Some(outside) => crate::text!(
                    "The comparison period ({period}) has no data: choose a shorter period or another comparison to see growth",
                    period = outside.describe()
                ),
                None => crate::phrase!(
                    "Choose a comparison (previous period or previous year) to see growth"
                )
                .into(),
            };
            KpiResult::new("growth", KpiValue::NoValue { reason })
        }
        Some(c) => {
            let value = growth_of(f.revenue.sum(period), f.revenue.sum(c));
            let mut r = KpiResult::new(
                "growth",
                KpiValue::from_option(value, crate::phrase!("No revenue in the comparison period")),
            );
            let main: Vec<Option<f64>> = ctx
                .bucket_periods()
                .iter()
                .map(|&p| compared(ctx, p).and_then(|q| growth_of(f.revenue.sum(p), f.revenue.sum(q))))
                .collect();
            r.series = ctx.series_from(&main, &[]);
            r
        }
    };
    growth.sources = t.sources.clone();
    out.push(money(ctx, t, f, growth));

    // Gross margin.
    if t.cost.is_some() || t.profit.is_some() {
        let r = ctx.by_period(
            "gross_margin",
            &|p| ratio(f.margin.sum(p), f.margin_base.sum(p)),
            crate::phrase!("No completed order with a cost or profit in the period"),
        );
        out.push(money(ctx, t, f, r));
    }

    // Cancellations.
    if t.has_status {
        let mut r = ctx.by_period(
            "cancel_rate",
            &|p| {
                let all = f.all_orders.sum(p);
                ratio(all - f.orders.sum(p), all)
            },
            crate::phrase!("No orders in the period"),
        );
        r.sources = t.sources.clone();
        out.push(r);
    }

    // Per-customer KPIs.
    if t.customer_role.is_some() {
        let freq = |scan: &PeriodScan, p: Period| ratio(f.customer_orders.sum(p), scan.active as f64);
        let mut r = KpiResult::new(
            "order_frequency",
            KpiValue::from_option(
                freq(&f.main, period),
                crate::phrase!("No orders with a customer in the period"),
            ),
        );
        r.comparison = ctx
            .comparison
            .zip(f.comparison.as_ref())
            .and_then(|(c, s)| freq(s, c));
        let per_bucket = |periods: Vec<Period>, scan: Option<&PeriodScan>| -> Vec<Option<f64>> {
            periods
                .iter()
                .enumerate()
                .map(|(i, &p)| {
                    let active = scan?.bucket_active.get(i).copied()? as f64;
                    ratio(f.customer_orders.sum(p), active)
                })
                .collect()
        };
        r.series = ctx.series_from(
            &per_bucket(ctx.bucket_periods(), Some(&f.main)),
            &per_bucket(ctx.comparison_bucket_periods(), f.comparison.as_ref()),
        );
        r.sources = t.sources.clone();
        out.push(r);

        let share = |scan: &PeriodScan, p: Period| ratio(scan.top_customers_revenue, f.revenue.sum(p));
        let mut r = KpiResult::new(
            "top_customer_share",
            KpiValue::from_option(share(&f.main, period), crate::phrase!("No revenue in the period")),
        );
        r.comparison = ctx
            .comparison
            .zip(f.comparison.as_ref())
            .and_then(|(c, s)| share(s, c));
        // Each customer's share of the period's revenue (the KPI is a share: so are its rows).
        let total = f.revenue.sum(period);
        r.breakdowns = customer_breakdown
            .into_iter()
            .map(|b| Breakdown {
                rows: b
                    .rows
                    .into_iter()
                    .filter_map(|(name, revenue)| Some((name, ratio(revenue, total)?)))
                    .collect(),
                additive: false,
                ..b
            })
            .filter(|b| !b.rows.is_empty())
            .collect();
        out.push(money(ctx, t, f, r));
    }

    // Peak times.
    if t.time_of_day.is_some() {
        let peak = f.main.grid_orders.iter().flatten().copied().fold(0.0, f64::max);
        let mut r = KpiResult::new(
            "peak_times",
            if peak > 0.0 {
                KpiValue::Value(peak)
            } else {
                KpiValue::NoValue {
                    reason: crate::phrase!("No completed order with a time of day in the period").into(),
                }
            },
        );
        r.special = Some(Special::WeekHourGrid {
            orders: f.main.grid_orders.clone(),
            revenue: f.main.grid_revenue.clone(),
        });
        r.sources = t.sources.clone();
        out.push(r);
    } else {
        out.unavailable(
            "peak_times",
            crate::phrase!("needs order dates with a time of day (the orders only have dates)"),
        );
    }

    // Processing time.
    if t.processing_days.is_some() {
        let stats = mean_median(&f.main.processing);
        let mut r = KpiResult::new(
            "processing_time",
            KpiValue::from_option(
                stats.map(|s| s.0),
                crate::phrase!("No completed order with a fulfilment date in the period"),
            ),
        );
        r.comparison = f
            .comparison
            .as_ref()
            .and_then(|c| mean_median(&c.processing))
            .map(|s| s.0);
        if let Some((_, median)) = stats {
            r.special = Some(Special::Figures(vec![("median".to_string(), median)]));
        }
        r.sources = t.sources.clone();
        out.push(r);
    }
    out
}

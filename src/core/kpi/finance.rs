//! Finance KPIs of subscriptions: MRR, ARR, MRR movements, revenue churn / NRR and ARPA.
//! (Cost-ledger KPIs — ROI, CPI, cost variance, budget use — are added by the Marketing/Finance work.)

use super::context::{ratio, AreaOutput, Context};
use super::report::{KpiResult, KpiValue, MrrMovement, Special};
use super::subscriptions::Subscriptions;
use crate::core::time::{add_months, month_index, month_start, Granularity, Period};

/// The MRR movements of each calendar month overlapping `period`.
pub fn monthly_movements(ctx: &Context, subs: &Subscriptions, period: Period) -> Vec<MrrMovement> {
    let first = month_index(period.start);
    let last = month_index(period.last_day());
    (first..=last)
        .map(|m| {
            let start = month_start(m);
            let end = add_months(start, 1);
            let mv = subs.movement(start - 1, end - 1);
            MrrMovement {
                label: ctx.calendar.bucket_label(start, Granularity::Month),
                month_start: start,
                new: mv.new,
                expansion: mv.expansion,
                contraction: mv.contraction,
                churned: mv.churned,
                reactivation: mv.reactivation,
                net_new: mv.end_mrr - mv.start_mrr,
                mrr_end: mv.end_mrr,
            }
        })
        .collect()
}

/// Computes the subscription KPIs of the Finance area.
pub fn compute(ctx: &Context) -> AreaOutput {
    let mut out = AreaOutput::default();
    let cached = ctx.prepared.subscriptions.get(ctx);
    let Some(subs) = cached.as_ref() else {
        return out;
    };
    out.warnings.extend(subs.warnings.iter().cloned());
    let mixed = (subs.currencies.len() > 1 && ctx.query.currency.is_none()).then(|| {
        crate::text!(
            "The subscriptions mix currencies ({currencies}); pick one currency to see money figures",
            currencies = subs.currencies.join(", ")
        )
    });
    let currency = ctx.query.currency.clone().or_else(|| {
        (subs.currencies.len() == 1)
            .then(|| subs.currencies.first().cloned())
            .flatten()
    });
    let instant = |p: Period| {
        if p == ctx.period {
            ctx.reference_end() - 1
        } else {
            p.last_day()
        }
    };
    let finish = |mut r: KpiResult| {
        r.currency = currency.clone();
        r.sources = subs.sources.clone();
        if let Some(reason) = &mixed {
            r.value = KpiValue::NoValue {
                reason: reason.clone(),
            };
            r.comparison = None;
            r.series.clear();
        }
        r
    };
    out.push(finish(ctx.by_period(
        "mrr",
        &|p| Some(subs.mrr_at(instant(p))),
        "",
    )));
    out.push(finish(ctx.by_period(
        "arr",
        &|p| Some(12.0 * subs.mrr_at(instant(p))),
        "",
    )));
    let mut movements = ctx.by_period(
        "mrr_movements",
        &|p| {
            let mv = subs.movement(p.start - 1, instant(p));
            Some(mv.end_mrr - mv.start_mrr)
        },
        "",
    );
    movements.special = Some(Special::MrrMovements(monthly_movements(ctx, subs, ctx.period)));
    out.push(finish(movements));
    let mut churn = ctx.by_period(
        "revenue_churn",
        &|p| {
            let mv = subs.movement(p.start - 1, instant(p));
            ratio(mv.churned + mv.contraction, mv.start_mrr)
        },
        crate::phrase!("No MRR at the start of the period"),
    );
    let mv = subs.movement(ctx.period.start - 1, instant(ctx.period));
    let mut figures = vec![
        ("start_mrr".to_string(), mv.start_mrr),
        ("churned".to_string(), mv.churned),
        ("contraction".to_string(), mv.contraction),
        ("expansion".to_string(), mv.expansion),
    ];
    if let Some(nrr) = ratio(
        mv.start_mrr + mv.expansion - mv.contraction - mv.churned,
        mv.start_mrr,
    ) {
        figures.push(("net_revenue_retention".to_string(), nrr));
    }
    churn.special = Some(Special::Figures(figures));
    out.push(finish(churn));
    out.push(finish(ctx.by_period(
        "arpa",
        &|p| {
            let day = instant(p);
            ratio(subs.mrr_at(day), subs.active_customers_at(day) as f64)
        },
        crate::phrase!("No active subscription at the end of the period"),
    )));
    out
}

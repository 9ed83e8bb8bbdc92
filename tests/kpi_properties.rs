//! Property tests of the invariants of KPIS.md: breakdowns sum to totals, filters partition, row order and
//! file splitting change nothing, rates stay in [0, 1].

mod kpi_support;

use kpi_support::*;
use kpiboard::core::kpi::query::{Filter, NOT_SET};
use kpiboard::core::kpi::{compute, KpiReport, Query};
use kpiboard::core::schema::dataset::Dataset;
use kpiboard::core::schema::kinds::Kind;
use kpiboard::core::schema::roles::Role;
use kpiboard::core::time::{Granularity, Period};
use proptest::prelude::*;

/// Order-level attributes: (day offset, customer, channel (3 = none), status).
type OrderAttrs = (i64, u8, u8, u8);
/// Line: (order index, category, amount, quantity).
type Line = (usize, u8, f64, u8);

const CHANNELS: [&str; 3] = ["web", "store", "phone"];
const STATUSES: [&str; 4] = ["paid", "shipped", "cancelled", "refunded"];

fn build(orders: &[OrderAttrs], lines: &[Line], name: &str) -> Dataset {
    let base = d("2023-11-20");
    let mut id = Vec::new();
    let mut date = Vec::new();
    let mut customer = Vec::new();
    let mut channel = Vec::new();
    let mut status = Vec::new();
    let mut category = Vec::new();
    let mut amount = Vec::new();
    let mut qty = Vec::new();
    for &(o, cat, a, q) in lines {
        let (day, c, ch, st) = orders[o % orders.len()];
        id.push(format!("O{o}"));
        date.push(Some(base + day));
        customer.push(format!("C{c}"));
        channel.push(CHANNELS.get(ch as usize).copied());
        status.push(STATUSES[st as usize % 4]);
        category.push(["A", "B", "C"][cat as usize % 3]);
        amount.push(a);
        qty.push(q as f64);
    }
    let ids: Vec<&str> = id.iter().map(String::as_str).collect();
    let customers: Vec<&str> = customer.iter().map(String::as_str).collect();
    dataset(
        name,
        Kind::Orders,
        vec![
            (Role::OrderId, text("Order", &ids)),
            (
                Role::OrderDate,
                kpiboard::core::ingest::table::Column::dates("Date", &date),
            ),
            (Role::CustomerId, text("Customer", &customers)),
            (
                Role::Channel,
                kpiboard::core::ingest::table::Column::text("Channel", &channel),
            ),
            (Role::Status, text("Status", &status)),
            (Role::Category, text("Category", &category)),
            (Role::Amount, num("Total", &amount)),
            (Role::Quantity, num("Qty", &qty)),
        ],
    )
}

fn data() -> impl Strategy<Value = (Vec<OrderAttrs>, Vec<Line>)> {
    (
        prop::collection::vec((0i64..150, 0u8..8, 0u8..4, 0u8..4), 1..25),
        prop::collection::vec((0usize..25, 0u8..3, 1.0f64..1000.0, 1u8..5), 1..70),
    )
}

fn query() -> impl Strategy<Value = Query> {
    (0i64..120, 1i64..90, 0usize..5).prop_map(|(start, len, g)| Query {
        period: Some(Period::new(
            d("2023-11-20") + start,
            d("2023-11-20") + start + len,
        )),
        granularity: Granularity::ALL[g],
        ..Query::default()
    })
}

fn near(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x - y).abs() <= 1e-6 * x.abs().max(y.abs()).max(1.0),
        (None, None) => true,
        _ => false,
    }
}

/// Every KPI value, comparison and series point of two reports agree.
fn same_reports(a: &KpiReport, b: &KpiReport) -> Result<(), TestCaseError> {
    prop_assert_eq!(a.results.len(), b.results.len());
    for r in &a.results {
        let o = b.get(&r.id);
        prop_assert!(o.is_some(), "{} missing", r.id);
        let o = o.map(|x| (x.value.as_f64(), x.comparison, x.series.clone()));
        if let Some((v, c, s)) = o {
            prop_assert!(near(r.value.as_f64(), v), "{}: {:?} vs {:?}", r.id, r.value, v);
            prop_assert!(
                near(r.comparison, c),
                "{} comparison: {:?} vs {:?}",
                r.id,
                r.comparison,
                c
            );
            prop_assert_eq!(r.series.len(), s.len());
            for (p, q) in r.series.iter().zip(&s) {
                prop_assert!(
                    near(p.value, q.value),
                    "{} series {}: {:?} vs {:?}",
                    r.id,
                    p.label,
                    p.value,
                    q.value
                );
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn breakdowns_sum_to_revenue((orders, lines) in data(), q in query()) {
        let r = compute(&[build(&orders, &lines, "o.csv")], &q);
        let revenue = r.value("revenue").unwrap_or(0.0);
        for b in r.get("revenue").map(|x| x.breakdowns.clone()).unwrap_or_default() {
            prop_assert!(b.additive);
            let sum: f64 = b.rows.iter().map(|(_, v)| v).sum();
            prop_assert!(near(Some(sum), Some(revenue)), "{:?}: {} vs {}", b.dimension, sum, revenue);
        }
    }

    #[test]
    fn order_breakdowns_by_order_level_values_sum_to_orders((orders, lines) in data(), q in query()) {
        // Periods of any length and start: whole months come from per-month totals, the rest from rows.
        let r = compute(&[build(&orders, &lines, "o.csv")], &q);
        let total = r.value("orders").unwrap_or(0.0);
        for b in r.get("orders").map(|x| x.breakdowns.clone()).unwrap_or_default() {
            if b.dimension == Role::Channel || b.dimension == Role::Status {
                let sum: f64 = b.rows.iter().map(|(_, v)| v).sum();
                prop_assert!(near(Some(sum), Some(total)), "{:?}: {} vs {}", b.dimension, sum, total);
            }
        }
    }

    #[test]
    fn channel_filters_partition_revenue_and_orders((orders, lines) in data(), q in query()) {
        let ds = build(&orders, &lines, "o.csv");
        let all = compute(std::slice::from_ref(&ds), &q);
        let mut revenue = 0.0;
        let mut count = 0.0;
        for value in CHANNELS.iter().copied().chain([NOT_SET]) {
            let fq = Query { filters: vec![Filter { role: Role::Channel, values: vec![value.to_string()] }], ..q.clone() };
            let part = compute(std::slice::from_ref(&ds), &fq);
            revenue += part.value("revenue").unwrap_or(0.0);
            count += part.value("orders").unwrap_or(0.0);
        }
        prop_assert!(near(Some(revenue), all.value("revenue")));
        // Channel is order-level here, so orders partition too.
        prop_assert!(near(Some(count), all.value("orders")));
    }

    #[test]
    fn row_order_and_file_splitting_change_nothing(
        (orders, lines) in data(),
        q in query(),
        seed in 0u64..1000,
        cut in 0usize..70,
    ) {
        let original = compute(&[build(&orders, &lines, "o.csv")], &q);
        // A deterministic shuffle.
        let mut shuffled = lines.clone();
        let mut x = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
        for i in (1..shuffled.len()).rev() {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (x >> 33) as usize % (i + 1));
        }
        same_reports(&original, &compute(&[build(&orders, &shuffled, "o.csv")], &q))?;
        let cut = cut.min(shuffled.len());
        let (a, b) = shuffled.split_at(cut);
        let mut parts = Vec::new();
        if !a.is_empty() { parts.push(build(&orders, a, "a.csv")); }
        if !b.is_empty() { parts.push(build(&orders, b, "b.csv")); }
        same_reports(&original, &compute(&parts, &q))?;
    }

    #[test]
    fn rates_stay_in_range((orders, lines) in data(), q in query()) {
        let r = compute(&[build(&orders, &lines, "o.csv")], &q);
        for id in ["cancel_rate", "repeat_rate", "retention_rate", "churn_rate", "top_customer_share", "cohorts"] {
            let res = r.get(id);
            prop_assert!(res.is_some(), "{} missing", id);
            if let Some(res) = res {
                let values = std::iter::once(res.value.as_f64())
                    .chain(res.series.iter().map(|p| p.value))
                    .chain([res.comparison]);
                for v in values.flatten() {
                    prop_assert!((0.0..=1.0 + 1e-12).contains(&v), "{} = {}", id, v);
                }
            }
        }
        // Every registry KPI appears exactly once.
        for def in kpiboard::core::kpi::registry::all() {
            let n = r.results.iter().filter(|x| x.id == def.id).count()
                + r.unavailable.iter().filter(|(i, _)| i == def.id).count();
            prop_assert_eq!(n, 1);
        }
    }
}

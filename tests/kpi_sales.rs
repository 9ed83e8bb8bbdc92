//! Golden tests of the Sales KPIs on the small fixture of `kpi_support` (hand computations in comments).

mod kpi_support;

use kpi_support::*;
use kpiboard::core::kpi::query::Comparison;
use kpiboard::core::kpi::report::Special;
use kpiboard::core::kpi::{compute, Query};
use kpiboard::core::schema::kinds::Kind;
use kpiboard::core::schema::roles::Role;
use kpiboard::core::time::Period;

/// February 2024, compared with the previous 29 days (2024-01-03 – 2024-01-31).
fn february() -> Query {
    Query {
        period: Some(Period::new(d("2024-02-01"), d("2024-03-01"))),
        ..Query::default()
    }
}

#[test]
fn revenue_orders_units_aov_in_february() {
    let r = compute(&[small_orders()], &february());
    // Completed February rows: 5 (200) and 6 (90); row 7 is refunded.
    close(r.value("revenue"), 290.0);
    // Previous period 2024-01-03..2024-02-01: rows 1, 2, 3 (100 + 50 + 80); row 4 is cancelled.
    close(r.get("revenue").and_then(|x| x.comparison), 230.0);
    // Change (290 − 230) ÷ 230.
    close(r.get("revenue").and_then(|x| x.change), 60.0 / 230.0);
    close(r.value("orders"), 2.0); // O4, O5
    close(r.get("orders").and_then(|x| x.comparison), 2.0); // O1 (two lines), O2
    close(r.value("units"), 3.0); // 1 + 2
    close(r.value("aov"), 145.0); // 290 ÷ 2
    close(r.get("aov").and_then(|x| x.comparison), 115.0); // 230 ÷ 2
    close(r.value("growth"), 60.0 / 230.0);
    // Gross margin over rows with a cost: only row 5, (200 − 100) ÷ 200.
    close(r.value("gross_margin"), 0.5);
    // Cancel rate: February orders O4, O5, O6 (refunded) → 1 ÷ 3.
    close(r.value("cancel_rate"), 1.0 / 3.0);
    // Previous period: O1, O2, O3 (cancelled) → 1 ÷ 3; change in points = 0.
    close(r.get("cancel_rate").and_then(|x| x.change), 0.0);
    // Order frequency: 2 orders ÷ 2 customers (C2, C3).
    close(r.value("order_frequency"), 1.0);
    // Three customers at most: the top 10 hold everything.
    close(r.value("top_customer_share"), 1.0);
}

#[test]
fn all_data_totals() {
    let r = compute(&[small_orders()], &Query::default());
    // 100 + 50 + 80 + 200 + 90 = 520 (rows 4 and 7 excluded).
    close(r.value("revenue"), 520.0);
    close(r.value("orders"), 4.0);
    // All orders O1..O6 = 6; cancelled or refunded O3, O6 = 2.
    close(r.value("cancel_rate"), 2.0 / 6.0);
    // Monthly series: January 230, February 290.
    let s = &r.get("revenue").map(|x| x.series.clone()).unwrap_or_default();
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].label, "2024-01");
    close(s[0].value, 230.0);
    close(s[1].value, 290.0);
    // No comparison data before 2024-01-05: growth has no value, with a reason naming that period.
    assert_eq!(r.value("growth"), None);
    let reason = growth_reason(&r);
    assert!(
        reason.starts_with("The comparison period (") && reason.contains("has no data"),
        "{reason}"
    );
}

/// The reason growth has no value.
fn growth_reason(r: &kpiboard::core::kpi::KpiReport) -> String {
    match r.get("growth").map(|x| &x.value) {
        Some(kpiboard::core::kpi::KpiValue::NoValue { reason }) => reason.to_string(),
        other => panic!("growth: {other:?}"),
    }
}

#[test]
fn revenue_breakdowns_sum_to_revenue() {
    let r = compute(&[small_orders()], &february());
    let rev = r
        .get("revenue_by_dim")
        .map(|x| x.breakdowns.clone())
        .unwrap_or_default();
    let channel = rev
        .iter()
        .find(|b| b.dimension == Role::Channel)
        .map(|b| b.rows.clone());
    // web: row 5 (200); store: row 6 (90).
    assert_eq!(
        channel,
        Some(vec![("web".to_string(), 200.0), ("store".to_string(), 90.0)])
    );
    for b in &rev {
        let sum: f64 = b.rows.iter().map(|(_, v)| v).sum();
        close(Some(sum), 290.0);
    }
    assert!(rev.iter().any(|b| b.dimension == Role::CustomerId));
}

#[test]
fn growth_needs_a_comparison() {
    let q = Query {
        comparison: Comparison::None,
        ..february()
    };
    let r = compute(&[small_orders()], &q);
    assert!(r.get("growth").is_some());
    assert_eq!(r.value("growth"), None);
    assert!(growth_reason(&r).starts_with("Choose a comparison"));
    assert_eq!(r.get("revenue").and_then(|x| x.comparison), None);
}

#[test]
fn peak_times_and_processing_time() {
    // Three orders: Monday 2024-01-01 10:15 and 10:40, Tuesday 2024-01-02 15:00; shipped 1.5, 2 and —
    // days later. Peak cell: Monday 10h with 2 orders. Mean processing (1.5 + 2) ÷ 2 = 1.75, median 1.75.
    let ds = dataset(
        "orders.csv",
        Kind::Orders,
        vec![
            (
                Role::OrderDate,
                datetimes(
                    "Created",
                    &[
                        ("2024-01-01", 10, 15),
                        ("2024-01-01", 10, 40),
                        ("2024-01-02", 15, 0),
                    ],
                ),
            ),
            (Role::Amount, num("Total", &[10.0, 20.0, 30.0])),
            (
                Role::FulfilledAt,
                datetimes(
                    "Shipped",
                    &[("2024-01-02", 22, 15), ("2024-01-03", 10, 40), ("", 0, 0)],
                ),
            ),
        ],
    );
    let r = compute(&[ds], &Query::default());
    close(r.value("peak_times"), 2.0);
    match r.get("peak_times").and_then(|x| x.special.clone()) {
        Some(Special::WeekHourGrid { orders, revenue }) => {
            assert_eq!(orders[0][10], 2.0);
            assert_eq!(orders[1][15], 1.0);
            assert_eq!(revenue[0][10], 30.0);
        }
        other => panic!("expected a grid, got {other:?}"),
    }
    close(r.value("processing_time"), 1.75);
    // Without customers these are unavailable with the registry's reason.
    assert!(r.unavailable_reason("order_frequency").is_some());
}

#[test]
fn every_registry_kpi_appears_exactly_once() {
    let r = compute(&[small_orders()], &february());
    for def in kpiboard::core::kpi::registry::all() {
        let n = r.results.iter().filter(|x| x.id == def.id).count()
            + r.unavailable.iter().filter(|(id, _)| id == def.id).count();
        assert_eq!(n, 1, "{} appears {n} times", def.id);
    }
    // Peak times need order times: the reason says so.
    assert!(r
        .unavailable_reason("peak_times")
        .is_some_and(|s| s.contains("time of day")));
}

#[test]
fn top_customer_share_with_twelve_customers() {
    // Customers C1..C12 spend 1, 2, …, 12 (total 78). The top 10 (C3..C12) spend 78 − 1 − 2 = 75.
    let names: Vec<String> = (1..=12).map(|i| format!("C{i}")).collect();
    let customers: Vec<&str> = names.iter().map(String::as_str).collect();
    let amounts: Vec<f64> = (1..=12).map(f64::from).collect();
    let ds = dataset(
        "orders.csv",
        Kind::Orders,
        vec![
            (Role::OrderDate, dates("Date", &["2024-03-01"; 12])),
            (Role::CustomerId, text("Customer", &customers)),
            (Role::Amount, num("Total", &amounts)),
        ],
    );
    let r = compute(&[ds], &Query::default());
    close(r.value("top_customer_share"), 75.0 / 78.0);
    // The customer breakdown keeps the top 10 and groups C1 and C2 as "Other" (1 + 2), each as its
    // share of the revenue.
    let rows = r
        .get("top_customer_share")
        .map(|x| x.breakdowns[0].rows.clone())
        .unwrap_or_default();
    assert_eq!(rows.len(), 11);
    assert_eq!(rows[0].0, "C12");
    close(Some(rows[0].1), 12.0 / 78.0);
    assert_eq!(rows[10].0, "Other");
    close(Some(rows[10].1), 3.0 / 78.0);
}

#[test]
fn previous_year_comparison_is_leap_safe() {
    // Period 2024-02-01..2024-03-01 (29 days) against 2023-02-01..2023-03-01 (28 days).
    let ds = dataset(
        "orders.csv",
        Kind::Orders,
        vec![
            (
                Role::OrderDate,
                dates("Date", &["2023-02-28", "2024-02-29", "2024-02-10"]),
            ),
            (Role::Amount, num("Total", &[100.0, 30.0, 120.0])),
        ],
    );
    let q = Query {
        period: Some(Period::new(d("2024-02-01"), d("2024-03-01"))),
        comparison: Comparison::PreviousYear,
        ..Query::default()
    };
    let r = compute(&[ds], &q);
    close(r.value("revenue"), 150.0); // 30 + 120
    close(r.get("revenue").and_then(|x| x.comparison), 100.0); // 2023-02-28
    close(r.value("growth"), 0.5); // (150 − 100) ÷ 100
}

#[test]
fn revenue_concentration_is_broken_down_into_each_customer_s_share() {
    let r = compute(&[small_orders()], &Query::default());
    let revenue = r.value("revenue").unwrap_or_default();
    let by_customer = |id: &str| {
        r.get(id)
            .and_then(|x| {
                x.breakdowns
                    .iter()
                    .find(|b| b.dimension == Role::CustomerId)
                    .cloned()
            })
            .map(|b| b.rows)
            .unwrap_or_default()
    };
    let amounts = by_customer("revenue");
    let shares = by_customer("top_customer_share");
    assert!(!shares.is_empty());
    assert_eq!(shares.len(), amounts.len());
    for ((name, share), (same, amount)) in shares.iter().zip(&amounts) {
        assert_eq!(name, same);
        close(Some(*share), amount / revenue);
    }
    close(Some(shares.iter().map(|(_, s)| s).sum()), 1.0);
}

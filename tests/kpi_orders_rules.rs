//! The order semantics: order-level amounts counted once, amount sources, discounts, currencies, targets.

mod kpi_support;

use kpi_support::*;
use kpiboard::core::ingest::table::ColumnType;
use kpiboard::core::kpi::query::{Filter, Target};
use kpiboard::core::kpi::report::TargetState;
use kpiboard::core::kpi::{compute, Query};
use kpiboard::core::schema::kinds::Kind;
use kpiboard::core::schema::roles::Role;
use kpiboard::core::time::Period;

fn two_orders(amounts: &[f64], qty: &[f64], price: &[f64]) -> kpiboard::core::schema::dataset::Dataset {
    dataset(
        "orders.csv",
        Kind::Orders,
        vec![
            (Role::OrderId, text("Name", &["#1", "#1", "#2"])),
            (
                Role::OrderDate,
                dates("Created at", &["2024-01-01", "2024-01-01", "2024-01-02"]),
            ),
            (Role::Amount, num("Total", amounts)),
            (Role::Quantity, num("Lineitem quantity", qty)),
            (Role::UnitPrice, num("Lineitem price", price)),
        ],
    )
}

/// (amounts, quantities, unit prices, expected revenue, case name).
type AmountCase = (&'static [f64], &'static [f64], &'static [f64], f64, &'static str);

#[test]
fn order_level_amounts_count_once() {
    // Table: (amounts on the lines of #1 and #2, expected revenue).
    let cases: &[AmountCase] = &[
        // Shopify: total 150 repeated on both lines of #1 (lines 100 + 50), #2 = 80 → 150 + 80.
        (
            &[150.0, 150.0, 80.0],
            &[1.0, 1.0, 1.0],
            &[100.0, 50.0, 80.0],
            230.0,
            "repeated total",
        ),
        // Total only on the first line → 150 + 80.
        (
            &[150.0, f64::NAN, 80.0],
            &[1.0, 1.0, 1.0],
            &[100.0, 50.0, 80.0],
            230.0,
            "first line only",
        ),
        // Line totals 100 and 50 → 100 + 50 + 80.
        (
            &[100.0, 50.0, 80.0],
            &[1.0, 1.0, 1.0],
            &[100.0, 50.0, 80.0],
            230.0,
            "line totals",
        ),
        // Equal line totals that are each line's quantity × price (50 + 50) → line-level: 100 + 80.
        (
            &[50.0, 50.0, 80.0],
            &[1.0, 1.0, 1.0],
            &[50.0, 50.0, 80.0],
            180.0,
            "equal line totals",
        ),
    ];
    for (amounts, qty, price, expected, name) in cases {
        let r = compute(&[two_orders(amounts, qty, price)], &Query::default());
        assert_eq!(r.value("revenue"), Some(*expected), "{name}");
        assert_eq!(r.value("orders"), Some(2.0), "{name}");
    }
}

/// Orders whose lines (without unit prices to check them) carry `amounts`, one order id per entry of `ids`.
fn orders_without_prices(ids: &[&str], amounts: &[f64]) -> kpiboard::core::schema::dataset::Dataset {
    let days: Vec<&str> = ids.iter().map(|_| "2024-01-01").collect();
    dataset(
        "orders.csv",
        Kind::Orders,
        vec![
            (Role::OrderId, text("Order", ids)),
            (Role::OrderDate, dates("Date", &days)),
            (Role::Amount, num("Amount", amounts)),
        ],
    )
}

#[test]
fn equal_line_amounts_without_prices_need_several_orders_to_count_once() {
    // One order whose two lines cost the same (and a single-line order): not evidence enough, every line
    // counts (50 + 50 + 80).
    let one = orders_without_prices(&["#1", "#1", "#2"], &[50.0, 50.0, 80.0]);
    let r = compute(&[one], &Query::default());
    assert_eq!(r.value("revenue"), Some(180.0));
    assert!(
        r.warnings.iter().all(|w| !w.english().contains("repeated")),
        "{:?}",
        r.warnings
    );
    // Three orders each repeating its total on every line: the total is the order's (150 + 80 + 20).
    let three = orders_without_prices(
        &["#1", "#1", "#2", "#2", "#2", "#3", "#3"],
        &[150.0, 150.0, 80.0, 80.0, 80.0, 20.0, 20.0],
    );
    let r = compute(&[three], &Query::default());
    assert_eq!(r.value("revenue"), Some(250.0));
    assert_eq!(r.value("orders"), Some(3.0));
}

#[test]
fn amount_sources_and_discounts() {
    // Subtotal preferred to the total: 90 + 40.
    let ds = dataset(
        "o.csv",
        Kind::Orders,
        vec![
            (Role::OrderDate, dates("Date", &["2024-01-01", "2024-01-02"])),
            (Role::Amount, num("Total", &[100.0, 50.0])),
            (Role::Subtotal, num("Subtotal", &[90.0, 40.0])),
        ],
    );
    assert_eq!(compute(&[ds], &Query::default()).value("revenue"), Some(130.0));
    // Quantity × price less a rate discount: 2 × 10 × (1 − 0.25) + 1 × 8 × (1 − 0.5) = 15 + 4.
    let mut rate = num("Discount", &[0.25, 0.5]);
    rate.column_type = ColumnType::Percent;
    let ds = dataset(
        "o.csv",
        Kind::Orders,
        vec![
            (Role::OrderDate, dates("Date", &["2024-01-01", "2024-01-02"])),
            (Role::Quantity, num("Qty", &[2.0, 1.0])),
            (Role::UnitPrice, num("Price", &[10.0, 8.0])),
            (Role::Discount, rate),
        ],
    );
    assert_eq!(compute(&[ds], &Query::default()).value("revenue"), Some(19.0));
    // An amount discount (values above 1): 2 × 10 − 3 + 1 × 8 − 5 = 17 + 3.
    let ds = dataset(
        "o.csv",
        Kind::Orders,
        vec![
            (Role::OrderDate, dates("Date", &["2024-01-01", "2024-01-02"])),
            (Role::Quantity, num("Qty", &[2.0, 1.0])),
            (Role::UnitPrice, num("Price", &[10.0, 8.0])),
            (Role::Discount, num("Discount", &[3.0, 5.0])),
        ],
    );
    assert_eq!(compute(&[ds], &Query::default()).value("revenue"), Some(20.0));
}

#[test]
fn mixed_currencies_need_a_choice() {
    let ds = dataset(
        "o.csv",
        Kind::Orders,
        vec![
            (
                Role::OrderDate,
                dates("Date", &["2024-01-01", "2024-01-02", "2024-01-03"]),
            ),
            (Role::Amount, num("Total", &[100.0, 50.0, 30.0])),
            (Role::Currency, text("Currency", &["EUR", "USD", "EUR"])),
        ],
    );
    let r = compute(std::slice::from_ref(&ds), &Query::default());
    assert_eq!(r.value("revenue"), None);
    let reason = match r.get("revenue").map(|x| x.value.clone()) {
        Some(kpiboard::core::kpi::KpiValue::NoValue { reason }) => reason,
        other => panic!("expected no value, got {other:?}"),
    };
    assert!(reason.contains("EUR") && reason.contains("USD"), "{reason}");
    // Orders are still counted (3): counts do not depend on the currency.
    assert_eq!(r.value("orders"), Some(3.0));
    // Choosing EUR: 100 + 30.
    let eur = Query {
        currency: Some("EUR".into()),
        ..Query::default()
    };
    let r = compute(&[ds], &eur);
    assert_eq!(r.value("revenue"), Some(130.0));
    assert_eq!(
        r.get("revenue").and_then(|x| x.currency.clone()),
        Some("EUR".to_string())
    );
}

#[test]
fn targets_follow_the_linear_path() {
    // January 2024; data up to 2024-01-15 (revenue 200 + 400 = 600). Elapsed: 15 of the 30 days from
    // 01-01 to the 01-31 deadline = 0.5.
    let ds = dataset(
        "o.csv",
        Kind::Orders,
        vec![
            (Role::OrderDate, dates("Date", &["2024-01-03", "2024-01-15"])),
            (Role::Amount, num("Total", &[200.0, 400.0])),
        ],
    );
    let january = Period::new(d("2024-01-01"), d("2024-02-01"));
    let status = |value: f64, deadline: &str| {
        let q = Query {
            period: Some(january),
            targets: vec![Target {
                kpi: "revenue".into(),
                value,
                owner: "Ana".into(),
                deadline: d(deadline),
            }],
            ..Query::default()
        };
        compute(std::slice::from_ref(&ds), &q)
            .get("revenue")
            .and_then(|r| r.target.clone())
    };
    // Target 1000: expected now 500 ≤ 600 → on track, progress 0.6.
    let s = status(1000.0, "2024-01-31");
    assert_eq!(s.as_ref().map(|s| s.state), Some(TargetState::OnTrack));
    close(s.as_ref().map(|s| s.progress), 0.6);
    close(s.map(|s| s.expected_now), 500.0);
    // Target 1400: expected 700 > 600 → at risk.
    assert_eq!(
        status(1400.0, "2024-01-31").map(|s| s.state),
        Some(TargetState::AtRisk)
    );
    // Target 500: reached → met.
    assert_eq!(
        status(500.0, "2024-01-31").map(|s| s.state),
        Some(TargetState::Met)
    );
    // Deadline 01-10 passed at 600 < 1000 → missed.
    assert_eq!(
        status(1000.0, "2024-01-10").map(|s| s.state),
        Some(TargetState::Missed)
    );
}

#[test]
fn filters_on_missing_roles_warn() {
    let q = Query {
        filters: vec![Filter {
            role: Role::Country,
            values: vec!["FR".into()],
        }],
        ..Query::default()
    };
    let r = compute(&[small_orders()], &q);
    assert!(
        r.warnings.iter().any(|w| w.contains("country")),
        "{:?}",
        r.warnings
    );
    // The filter does not apply: revenue unchanged (520).
    assert_eq!(r.value("revenue"), Some(520.0));
    // A filter on channel = web: rows 1, 2, 5 → 100 + 50 + 200 (row 4 cancelled, row 7 refunded).
    let web = Query {
        filters: vec![Filter {
            role: Role::Channel,
            values: vec!["web".into()],
        }],
        ..Query::default()
    };
    assert_eq!(compute(&[small_orders()], &web).value("revenue"), Some(350.0));
}

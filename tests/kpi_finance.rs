//! Golden tests of the subscription KPIs (hand computations in comments).

mod kpi_support;

use kpi_support::*;
use kpiboard::core::kpi::report::Special;
use kpiboard::core::kpi::{compute, Query};
use kpiboard::core::schema::kinds::Kind;
use kpiboard::core::schema::roles::Role;
use kpiboard::core::time::Period;

/// | sub | customer | start      | amount | interval | end        |
/// |-----|----------|------------|--------|----------|------------|
/// | S1  | A        | 2024-01-01 | 100    | month    |            |
/// | S2  | B        | 2024-01-15 | 1200   | year     | 2024-03-10 |
/// | S3  | C        | 2024-02-05 | 50     | month    |            |
/// | S4  | A        | 2024-03-01 | 30     | month    |            |
fn subscriptions() -> kpiboard::core::schema::dataset::Dataset {
    dataset(
        "subs.csv",
        Kind::Subscriptions,
        vec![
            (Role::CustomerId, text("Customer", &["A", "B", "C", "A"])),
            (
                Role::StartDate,
                dates("Start", &["2024-01-01", "2024-01-15", "2024-02-05", "2024-03-01"]),
            ),
            (Role::Amount, num("Amount", &[100.0, 1200.0, 50.0, 30.0])),
            (
                Role::Interval,
                text("Interval", &["month", "year", "month", "month"]),
            ),
            (Role::EndDate, dates("Canceled", &["", "2024-03-10", "", ""])),
        ],
    )
}

fn march() -> Query {
    Query {
        period: Some(Period::new(d("2024-03-01"), d("2024-04-01"))),
        ..Query::default()
    }
}

#[test]
fn mrr_arr_arpa_and_churn_in_march() {
    let r = compute(&[subscriptions()], &march());
    // End of 2024-02-29: A 100, B 1200 ÷ 12 = 100, C 50 → 250 (3 customers).
    // End of 2024-03-31: A 100 + 30, B ended 03-10, C 50 → 180 (2 customers).
    close(r.value("mrr"), 180.0);
    close(r.get("mrr").and_then(|x| x.comparison), 250.0); // previous period ends 2024-02-29
    close(r.value("arr"), 2160.0);
    close(r.value("arpa"), 90.0); // 180 ÷ 2
                                  // Net new MRR 180 − 250; A expands by 30, B churns 100.
    close(r.value("mrr_movements"), -70.0);
    // Gross revenue churn (100 + 0) ÷ 250; NRR (250 + 30 − 0 − 100) ÷ 250 = 0.72.
    close(r.value("revenue_churn"), 0.4);
    match r.get("revenue_churn").and_then(|x| x.special.clone()) {
        Some(Special::Figures(f)) => {
            let nrr = f.iter().find(|(n, _)| n == "net_revenue_retention").map(|x| x.1);
            close(nrr, 0.72);
        }
        other => panic!("expected figures, got {other:?}"),
    }
    // Subscriptions retention (E − N) ÷ S: S = 3, E = 2, N = 0 → 2 ÷ 3; churn 1 ÷ 3.
    close(r.value("retention_rate"), 2.0 / 3.0);
    close(r.value("churn_rate"), 1.0 / 3.0);
}

#[test]
fn monthly_movements() {
    let q = Query {
        period: Some(Period::new(d("2024-01-01"), d("2024-04-01"))),
        ..Query::default()
    };
    let r = compute(&[subscriptions()], &q);
    match r.get("mrr_movements").and_then(|x| x.special.clone()) {
        Some(Special::MrrMovements(m)) => {
            assert_eq!(m.len(), 3);
            // January: A and B are new (100 + 100); MRR 200.
            assert_eq!((m[0].new, m[0].mrr_end), (200.0, 200.0));
            // February: C new 50 → 250.
            assert_eq!((m[1].new, m[1].net_new, m[1].mrr_end), (50.0, 50.0, 250.0));
            // March: A +30 expansion, B −100 churned → −70, 180.
            assert_eq!((m[2].expansion, m[2].churned, m[2].net_new), (30.0, 100.0, -70.0));
        }
        other => panic!("expected movements, got {other:?}"),
    }
    // MRR series at each month end: 200, 250, 180.
    let s = r.get("mrr").map(|x| x.series.clone()).unwrap_or_default();
    assert_eq!(
        s.iter().map(|p| p.value).collect::<Vec<_>>(),
        vec![Some(200.0), Some(250.0), Some(180.0)]
    );
}

//! Golden tests of the Customers KPIs (hand computations in comments).

mod kpi_support;

use kpi_support::*;
use kpiboard::core::kpi::report::Special;
use kpiboard::core::kpi::{compute, Query};
use kpiboard::core::schema::kinds::Kind;
use kpiboard::core::schema::roles::Role;
use kpiboard::core::time::Period;

fn february() -> Query {
    Query {
        period: Some(Period::new(d("2024-02-01"), d("2024-03-01"))),
        ..Query::default()
    }
}

#[test]
fn customer_counts_retention_and_clv_in_february() {
    let r = compute(&[small_orders()], &february());
    // February completed orders: C2 (O4), C3 (O5); C1's O6 is refunded.
    close(r.value("active_customers"), 2.0);
    // Previous 29 days (2024-01-03..01-31): C1, C2.
    close(r.get("active_customers").and_then(|x| x.comparison), 2.0);
    // First completed orders: C1 01-05, C2 01-10, C3 02-14 → February: C3.
    close(r.value("new_customers"), 1.0);
    close(r.get("new_customers").and_then(|x| x.comparison), 2.0);
    // To 2024-03-01: C1 1 order (O1; O3, O6 not completed), C2 2 (O2, O4), C3 1 → 1 ÷ 3.
    close(r.value("repeat_rate"), 1.0 / 3.0);
    // Previous-period customers {C1, C2}; C2 ordered again → 1 ÷ 2; churn 1 − 0.5.
    close(r.value("retention_rate"), 0.5);
    close(r.value("churn_rate"), 0.5);
    // Revenue to date 520 ÷ 3 customers × margin to date: rows with cost 1, 2, 3, 5:
    // (40 + 30 + 30 + 100) ÷ (100 + 50 + 80 + 200) = 200 ÷ 430 → 520 × 200 ÷ (3 × 430).
    close(r.value("clv_historical"), 520.0 * 200.0 / (3.0 * 430.0));
}

#[test]
fn cohort_matrix_over_all_data() {
    let r = compute(&[small_orders()], &Query::default());
    // January cohort {C1, C2}: in February only C2 orders → [1, 0.5]; February cohort {C3}: [1].
    match r.get("cohorts").and_then(|x| x.special.clone()) {
        Some(Special::CohortMatrix(rows)) => {
            assert_eq!(rows.len(), 2);
            assert_eq!((rows[0].label.as_str(), rows[0].size), ("2024-01", 2));
            assert_eq!(rows[0].shares, vec![1.0, 0.5]);
            assert_eq!((rows[1].label.as_str(), rows[1].size), ("2024-02", 1));
            assert_eq!(rows[1].shares, vec![1.0]);
        }
        other => panic!("expected a cohort matrix, got {other:?}"),
    }
    // Average month-1 retention over cohorts that have a month 1: only January's 0.5.
    close(r.value("cohorts"), 0.5);
    // Retention series: February = January's customers {C1, C2} ordering again (C2) → 0.5;
    // January has no previous month with customers → none.
    let s = r
        .get("retention_rate")
        .map(|x| x.series.clone())
        .unwrap_or_default();
    assert_eq!(
        s.iter().map(|p| p.value).collect::<Vec<_>>(),
        vec![None, Some(0.5)]
    );
}

#[test]
fn predicted_clv_on_a_short_history() {
    // Data 2024-01-01..2024-04-30 (121 days, under two years) → window = 121 ÷ 2 = 60 days:
    // W = 2024-03-02..05-01, the window before = 2024-01-02..03-02.
    let ds = dataset(
        "orders.csv",
        Kind::Orders,
        vec![
            (
                Role::OrderDate,
                dates(
                    "Date",
                    &[
                        "2024-01-01",
                        "2024-01-10",
                        "2024-01-20",
                        "2024-03-10",
                        "2024-04-01",
                        "2024-04-30",
                    ],
                ),
            ),
            (
                Role::CustomerId,
                text("Customer", &["E", "A", "B", "A", "C", "D"]),
            ),
            (
                Role::Amount,
                num("Total", &[100.0, 100.0, 100.0, 100.0, 200.0, 100.0]),
            ),
        ],
    );
    let r = compute(&[ds], &Query::default());
    // W: A (03-10), C, D → 3 customers, 3 orders, revenue 400: AOV 400 ÷ 3, orders per customer per
    // year 1 ÷ (60 ÷ 365). Before: A, B → A retained: 0.5 per 60 days, annual retention 0.5^(365/60),
    // churn 1 − that, lifespan 1 ÷ churn (under the 10-year cap).
    let years = 60.0 / 365.0;
    let churn = 1.0 - 0.5f64.powf(1.0 / years);
    let expected = (400.0 / 3.0) * (1.0 / years) * (1.0 / churn);
    close(r.value("clv_predicted"), expected);
    // Capped lifespan: with a cap of 0.5 years the value is AOV × frequency × 0.5.
    let capped = compute(
        &[dataset(
            "orders.csv",
            Kind::Orders,
            vec![
                (
                    Role::OrderDate,
                    dates(
                        "Date",
                        &[
                            "2024-01-01",
                            "2024-01-10",
                            "2024-01-20",
                            "2024-03-10",
                            "2024-04-01",
                            "2024-04-30",
                        ],
                    ),
                ),
                (
                    Role::CustomerId,
                    text("Customer", &["E", "A", "B", "A", "C", "D"]),
                ),
                (
                    Role::Amount,
                    num("Total", &[100.0, 100.0, 100.0, 100.0, 200.0, 100.0]),
                ),
            ],
        )],
        &Query {
            clv_cap_years: 0.5,
            ..Query::default()
        },
    );
    close(capped.value("clv_predicted"), (400.0 / 3.0) * (1.0 / years) * 0.5);
}

#[test]
fn nps_and_distribution() {
    // Scores 10 9 8 7 6 0 10 3 9: promoters 10, 9, 10, 9 = 4; passives 8, 7 = 2; detractors 6, 0, 3 = 3.
    // NPS = (4 − 3) ÷ 9 × 100 = 11.11…; SMB (first five: 10 9 8 7 6) = (2 − 1) ÷ 5 × 100 = 20;
    // Ent (0 10 3 9) = (2 − 2) ÷ 4 × 100 = 0.
    let ds = dataset(
        "nps.csv",
        Kind::Nps,
        vec![
            (
                Role::Score,
                num("Score", &[10.0, 9.0, 8.0, 7.0, 6.0, 0.0, 10.0, 3.0, 9.0]),
            ),
            (Role::Date, dates("Date", &["2024-01-02"; 9])),
            (
                Role::Segment,
                text(
                    "Segment",
                    &["SMB", "SMB", "SMB", "SMB", "SMB", "Ent", "Ent", "Ent", "Ent"],
                ),
            ),
        ],
    );
    let r = compute(&[ds], &Query::default());
    close(r.value("nps"), 100.0 / 9.0);
    let seg = r
        .get("nps")
        .map(|x| x.breakdowns[0].rows.clone())
        .unwrap_or_default();
    assert_eq!(seg, vec![("SMB".to_string(), 20.0), ("Ent".to_string(), 0.0)]);
    close(r.value("nps_mix"), 4.0 / 9.0);
    match r.get("nps_mix").and_then(|x| x.special.clone()) {
        Some(Special::NpsDistribution {
            detractors,
            passives,
            promoters,
            histogram,
        }) => {
            close(Some(detractors), 3.0 / 9.0);
            close(Some(passives), 2.0 / 9.0);
            close(Some(promoters), 4.0 / 9.0);
            assert_eq!(histogram, vec![1, 0, 0, 1, 0, 0, 1, 1, 1, 2, 2]);
        }
        other => panic!("expected a distribution, got {other:?}"),
    }
    // No orders: order-based customer KPIs are unavailable with a reason.
    assert!(r.unavailable_reason("active_customers").is_some());
}

//! Golden tests of the cost-ledger Finance KPIs (ROI, CPI, cost variance, budget use) on a small ledger
//! built in code (hand computations in the comments), edge cases, and the sample data check.

mod kpi2_support;
mod kpi_support;

use kpi_support::*;
use kpiboard::core::kpi::costs::{cost_category, CostCategory};
use kpiboard::core::kpi::query::RoiReturn;
use kpiboard::core::kpi::report::Special;
use kpiboard::core::kpi::{compute, Filter, KpiReport, Query, Variants};
use kpiboard::core::schema::dataset::Dataset;
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

/// | row | date       | category  | actual | planned | earned |
/// |-----|------------|-----------|--------|---------|--------|
/// | a   | 2024-02-01 | Marketing | 400    | 500     | 450    |
/// | b   | 2024-02-01 | Sales     | 1000   | 900     | 800    |
/// | c   | 2024-02-01 | Rent      | 600    | 700     | 600    |
/// | d   | 2024-01-10 | marketing | 300    | 300     | 300    |
fn ledger(roles: &[Role]) -> Dataset {
    let columns = vec![
        (
            Role::Date,
            dates("Date", &["2024-02-01", "2024-02-01", "2024-02-01", "2024-01-10"]),
        ),
        (
            Role::CostCategory,
            text("Category", &["Marketing", "Sales", "Rent", "marketing"]),
        ),
        (Role::Amount, num("Actual", &[400.0, 1000.0, 600.0, 300.0])),
        (Role::Planned, num("Budget", &[500.0, 900.0, 700.0, 300.0])),
        (
            Role::EarnedValue,
            num("Earned value", &[450.0, 800.0, 600.0, 300.0]),
        ),
    ];
    dataset(
        "costs.csv",
        Kind::Costs,
        columns.into_iter().filter(|(r, _)| roles.contains(r)).collect(),
    )
}

const ALL: &[Role] = &[
    Role::Date,
    Role::CostCategory,
    Role::Amount,
    Role::Planned,
    Role::EarnedValue,
];

/// Ads: 600 spend in February.
fn ads() -> Dataset {
    dataset(
        "ads.csv",
        Kind::Ads,
        vec![
            (Role::Date, dates("Day", &["2024-02-03", "2024-02-04"])),
            (Role::Spend, num("Spend", &[250.0, 350.0])),
        ],
    )
}

fn comparison(r: &KpiReport, id: &str) -> Option<f64> {
    r.get(id).and_then(|x| x.comparison)
}

#[test]
fn cpi_variance_and_budget_use() {
    let r = compute(&[ledger(ALL)], &february());
    // Earned 450 + 800 + 600 = 1850 over actual 400 + 1000 + 600 = 2000.
    close(r.value("cpi"), 0.925);
    close(comparison(&r, "cpi"), 1.0); // row d: 300 ÷ 300
    close(r.value("cost_variance"), -150.0);
    assert_eq!(
        r.get("cost_variance").and_then(|x| x.special.clone()),
        Some(Special::Figures(vec![
            ("earned_value".to_string(), 1850.0),
            ("actual".to_string(), 2000.0)
        ]))
    );
    // Variance by category adds up: marketing +50, sales −200, rent 0 (dropped).
    let rows = r
        .get("cost_variance")
        .and_then(|x| x.breakdowns.first())
        .map(|b| b.rows.clone())
        .unwrap_or_default();
    assert_eq!(
        rows,
        vec![("Marketing".to_string(), 50.0), ("Sales".to_string(), -200.0)]
    );
    // Actual 2000 over planned 500 + 900 + 700 = 2100.
    close(r.value("budget_use"), 2000.0 / 2100.0);
}

#[test]
fn variance_from_budget_without_earned_value() {
    let r = compute(
        &[ledger(&[
            Role::Date,
            Role::CostCategory,
            Role::Amount,
            Role::Planned,
        ])],
        &february(),
    );
    // Budget − actual: 2100 − 2000.
    close(r.value("cost_variance"), 100.0);
    assert!(r
        .unavailable_reason("cpi")
        .is_some_and(|s| s.contains("earned value")));
    let r = compute(&[ledger(&[Role::Date, Role::Amount])], &february());
    for id in ["cpi", "cost_variance", "budget_use"] {
        assert!(r.unavailable_reason(id).is_some(), "{id}");
    }
}

#[test]
fn roi_on_revenue_or_gross_profit() {
    let r = compute(&[ledger(ALL), ads(), small_orders()], &february());
    // Return: February revenue 290; cost: every ledger cost 2000 + ad spend 600 = 2600.
    close(r.value("roi"), (290.0 - 2600.0) / 2600.0);
    // Comparison (2024-01-03 – 01-31): revenue 230, costs 300.
    close(comparison(&r, "roi"), (230.0 - 300.0) / 300.0);
    let multiple = match r.get("roi").and_then(|x| x.special.clone()) {
        Some(Special::Figures(f)) => f.iter().find(|x| x.0 == "return_multiple").map(|x| x.1),
        _ => None,
    };
    close(multiple, 290.0 / 2600.0);
    // Gross profit: revenue × margin of the rows with a cost (row 5: 0.5) = 145.
    let q = Query {
        variants: Variants {
            roi_return: RoiReturn::GrossProfit,
            ..Variants::default()
        },
        ..february()
    };
    let r = compute(&[ledger(ALL), ads(), small_orders()], &q);
    close(r.value("roi"), (145.0 - 2600.0) / 2600.0);
    // No orders: unavailable.
    let r = compute(&[ledger(ALL)], &february());
    assert!(r.unavailable_reason("roi").is_some_and(|s| s.contains("orders")));
}

#[test]
fn zero_costs_and_filters() {
    let q = Query {
        period: Some(Period::new(d("2024-03-01"), d("2024-04-01"))),
        ..Query::default()
    };
    let r = compute(&[ledger(ALL), small_orders()], &q);
    for id in ["cpi", "budget_use", "roi"] {
        assert_eq!(r.value(id), None, "{id}");
        assert!(r.get(id).is_some(), "{id}");
    }
    // Filtering on the category keeps the marketing line: 450 ÷ 400.
    let q = Query {
        filters: vec![Filter {
            role: Role::CostCategory,
            values: vec!["Marketing".to_string()],
        }],
        ..february()
    };
    close(compute(&[ledger(ALL)], &q).value("cpi"), 450.0 / 400.0);
}

#[test]
fn cost_categories_in_five_languages() {
    for (raw, expected) in [
        ("Marketing", CostCategory::Marketing),
        ("Online advertising", CostCategory::Marketing),
        ("Publicité", CostCategory::Marketing),
        ("마케팅", CostCategory::Marketing),
        ("広告費", CostCategory::Marketing),
        ("市场推广", CostCategory::Marketing),
        ("Sales salaries", CostCategory::Sales),
        ("Ventes", CostCategory::Sales),
        ("영업", CostCategory::Sales),
        ("営業", CostCategory::Sales),
        ("销售", CostCategory::Sales),
        ("Rent", CostCategory::Other),
        ("", CostCategory::Other),
    ] {
        assert_eq!(cost_category(raw), expected, "{raw}");
    }
}

#[test]
fn sample_matches_golden() {
    let r = kpi2_support::sample_report();
    kpi2_support::check_golden(&r, &["budget_use", "cpi", "cost_variance"]);
    // ROI: revenue 3 080 225.04 over all costs (ledger + ads) 1 617 740.84.
    close(r.value("roi"), 3080225.04 / 1617740.84 - 1.0);
}

/// The KPIs of the Traffic, Marketing, Pipeline and cost-ledger areas.
fn our_kpis() -> Vec<&'static str> {
    use kpiboard::core::kpi::registry::{all, Area};
    all()
        .iter()
        .filter(|d| {
            matches!(d.area, Area::TrafficContent | Area::Marketing | Area::Pipeline)
                || ["roi", "cpi", "cost_variance", "budget_use"].contains(&d.id)
        })
        .map(|d| d.id)
        .collect()
}

#[test]
fn splitting_or_reordering_files_changes_no_kpi() {
    use kpiboard::core::schema::kinds::Kind as K;
    let sample = kpi2_support::sample_datasets();
    // The last quarter of 2024 against the one before, by month.
    let q = Query {
        period: Some(Period::new(d("2024-10-01"), d("2025-01-01"))),
        ..Query::default()
    };
    let base = compute(&sample, &q);
    let ours = [
        K::Traffic,
        K::Ads,
        K::Costs,
        K::Leads,
        K::Email,
        K::Social,
        K::Search,
    ];
    let mut split = Vec::new();
    let mut reversed = Vec::new();
    for ds in &sample {
        let n = ds.row_count();
        if ours.contains(&ds.kind) {
            let even: Vec<usize> = (0..n).filter(|i| i % 2 == 0).collect();
            let odd: Vec<usize> = (0..n).filter(|i| i % 2 == 1).collect();
            split.push(kpi2_support::subset(ds, "even.csv", &even));
            split.push(kpi2_support::subset(ds, "odd.csv", &odd));
            let back: Vec<usize> = (0..n).rev().collect();
            reversed.push(kpi2_support::subset(ds, &ds.name, &back));
        } else {
            split.push(ds.clone());
            reversed.push(ds.clone());
        }
    }
    for (name, other) in [
        ("split", compute(&split, &q)),
        ("reversed", compute(&reversed, &q)),
    ] {
        for id in our_kpis().into_iter().filter(|id| *id != "cta_ctr") {
            let (a, b) = (base.get(id), other.get(id));
            assert!(a.is_some(), "{id} has a result on the sample");
            let (Some(a), Some(b)) = (a, b) else {
                panic!("{name}: {id} lost its result");
            };
            assert!(
                kpi2_support::same(a.value.as_f64(), b.value.as_f64()),
                "{name}: {id} {:?} vs {:?}",
                a.value,
                b.value
            );
            assert!(
                kpi2_support::same(a.comparison, b.comparison),
                "{name}: {id} comparison"
            );
            assert_eq!(a.series.len(), b.series.len(), "{name}: {id} series");
            for (x, y) in a.series.iter().zip(&b.series) {
                assert!(kpi2_support::same(x.value, y.value), "{name}: {id} {}", x.label);
            }
        }
    }
}

#[test]
fn every_kpi_of_the_sample_is_computed_quickly() {
    let sample = kpi2_support::sample_datasets();
    let start = std::time::Instant::now();
    let r = compute(&sample, &Query::default());
    let elapsed = start.elapsed();
    println!("compute(sample, all data, by month): {elapsed:?}");
    for id in our_kpis() {
        // cta_ctr needs a pages export, which the sample does not have.
        if id == "cta_ctr" {
            assert!(r.unavailable_reason(id).is_some());
        } else {
            assert!(r.value(id).is_some(), "{id}: {:?}", r.get(id).map(|x| &x.value));
        }
    }
}

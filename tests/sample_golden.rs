//! The embedded sample data, loaded through the whole pipeline (ingest → schema → KPI core), must
//! reproduce the figures computed independently by `tests/golden/compute_sample.py` (pandas), over
//! all the data (the page's default period).

use kpiboard::core::ingest::ImportOptions;
use kpiboard::core::kpi::{self, Query};
use kpiboard::core::pipeline;
use kpiboard::core::sample;
use std::collections::BTreeMap;

fn golden() -> BTreeMap<String, f64> {
    let text = include_str!("golden/sample_kpis.json");
    serde_json::from_str(text).unwrap_or_else(|e| panic!("golden JSON: {e}"))
}

fn sample_report() -> kpi::KpiReport {
    let datasets: Vec<_> = sample::FILES
        .iter()
        .map(|f| {
            let loaded = pipeline::load(f.name, f.bytes, &ImportOptions::default())
                .unwrap_or_else(|e| panic!("{}: {e}", f.name));
            assert_eq!(loaded.mapping_message(), None, "{} is fully mapped", f.name);
            assert_eq!(
                loaded.report.rows_rejected, 0,
                "{}: {:?}",
                f.name, loaded.report.problems
            );
            loaded
                .dataset()
                .cloned()
                .unwrap_or_else(|| panic!("{} has a dataset", f.name))
        })
        .collect();
    kpi::compute(&datasets, &Query::default())
}

#[test]
fn every_sample_file_is_recognised_as_its_kind() {
    for f in sample::FILES {
        let loaded =
            pipeline::load(f.name, f.bytes, &ImportOptions::default()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            format!("{}.csv", loaded.kind().id()),
            f.name,
            "kind of {}",
            f.name
        );
    }
}

/// KPIs whose sample figure the Rust core must reproduce (those it computes today).
const CHECKED: &[&str] = &[
    "revenue",
    "orders",
    "units",
    "aov",
    "active_customers",
    "new_customers",
    "repeat_rate",
    "cancel_rate",
    "order_frequency",
    "gross_margin",
    "top_customer_share",
    "nps",
    "mrr",
    "arr",
    "arpa",
];

#[test]
fn the_sample_figures_match_the_independent_computation() {
    let golden = golden();
    let report = sample_report();
    let mut mismatches = Vec::new();
    for id in CHECKED {
        let expected = golden
            .get(*id)
            .copied()
            .unwrap_or_else(|| panic!("{id} is in the golden file"));
        let actual = report.value(id);
        let close = actual.is_some_and(|a| (a - expected).abs() <= 1e-9 * expected.abs().max(1.0));
        if !close {
            mismatches.push(format!("{id}: rust {actual:?}, golden {expected}"));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

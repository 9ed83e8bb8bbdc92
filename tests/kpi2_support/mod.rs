//! The sample data and its golden figures, for the Traffic, Marketing, Pipeline and cost-ledger tests.
#![allow(dead_code)]

use kpiboard::core::kpi::{compute, KpiReport, Query};
use kpiboard::core::schema::dataset::Dataset;
use kpiboard::core::schema::{build_dataset, detect};
use std::collections::HashMap;

/// Every `assets/sample/*.csv` read, detected and built as the page does.
pub fn sample_datasets() -> Vec<Dataset> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/sample");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().to_string())
                .filter(|n| n.ends_with(".csv"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut out = Vec::new();
    for name in names {
        let bytes = std::fs::read(format!("{dir}/{name}")).unwrap_or_default();
        let import = match kpiboard::core::ingest::read(&name, &bytes, &Default::default()) {
            Ok(i) => i,
            Err(e) => panic!("{name}: {e}"),
        };
        let det = detect(&import.table);
        match build_dataset(&name, import.table, det.kind, det.roles) {
            Ok(ds) => out.push(ds),
            Err(e) => panic!("{name}: {e}"),
        }
    }
    assert_eq!(out.len(), 10, "ten sample files");
    out
}

/// The report of the sample data for the default query (all the data).
pub fn sample_report() -> KpiReport {
    compute(&sample_datasets(), &Query::default())
}

/// `tests/golden/sample_kpis.json`.
pub fn golden() -> HashMap<String, Option<f64>> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/sample_kpis.json");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    serde_json::from_str(&text).unwrap_or_default()
}

/// Compares the report's `ids` with the golden file (relative tolerance 1e-9).
pub fn check_golden(report: &KpiReport, ids: &[&str]) {
    let golden = golden();
    assert!(!golden.is_empty(), "golden file missing");
    let mut failures = Vec::new();
    for id in ids {
        let expected = golden.get(*id).copied().flatten();
        let actual = report.value(id);
        let ok = match (expected, actual) {
            (Some(e), Some(a)) => (a - e).abs() <= 1e-9 * e.abs().max(1e-12),
            (None, None) => true,
            _ => false,
        };
        if !ok {
            failures.push(format!(
                "{id}: expected {expected:?}, got {actual:?} ({:?})",
                report.get(id).map(|r| &r.value)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

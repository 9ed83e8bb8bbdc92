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

/// The rows `rows` of `ds` (in that order), as a dataset of the same kind and roles.
pub fn subset(ds: &Dataset, name: &str, rows: &[usize]) -> Dataset {
    use kpiboard::core::ingest::table::{ColumnData, Table, MISSING_TEXT, MISSING_TIME};
    let columns = ds
        .table
        .columns
        .iter()
        .map(|c| {
            let mut c = c.clone();
            c.data = match &c.data {
                ColumnData::Number(v) => ColumnData::Number(
                    rows.iter()
                        .map(|&r| v.get(r).copied().unwrap_or(f64::NAN))
                        .collect(),
                ),
                ColumnData::Time { values, has_time } => ColumnData::Time {
                    values: rows
                        .iter()
                        .map(|&r| values.get(r).copied().unwrap_or(MISSING_TIME))
                        .collect(),
                    has_time: *has_time,
                },
                ColumnData::Bool(v) => {
                    ColumnData::Bool(rows.iter().map(|&r| v.get(r).copied().flatten()).collect())
                }
                ColumnData::Text { dict, codes } => ColumnData::Text {
                    dict: dict.clone(),
                    codes: rows
                        .iter()
                        .map(|&r| codes.get(r).copied().unwrap_or(MISSING_TEXT))
                        .collect(),
                },
            };
            c
        })
        .collect();
    let table = Table::from_columns(columns).unwrap_or_default();
    Dataset::new(name, ds.kind, table, ds.roles.clone())
}

/// Whether two optional figures agree (relative tolerance 1e-9).
pub fn same(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1e-9),
        (None, None) => true,
        _ => false,
    }
}

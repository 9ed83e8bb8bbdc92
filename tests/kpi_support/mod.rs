//! Shared builders for the KPI tests: datasets are built in code, never parsed.
#![allow(dead_code)]

use kpiboard::core::ingest::table::{Column, ColumnData, Table, MISSING_TIME, SECONDS_PER_DAY};
use kpiboard::core::schema::dataset::Dataset;
use kpiboard::core::schema::kinds::Kind;
use kpiboard::core::schema::roles::Role;
use kpiboard::core::time::day;

/// Day number of a `YYYY-MM-DD` literal.
pub fn d(s: &str) -> i64 {
    let parts: Vec<i64> = s.split('-').map(|p| p.parse().unwrap_or(0)).collect();
    day(parts[0], parts[1] as u32, parts[2] as u32)
}

/// A date column from `YYYY-MM-DD` strings (empty = missing).
pub fn dates(name: &str, values: &[&str]) -> Column {
    let days: Vec<Option<i64>> = values.iter().map(|v| (!v.is_empty()).then(|| d(v))).collect();
    Column::dates(name, &days)
}

/// A date-time column from (`YYYY-MM-DD`, hour, minute).
pub fn datetimes(name: &str, values: &[(&str, i64, i64)]) -> Column {
    let mut c = Column::dates(name, &[]);
    c.data = ColumnData::Time {
        values: values
            .iter()
            .map(|(s, h, m)| {
                if s.is_empty() {
                    MISSING_TIME
                } else {
                    d(s) * SECONDS_PER_DAY + h * 3600 + m * 60
                }
            })
            .collect(),
        has_time: true,
    };
    c
}

/// A text column (empty = missing).
pub fn text(name: &str, values: &[&str]) -> Column {
    let v: Vec<Option<&str>> = values.iter().map(|s| (!s.is_empty()).then_some(*s)).collect();
    Column::text(name, &v)
}

/// A number column (NaN = missing).
pub fn num(name: &str, values: &[f64]) -> Column {
    Column::number(name, values.to_vec())
}

/// A dataset from (role, column) pairs.
pub fn dataset(name: &str, kind: Kind, columns: Vec<(Role, Column)>) -> Dataset {
    let roles = columns.iter().map(|(r, _)| Some(*r)).collect();
    let table = Table::from_columns(columns.into_iter().map(|(_, c)| c).collect()).unwrap_or_default();
    Dataset::new(name, kind, table, roles)
}

/// Asserts two floats are equal within 1e-9 (relative).
pub fn close(actual: Option<f64>, expected: f64) {
    let a = actual.unwrap_or(f64::NAN);
    assert!(
        (a - expected).abs() <= 1e-9 * expected.abs().max(1.0),
        "expected {expected}, got {actual:?}"
    );
}

/// The small order-line file used by the golden tests (see `kpi_sales.rs` for the hand computations).
///
/// | row | order | date       | customer | channel | category | qty | amount | cost | status    |
/// |-----|-------|------------|----------|---------|----------|-----|--------|------|-----------|
/// | 1   | O1    | 2024-01-05 | C1       | web     | A        | 2   | 100    | 60   | paid      |
/// | 2   | O1    | 2024-01-05 | C1       | web     | B        | 1   | 50     | 20   | paid      |
/// | 3   | O2    | 2024-01-10 | C2       | store   | A        | 1   | 80     | 50   | paid      |
/// | 4   | O3    | 2024-01-20 | C1       | web     | B        | 3   | 120    | 70   | cancelled |
/// | 5   | O4    | 2024-02-03 | C2       | web     | A        | 1   | 200    | 100  | completed |
/// | 6   | O5    | 2024-02-14 | C3       | store   | B        | 2   | 90     | —    | shipped   |
/// | 7   | O6    | 2024-02-20 | C1       | web     | A        | 1   | 60     | 30   | refunded  |
pub fn small_orders() -> Dataset {
    small_orders_rows(&[0, 1, 2, 3, 4, 5, 6])
}

/// The rows `rows` (indexes into the table above, in that order) of [`small_orders`].
pub fn small_orders_rows(rows: &[usize]) -> Dataset {
    let order = ["O1", "O1", "O2", "O3", "O4", "O5", "O6"];
    let date = [
        "2024-01-05",
        "2024-01-05",
        "2024-01-10",
        "2024-01-20",
        "2024-02-03",
        "2024-02-14",
        "2024-02-20",
    ];
    let customer = ["C1", "C1", "C2", "C1", "C2", "C3", "C1"];
    let channel = ["web", "web", "store", "web", "web", "store", "web"];
    let category = ["A", "B", "A", "B", "A", "B", "A"];
    let qty = [2.0, 1.0, 1.0, 3.0, 1.0, 2.0, 1.0];
    let amount = [100.0, 50.0, 80.0, 120.0, 200.0, 90.0, 60.0];
    let cost = [60.0, 20.0, 50.0, 70.0, 100.0, f64::NAN, 30.0];
    let status = [
        "paid",
        "paid",
        "paid",
        "cancelled",
        "completed",
        "shipped",
        "refunded",
    ];
    let pick = |v: &[&'static str]| -> Vec<&'static str> { rows.iter().map(|&i| v[i]).collect() };
    let pickf = |v: &[f64]| -> Vec<f64> { rows.iter().map(|&i| v[i]).collect() };
    dataset(
        "orders.csv",
        Kind::Orders,
        vec![
            (Role::OrderId, text("Order", &pick(&order))),
            (Role::OrderDate, dates("Date", &pick(&date))),
            (Role::CustomerId, text("Customer", &pick(&customer))),
            (Role::Channel, text("Channel", &pick(&channel))),
            (Role::Category, text("Category", &pick(&category))),
            (Role::Quantity, num("Qty", &pickf(&qty))),
            (Role::Amount, num("Total", &pickf(&amount))),
            (Role::Cost, num("Cost", &pickf(&cost))),
            (Role::Status, text("Status", &pick(&status))),
        ],
    )
}

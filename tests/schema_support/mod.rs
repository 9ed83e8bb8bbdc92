//! Test helpers for the schema tests: read a fixture export and type its columns by hand, without the
//! ingest parser (written in parallel), with just enough typing for detection: numbers (with currency
//! symbols → money, `%` → percent fractions), ISO / US / month-name dates, and text.
#![allow(dead_code)]

use kpiboard::core::ingest::table::{
    days_from_civil, Column, ColumnData, ColumnType, Table, MISSING_TIME, SECONDS_PER_DAY,
};
use std::path::PathBuf;

/// Path of a fixture under `tests/fixtures/schema/`.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/schema")
        .join(name)
}

/// Reads a fixture export (report comment lines starting with "# " are skipped; `.tsv` is tab-separated,
/// a header with `;` and no `,` is semicolon-separated) into a typed table.
pub fn read_fixture(name: &str) -> Table {
    let raw = std::fs::read_to_string(fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let body: String = raw
        .lines()
        .filter(|l| !(l.starts_with("# ") || l.trim() == "#"))
        .map(|l| format!("{l}\n"))
        .collect();
    let header = body.lines().next().unwrap_or_default();
    let delimiter = if name.ends_with(".tsv") {
        b'\t'
    } else if header.contains(';') && !header.contains(',') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(body.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let mut cells: Vec<Vec<String>> = vec![Vec::new(); headers.len()];
    for record in reader.records() {
        let record = record.unwrap_or_else(|e| panic!("{name}: {e}"));
        for (i, col) in cells.iter_mut().enumerate() {
            col.push(record.get(i).unwrap_or("").trim().to_string());
        }
    }
    let columns = headers
        .iter()
        .zip(&cells)
        .map(|(h, values)| typed_column(h, values))
        .collect();
    Table::from_columns(columns).unwrap_or_else(|| panic!("{name}: ragged columns"))
}

/// A table of text columns holding nothing but headers (one empty row), for header-only tests.
pub fn headers_only(headers: &[&str]) -> Table {
    let columns = headers.iter().map(|h| Column::text(h, &[None])).collect();
    Table::from_columns(columns).unwrap_or_default()
}

/// Types one column from its cells: all numbers → number (money when a currency symbol was written,
/// percent when `%`), all dates → dates, else text. Empty cells are missing.
pub fn typed_column(name: &str, values: &[String]) -> Column {
    let present: Vec<&String> = values.iter().filter(|v| !v.is_empty()).collect();
    if !present.is_empty() {
        if let Some(column) = number_column(name, values) {
            return column;
        }
        if present.iter().all(|v| parse_datetime(v).is_some()) {
            let parsed: Vec<i64> = values
                .iter()
                .map(|v| parse_datetime(v).map_or(MISSING_TIME, |(s, _)| s))
                .collect();
            let has_time = values.iter().any(|v| parse_datetime(v).is_some_and(|(_, t)| t));
            return Column {
                name: name.to_string(),
                column_type: if has_time {
                    ColumnType::DateTime
                } else {
                    ColumnType::Date
                },
                currency: None,
                data: ColumnData::Time {
                    values: parsed,
                    has_time,
                },
            };
        }
    }
    let refs: Vec<Option<&str>> = values
        .iter()
        .map(|v| (!v.is_empty()).then_some(v.as_str()))
        .collect();
    Column::text(name, &refs)
}

fn number_column(name: &str, values: &[String]) -> Option<Column> {
    let mut money = None;
    let mut percent = false;
    let mut out = Vec::new();
    for v in values {
        if v.is_empty() {
            out.push(f64::NAN);
            continue;
        }
        let mut s = v.clone();
        for (symbol, code) in [
            ("$", "USD"),
            ("€", "EUR"),
            ("£", "GBP"),
            ("¥", "JPY"),
            ("₩", "KRW"),
            ("USD", "USD"),
        ] {
            if s.contains(symbol) {
                s = s.replace(symbol, "");
                money = Some(code);
            }
        }
        let is_pct = s.ends_with('%');
        s = s.trim_end_matches('%').trim().to_string();
        // "61,80" (decimal comma) vs "12,000.00" (grouping).
        if s.contains(',') && !s.contains('.') && s.rsplit(',').next().is_some_and(|d| d.len() == 2) {
            s = s.replace(',', ".");
        } else {
            s = s.replace(',', "");
        }
        let x: f64 = s.parse().ok()?;
        if s.starts_with('0') && s.len() > 1 && !s.starts_with("0.") {
            return None; // "000000101": an identifier, keep as text
        }
        percent |= is_pct;
        out.push(if is_pct { x / 100.0 } else { x });
    }
    let mut column = Column::number(name, out);
    if let Some(code) = money {
        column.column_type = ColumnType::Money;
        column.currency = Some(code.to_string());
    } else if percent {
        column.column_type = ColumnType::Percent;
    }
    Some(column)
}

/// Seconds since 1970 and whether a time of day was given, for `YYYY-MM-DD[ T]HH:MM[:SS]…`,
/// `YYYY.MM.DD`, `YYYY/MM/DD`, `MM/DD/YYYY [HH:MM:SS AM]` and `Mon DD, YYYY [HH:MM am]`.
pub fn parse_datetime(raw: &str) -> Option<(i64, bool)> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let s = raw.trim();
    let (date, rest) = s.split_at(s.find([' ', 'T']).unwrap_or(s.len()));
    let parts: Vec<&str> = date.split(['-', '/', '.']).collect();
    let (y, m, d, rest) = if parts.len() == 3 && parts[0].len() == 4 {
        (
            parts[0].parse().ok()?,
            parts[1].parse().ok()?,
            parts[2].parse().ok()?,
            rest,
        )
    } else if parts.len() == 3 && parts[2].len() == 4 {
        (
            parts[2].parse().ok()?,
            parts[0].parse().ok()?,
            parts[1].parse().ok()?,
            rest,
        )
    } else {
        // "Jan 09, 2024 10:00 am"
        let words: Vec<&str> = s.split([' ', ',']).filter(|w| !w.is_empty()).collect();
        let month = MONTHS
            .iter()
            .position(|m| words.first().is_some_and(|w| w.to_lowercase().starts_with(m)))?;
        let day: u32 = words.get(1)?.parse().ok()?;
        let year: i64 = words.get(2)?.parse().ok()?;
        let rest_start = s.find(&year.to_string())? + 4;
        (year, month as u32 + 1, day, &s[rest_start..])
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let mut seconds = days_from_civil(y, m, d) * SECONDS_PER_DAY;
    let rest = rest.trim_start_matches(['T', ' ']);
    let mut has_time = false;
    if !rest.is_empty() {
        let hm: Vec<&str> = rest.split([':', ' ', '+', 'Z']).collect();
        let h: i64 = hm.first()?.parse().ok()?;
        let min: i64 = hm.get(1)?.parse().ok()?;
        let pm = rest.to_lowercase().contains("pm") && h < 12;
        seconds += (h + if pm { 12 } else { 0 }) * 3600 + min * 60;
        has_time = true;
    }
    Some((seconds, has_time))
}

//! The typed, columnar result of an import: what every later layer reads.
//!
//! Numbers and times live in flat vectors with sentinels for missing values, text is dictionary-encoded,
//! so that KPI code scans integers and floats instead of strings.

use serde::{Deserialize, Serialize};

/// Code of a missing value in a [`ColumnData::Text`] column.
pub const MISSING_TEXT: u32 = u32::MAX;
/// A missing value in a [`ColumnData::Time`] column.
pub const MISSING_TIME: i64 = i64::MIN;
/// Seconds in one day.
pub const SECONDS_PER_DAY: i64 = 86_400;

/// The values of one column, in one of four physical layouts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ColumnData {
    /// Numbers; `f64::NAN` is a missing value. Percentages are stored as fractions (20 % → 0.2).
    Number(Vec<f64>),
    /// Local (naive) date-times as seconds since 1970-01-01T00:00 in the data's own calendar, never shifted
    /// by a time zone; [`MISSING_TIME`] is a missing value. `has_time` is false for date-only columns.
    Time {
        /// One value per row.
        values: Vec<i64>,
        /// Whether any value carries a time of day.
        has_time: bool,
    },
    /// Booleans; `None` is a missing value.
    Bool(Vec<Option<bool>>),
    /// Dictionary-encoded text: `codes[row]` indexes `dict`, [`MISSING_TEXT`] is a missing value.
    Text {
        /// Distinct values, in order of first appearance.
        dict: Vec<String>,
        /// One code per row.
        codes: Vec<u32>,
    },
}

impl ColumnData {
    /// Number of rows.
    pub fn len(&self) -> usize {
        match self {
            ColumnData::Number(v) => v.len(),
            ColumnData::Time { values, .. } => values.len(),
            ColumnData::Bool(v) => v.len(),
            ColumnData::Text { codes, .. } => codes.len(),
        }
    }

    /// Whether the column has no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether the value at `row` is missing (rows out of range count as missing).
    pub fn is_missing(&self, row: usize) -> bool {
        match self {
            ColumnData::Number(v) => v.get(row).is_none_or(|x| x.is_nan()),
            ColumnData::Time { values, .. } => values.get(row).is_none_or(|&t| t == MISSING_TIME),
            ColumnData::Bool(v) => v.get(row).is_none_or(|b| b.is_none()),
            ColumnData::Text { codes, .. } => codes.get(row).is_none_or(|&c| c == MISSING_TEXT),
        }
    }

    /// The value at `row` as display text (empty when missing); for previews, never for KPI maths.
    pub fn display(&self, row: usize) -> String {
        if self.is_missing(row) {
            return String::new();
        }
        match self {
            ColumnData::Number(v) => format!("{}", v[row]),
            ColumnData::Time { values, has_time } => {
                crate::core::ingest::table::format_time(values[row], *has_time)
            }
            ColumnData::Bool(v) => format!("{}", v[row].unwrap_or_default()),
            ColumnData::Text { dict, codes } => dict[codes[row] as usize].clone(),
        }
    }
}

/// The detected logical type of a column (what the import report shows).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ColumnType {
    /// Integers or decimals.
    Number,
    /// Amounts that carried a currency symbol or code.
    Money,
    /// Values written with `%`, stored as fractions.
    Percent,
    /// Dates without a time of day.
    Date,
    /// Dates with a time of day.
    DateTime,
    /// true/false, yes/no, 1/0 and their translations.
    Bool,
    /// Anything else.
    Text,
}

/// One column: its header, its type, its values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Column {
    /// The header as written in the file (trimmed).
    pub name: String,
    /// The detected logical type.
    pub column_type: ColumnType,
    /// ISO 4217 code of the currency written in the values (`"EUR"` for `12 €`), if any.
    pub currency: Option<String>,
    /// The values.
    pub data: ColumnData,
}

impl Column {
    /// A number column.
    pub fn number(name: &str, values: Vec<f64>) -> Self {
        Column {
            name: name.to_string(),
            column_type: ColumnType::Number,
            currency: None,
            data: ColumnData::Number(values),
        }
    }

    /// A date column from day numbers (days since 1970-01-01); `None` is missing.
    pub fn dates(name: &str, days: &[Option<i64>]) -> Self {
        let values = days
            .iter()
            .map(|d| d.map_or(MISSING_TIME, |d| d * SECONDS_PER_DAY))
            .collect();
        Column {
            name: name.to_string(),
            column_type: ColumnType::Date,
            currency: None,
            data: ColumnData::Time {
                values,
                has_time: false,
            },
        }
    }

    /// A text column, dictionary-encoding `values`; `None` is missing.
    pub fn text(name: &str, values: &[Option<&str>]) -> Self {
        let mut dict: Vec<String> = Vec::new();
        let mut index = std::collections::HashMap::new();
        let codes = values
            .iter()
            .map(|v| match v {
                None => MISSING_TEXT,
                Some(s) => *index.entry(s.to_string()).or_insert_with(|| {
                    dict.push(s.to_string());
                    (dict.len() - 1) as u32
                }),
            })
            .collect();
        Column {
            name: name.to_string(),
            column_type: ColumnType::Text,
            currency: None,
            data: ColumnData::Text { dict, codes },
        }
    }
}

/// A typed table: columns of equal length.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Table {
    /// The columns, in file order.
    pub columns: Vec<Column>,
    /// Number of data rows (every column has this many values).
    pub row_count: usize,
}

impl Table {
    /// Builds a table from columns; returns `None` when their lengths differ.
    pub fn from_columns(columns: Vec<Column>) -> Option<Self> {
        let row_count = columns.first().map_or(0, |c| c.data.len());
        columns
            .iter()
            .all(|c| c.data.len() == row_count)
            .then_some(Table { columns, row_count })
    }

    /// The header row, in file order.
    pub fn headers(&self) -> Vec<&str> {
        self.columns.iter().map(|c| c.name.as_str()).collect()
    }
}

/// Formats seconds since 1970-01-01 as `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`.
pub fn format_time(seconds: i64, with_time: bool) -> String {
    let days = seconds.div_euclid(SECONDS_PER_DAY);
    let (y, m, d) = civil_from_days(days);
    if with_time {
        let s = seconds.rem_euclid(SECONDS_PER_DAY);
        format!("{y:04}-{m:02}-{d:02} {:02}:{:02}", s / 3600, (s % 3600) / 60)
    } else {
        format!("{y:04}-{m:02}-{d:02}")
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The (year, month, day) of a day number since 1970-01-01.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip_over_leap_years() {
        for days in -800_000..800_000 {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(days_from_civil(2024, 2, 29)), (2024, 2, 29));
    }

    #[test]
    fn text_columns_share_codes() {
        let c = Column::text("x", &[Some("a"), None, Some("a"), Some("b")]);
        assert_eq!(
            c.data,
            ColumnData::Text {
                dict: vec!["a".into(), "b".into()],
                codes: vec![0, MISSING_TEXT, 0, 1]
            }
        );
        assert!(c.data.is_missing(1));
        assert_eq!(c.data.display(3), "b");
    }
}

//! What the user is told about an import: how the file was read, each column's type, and what did not fit.

use serde::{Deserialize, Serialize};

use super::table::ColumnType;
use crate::core::i18n::{Arg, Text};

/// How many problems a report lists.
pub const MAX_PROBLEMS: usize = 20;

/// One column as the report shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ColumnReport {
    /// The column name (made unique).
    pub name: String,
    /// The detected type.
    pub column_type: ColumnType,
    /// ISO code of the currency written in the values.
    pub currency: Option<String>,
    /// A few values as written in the file.
    pub samples: Vec<String>,
    /// Why an ambiguous choice was made, or why the type changed.
    pub note: Option<Text>,
    /// Cells of this column that did not fit its type (kept as missing).
    pub rejected: usize,
}

/// The import report of one file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportReport {
    /// The file name.
    pub file: String,
    /// The character encoding used (e.g. "UTF-8", "Shift_JIS", "EUC-KR").
    pub encoding: String,
    /// The delimiter ("," ";" "tab" "|"), "aligned" for text whose columns are aligned with spaces, or
    /// "xlsx" for workbooks.
    pub delimiter: String,
    /// The decimal separator of the numbers.
    pub decimal_separator: char,
    /// The thousands separator, if the numbers use one.
    pub grouping: Option<char>,
    /// The date pattern of the first date column (e.g. "DD/MM/YYYY").
    pub date_format: Option<String>,
    /// The 1-based line (or sheet row) of the header.
    pub header_line: usize,
    /// Every column, in file order.
    pub columns: Vec<ColumnReport>,
    /// Rows read without any problem.
    pub rows_accepted: usize,
    /// Rows with at least one problem (a value that did not fit, extra values); they are still in the
    /// table, with the values that did not fit left missing. `rows_accepted + rows_rejected` is the
    /// table's row count.
    pub rows_rejected: usize,
    /// Cells that did not fit their column's type.
    pub cells_rejected: usize,
    /// The first problems, in file order, e.g. `line 1,204, column "Montant": "12,5,0" is not a number`.
    pub problems: Vec<Text>,
    /// What was decided and why (encoding, skipped lines, ambiguous columns…).
    pub notes: Vec<Text>,
    /// The sheets of a workbook (empty for text files).
    pub sheets: Vec<String>,
}

/// Writes a count with `,` grouping: 1204 → "1,204".
pub fn group_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The problem sentence for a cell that does not fit (`expected` is a [`crate::phrase!`] such as
/// "a number").
pub fn cell_problem(line: usize, column: &str, raw: &str, expected: &'static str) -> Text {
    let shown: String = raw.chars().take(60).collect();
    crate::text!(
        "line {line}, column \"{column}\": \"{found}\" is not {expected} like the rest of the column, so it is left empty",
        line = line,
        column = column,
        found = shown,
        expected = Arg::phrase(expected)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_grouping() {
        for (n, s) in [(0, "0"), (999, "999"), (1204, "1,204"), (1_000_000, "1,000,000")] {
            assert_eq!(group_thousands(n), s);
        }
    }

    #[test]
    fn problem_sentence() {
        assert!(cell_problem(1204, "Montant", "12,5,0", "a number")
            .to_string()
            .starts_with("line 1,204, column \"Montant\": \"12,5,0\" is not a number"));
    }
}

//! The core's error type: every message names the file and says, in plain words, what was found and what
//! was expected.

use thiserror::Error;

/// Why a file could not be imported at all (problems inside a file that can still be read are listed in the
/// import report instead).
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum IngestError {
    /// The file holds no bytes, or only blank lines.
    #[error("{file} is empty: there is nothing to import.")]
    Empty {
        /// The file name.
        file: String,
    },
    /// The file is something other than a table (an image, a PDF, an archive…).
    #[error("{file} looks like {found}, not a table: export the data as CSV, TSV or Excel (.xlsx) and drop that file instead.")]
    NotTabular {
        /// The file name.
        file: String,
        /// What the file looks like, e.g. "a PDF document".
        found: String,
    },
    /// A header was found but no data row follows it.
    #[error("{file} has a header on line {line} but no data rows below it.")]
    NoRows {
        /// The file name.
        file: String,
        /// The 1-based line of the header.
        line: usize,
    },
    /// The encoding named in the options is not one this tool knows.
    #[error("{file}: the encoding \"{name}\" is not known; expected a name such as UTF-8, Shift_JIS, EUC-KR, GBK, Big5 or windows-1252.")]
    UnknownEncoding {
        /// The file name.
        file: String,
        /// The name that was asked for.
        name: String,
    },
    /// The sheet named in the options is not in the workbook.
    #[error("{file} has no sheet named \"{sheet}\"; its sheets are: {available}.")]
    SheetNotFound {
        /// The file name.
        file: String,
        /// The sheet that was asked for.
        sheet: String,
        /// The sheets of the workbook, comma-separated.
        available: String,
    },
    /// An Excel workbook that could not be read.
    #[error("{file} could not be read as an Excel workbook: {reason}.")]
    Workbook {
        /// The file name.
        file: String,
        /// What went wrong, in words.
        reason: String,
    },
}

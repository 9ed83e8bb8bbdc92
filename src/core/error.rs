//! The core's error type: every message names the file and says, in plain words, what was found and what
//! was expected.

use std::fmt;

use crate::core::i18n::{Arg, Text};

/// Why a file could not be imported at all (problems inside a file that can still be read are listed in the
/// import report instead).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IngestError {
    /// The file holds no bytes, or only blank lines.
    Empty {
        /// The file name.
        file: String,
    },
    /// The file is something other than a table (an image, a PDF, an archive…).
    NotTabular {
        /// The file name.
        file: String,
        /// What the file looks like, e.g. "a PDF document".
        found: String,
    },
    /// A header was found but no data row follows it.
    NoRows {
        /// The file name.
        file: String,
        /// The 1-based line of the header.
        line: usize,
    },
    /// The encoding named in the options is not one this tool knows.
    UnknownEncoding {
        /// The file name.
        file: String,
        /// The name that was asked for.
        name: String,
    },
    /// The sheet named in the options is not in the workbook.
    SheetNotFound {
        /// The file name.
        file: String,
        /// The sheet that was asked for.
        sheet: String,
        /// The sheets of the workbook, comma-separated.
        available: String,
    },
    /// An Excel workbook that could not be read.
    Workbook {
        /// The file name.
        file: String,
        /// What went wrong, in words.
        reason: String,
    },
}

impl IngestError {
    /// The message, translatable (rendered in the page's language with [`crate::core::i18n::render`]).
    pub fn text(&self) -> Text {
        match self {
            IngestError::Empty { file } => {
                crate::text!("{file} is empty: there is nothing to import.", file = file)
            }
            IngestError::NotTabular { file, found } => crate::text!(
                "{file} looks like {found}, not a table: export the data as CSV, TSV or Excel (.xlsx) and drop that file instead.",
                file = file,
                found = Arg::Phrase(found.clone().into())
            ),
            IngestError::NoRows { file, line } => crate::text!(
                "{file} has a header on line {line} but no data rows below it.",
                file = file,
                line = *line
            ),
            IngestError::UnknownEncoding { file, name } => crate::text!(
                "{file}: the encoding \"{name}\" is not known; expected a name such as UTF-8, Shift_JIS, EUC-KR, GBK, Big5 or windows-1252.",
                file = file,
                name = name
            ),
            IngestError::SheetNotFound {
                file,
                sheet,
                available,
            } => crate::text!(
                "{file} has no sheet named \"{sheet}\"; its sheets are: {available}.",
                file = file,
                sheet = sheet,
                available = available
            ),
            IngestError::Workbook { file, reason } => crate::text!(
                "{file} could not be read as an Excel workbook: {reason}.",
                file = file,
                reason = reason
            ),
        }
    }
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

impl std::error::Error for IngestError {}

//! Bytes in, a typed columnar table and an import report out.
//!
//! [`read`] takes a whole file; [`Importer`] takes it chunk by chunk (as the page streams a large file) and
//! keeps only the columnar result. Both sniff the encoding, the dialect and each column's type, and explain
//! their choices in an [`ImportReport`].

pub mod columns;
pub mod decode;
pub mod dialect;
pub mod dictionary;
pub mod infer;
pub mod parse;
pub mod report;
pub mod table;
pub mod tokenize;
pub mod values;
pub mod xlsx;

pub use crate::core::error::IngestError;
pub use parse::{split_point, Importer};
pub use report::{ColumnReport, ImportReport};

use serde::{Deserialize, Serialize};

/// What the user may force instead of letting the importer guess; `Default` guesses everything.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportOptions {
    /// Encoding label such as "UTF-8", "Shift_JIS", "EUC-KR", "GBK", "Big5", "windows-1252".
    pub encoding: Option<String>,
    /// Field delimiter byte (`b','`, `b';'`, `b'\t'`, `b'|'`).
    pub delimiter: Option<u8>,
    /// Whether `,` is the decimal separator.
    pub decimal_comma: Option<bool>,
    /// Whether `01/02/2022` is the 1st of February.
    pub day_first: Option<bool>,
    /// The sheet of a workbook to read (the first one otherwise).
    pub sheet: Option<String>,
}

/// A file read into a table, with its report.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Import {
    /// The typed table.
    pub table: table::Table,
    /// How it was read.
    pub report: ImportReport,
}

/// Reads a whole file: a workbook (recognised by its zip signature) or delimited text.
pub fn read(file_name: &str, bytes: &[u8], options: &ImportOptions) -> Result<Import, IngestError> {
    if bytes.starts_with(b"PK\x03\x04") {
        return xlsx::read_workbook(file_name, bytes, options);
    }
    let mut importer = Importer::new(file_name, options.clone());
    importer.expect_total_bytes(bytes.len());
    importer.push(bytes)?;
    importer.finish()
}

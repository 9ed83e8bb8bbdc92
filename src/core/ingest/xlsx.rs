//! Excel workbooks (`.xlsx`).

use super::{Import, ImportOptions};
use crate::core::error::IngestError;

/// Reads one sheet of a workbook.
pub fn read_workbook(file: &str, _bytes: &[u8], _options: &ImportOptions) -> Result<Import, IngestError> {
    Err(IngestError::NotTabular {
        file: file.to_string(),
        found: "a zip archive".to_string(),
    })
}

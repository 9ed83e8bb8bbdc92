//! Reading one column of the import layout: its header, then its values straight into their final
//! vectors (a text column's dictionary first). Every length is checked against the input first.

use super::{read_texts, type_from_code, Reader, Source, TransferError};
use crate::core::ingest::table::{Column, ColumnData, MISSING_TEXT};

/// Reads a whole column of `rows` values.
pub(super) fn read_column(input: &mut Reader<impl Source>, rows: usize) -> Result<Column, TransferError> {
    let name = input.string()?;
    let column_type = type_from_code(input.u8()?)?;
    let currency = match input.u8()? {
        0 => None,
        _ => Some(input.string()?),
    };
    let data = match input.u8()? {
        0 => ColumnData::Number(input.numbers(rows, f64::from_le_bytes)?),
        1 => {
            let has_time = input.u8()? != 0;
            ColumnData::Time {
                values: input.numbers(rows, i64::from_le_bytes)?,
                has_time,
            }
        }
        2 => ColumnData::Bool(input.array(rows, |[b]: [u8; 1]| match b {
            0 => None,
            1 => Some(false),
            _ => Some(true),
        })?),
        3 => {
            let dict = read_texts(input)?;
            let codes: Vec<u32> = input.numbers(rows, u32::from_le_bytes)?;
            if !codes
                .iter()
                .all(|&c| c == MISSING_TEXT || (c as usize) < dict.len())
            {
                return Err(TransferError("code out of range"));
            }
            ColumnData::Text { dict, codes }
        }
        _ => return Err(TransferError("unknown column layout")),
    };
    Ok(Column {
        name,
        column_type,
        currency,
        data,
    })
}

//! Reading one column of the import layout: its header, then its values a piece at a time straight into
//! their final vectors (a text column's dictionary first).

use super::{type_from_code, Reader, Source, TextsReader, TransferError};
use crate::core::ingest::table::{Column, ColumnData, ColumnType, MISSING_TEXT};

/// A column being read: its header, and its values so far.
pub(super) struct ColumnReader {
    name: String,
    column_type: ColumnType,
    currency: Option<String>,
    rows: usize,
    values: Values,
}

/// The values of a column read so far, in their final layout.
enum Values {
    Number(Vec<f64>),
    Time(Vec<i64>, bool),
    Bool(Vec<Option<bool>>),
    /// A text column's dictionary while it is read (one piece per step, as the values).
    Dictionary(TextsReader),
    Text(Vec<String>, Vec<u32>),
}

impl Values {
    fn len(&self) -> usize {
        match self {
            Values::Number(v) => v.len(),
            Values::Time(v, _) => v.len(),
            Values::Bool(v) => v.len(),
            Values::Dictionary(_) => 0,
            Values::Text(_, codes) => codes.len(),
        }
    }
}

impl ColumnReader {
    /// Reads a column's header (and a text column's dictionary) for a table of `rows` rows.
    pub(super) fn start(input: &mut Reader<impl Source>, rows: usize) -> Result<Self, TransferError> {
        let name = input.string()?;
        let column_type = type_from_code(input.u8()?)?;
        let currency = match input.u8()? {
            0 => None,
            _ => Some(input.string()?),
        };
        // Never reserve more than the input can hold (a damaged row count must not exhaust memory).
        let capacity = rows.min(input.source.remaining());
        let values = match input.u8()? {
            0 => Values::Number(Vec::with_capacity(capacity)),
            1 => Values::Time(Vec::with_capacity(capacity), input.u8()? != 0),
            2 => Values::Bool(Vec::with_capacity(capacity)),
            3 => Values::Dictionary(TextsReader::start(input)?),
            _ => return Err(TransferError("unknown column layout")),
        };
        Ok(ColumnReader {
            name,
            column_type,
            currency,
            rows,
            values,
        })
    }

    /// Reads at most `most` more values; `Ok(true)` once the column is whole.
    pub(super) fn read(
        &mut self,
        input: &mut Reader<impl Source>,
        most: usize,
    ) -> Result<bool, TransferError> {
        let mut most = most;
        if let Values::Dictionary(dictionary) = &mut self.values {
            let before = dictionary.len();
            let whole = dictionary.read(input, most)?;
            // The entries read count against this step's values.
            most -= dictionary.len() - before;
            if !whole {
                return Ok(false);
            }
            let capacity = self.rows.min(input.source.remaining());
            let Values::Dictionary(dictionary) =
                std::mem::replace(&mut self.values, Values::Bool(Vec::new()))
            else {
                return Err(TransferError("text column layout"));
            };
            self.values = Values::Text(dictionary.finish(), Vec::with_capacity(capacity));
        }
        let count = (self.rows - self.values.len()).min(most);
        match &mut self.values {
            Values::Dictionary(_) => return Err(TransferError("text column layout")),
            Values::Number(v) => input.append_numbers(v, count, f64::from_le_bytes)?,
            Values::Time(v, _) => input.append_numbers(v, count, i64::from_le_bytes)?,
            Values::Bool(v) => v.extend(input.array(count, |[b]: [u8; 1]| match b {
                0 => None,
                1 => Some(false),
                _ => Some(true),
            })?),
            Values::Text(dict, codes) => {
                let start = codes.len();
                input.append_numbers(codes, count, u32::from_le_bytes)?;
                let valid = |&c: &u32| c == MISSING_TEXT || (c as usize) < dict.len();
                if !codes[start..].iter().all(valid) {
                    return Err(TransferError("code out of range"));
                }
            }
        }
        Ok(self.values.len() == self.rows)
    }

    /// The column read (call once [`ColumnReader::read`] said it is whole).
    pub(super) fn finish(self) -> Column {
        let data = match self.values {
            Values::Number(v) => ColumnData::Number(v),
            Values::Time(values, has_time) => ColumnData::Time { values, has_time },
            Values::Bool(v) => ColumnData::Bool(v),
            Values::Text(dict, codes) => ColumnData::Text { dict, codes },
            Values::Dictionary(dictionary) => ColumnData::Text {
                dict: dictionary.finish(),
                codes: Vec::new(),
            },
        };
        Column {
            name: self.name,
            column_type: self.column_type,
            currency: self.currency,
            data,
        }
    }
}

/// Reads a whole column at once.
pub(super) fn read_column(input: &mut Reader<impl Source>, rows: usize) -> Result<Column, TransferError> {
    let mut column = ColumnReader::start(input, rows)?;
    column.read(input, usize::MAX)?;
    Ok(column.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ingest::{self, ImportOptions};
    use crate::core::transfer::{encode, read_table_head, SliceSource};

    #[test]
    fn a_column_read_in_pieces_is_the_column_read_at_once() {
        let csv = "when,amount,paid,client\n\
                   2024-01-02 10:30,12.5,yes,Alice\n\
                   ,,,\n\
                   2024-01-03 11:00,-3,no,Bob\n\
                   2024-01-04 09:00,7,yes,Alice\n\
                   2024-01-05 08:00,1,no,Chloé\n";
        let import = ingest::read("mixed.csv", csv.as_bytes(), &ImportOptions::default()).expect("reads");
        let bytes = encode(&import);
        let mut source = SliceSource(&bytes);
        let mut input = Reader { source: &mut source };
        let head = read_table_head(&mut input).expect("head");
        assert!(head.row_count >= 3, "several pieces per column");
        for expected in &import.table.columns {
            let mut column = ColumnReader::start(&mut input, head.row_count).expect("starts");
            let mut pieces = 1;
            while !column.read(&mut input, 2).expect("reads") {
                pieces += 1;
            }
            let dictionary = match &expected.data {
                ColumnData::Text { dict, .. } => dict.len(),
                _ => 0,
            };
            assert_eq!(
                pieces,
                (dictionary + head.row_count).div_ceil(2),
                "{}: 2 entries or values at a time",
                expected.name
            );
            let column = column.finish();
            assert_eq!(format!("{column:?}"), format!("{expected:?}"));
        }
        assert_eq!(input.source.remaining(), 0);
    }
}

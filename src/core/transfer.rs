//! A compact binary form of an [`Import`] (typed table + report), so that a file parsed in a Web Worker
//! reaches the page as one transferable byte buffer instead of a slow structured clone of objects.
//!
//! Layout (little endian): the magic `KBI1`, the report as length-prefixed JSON, the row count, the
//! column count, then each column: name, type, currency, and its values in their flat layout
//! (`f64`/`i64`/`u32` arrays, one byte per boolean, the text dictionary as length-prefixed UTF-8).
//! Decoding checks every length against the buffer, so a damaged buffer gives an error, never a panic.

use crate::core::ingest::table::{Column, ColumnData, ColumnType, Table};
use crate::core::ingest::{Import, ImportReport};

const MAGIC: &[u8; 4] = b"KBI1";

/// Why a buffer could not be read back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the parsed file could not be handed over ({0}); please add it again")]
pub struct TransferError(&'static str);

/// Encodes an import into bytes.
pub fn encode(import: &Import) -> Vec<u8> {
    let report = serde_json::to_vec(&import.report).unwrap_or_default();
    let mut out = Writer(Vec::with_capacity(estimated_size(&import.table) + report.len()));
    out.0.extend_from_slice(MAGIC);
    out.bytes(&report);
    out.u64(import.table.row_count as u64);
    out.u32(import.table.columns.len() as u32);
    for column in &import.table.columns {
        out.str(&column.name);
        out.0.push(type_code(column.column_type));
        match &column.currency {
            Some(code) => {
                out.0.push(1);
                out.str(code);
            }
            None => out.0.push(0),
        }
        write_data(&mut out, &column.data);
    }
    out.0
}

/// Decodes bytes written by [`encode`].
pub fn decode(bytes: &[u8]) -> Result<Import, TransferError> {
    let mut input = Reader { bytes, at: 0 };
    if input.take(4)? != MAGIC {
        return Err(TransferError("unknown format"));
    }
    let report: ImportReport =
        serde_json::from_slice(input.bytes()?).map_err(|_| TransferError("report unreadable"))?;
    let row_count = usize::try_from(input.u64()?).map_err(|_| TransferError("too many rows"))?;
    let column_count = input.u32()? as usize;
    let mut columns = Vec::with_capacity(column_count.min(4096));
    for _ in 0..column_count {
        let name = input.string()?;
        let column_type = type_from_code(input.u8()?)?;
        let currency = match input.u8()? {
            0 => None,
            _ => Some(input.string()?),
        };
        let data = read_data(&mut input, row_count)?;
        columns.push(Column {
            name,
            column_type,
            currency,
            data,
        });
    }
    if input.at != bytes.len() {
        return Err(TransferError("trailing bytes"));
    }
    Ok(Import {
        table: Table { columns, row_count },
        report,
    })
}

fn estimated_size(table: &Table) -> usize {
    64 + table.columns.len() * (64 + table.row_count * 8)
}

fn type_code(t: ColumnType) -> u8 {
    match t {
        ColumnType::Number => 0,
        ColumnType::Money => 1,
        ColumnType::Percent => 2,
        ColumnType::Date => 3,
        ColumnType::DateTime => 4,
        ColumnType::Bool => 5,
        ColumnType::Text => 6,
    }
}

fn type_from_code(code: u8) -> Result<ColumnType, TransferError> {
    Ok(match code {
        0 => ColumnType::Number,
        1 => ColumnType::Money,
        2 => ColumnType::Percent,
        3 => ColumnType::Date,
        4 => ColumnType::DateTime,
        5 => ColumnType::Bool,
        6 => ColumnType::Text,
        _ => return Err(TransferError("unknown column type")),
    })
}

fn write_data(out: &mut Writer, data: &ColumnData) {
    match data {
        ColumnData::Number(values) => {
            out.0.push(0);
            values
                .iter()
                .for_each(|v| out.0.extend_from_slice(&v.to_le_bytes()));
        }
        ColumnData::Time { values, has_time } => {
            out.0.push(1);
            out.0.push(u8::from(*has_time));
            values
                .iter()
                .for_each(|v| out.0.extend_from_slice(&v.to_le_bytes()));
        }
        ColumnData::Bool(values) => {
            out.0.push(2);
            out.0.extend(values.iter().map(|b| match b {
                None => 0u8,
                Some(false) => 1,
                Some(true) => 2,
            }));
        }
        ColumnData::Text { dict, codes } => {
            out.0.push(3);
            out.u32(dict.len() as u32);
            dict.iter().for_each(|s| out.str(s));
            codes
                .iter()
                .for_each(|c| out.0.extend_from_slice(&c.to_le_bytes()));
        }
    }
}

fn read_data(input: &mut Reader, rows: usize) -> Result<ColumnData, TransferError> {
    Ok(match input.u8()? {
        0 => ColumnData::Number(input.array::<8>(rows)?.map(|b| f64::from_le_bytes(*b)).collect()),
        1 => {
            let has_time = input.u8()? != 0;
            let values = input.array::<8>(rows)?.map(|b| i64::from_le_bytes(*b)).collect();
            ColumnData::Time { values, has_time }
        }
        2 => ColumnData::Bool(
            input
                .take(rows)?
                .iter()
                .map(|b| match b {
                    0 => None,
                    1 => Some(false),
                    _ => Some(true),
                })
                .collect(),
        ),
        3 => {
            let entries = input.u32()? as usize;
            let mut dict = Vec::with_capacity(entries.min(rows.saturating_add(1)));
            for _ in 0..entries {
                dict.push(input.string()?);
            }
            let codes: Vec<u32> = input.array::<4>(rows)?.map(|b| u32::from_le_bytes(*b)).collect();
            let valid = |&c: &u32| c == crate::core::ingest::table::MISSING_TEXT || (c as usize) < dict.len();
            if !codes.iter().all(valid) {
                return Err(TransferError("text code out of range"));
            }
            ColumnData::Text { dict, codes }
        }
        _ => return Err(TransferError("unknown column layout")),
    })
}

/// Appends little-endian values to a byte vector.
struct Writer(Vec<u8>);

impl Writer {
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn bytes(&mut self, b: &[u8]) {
        self.u32(b.len() as u32);
        self.0.extend_from_slice(b);
    }
    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
}

/// Reads little-endian values from a byte slice, checking every length.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], TransferError> {
        let end = self.at.checked_add(n).filter(|&end| end <= self.bytes.len());
        let end = end.ok_or(TransferError("truncated"))?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }
    fn array<const N: usize>(
        &mut self,
        count: usize,
    ) -> Result<impl Iterator<Item = &'a [u8; N]>, TransferError> {
        let len = count.checked_mul(N).ok_or(TransferError("too long"))?;
        let (chunks, _) = self.take(len)?.as_chunks::<N>();
        Ok(chunks.iter())
    }
    fn u8(&mut self) -> Result<u8, TransferError> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, TransferError> {
        let mut b = [0; 4];
        b.copy_from_slice(self.take(4)?);
        Ok(u32::from_le_bytes(b))
    }
    fn u64(&mut self) -> Result<u64, TransferError> {
        let mut b = [0; 8];
        b.copy_from_slice(self.take(8)?);
        Ok(u64::from_le_bytes(b))
    }
    fn bytes(&mut self) -> Result<&'a [u8], TransferError> {
        let len = self.u32()? as usize;
        self.take(len)
    }
    fn string(&mut self) -> Result<String, TransferError> {
        let bytes = self.bytes()?;
        String::from_utf8(bytes.to_vec()).map_err(|_| TransferError("text is not UTF-8"))
    }
}

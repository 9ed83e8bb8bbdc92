//! A compact binary form of an [`Import`] (typed table + report), so that a file parsed in a Web Worker
//! reaches the page as one transferable byte buffer instead of a slow structured clone of objects.
//!
//! Layout (little endian): the magic `KBI1`, the report as length-prefixed JSON, the row count, the
//! column count, then each column: name, type, currency, and its values in their flat layout
//! (`f64`/`i64`/`u32` arrays, one byte per boolean, the text dictionary as length-prefixed UTF-8).
//!
//! Both directions stream: [`encode_into`] hands the bytes to a [`Sink`] a piece at a time and frees each
//! column once written, and [`decode_from`] pulls from a [`Source`] straight into the final vectors, so
//! that a large table never exists twice in the same memory. Decoding checks every length against the
//! input, so a damaged buffer gives an error, never a panic.

use crate::core::ingest::table::{Column, ColumnData, ColumnType, Table, MISSING_TEXT};
use crate::core::ingest::{Import, ImportReport};

const MAGIC: &[u8; 4] = b"KBI1";
/// Values converted per piece when streaming an array.
const PIECE_VALUES: usize = 8192;

/// Why a buffer could not be read back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the parsed file could not be handed over ({0}); please add it again")]
pub struct TransferError(&'static str);

/// Where encoded bytes go, in order.
pub trait Sink {
    /// Appends `bytes`.
    fn put(&mut self, bytes: &[u8]);
}

impl Sink for Vec<u8> {
    fn put(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }
}

/// Where encoded bytes come from, in order.
pub trait Source {
    /// Bytes not read yet.
    fn remaining(&self) -> usize;
    /// Fills `out` with the next bytes; the caller has checked that enough remain.
    fn fill(&mut self, out: &mut [u8]);
}

/// A byte slice as a [`Source`].
pub struct SliceSource<'a>(pub &'a [u8]);

impl Source for SliceSource<'_> {
    fn remaining(&self) -> usize {
        self.0.len()
    }
    fn fill(&mut self, out: &mut [u8]) {
        let (head, rest) = self.0.split_at(out.len());
        out.copy_from_slice(head);
        self.0 = rest;
    }
}

/// The number of bytes [`encode_into`] writes for `import`.
pub fn encoded_len(import: &Import) -> usize {
    let text = |s: &str| 4 + s.len();
    let header = MAGIC.len() + 4 + report_json(&import.report).len() + 8 + 4;
    let rows = import.table.row_count;
    let columns: usize = import
        .table
        .columns
        .iter()
        .map(|c| {
            let meta = text(&c.name) + 1 + 1 + c.currency.as_deref().map_or(0, text);
            meta + 1
                + match &c.data {
                    ColumnData::Number(_) => 8 * rows,
                    ColumnData::Time { .. } => 1 + 8 * rows,
                    ColumnData::Bool(_) => rows,
                    ColumnData::Text { dict, .. } => {
                        4 + dict.iter().map(|s| text(s)).sum::<usize>() + 4 * rows
                    }
                }
        })
        .sum();
    header + columns
}

/// Encodes an import into bytes.
pub fn encode(import: &Import) -> Vec<u8> {
    let mut out = Vec::with_capacity(encoded_len(import));
    encode_into(import.clone(), &mut out);
    out
}

/// Streams an import into `sink`, dropping each column as soon as it is written.
pub fn encode_into(import: Import, sink: &mut impl Sink) {
    let mut out = Writer(sink);
    out.0.put(MAGIC);
    out.bytes(&report_json(&import.report));
    out.0.put(&(import.table.row_count as u64).to_le_bytes());
    out.u32(import.table.columns.len() as u32);
    for column in import.table.columns {
        out.str(&column.name);
        out.0.put(&[type_code(column.column_type)]);
        match &column.currency {
            Some(code) => {
                out.0.put(&[1]);
                out.str(code);
            }
            None => out.0.put(&[0]),
        }
        write_data(&mut out, column.data);
    }
}

/// Decodes bytes written by [`encode`].
pub fn decode(bytes: &[u8]) -> Result<Import, TransferError> {
    decode_from(&mut SliceSource(bytes))
}

/// Decodes an import from `source`, which must hold exactly one encoded import.
pub fn decode_from(source: &mut impl Source) -> Result<Import, TransferError> {
    let mut input = Reader { source };
    if input.take(4)? != MAGIC {
        return Err(TransferError("unknown format"));
    }
    let report_bytes = input.bytes()?;
    let report: ImportReport =
        serde_json::from_slice(&report_bytes).map_err(|_| TransferError("report unreadable"))?;
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
    if input.source.remaining() != 0 {
        return Err(TransferError("trailing bytes"));
    }
    Ok(Import {
        table: Table { columns, row_count },
        report,
    })
}

fn report_json(report: &ImportReport) -> Vec<u8> {
    serde_json::to_vec(report).unwrap_or_default()
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

fn write_data(out: &mut Writer<impl Sink>, data: ColumnData) {
    match data {
        ColumnData::Number(values) => {
            out.0.put(&[0]);
            out.array(&values, |v| v.to_le_bytes());
        }
        ColumnData::Time { values, has_time } => {
            out.0.put(&[1, u8::from(has_time)]);
            out.array(&values, |v| v.to_le_bytes());
        }
        ColumnData::Bool(values) => {
            out.0.put(&[2]);
            out.array(&values, |b| {
                [match b {
                    None => 0u8,
                    Some(false) => 1,
                    Some(true) => 2,
                }]
            });
        }
        ColumnData::Text { dict, codes } => {
            out.0.put(&[3]);
            out.u32(dict.len() as u32);
            dict.iter().for_each(|s| out.str(s));
            out.array(&codes, |c| c.to_le_bytes());
        }
    }
}

fn read_data(input: &mut Reader<impl Source>, rows: usize) -> Result<ColumnData, TransferError> {
    Ok(match input.u8()? {
        0 => ColumnData::Number(input.array(rows, f64::from_le_bytes)?),
        1 => {
            let has_time = input.u8()? != 0;
            let values = input.array(rows, i64::from_le_bytes)?;
            ColumnData::Time { values, has_time }
        }
        2 => ColumnData::Bool(input.array(rows, |[b]: [u8; 1]| match b {
            0 => None,
            1 => Some(false),
            _ => Some(true),
        })?),
        3 => {
            let entries = input.u32()? as usize;
            if entries.saturating_mul(4) > input.source.remaining() {
                return Err(TransferError("truncated"));
            }
            let mut dict = Vec::with_capacity(entries);
            for _ in 0..entries {
                dict.push(input.string()?);
            }
            let codes: Vec<u32> = input.array(rows, u32::from_le_bytes)?;
            let valid = |&c: &u32| c == MISSING_TEXT || (c as usize) < dict.len();
            if !codes.iter().all(valid) {
                return Err(TransferError("text code out of range"));
            }
            ColumnData::Text { dict, codes }
        }
        _ => return Err(TransferError("unknown column layout")),
    })
}

/// Writes little-endian values to a sink.
struct Writer<'a, S: Sink>(&'a mut S);

impl<S: Sink> Writer<'_, S> {
    fn u32(&mut self, v: u32) {
        self.0.put(&v.to_le_bytes());
    }
    fn bytes(&mut self, b: &[u8]) {
        self.u32(b.len() as u32);
        self.0.put(b);
    }
    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
    /// Writes `values` as fixed-size little-endian items, a piece at a time.
    fn array<T: Copy, const N: usize>(&mut self, values: &[T], to_bytes: impl Fn(T) -> [u8; N]) {
        let mut piece = Vec::with_capacity(PIECE_VALUES.min(values.len()) * N);
        for chunk in values.chunks(PIECE_VALUES) {
            piece.clear();
            chunk.iter().for_each(|&v| piece.extend_from_slice(&to_bytes(v)));
            self.0.put(&piece);
        }
    }
}

/// Reads little-endian values from a source, checking every length first.
struct Reader<'a, S: Source> {
    source: &'a mut S,
}

impl<S: Source> Reader<'_, S> {
    fn take(&mut self, n: usize) -> Result<Vec<u8>, TransferError> {
        if n > self.source.remaining() {
            return Err(TransferError("truncated"));
        }
        let mut out = vec![0; n];
        self.source.fill(&mut out);
        Ok(out)
    }
    fn fixed<const N: usize>(&mut self) -> Result<[u8; N], TransferError> {
        if N > self.source.remaining() {
            return Err(TransferError("truncated"));
        }
        let mut out = [0; N];
        self.source.fill(&mut out);
        Ok(out)
    }
    fn u8(&mut self) -> Result<u8, TransferError> {
        Ok(self.fixed::<1>()?[0])
    }
    fn u32(&mut self) -> Result<u32, TransferError> {
        Ok(u32::from_le_bytes(self.fixed()?))
    }
    fn u64(&mut self) -> Result<u64, TransferError> {
        Ok(u64::from_le_bytes(self.fixed()?))
    }
    fn bytes(&mut self) -> Result<Vec<u8>, TransferError> {
        let len = self.u32()? as usize;
        self.take(len)
    }
    fn string(&mut self) -> Result<String, TransferError> {
        String::from_utf8(self.bytes()?).map_err(|_| TransferError("text is not UTF-8"))
    }
    /// Reads `count` fixed-size items a piece at a time, straight into the result vector.
    fn array<T, const N: usize>(
        &mut self,
        count: usize,
        from_bytes: impl Fn([u8; N]) -> T,
    ) -> Result<Vec<T>, TransferError> {
        let len = count.checked_mul(N).ok_or(TransferError("too long"))?;
        if len > self.source.remaining() {
            return Err(TransferError("truncated"));
        }
        let mut values = Vec::with_capacity(count);
        let mut piece = vec![0u8; PIECE_VALUES.min(count) * N];
        let mut left = count;
        while left > 0 {
            let n = left.min(PIECE_VALUES);
            let bytes = &mut piece[..n * N];
            self.source.fill(bytes);
            let (items, _) = bytes.as_chunks::<N>();
            values.extend(items.iter().map(|b| from_bytes(*b)));
            left -= n;
        }
        Ok(values)
    }
}

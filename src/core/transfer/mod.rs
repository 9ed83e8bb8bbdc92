//! A compact binary form of an [`Import`] (typed table + report), or of a [`LoadedFile`] (a file read and
//! recognised), so that a file parsed in a Web Worker reaches the page as one transferable byte buffer
//! instead of a slow structured clone of objects.
//!
//! Layout (little endian): the magic `KBI1`, the report as length-prefixed JSON, the row count, the
//! column count, then each column: name, type, currency, and its values in their flat layout
//! (`f64`/`i64`/`u32` arrays, one byte per boolean; a text dictionary as its entry count, the `u32` byte
//! length of each entry, then all entries' UTF-8 one after another, then the `u32` codes).
//! A loaded file is the magic `KBL1`, the file's name, kind, roles and detection as length-prefixed JSON,
//! then its table in the import layout above (the dataset's table when it is ready). A file's orders
//! index is not carried: the page gets only previews of the files ([`crate::core::engine::preview`]).
//!
//! Both directions stream: [`encode_into`] hands the bytes to a [`Sink`] a piece at a time and frees each
//! column once written, and [`decode_from`] pulls from a [`Source`] straight into the final vectors, so
//! that a large table never exists twice in the same memory. Decoding checks every length against the
//! input, so a damaged buffer gives an error, never a panic.

use crate::core::i18n::Text;
use crate::core::ingest::table::{ColumnData, ColumnType, Table};
use crate::core::ingest::{Import, ImportReport};
use crate::core::pipeline::{LoadedFile, Mapped};
use crate::core::schema::presets::PRESETS;
use crate::core::schema::{Dataset, Detection, Kind, Role};
use crate::core::time::Period;
use column_reader::read_column;

mod column_reader;

const MAGIC: &[u8; 4] = b"KBI1";
const LOADED_MAGIC: &[u8; 4] = b"KBL1";
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

impl<S: Source + ?Sized> Source for &mut S {
    fn remaining(&self) -> usize {
        (**self).remaining()
    }
    fn fill(&mut self, out: &mut [u8]) {
        (**self).fill(out)
    }
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
    table_len(&import.report, &import.table)
}

/// The number of bytes of a report and table in the import layout.
fn table_len(report: &ImportReport, table: &Table) -> usize {
    let text = |s: &str| 4 + s.len();
    let header = MAGIC.len() + 4 + report_json(report).len() + 8 + 4;
    let rows = table.row_count;
    let columns: usize = table
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
    write_table(&import.report, import.table, sink);
}

/// Streams a report and table in the import layout, dropping each column as soon as it is written.
fn write_table(report: &ImportReport, table: Table, sink: &mut impl Sink) {
    let mut out = Writer(sink);
    out.0.put(MAGIC);
    out.bytes(&report_json(report));
    out.0.put(&(table.row_count as u64).to_le_bytes());
    out.u32(table.columns.len() as u32);
    for column in table.columns {
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
    let import = read_import(&mut Reader { source })?;
    if source.remaining() != 0 {
        return Err(TransferError("trailing bytes"));
    }
    Ok(import)
}

/// What a loaded file is besides its table: written as JSON before it.
#[derive(serde::Serialize, serde::Deserialize)]
struct LoadedMeta {
    name: String,
    detection: DetectionMeta,
    mapping: MappingMeta,
    /// Written with the file, as a preview's few rows cannot give it back.
    #[serde(default)]
    date_range: Option<Period>,
}

/// A [`Detection`] as written: the recognised export format by its name.
#[derive(serde::Serialize, serde::Deserialize)]
struct DetectionMeta {
    kind: Kind,
    confidence: f32,
    roles: Vec<Option<Role>>,
    role_confidence: Vec<f32>,
    preset: Option<String>,
    alternatives: Vec<(Kind, f32)>,
    missing: Vec<Text>,
}

impl From<Detection> for DetectionMeta {
    fn from(d: Detection) -> Self {
        DetectionMeta {
            kind: d.kind,
            confidence: d.confidence,
            roles: d.roles,
            role_confidence: d.role_confidence,
            preset: d.preset.map(str::to_string),
            alternatives: d.alternatives,
            missing: d.missing,
        }
    }
}

impl From<DetectionMeta> for Detection {
    /// A preset name that is not a known export format reads back as none.
    fn from(d: DetectionMeta) -> Self {
        let preset = d
            .preset
            .and_then(|name| PRESETS.iter().find(|p| p.name == name).map(|p| p.name));
        Detection {
            kind: d.kind,
            confidence: d.confidence,
            roles: d.roles,
            role_confidence: d.role_confidence,
            preset,
            alternatives: d.alternatives,
            missing: d.missing,
        }
    }
}

/// The mapping of a loaded file without its table.
#[derive(serde::Serialize, serde::Deserialize)]
enum MappingMeta {
    /// A usable dataset of this kind with these roles.
    Ready { kind: Kind, roles: Vec<Option<Role>> },
    /// Not usable yet, for this reason.
    Incomplete { message: Text },
}

/// Splits a loaded file into what is written as JSON and its report and table.
fn loaded_parts(loaded: LoadedFile) -> (LoadedMeta, ImportReport, Table) {
    let (mapping, table) = match loaded.mapped {
        Mapped::Ready(dataset) => (
            MappingMeta::Ready {
                kind: dataset.kind,
                roles: dataset.roles,
            },
            dataset.table,
        ),
        Mapped::Incomplete { table, message } => (MappingMeta::Incomplete { message }, table),
    };
    let meta = LoadedMeta {
        name: loaded.name,
        detection: loaded.detection.into(),
        mapping,
        date_range: loaded.date_range,
    };
    (meta, loaded.report, table)
}

/// A loaded file ready to be written: its length is known before it is written.
pub struct LoadedEncoding {
    loaded: LoadedFile,
}

impl LoadedEncoding {
    /// Prepares `loaded` for writing.
    pub fn new(loaded: LoadedFile) -> Self {
        LoadedEncoding { loaded }
    }

    /// The number of bytes [`LoadedEncoding::write_into`] writes.
    pub fn byte_len(&self) -> usize {
        let loaded = &self.loaded;
        let meta = LoadedMeta {
            name: loaded.name.clone(),
            detection: loaded.detection.clone().into(),
            mapping: match &loaded.mapped {
                Mapped::Ready(dataset) => MappingMeta::Ready {
                    kind: dataset.kind,
                    roles: dataset.roles.clone(),
                },
                Mapped::Incomplete { message, .. } => MappingMeta::Incomplete {
                    message: message.clone(),
                },
            },
            date_range: loaded.date_range,
        };
        LOADED_MAGIC.len() + 4 + meta_json(&meta).len() + table_len(&loaded.report, loaded.table())
    }

    /// Streams the file into `sink` (its name, detection and mapping, then its table), dropping each
    /// column as soon as it is written.
    pub fn write_into(self, sink: &mut impl Sink) {
        let (meta, report, table) = loaded_parts(self.loaded);
        let mut out = Writer(sink);
        out.0.put(LOADED_MAGIC);
        out.bytes(&meta_json(&meta));
        write_table(&report, table, sink);
    }
}

/// Encodes a loaded file into bytes (without its orders index).
pub fn encode_loaded(loaded: &LoadedFile) -> Vec<u8> {
    let encoding = LoadedEncoding::new(loaded.clone());
    let mut out = Vec::with_capacity(encoding.byte_len());
    encoding.write_into(&mut out);
    out
}

/// Decodes a loaded file from `source`, which must hold exactly one encoded loaded file.
pub fn decode_loaded_from(source: &mut impl Source) -> Result<LoadedFile, TransferError> {
    let mut input = Reader { source };
    if input.take(4)? != LOADED_MAGIC {
        return Err(TransferError("unknown format"));
    }
    let meta_bytes = input.bytes()?;
    let meta: LoadedMeta =
        serde_json::from_slice(&meta_bytes).map_err(|_| TransferError("file description unreadable"))?;
    let head = read_table_head(&mut input)?;
    let mut columns = Vec::with_capacity(head.column_count.min(4096));
    for _ in 0..head.column_count {
        columns.push(read_column(&mut input, head.row_count)?);
    }
    if input.source.remaining() != 0 {
        return Err(TransferError("trailing bytes"));
    }
    let table = Table {
        columns,
        row_count: head.row_count,
    };
    let mapped = match meta.mapping {
        MappingMeta::Ready { kind, roles } => {
            if roles.len() != table.columns.len() {
                return Err(TransferError("roles do not match the columns"));
            }
            Mapped::Ready(Dataset::new(&meta.name, kind, table, roles))
        }
        MappingMeta::Incomplete { message } => Mapped::Incomplete { table, message },
    };
    Ok(LoadedFile {
        name: meta.name,
        report: head.report,
        detection: meta.detection.into(),
        mapped,
        date_range: meta.date_range,
        orders_index: None,
        orders_history: None,
    })
}

/// Decodes bytes written by [`encode_loaded`].
pub fn decode_loaded(bytes: &[u8]) -> Result<LoadedFile, TransferError> {
    decode_loaded_from(&mut SliceSource(bytes))
}

fn meta_json(meta: &LoadedMeta) -> Vec<u8> {
    serde_json::to_vec(meta).unwrap_or_default()
}

/// The start of a table in the import layout: its report and size.
struct TableHead {
    report: ImportReport,
    row_count: usize,
    column_count: usize,
}

/// Reads a report and table in the import layout.
fn read_import(input: &mut Reader<impl Source>) -> Result<Import, TransferError> {
    let head = read_table_head(input)?;
    let mut columns = Vec::with_capacity(head.column_count.min(4096));
    for _ in 0..head.column_count {
        columns.push(read_column(input, head.row_count)?);
    }
    Ok(Import {
        table: Table {
            columns,
            row_count: head.row_count,
        },
        report: head.report,
    })
}

fn read_table_head(input: &mut Reader<impl Source>) -> Result<TableHead, TransferError> {
    if input.take(4)? != MAGIC {
        return Err(TransferError("unknown format"));
    }
    let report_bytes = input.bytes()?;
    let report: ImportReport =
        serde_json::from_slice(&report_bytes).map_err(|_| TransferError("report unreadable"))?;
    let row_count = usize::try_from(input.u64()?).map_err(|_| TransferError("too many rows"))?;
    let column_count = input.u32()? as usize;
    Ok(TableHead {
        report,
        row_count,
        column_count,
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
            out.numbers(&values, |v| v.to_le_bytes());
        }
        ColumnData::Time { values, has_time } => {
            out.0.put(&[1, u8::from(has_time)]);
            out.numbers(&values, |v| v.to_le_bytes());
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
            out.texts(&dict);
            out.numbers(&codes, |c| c.to_le_bytes());
        }
    }
}

/// Reads a list of texts: its length, the byte length of each text, then all their UTF-8 bytes.
fn read_texts(input: &mut Reader<impl Source>) -> Result<Vec<String>, TransferError> {
    let entries = input.u32()? as usize;
    let lengths: Vec<u32> = input.numbers(entries, u32::from_le_bytes)?;
    let total = lengths
        .iter()
        .try_fold(0usize, |sum, &n| sum.checked_add(n as usize))
        .ok_or(TransferError("too long"))?;
    let text = input.take(total)?;
    let text = std::str::from_utf8(&text).map_err(|_| TransferError("text is not UTF-8"))?;
    let mut texts = Vec::with_capacity(entries);
    let mut start = 0;
    for &n in &lengths {
        let end = start + n as usize;
        texts.push(
            text.get(start..end)
                .ok_or(TransferError("text is not UTF-8"))?
                .to_string(),
        );
        start = end;
    }
    Ok(texts)
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
    /// Writes a list of texts: its length, the `u32` byte length of each, then all their UTF-8 bytes.
    fn texts(&mut self, texts: &[String]) {
        self.u32(texts.len() as u32);
        let lengths: Vec<u32> = texts.iter().map(|s| s.len() as u32).collect();
        self.numbers(&lengths, |n| n.to_le_bytes());
        drop(lengths);
        let mut piece = Vec::with_capacity(PIECE_VALUES * 16);
        for text in texts {
            piece.extend_from_slice(text.as_bytes());
            if piece.len() >= PIECE_VALUES * 16 {
                self.0.put(&piece);
                piece.clear();
            }
        }
        self.0.put(&piece);
    }
    /// Writes numbers little-endian: on a little-endian machine (wasm, x86, ARM) the vector's own bytes in
    /// one piece, elsewhere item by item.
    fn numbers<T: bytemuck::Pod, const N: usize>(&mut self, values: &[T], to_bytes: impl Fn(T) -> [u8; N]) {
        if cfg!(target_endian = "little") {
            self.0.put(bytemuck::cast_slice(values));
        } else {
            self.array(values, to_bytes);
        }
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
    /// Reads `count` little-endian numbers: on a little-endian machine straight into the result vector's
    /// bytes in one piece, elsewhere item by item.
    fn numbers<T: bytemuck::Pod, const N: usize>(
        &mut self,
        count: usize,
        from_bytes: impl Fn([u8; N]) -> T,
    ) -> Result<Vec<T>, TransferError> {
        if !cfg!(target_endian = "little") || std::mem::size_of::<T>() != N {
            return self.array(count, from_bytes);
        }
        let len = count.checked_mul(N).ok_or(TransferError("too long"))?;
        if len > self.source.remaining() {
            return Err(TransferError("truncated"));
        }
        let mut values = vec![T::zeroed(); count];
        self.source.fill(bytemuck::cast_slice_mut(&mut values));
        Ok(values)
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

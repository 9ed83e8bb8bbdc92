//! The importer: takes a file chunk by chunk, sniffs encoding, dialect and column types on the first part,
//! then streams every record straight into typed columns, so that only the columnar result and one chunk
//! are held in memory.

use super::columns::{ColumnBuilder, Values};
use super::decode::{binary_kind, decode_sample, detect_encoding, encoding_for_label, ChunkDecoder};
use super::dialect::{sniff, Dialect};
use super::infer::{infer_columns, infer_from_dictionary, InferContext, Inference, PlanKind};
use super::report::{cell_problem, ColumnReport, ImportReport, MAX_PROBLEMS};
use super::table::{ColumnData, ColumnType, Table, MISSING_TIME};
use super::tokenize::{Block, RecordSink, RecordView, SampledRecords, Tokenizer};
use super::values::parse_time_of_day;
use super::{Import, ImportOptions};
use crate::core::error::IngestError;
use crate::core::i18n::{Arg, Text};

mod split;
pub use split::split_point;

/// Bytes looked at before deciding encoding, dialect and types.
pub const SNIFF_BYTES: usize = 1 << 20;
/// Data rows of that first part used to type the columns.
const SAMPLE_ROWS: usize = 5000;

/// Reads a file given chunk by chunk: `push` each chunk as it arrives, then `finish`.
#[derive(Debug)]
pub struct Importer {
    file: String,
    options: ImportOptions,
    state: State,
    expected_bytes: Option<usize>,
    blocks: bool,
    /// Bytes sniffed before deciding ([`SNIFF_BYTES`]; fewer in tests, so that small files stream).
    sniff_bytes: usize,
}

#[derive(Debug)]
enum State {
    Sniffing(Vec<u8>),
    Workbook(Vec<u8>),
    Streaming(Box<Stream>),
    Failed(IngestError),
}

/// Everything decided on the first part of the file.
#[derive(Debug)]
struct Decisions {
    encoding: String,
    encoding_reason: &'static str,
    dialect: Dialect,
    inference: Inference,
    /// Whether a line end always ends a character in this encoding and starts a line of the file, so
    /// that a part of the file from a line start may be read elsewhere (see [`Importer::part`]).
    splittable: bool,
}

#[derive(Debug)]
struct Stream {
    decoder: ChunkDecoder,
    tokenizer: Tokenizer,
    skip_lines: usize,
    sink: Sink,
    decisions: Decisions,
}

/// What a sink notes of its records besides their values (a part of a file read elsewhere brings its own,
/// see `split.rs`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
struct RowTally {
    /// `(row, line)` where a data row's line does not follow the line of the row before.
    line_marks: Vec<(usize, usize)>,
    /// `(row, line, fields)` of rows with values past the header's columns.
    long_rows: Vec<(usize, usize, usize)>,
    short_rows: usize,
    comments: usize,
    repeated_headers: usize,
}

/// Receives records and fills the columns.
#[derive(Debug)]
struct Sink {
    builders: Vec<ColumnBuilder>,
    header: Vec<String>,
    records_to_skip: usize,
    rows: usize,
    previous_line: usize,
    tally: RowTally,
    /// Whether plain records are taken in blocks and typed column by column (off only to test that both
    /// ways give the same table).
    blocks: bool,
    /// Field ends of a block record handed to [`Sink::record`].
    scratch: Vec<usize>,
}

impl RecordSink for Sink {
    #[inline]
    fn record(&mut self, r: &RecordView<'_>) -> bool {
        Sink::record(self, r)
    }

    fn block_width(&self) -> usize {
        if self.blocks {
            self.builders.len()
        } else {
            0
        }
    }

    /// Takes the block's records in runs of ordinary data rows, each typed column by column; a record
    /// that needs a look of its own (blank, skipped, a repeated header) goes through [`Sink::record`].
    fn block(&mut self, block: &Block<'_>) -> bool {
        let count = block.len();
        let mut from = 0;
        while from < count {
            let mut to = from;
            if self.records_to_skip == 0 {
                let name = self.header.first().map(String::as_bytes);
                for first in block.column(0, from, count) {
                    // A first cell with a visible byte at each end is its own trimmed text and not empty:
                    // the row is plain unless it repeats the header's first name (see `is_plain_row`).
                    let plain = match (first.first(), first.last()) {
                        (Some(&a), Some(&b)) if a > b' ' && b > b' ' => name.is_none_or(|n| first != n),
                        _ => self.is_plain_row(block, to),
                    };
                    if !plain {
                        break;
                    }
                    to += 1;
                }
            }
            if to > from {
                self.take_rows(block, from, to);
            }
            if to < count {
                let mut scratch = std::mem::take(&mut self.scratch);
                Sink::record(self, &block.record(to, &mut scratch));
                self.scratch = scratch;
                to += 1;
            }
            from = to;
        }
        true
    }
}

impl Sink {
    /// Whether record `r` of a block is a data row that [`Sink::record`] would take without a second look.
    #[inline]
    fn is_plain_row(&self, block: &Block<'_>, r: usize) -> bool {
        if self.records_to_skip > 0 {
            return false;
        }
        let first = block.cell(r, 0).trim_ascii();
        if first.is_empty()
            && (0..block.width()).all(|c| block.cell(r, c).iter().all(u8::is_ascii_whitespace))
        {
            return false;
        }
        // Block records have as many fields as the header, so they are never comments (one field) nor
        // long or short; a record starting with the first column's name may repeat the header.
        self.header.first().is_none_or(|name| first != name.as_bytes())
    }

    /// Types records `from..to` of a block (plain data rows), one column after another.
    fn take_rows(&mut self, block: &Block<'_>, from: usize, to: usize) {
        let lines = block.lines().get(from..to).unwrap_or(&[]);
        let first_row = self.rows;
        for (row, &line) in (first_row..).zip(lines) {
            if line != self.previous_line + 1 {
                self.tally.line_marks.push((row, line));
            }
            self.previous_line = line;
        }
        for (c, builder) in self.builders.iter_mut().enumerate() {
            builder.push_block(block, c, (from, to), first_row, lines);
        }
        self.rows += lines.len();
    }

    /// Takes one record; always asks for more.
    #[inline]
    fn record(&mut self, r: &RecordView<'_>) -> bool {
        if r.field(0).trim_ascii().is_empty() && r.is_blank() {
            return true;
        }
        if self.records_to_skip > 0 {
            self.records_to_skip -= 1;
            return true;
        }
        let width = self.builders.len();
        if r.len() == 1 && width > 1 && r.field(0).first() == Some(&b'#') {
            self.tally.comments += 1;
            return true;
        }
        if self.is_header_again(r) {
            self.tally.repeated_headers += 1;
            return true;
        }
        let row = self.rows;
        let line = r.line;
        if line != self.previous_line + 1 {
            self.tally.line_marks.push((row, line));
        }
        self.previous_line = line;
        let fields = r.len();
        let mut cells = r.fields();
        for builder in self.builders.iter_mut() {
            match cells.next() {
                Some(cell) => builder.push(cell, row, line),
                None => builder.push_missing(),
            }
        }
        if fields > width && (width..fields).any(|i| !r.field(i).trim_ascii().is_empty()) {
            self.tally.long_rows.push((row, line, fields));
        } else if fields < width {
            self.tally.short_rows += 1;
        }
        self.rows += 1;
        true
    }

    /// Whether a record repeats the header (files glued together keep each part's header).
    fn is_header_again(&self, r: &RecordView<'_>) -> bool {
        let Some(first) = self.header.first() else {
            return false;
        };
        r.len() == self.header.len()
            && r.field(0).trim_ascii() == first.as_bytes()
            && self
                .header
                .iter()
                .enumerate()
                .all(|(i, name)| r.field(i).trim_ascii() == name.as_bytes())
    }
}

/// The 1-based line of data row `row`, from the rows where lines stopped following one another (`marks`)
/// and the lines before the first row's when it has no mark (`lines_before`: up to the header's).
fn line_of(marks: &[(usize, usize)], row: usize, lines_before: usize) -> usize {
    let at = marks.partition_point(|&(r, _)| r <= row);
    match at.checked_sub(1).and_then(|i| marks.get(i)) {
        Some(&(mark_row, mark_line)) => mark_line + (row - mark_row),
        None => lines_before + row + 1,
    }
}

impl Stream {
    /// Feeds raw bytes of the file.
    fn feed(&mut self, bytes: &[u8], last: bool) {
        let Stream {
            decoder,
            tokenizer,
            skip_lines,
            sink,
            decisions,
        } = self;
        let line_byte = decisions.dialect.line_byte;
        decoder.decode(bytes, last, |mut text| {
            while *skip_lines > 0 && !text.is_empty() {
                match text.iter().position(|&b| b == line_byte) {
                    Some(p) => {
                        text = &text[p + 1..];
                        *skip_lines -= 1;
                    }
                    None => text = &[],
                }
            }
            if !text.is_empty() {
                tokenizer.feed_sink(text, false, sink);
            }
        });
        if last {
            tokenizer.feed_sink(&[], true, sink);
        }
    }
}

impl Importer {
    /// An importer for `file_name` (used in messages and to recognise `.xlsx`).
    pub fn new(file_name: &str, options: ImportOptions) -> Self {
        Importer {
            file: file_name.to_string(),
            options,
            state: State::Sniffing(Vec::new()),
            expected_bytes: None,
            blocks: true,
            sniff_bytes: SNIFF_BYTES,
        }
    }

    /// Tells the importer the file's total size (the page knows it from the file), so that columns are
    /// allocated once at about their final size instead of growing by doubling.
    pub fn expect_total_bytes(&mut self, bytes: usize) {
        self.expected_bytes = Some(bytes);
    }

    /// Data rows read so far (for a progress display).
    pub fn rows_so_far(&self) -> usize {
        match &self.state {
            State::Streaming(stream) => stream.sink.rows,
            _ => 0,
        }
    }

    /// Takes the next chunk of the file.
    pub fn push(&mut self, chunk: &[u8]) -> Result<(), IngestError> {
        match &mut self.state {
            State::Failed(e) => Err(e.clone()),
            State::Workbook(bytes) => {
                bytes.extend_from_slice(chunk);
                Ok(())
            }
            State::Streaming(stream) => {
                stream.feed(chunk, false);
                Ok(())
            }
            State::Sniffing(buffer) => {
                let room = self.sniff_bytes.saturating_sub(buffer.len());
                let (head, rest) = chunk.split_at(room.min(chunk.len()));
                buffer.extend_from_slice(head);
                if buffer.len() < self.sniff_bytes {
                    return Ok(());
                }
                let sample = std::mem::take(buffer);
                self.start(sample, false)?;
                self.push(rest)
            }
        }
    }

    /// Ends the file and returns the table and its report.
    pub fn finish(mut self) -> Result<Import, IngestError> {
        if let State::Sniffing(buffer) = &mut self.state {
            let sample = std::mem::take(buffer);
            self.start(sample, true)?;
        }
        match self.state {
            State::Failed(e) => Err(e),
            State::Sniffing(_) => Err(IngestError::Empty { file: self.file }),
            State::Workbook(bytes) => super::xlsx::read_workbook(&self.file, &bytes, &self.options),
            State::Streaming(mut stream) => {
                stream.feed(&[], true);
                finish_stream(&self.file, *stream, &self.options)
            }
        }
    }

    /// Decides everything from the first part of the file and starts streaming it.
    fn start(&mut self, sample: Vec<u8>, is_whole: bool) -> Result<(), IngestError> {
        match self.decide(&sample, is_whole) {
            Ok(Some(stream)) => {
                let mut stream = Box::new(stream);
                stream.feed(&sample, false);
                self.state = State::Streaming(stream);
                Ok(())
            }
            Ok(None) => {
                self.state = State::Workbook(sample);
                Ok(())
            }
            Err(e) => {
                self.state = State::Failed(e.clone());
                Err(e)
            }
        }
    }

    /// Encoding, dialect and column plans from the sample; `None` for a workbook.
    fn decide(&self, sample: &[u8], is_whole: bool) -> Result<Option<Stream>, IngestError> {
        let file = &self.file;
        if sample.iter().all(u8::is_ascii_whitespace) {
            return Err(IngestError::Empty { file: file.clone() });
        }
        if let Some(kind) = binary_kind(sample) {
            if sample.starts_with(b"PK\x03\x04") {
                return Ok(None);
            }
            return Err(IngestError::NotTabular {
                file: file.clone(),
                found: kind.to_string(),
            });
        }
        let (encoding, encoding_reason) = match &self.options.encoding {
            Some(label) => match encoding_for_label(label) {
                Some(e) => (e, crate::phrase!("set in the options")),
                None => {
                    return Err(IngestError::UnknownEncoding {
                        file: file.clone(),
                        name: label.clone(),
                    })
                }
            },
            None => {
                let choice = detect_encoding(sample, is_whole);
                (choice.encoding, choice.reason)
            }
        };
        let text = decode_sample(sample, encoding);
        let dialect = sniff(&text, is_whole, self.options.delimiter)
            .ok_or_else(|| IngestError::Empty { file: file.clone() })?;
        let body = skip_lines(text.as_bytes(), dialect.skip_lines, dialect.line_byte);
        let skip = dialect.skip_records + dialect.header_records;
        let sampled = SampledRecords::read(dialect.tokenizer(), body, SAMPLE_ROWS + skip + 64, is_whole);
        let fields = sampled.fields();
        let rows: Vec<&[&str]> = sampled
            .rows(&fields)
            .into_iter()
            .filter(|r| r.iter().any(|f| !f.trim().is_empty()))
            .skip(skip)
            .take(SAMPLE_ROWS)
            .collect();
        let ctx = InferContext {
            decimal_comma: self.options.decimal_comma,
            day_first: self.options.day_first,
            delimiter: dialect.delimiter,
            file_decimal: None,
            file_order: None,
        };
        let inference = infer_columns(&dialect.columns, &rows, &ctx);
        let file_decimal = if inference.decimal == ',' { b',' } else { b'.' };
        // Rows expected in the whole file, from the sample's bytes per row (2 % margin).
        let capacity = match (self.expected_bytes, is_whole) {
            (Some(total), false) if !rows.is_empty() => {
                // Text bytes of the sampled rows (fields + delimiters + line end), scaled to file bytes.
                let text_bytes: usize = rows
                    .iter()
                    .map(|r| r.iter().map(|f| f.len() + 1).sum::<usize>())
                    .sum();
                let file_per_text = sample.len() as f64 / text.len().max(1) as f64;
                let per_row = (text_bytes as f64 / rows.len() as f64 * file_per_text).max(1.0);
                ((total as f64 / per_row) * 1.02).min(1e9) as usize
            }
            _ => 0,
        };
        let builders = dialect
            .columns
            .iter()
            .zip(&inference.plans)
            .map(|(name, plan)| ColumnBuilder::new(name, plan.clone(), file_decimal, capacity))
            .collect();
        let header_names: Vec<String> = if dialect.header_records == 1 {
            dialect.columns.clone()
        } else {
            Vec::new()
        };
        let splittable =
            encoding.is_ascii_compatible() && dialect.aligned.is_none() && dialect.line_byte == b'\n';
        let mut tokenizer = dialect.tokenizer();
        tokenizer.set_line(dialect.skip_lines + 1);
        Ok(Some(Stream {
            decoder: ChunkDecoder::new(encoding),
            tokenizer,
            skip_lines: dialect.skip_lines,
            sink: Sink {
                builders,
                header: header_names,
                records_to_skip: skip,
                rows: 0,
                previous_line: dialect.header_line,
                tally: RowTally::default(),
                blocks: self.blocks,
                scratch: Vec::new(),
            },
            decisions: Decisions {
                encoding: encoding.name().to_string(),
                encoding_reason,
                dialect,
                inference,
                splittable,
            },
        }))
    }
}

/// `text` without its first `lines` lines.
fn skip_lines(mut text: &[u8], lines: usize, line_byte: u8) -> &[u8] {
    for _ in 0..lines {
        match text.iter().position(|&b| b == line_byte) {
            Some(p) => text = &text[p + 1..],
            None => return &[],
        }
    }
    text
}

/// Turns the filled columns into the table and the report.
fn finish_stream(file: &str, stream: Stream, options: &ImportOptions) -> Result<Import, IngestError> {
    let Stream { sink, decisions, .. } = stream;
    let Decisions {
        encoding,
        encoding_reason,
        dialect,
        inference,
        ..
    } = decisions;
    if sink.rows == 0 {
        return Err(IngestError::NoRows {
            file: file.to_string(),
            line: dialect.header_line,
        });
    }
    let mut notes = vec![crate::text!(
        "Encoding {encoding} ({reason}).",
        encoding = &encoding,
        reason = Arg::phrase(encoding_reason)
    )];
    notes.push(crate::text!(
        "Delimiter \"{delimiter}\" ({reason}).",
        delimiter = Arg::Phrase(dialect.delimiter_label().into()),
        reason = Arg::phrase(dialect.delimiter_reason)
    ));
    notes.extend(dialect.notes.iter().cloned());
    notes.extend(inference.notes.iter().cloned());

    let ctx = InferContext {
        decimal_comma: options.decimal_comma,
        day_first: options.day_first,
        delimiter: dialect.delimiter,
        file_decimal: Some(inference.decimal),
        file_order: Some(inference.order),
    };
    let Sink {
        builders: filled,
        tally:
            RowTally {
                line_marks,
                long_rows,
                short_rows,
                comments,
                repeated_headers,
            },
        rows,
        ..
    } = sink;
    let line_of = |row: usize| line_of(&line_marks, row, dialect.header_line);
    let mut builders = Vec::with_capacity(filled.len());
    for mut builder in filled {
        builder.finish_rejects();
        if matches!(builder.values, Values::Text(_)) && !builder.plan.time_of_day {
            if let Some((dict, counts)) = builder.dictionary_counts() {
                let values = dict.iter().zip(counts.iter().copied());
                let plan = infer_from_dictionary(&builder.name, values, &ctx);
                if plan.kind != PlanKind::Text {
                    notes.push(crate::text!(
                        "Column \"{name}\" was typed from all its values, as its first rows said too little.",
                        name = &builder.name
                    ));
                    builder.retype(plan, &line_of);
                    builder.finish_rejects();
                }
            }
        }
        builders.push(builder);
    }

    // Columns without a name and without a value (a trailing delimiter on every line) are dropped.
    let mut kept = Vec::with_capacity(builders.len());
    for (i, builder) in builders.into_iter().enumerate() {
        let unnamed = dialect.unnamed.get(i).copied().unwrap_or(false);
        if unnamed && builder.filled == 0 && is_all_missing(&builder) {
            continue;
        }
        kept.push(builder);
    }
    let builders = kept;

    let mut problems: Vec<(usize, Text)> = Vec::new();
    let mut bad_rows: Vec<usize> = Vec::new();
    let mut cells_rejected = 0;
    let mut reports = Vec::with_capacity(builders.len());
    for builder in &builders {
        cells_rejected += builder.rejects.len();
        let expected = builder.expected();
        for reject in &builder.rejects {
            bad_rows.push(reject.row);
            if problems.len() < MAX_PROBLEMS * 4 {
                problems.push((
                    reject.line,
                    cell_problem(reject.line, &builder.name, &reject.raw, expected),
                ));
            }
        }
        if let Some(note) = &builder.change_note {
            notes.push(crate::text!(
                "Column \"{name}\": {note}.",
                name = &builder.name,
                note = note
            ));
        }
        reports.push(ColumnReport {
            name: builder.name.clone(),
            column_type: builder.plan.column_type,
            currency: builder.plan.currency.clone(),
            samples: builder.plan.samples.clone(),
            note: builder.change_note.clone().or_else(|| builder.plan.note.clone()),
            rejected: builder.rejects.len(),
        });
    }
    let width = dialect.columns.len();
    for &(row, line, fields) in &long_rows {
        bad_rows.push(row);
        if problems.len() < MAX_PROBLEMS * 4 {
            problems.push((
                line,
                crate::text!(
                    "line {line} has {fields} values but the header has {width}; the values past column {width} were left out",
                    line = line,
                    fields = fields,
                    width = width
                ),
            ));
        }
    }
    problems.sort_by_key(|(line, _)| *line);
    let problems: Vec<Text> = problems.into_iter().take(MAX_PROBLEMS).map(|(_, p)| p).collect();
    bad_rows.sort_unstable();
    bad_rows.dedup();

    if short_rows > 0 {
        notes.push(crate::text_n!(
            "{count} row had fewer values than the header; the missing values are left empty.",
            "{count} rows had fewer values than the header; the missing values are left empty.",
            count = short_rows
        ));
    }
    if comments > 0 {
        notes.push(crate::text_n!(
            "Skipped {count} comment line inside the data.",
            "Skipped {count} comment lines inside the data.",
            count = comments
        ));
    }
    if repeated_headers > 0 {
        notes.push(crate::text_n!(
            "Skipped {count} repeated header line.",
            "Skipped {count} repeated header lines.",
            count = repeated_headers
        ));
    }

    let mut columns: Vec<_> = builders.into_iter().map(ColumnBuilder::into_column).collect();
    join_dates_and_times(&mut columns, &mut notes);
    for (report, column) in reports.iter_mut().zip(&columns) {
        report.column_type = column.column_type;
    }
    let table = Table::from_columns(columns).unwrap_or_default();
    let has_dates = table
        .columns
        .iter()
        .any(|c| matches!(c.data, ColumnData::Time { .. }));
    let date_format = inference.date_format.clone().filter(|_| has_dates);
    let report = ImportReport {
        file: file.to_string(),
        encoding,
        delimiter: dialect.delimiter_label(),
        decimal_separator: inference.decimal,
        grouping: inference.grouping,
        date_format,
        header_line: dialect.header_line,
        columns: reports,
        rows_accepted: rows - bad_rows.len().min(rows),
        rows_rejected: bad_rows.len().min(rows),
        cells_rejected,
        problems,
        notes,
        sheets: Vec::new(),
    };
    Ok(Import { table, report })
}

/// Whether a column holds no value at all.
fn is_all_missing(builder: &ColumnBuilder) -> bool {
    match &builder.values {
        Values::Text(t) => (0..t.len()).all(|row| t.get(row).is_none()),
        _ => builder.filled == 0,
    }
}

/// The times of day of a dictionary's values, when at least nine in ten of them are one (`None` otherwise,
/// or when it is empty). Reading stops as soon as too many values are not times: a column of ids after a
/// date column costs a tenth of its values, and no vector as long as the dictionary.
fn times_of_day(dict: &[String]) -> Option<Vec<Option<i64>>> {
    let len = dict.len();
    let mut failures = 0;
    for value in dict {
        if parse_time_of_day(value).is_none() {
            failures += 1;
            // Even if every value left were a time, fewer than nine in ten would be.
            if (len - failures) * 10 < len * 9 {
                return None;
            }
        }
    }
    if len == 0 {
        return None;
    }
    Some(dict.iter().map(|s| parse_time_of_day(s)).collect())
}

/// A date column followed by a time-of-day column gets those times (the time column stays as it is).
fn join_dates_and_times(columns: &mut [super::table::Column], notes: &mut Vec<Text>) {
    for i in 1..columns.len() {
        let (left, right) = columns.split_at_mut(i);
        let (Some(date), Some(time)) = (left.last_mut(), right.first()) else {
            continue;
        };
        let ColumnData::Text { dict, codes } = &time.data else {
            continue;
        };
        if date.column_type != ColumnType::Date {
            continue;
        }
        let Some(seconds) = times_of_day(dict) else {
            continue;
        };
        let ColumnData::Time { values, has_time } = &mut date.data else {
            continue;
        };
        for (value, code) in values.iter_mut().zip(codes) {
            if *value == MISSING_TIME {
                continue;
            }
            if let Some(Some(s)) = seconds.get(*code as usize) {
                *value += s;
            }
        }
        *has_time = true;
        date.column_type = ColumnType::DateTime;
        notes.push(crate::text!(
            "The times of \"{time}\" were joined to the dates of \"{date}\".",
            time = &time.name,
            date = &date.name
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads `bytes` pushed in pieces of `chunk` bytes, with or without blocks; the result written out in
    /// full (so that missing numbers, NaN, compare equal, and every bit of the values is compared).
    fn import(bytes: &[u8], chunk: usize, blocks: bool) -> String {
        format!("{:?}", import_result(bytes, chunk, blocks))
    }

    fn import_result(bytes: &[u8], chunk: usize, blocks: bool) -> Result<Import, IngestError> {
        let mut importer = Importer::new("mixed.csv", ImportOptions::default());
        importer.blocks = blocks;
        importer.expect_total_bytes(bytes.len());
        for piece in bytes.chunks(chunk.max(1)) {
            importer.push(piece)?;
        }
        importer.finish()
    }

    /// `bytes` read in blocks, whole and in chunks cut anywhere, give the table read cell by cell, which
    /// has a column of `column_type`.
    fn assert_blocks_read_like_cells(bytes: &[u8], column_type: &str) {
        let reference = import(bytes, bytes.len(), false);
        assert!(reference.contains(column_type), "{reference}");
        for chunk in [bytes.len(), 4096, 1000, 97, 13] {
            assert_eq!(import(bytes, chunk, true), reference, "chunks of {chunk}");
        }
    }

    #[test]
    fn a_column_typed_from_all_its_values_names_the_line_of_a_value_that_does_not_fit() {
        // Empty in the sampled rows, so typed at the end; row 5800 is on line 5802 (the header is line 1),
        // and a title line above the header moves it to 5803.
        let mut body = String::new();
        for i in 0..6000 {
            let late = match i {
                0..5500 => String::new(),
                5800 => "oops".to_string(),
                _ => (i % 7).to_string(),
            };
            body.push_str(&format!("{i},{late}\n"));
        }
        for (head, line) in [("id,late\n", 5802), ("Orders export\nid,late\n", 5803)] {
            let text = format!("{head}{body}");
            let report = import_result(text.as_bytes(), 4096, true).map(|i| i.report);
            let problems = report.map(|r| r.problems).unwrap_or_default();
            let lines: Vec<_> = problems
                .iter()
                .flat_map(|p| p.args.iter())
                .filter(|(name, _)| name == "line")
                .map(|(_, value)| format!("{value:?}"))
                .collect();
            assert_eq!(lines, vec![format!("Int({line})")], "{head:?}");
        }
    }

    /// A seeded xorshift generator: each call gives a number below its argument.
    fn below(seed: u64) -> impl FnMut(u64) -> u64 {
        let mut state = seed;
        move |n| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        }
    }

    /// A file with every kind of record the sink treats apart, between plain rows.
    fn mixed_file(rows: usize, seed: u64) -> Vec<u8> {
        let mut next = below(seed | 1);
        let mut out = String::from("id,day,customer,amount,flag,note,qty\n");
        for i in 0..rows {
            let line_end = if next(50) == 0 { "\r\n" } else { "\n" };
            let odd = next(40);
            let row = match odd {
                0 => String::new(),
                1 => "   ".to_string(),
                2 => "# a comment".to_string(),
                3 => "id,day,customer,amount,flag,note,qty".to_string(),
                4 => format!("{i},2022-01-0{}", 1 + next(9)),
                5 => format!("{i},2022-01-01,C1,1,1,x,2,extra,more"),
                6 => format!("{i},2022-01-01,C1,\"1,234.5\",0,\"a \"\"quote\"\"\",3"),
                7 => format!(",2022-02-02,C{},7,1,,4", next(9000)),
                8 => format!("{i},06/10/2022,N/A,$12.50,yes, spaced ,-"),
                9 => format!("{i},not a date,C7,abc,2,text,1.5e3"),
                10 => format!(
                    " {i} , 2022-03-04 10:20 ,  C{}  , 007 ,1,\u{e9}t\u{e9},12-",
                    next(50)
                ),
                11 => format!("id,2022-01-01,C1,1,1,x,{i}"),
                12 => ",,,,,,".to_string(),
                _ => format!(
                    "{i},2022-{:02}-{:02},C{},{}.{:02},{},{},{}",
                    1 + next(12),
                    1 + next(28),
                    next(9000),
                    next(100_000),
                    next(100),
                    next(2),
                    ["web", "retail", "", "NA", "a longer note text"][next(5) as usize],
                    1 + next(5)
                ),
            };
            out.push_str(&row);
            out.push_str(line_end);
        }
        out.into_bytes()
    }

    #[test]
    fn blocks_give_the_same_import_as_records_one_by_one() {
        for (rows, seed) in [(10, 1), (300, 2), (3000, 3), (12_000, 4)] {
            let bytes = mixed_file(rows, seed);
            let reference = import(&bytes, bytes.len(), false);
            for chunk in [bytes.len(), 4096, 997, 61] {
                let got = import(&bytes, chunk, true);
                assert_eq!(got, reference, "{rows} rows, chunks of {chunk}");
            }
        }
        let bytes = mixed_file(200, 5);
        assert_eq!(import(&bytes, 1, true), import(&bytes, 1, false));
    }

    #[test]
    fn numbers_read_from_block_text_match_cells_one_by_one() {
        // Number cells of every width from 1 to 12 bytes, signs, separators, padding, odd bytes, in
        // columns first, middle and last on the line, and chunks cut anywhere (cells near a chunk's end).
        let mut next = below(7);
        let pieces = [
            "0",
            "7",
            "12",
            "-3",
            "1.5",
            "-0.25",
            "100000",
            "1234567",
            "12345678",
            "123456789",
        ];
        let odd = [
            "",
            " 5",
            "5 ",
            "\t9",
            "007",
            ".5",
            "5.",
            "1,5",
            "-",
            "1e3",
            "12%",
            "$4",
            "1.2.3",
            "99999999999",
        ];
        for decimal_comma in [false, true] {
            // With decimal commas the file is written with `;` between values.
            let delimiter = if decimal_comma { ";" } else { "," };
            let mut text = format!("a{delimiter}b{delimiter}c\n");
            for _ in 0..3000 {
                let mut row = Vec::new();
                for _ in 0..3 {
                    let cell = if next(20) == 0 {
                        odd[next(odd.len() as u64) as usize]
                    } else {
                        pieces[next(pieces.len() as u64) as usize]
                    };
                    row.push(if decimal_comma {
                        cell.replace(',', " ").replace('.', ",")
                    } else {
                        cell.to_string()
                    });
                }
                text.push_str(&row.join(delimiter));
                text.push('\n');
            }
            assert_blocks_read_like_cells(text.as_bytes(), "Number");
        }
    }

    #[test]
    fn dates_read_from_block_text_match_cells_one_by_one() {
        // ISO dates and date-times among padded, invalid, empty and other-shaped dates, first, middle and
        // last on the line, chunks cut anywhere.
        let mut next = below(11);
        let odd = [
            "",
            " 2022-01-05",
            "2022-01-05 ",
            "2022-02-30",
            "2022-13-01",
            "0999-01-01",
            "2022-1-05",
            "2022/01/05",
            "N/A",
            "2022-03-04T10:20",
            "2022-03-04 10:20:30",
            "2022-03-04 24:00",
            "20220304",
        ];
        let mut text = String::from("d,e,f\n");
        for _ in 0..3000 {
            let mut row = Vec::new();
            for _ in 0..3 {
                row.push(if next(25) == 0 {
                    odd[next(odd.len() as u64) as usize].to_string()
                } else {
                    format!("{}-{:02}-{:02}", 1990 + next(50), 1 + next(12), 1 + next(28))
                });
            }
            text.push_str(&row.join(","));
            text.push('\n');
        }
        assert_blocks_read_like_cells(text.as_bytes(), "Time");
    }

    #[test]
    fn text_read_from_block_text_matches_cells_one_by_one() {
        // Text cells of every length from 0 to 20 bytes (one word, two words, longer), padded, missing
        // markers, non-ASCII, first, middle and last on the line, chunks cut anywhere; enough distinct
        // values in the first column that its lookups go in batches.
        let mut next = below(13);
        let odd = [
            "",
            " x",
            "x ",
            "\tab",
            "N/A",
            "na",
            "-",
            " ",
            "Zo\u{e9}",
            "\u{e9}t\u{e9}",
            "NULL",
            "#N/A",
            "abcdefgh ",
            " abcdefghijklmnop",
            "abcdefghijklmnopq",
            "a\x01",
            "\x01a",
        ];
        let alphabet = b"abcXYZ09_-.";
        let word = |len: u64, next: &mut dyn FnMut(u64) -> u64| -> String {
            (0..len)
                .map(|_| char::from(alphabet[next(alphabet.len() as u64) as usize]))
                .collect()
        };
        let mut text = String::from("a,b,c\n");
        for i in 0..9000u64 {
            let mut row = Vec::new();
            for column in 0..3 {
                let cell = if next(15) == 0 {
                    odd[next(odd.len() as u64) as usize].to_string()
                } else if column == 0 {
                    format!("k{}", i % 6000)
                } else {
                    let len = next(21);
                    word(len, &mut next)
                };
                row.push(cell);
            }
            text.push_str(&row.join(","));
            text.push('\n');
        }
        assert_blocks_read_like_cells(text.as_bytes(), "Text");
    }

    #[test]
    fn times_of_day_stop_early_with_the_same_verdict() {
        // The reference: every value read, then nine in ten counted.
        let reference = |dict: &[String]| {
            let seconds: Vec<Option<i64>> = dict.iter().map(|s| parse_time_of_day(s)).collect();
            if dict.is_empty() || seconds.iter().filter(|s| s.is_some()).count() * 10 < dict.len() * 9 {
                None
            } else {
                Some(seconds)
            }
        };
        for len in 0..45 {
            for bad in 0..=len.min(8) {
                for bad_first in [false, true] {
                    let dict: Vec<String> = (0..len)
                        .map(|i| {
                            let is_bad = if bad_first { i < bad } else { i >= len - bad };
                            if is_bad {
                                format!("C{i:05}")
                            } else {
                                format!("{:02}:{:02}", i % 24, i % 60)
                            }
                        })
                        .collect();
                    assert_eq!(
                        times_of_day(&dict),
                        reference(&dict),
                        "{len} values, {bad} not times"
                    );
                }
            }
        }
    }

    #[test]
    fn a_column_turning_to_text_inside_a_block_keeps_every_cell() {
        // More than 1000 rejected cells in a number column: it becomes text in the middle of a block.
        let mut text = String::from("n,s\n");
        for i in 0..400 {
            text.push_str(&format!("{i},a\n"));
        }
        for i in 0..1500 {
            text.push_str(&format!("x{i},b\n"));
        }
        let bytes = text.into_bytes();
        let reference = import(&bytes, bytes.len(), false);
        assert_eq!(import(&bytes, bytes.len(), true), reference);
        assert_eq!(import(&bytes, 333, true), reference);
    }
}

//! One file read in two parts at once: the reader of the file's start decides everything as usual, a
//! second reader ([`Importer::part`]) makes the same decisions from the same first bytes and reads the
//! file from a line start on ([`split_point`]), and the first joins the second's rows ([`Importer::absorb`])
//! once it has read up to there. The joined table and report are those a single reader gives; whenever
//! that cannot be guaranteed (the line start is inside a quoted field, a column changed its type in one of
//! the parts, …) nothing is joined and the first reader reads the rest itself.

use super::{line_of, Decisions, Importer, RowTally, Sink, State};
use crate::core::error::IngestError;
use crate::core::ingest::columns::{ColumnBuilder, PartColumn, RunSource};
use crate::core::ingest::ImportOptions;
use serde::{Deserialize, Serialize};

/// The head of a later part of a file, read by [`Importer::part`] (to be joined with
/// [`Importer::absorb`]): everything but the columns' values, which follow it as byte runs. A part's
/// bytes are the head's length (4 bytes, little-endian), the head (postcard), then the runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct PartHead {
    /// The decisions the part was read with (see [`fingerprint`]).
    decisions: String,
    columns: Vec<PartColumn>,
    rows: usize,
    /// As the reader's sink notes them, rows and lines counted within the part.
    tally: RowTally,
}

impl PartHead {
    /// The head read from the start of a part's bytes (its runs follow); `None` for bytes that are not a
    /// part.
    fn read(source: &mut dyn RunSource) -> Option<PartHead> {
        let mut length = [0u8; 4];
        if !source.read(&mut length) {
            return None;
        }
        let length = u32::from_le_bytes(length) as usize;
        if length > source.remaining() {
            return None;
        }
        let mut head = vec![0u8; length];
        if !source.read(&mut head) {
            return None;
        }
        postcard::from_bytes(&head).ok()
    }
}

/// Where a later part of a file may start within `window` (bytes of the file from anywhere): just past
/// the first `line_byte` that has at least three bytes after it and is not followed by a byte-order mark
/// (a part's decoder would remove it, as at the start of a file); `None` when there is no such place.
pub fn split_point(window: &[u8], line_byte: u8) -> Option<usize> {
    let mut from = 0;
    loop {
        let found = memchr::memchr(line_byte, window.get(from..)?)?;
        let start = from + found + 1;
        let rest = window.get(start..)?;
        let marked = [&b"\xEF\xBB\xBF"[..], b"\xFF\xFE", b"\xFE\xFF"]
            .iter()
            .any(|mark| rest.starts_with(mark));
        if rest.len() >= 3 && !marked {
            return Some(start);
        }
        from = start;
    }
}

/// The decisions that shape the rows, as one comparable word: a part joins only rows read with the same.
fn fingerprint(decisions: &Decisions) -> String {
    let kinds: Vec<_> = decisions.inference.plans.iter().map(|plan| plan.kind).collect();
    format!(
        "{}|{}|{:?}|{:?}",
        decisions.encoding, decisions.dialect.delimiter, decisions.dialect.columns, kinds
    )
}

impl Importer {
    /// A reader of a later part of `file_name`: it decides encoding, dialect and column types from `head`
    /// (the file's first bytes, at least [`super::SNIFF_BYTES`] of them) exactly as a reader of the whole
    /// file does, then takes the bytes pushed as starting at a line start of the file (see
    /// [`split_point`]); `part_bytes` is the part's size. Fails for a file whose parts cannot be read
    /// apart (a workbook, UTF-16, aligned columns, old Mac line ends) or a `head` too short.
    pub fn part(
        file_name: &str,
        options: ImportOptions,
        head: &[u8],
        part_bytes: usize,
    ) -> Result<Importer, IngestError> {
        let mut importer = Importer::new(file_name, options);
        importer.expected_bytes = Some(part_bytes);
        importer.start_part(head)?;
        Ok(importer)
    }

    /// Decides from the first [`Importer::sniff_bytes`] of `head` and gets ready to read a part.
    fn start_part(&mut self, head: &[u8]) -> Result<(), IngestError> {
        let not_apart = || IngestError::Empty {
            file: self.file.clone(),
        };
        let sample = head.get(..self.sniff_bytes).ok_or_else(not_apart)?;
        let mut stream = self.decide(sample, false)?.ok_or_else(not_apart)?;
        if !stream.decisions.splittable {
            return Err(not_apart());
        }
        stream.skip_lines = 0;
        stream.sink.records_to_skip = 0;
        stream.sink.previous_line = 0;
        stream.tokenizer.set_line(1);
        self.state = State::Streaming(Box::new(stream));
        Ok(())
    }

    /// For a file being read whose rest may be read as a part elsewhere ([`Importer::part`]): the byte that
    /// ends its lines, to find where that part starts with [`split_point`].
    pub fn split_line_byte(&self) -> Option<u8> {
        match &self.state {
            State::Streaming(stream) if stream.decisions.splittable => {
                Some(stream.decisions.dialect.line_byte)
            }
            _ => None,
        }
    }

    /// Whether the bytes pushed so far end where a data record starts, past the title and header lines:
    /// where a part read elsewhere may be joined.
    pub fn at_record_start(&self) -> bool {
        match &self.state {
            State::Streaming(stream) => {
                stream.skip_lines == 0
                    && stream.sink.records_to_skip == 0
                    && stream.tokenizer.at_record_start()
            }
            _ => false,
        }
    }

    /// Ends a part's bytes and returns its rows as bytes, to hand them to the reader of the file's start
    /// (another worker), which joins them with [`Importer::absorb`].
    pub fn finish_part(self) -> Result<Vec<u8>, IngestError> {
        match self.state {
            State::Streaming(mut stream) => {
                stream.feed(&[], true);
                let decisions = fingerprint(&stream.decisions);
                let mut sink = stream.sink;
                let columns: Vec<PartColumn> = sink
                    .builders
                    .iter_mut()
                    .map(ColumnBuilder::take_part_head)
                    .collect();
                let runs: usize = columns.iter().map(PartColumn::run_bytes).sum();
                let head = PartHead {
                    decisions,
                    columns,
                    rows: sink.rows,
                    tally: sink.tally,
                };
                let head = postcard::to_allocvec(&head).unwrap_or_default();
                let mut bytes = Vec::with_capacity(4 + head.len() + runs);
                bytes.extend_from_slice(&(head.len() as u32).to_le_bytes());
                bytes.extend_from_slice(&head);
                for builder in sink.builders {
                    builder.put_runs(&mut bytes);
                }
                Ok(bytes)
            }
            State::Failed(e) => Err(e),
            _ => Err(IngestError::Empty { file: self.file }),
        }
    }

    /// Joins a part (the bytes [`Importer::finish_part`] gave, read from `part`) read from where the bytes
    /// pushed so far end, as if its bytes had been pushed here (push nothing more afterwards, then
    /// [`Importer::finish`]); `false` when the result could differ: nothing is joined, and those bytes
    /// must be pushed instead.
    pub fn absorb(&mut self, part: &mut dyn RunSource) -> bool {
        if !self.at_record_start() {
            return false;
        }
        let runs = part;
        let Some(part) = PartHead::read(runs) else {
            return false;
        };
        let State::Streaming(stream) = &mut self.state else {
            return false;
        };
        let sink = &mut stream.sink;
        let run_bytes: usize = part.columns.iter().map(PartColumn::run_bytes).sum();
        if part.decisions != fingerprint(&stream.decisions)
            || part.columns.len() != sink.builders.len()
            || run_bytes != runs.remaining()
        {
            return false;
        }
        sink.builders.iter_mut().for_each(ColumnBuilder::flush);
        if !sink
            .builders
            .iter()
            .zip(&part.columns)
            .all(|(builder, column)| builder.can_absorb(column))
        {
            return false;
        }
        let lines = stream.tokenizer.line().saturating_sub(1);
        if !sink.absorb(part, runs, lines) {
            // Runs that do not hold what their head says (never written so): some columns may have taken
            // values, so this reading cannot go on.
            self.state = State::Failed(IngestError::Empty {
                file: self.file.clone(),
            });
        }
        true
    }
}

impl Sink {
    /// Appends a part that follows the rows so far, its lines after the first `lines` of the file, its
    /// columns' values taken from `runs`; `false` when a column's runs are not what its head says.
    fn absorb(&mut self, part: PartHead, runs: &mut dyn RunSource, lines: usize) -> bool {
        let rows = self.rows;
        for (builder, column) in self.builders.iter_mut().zip(part.columns) {
            if !builder.absorb(column, runs, rows, lines) {
                return false;
            }
        }
        if part.rows > 0 {
            self.previous_line = self
                .tally
                .append(part.tally, (rows, part.rows), lines, self.previous_line);
        }
        self.rows += part.rows;
        true
    }
}

impl RowTally {
    /// Appends the tally of a part of `part_rows` rows that follows `rows` rows here, its lines after the
    /// first `lines` of the file, the last row here being on `previous_line`; returns the line of the
    /// part's last row.
    fn append(
        &mut self,
        part: RowTally,
        (rows, part_rows): (usize, usize),
        lines: usize,
        previous_line: usize,
    ) -> usize {
        // The marks a single reader would have made: at the part's first row when its line does not
        // follow the last row's here, then the part's own after its first row.
        let first_line = match part.line_marks.first() {
            Some(&(0, line)) => line + lines,
            _ => lines + 1,
        };
        if first_line != previous_line + 1 {
            self.line_marks.push((rows, first_line));
        }
        let later = part.line_marks.iter().filter(|&&(row, _)| row > 0);
        self.line_marks
            .extend(later.map(|&(row, line)| (row + rows, line + lines)));
        self.long_rows.extend(
            part.long_rows
                .iter()
                .map(|&(row, line, fields)| (row + rows, line + lines, fields)),
        );
        self.short_rows += part.short_rows;
        self.comments += part.comments;
        self.repeated_headers += part.repeated_headers;
        line_of(&part.line_marks, part_rows.saturating_sub(1), 0) + lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ingest::Import;

    /// Bytes sniffed in these tests: small, so that small files are read in parts.
    const SNIFF: usize = 300;

    fn importer(total: usize) -> Importer {
        let mut importer = Importer::new("orders.csv", ImportOptions::default());
        importer.sniff_bytes = SNIFF;
        importer.expect_total_bytes(total);
        importer
    }

    /// An import as comparable text (a missing number is NaN, which equals nothing, not even itself).
    fn shown(import: &Result<Import, IngestError>) -> String {
        format!("{import:?}")
    }

    fn read_whole(text: &[u8]) -> Result<Import, IngestError> {
        let mut whole = importer(text.len());
        whole.push(text)?;
        whole.finish()
    }

    /// Reads `text` as the page does with two workers: the start up to `split` in small chunks, the rest
    /// as a part handed over as bytes; returns the import and whether the part was joined.
    fn read_in_two(text: &[u8], split: usize) -> (Result<Import, IngestError>, bool) {
        let (start, rest) = text.split_at(split);
        let mut first = importer(text.len());
        for chunk in start.chunks(37) {
            if let Err(e) = first.push(chunk) {
                return (Err(e), false);
            }
        }
        let mut joined = false;
        let mut part = importer(rest.len());
        let handed = part
            .start_part(text)
            .and_then(|()| part.push(rest))
            .and_then(|()| part.finish_part())
            .ok();
        match handed.map(|part| first.absorb(&mut part.as_slice())) {
            Some(true) => joined = true,
            _ => {
                if let Err(e) = first.push(rest) {
                    return (Err(e), false);
                }
            }
        }
        (first.finish(), joined)
    }

    /// Every line start past the sniffed bytes where a part may begin.
    fn split_points(text: &[u8]) -> Vec<usize> {
        let mut points = Vec::new();
        let mut at = SNIFF;
        while let Some(p) = text.get(at..).and_then(|window| split_point(window, b'\n')) {
            points.push(at + p);
            at += p;
        }
        points
    }

    /// Checks that reading `text` in two at every possible place gives the single reader's import;
    /// returns at how many places the part was joined (the others read the rest themselves).
    fn joined_everywhere_alike(text: &str) -> usize {
        let text = text.as_bytes();
        let whole = read_whole(text);
        assert!(whole.is_ok(), "{whole:?}");
        let mut joined = 0;
        for split in split_points(text) {
            let (two, was_joined) = read_in_two(text, split);
            assert_eq!(shown(&two), shown(&whole), "split at byte {split}");
            joined += usize::from(was_joined);
        }
        joined
    }

    /// An orders export with every kind of column and the oddities of real files.
    fn orders(rows: usize) -> String {
        // `discount` is empty in the sniffed rows: it is typed from all its values at the end, and the
        // lines of its rejected cells come from the rows' line marks.
        let mut text = String::from("order_id,order_date,customer,amount,paid,note,discount\r\n");
        for i in 0..rows {
            let date = format!("2024-{:02}-{:02}", 1 + i % 12, 1 + i % 28);
            let customer = ["Kim", "Tanaka", "Chen", "Dupont", "Müller"][i % 5];
            let amount = match i % 17 {
                3 => String::new(),
                11 => "n/a".to_string(),
                13 => "12,5,0".to_string(),
                _ => format!("{}.{:02}", 10 + i * 7 % 300, i % 100),
            };
            let paid = if i % 3 == 0 { "yes" } else { "no" };
            let note = match i % 23 {
                5 => "\"two\nlines, and a comma\"".to_string(),
                9 => "\"say \"\"hi\"\"\"".to_string(),
                _ => format!("note {}", i % 40),
            };
            let discount = match i {
                0..8 => String::new(),
                _ if i % 37 == 20 => "oops".to_string(),
                _ => (i % 9).to_string(),
            };
            text.push_str(&format!(
                "{},{date},{customer},{amount},{paid},{note},{discount}\r\n",
                1000 + i
            ));
            match i % 31 {
                7 => text.push_str("\r\n"),
                14 => text.push_str("# a comment\r\n"),
                21 => text.push_str("order_id,order_date,customer,amount,paid,note,discount\r\n"),
                25 => text.push_str(&format!("{},2024-02-02,Kim\r\n", 5000 + i)),
                28 => text.push_str(&format!("{},2024-02-02,Kim,1.00,no,x,1,extra\r\n", 6000 + i)),
                _ => {}
            }
        }
        text
    }

    #[test]
    fn a_file_read_in_two_parts_is_the_file_read_at_once() {
        let text = orders(120);
        let joined = joined_everywhere_alike(&text);
        // Lines inside a quoted field cannot start a part; every other line start can.
        assert!(
            joined * 10 > split_points(text.as_bytes()).len() * 9,
            "joined at {joined}"
        );
    }

    #[test]
    fn a_part_starting_inside_a_quoted_field_is_not_joined() {
        let text = orders(40);
        let bytes = text.as_bytes();
        let inside = bytes
            .windows(5)
            .position(|w| w == b"lines")
            .filter(|&at| at > SNIFF)
            .or_else(|| {
                let later = bytes.get(SNIFF..)?.windows(5).position(|w| w == b"lines")?;
                Some(SNIFF + later)
            });
        let Some(inside) = inside else {
            panic!("no quoted line in the file past the sniffed bytes");
        };
        let (two, joined) = read_in_two(bytes, inside);
        assert!(!joined);
        assert_eq!(shown(&two), shown(&read_whole(bytes)));
    }

    #[test]
    fn a_column_that_turns_to_text_in_one_part_is_read_again_as_one() {
        // The amounts of the second half are words: past the rejects kept, the column becomes text.
        let mut text = String::from("id,amount,flag\n");
        for i in 0..2600 {
            let amount = if i < 1300 {
                format!("{i}.5")
            } else {
                format!("word{i}")
            };
            text.push_str(&format!("{i},{amount},{}\n", i % 2));
        }
        let bytes = text.as_bytes();
        let split = bytes.len() / 2 + split_point(&bytes[bytes.len() / 2..], b'\n').unwrap_or(0);
        let (two, joined) = read_in_two(bytes, split);
        assert!(!joined);
        let whole = read_whole(bytes);
        assert_eq!(shown(&two), shown(&whole));
        let early = bytes.len() / 4 + split_point(&bytes[bytes.len() / 4..], b'\n').unwrap_or(0);
        assert_eq!(shown(&read_in_two(bytes, early).0), shown(&whole));
    }

    #[test]
    fn one_and_zero_columns_that_meet_a_number_in_both_parts_join() {
        let mut text = String::from("id,score\n");
        for i in 0..400 {
            let score = if i % 100 == 60 {
                "7".to_string()
            } else {
                (i % 2).to_string()
            };
            text.push_str(&format!("{i},{score}\n"));
        }
        assert!(joined_everywhere_alike(&text) > 0);
    }

    #[test]
    fn a_part_cannot_start_just_before_a_byte_order_mark_or_at_the_very_end() {
        assert_eq!(split_point(b"ab\ncd,1\n", b'\n'), Some(3));
        assert_eq!(split_point(b"ab\n\xEF\xBB\xBFcd\nef,1\n", b'\n'), Some(9));
        assert_eq!(split_point(b"ab\nc", b'\n'), None);
        assert_eq!(split_point(b"abc", b'\n'), None);
    }

    #[test]
    fn bytes_that_are_not_a_part_join_nothing() {
        let text = orders(40);
        let bytes = text.as_bytes();
        let mut first = importer(bytes.len());
        let split = SNIFF + split_point(&bytes[SNIFF..], b'\n').unwrap_or(0);
        assert!(first.push(&bytes[..split]).is_ok() && first.at_record_start());
        for garbage in [&b""[..], b"\xFF\xFF\xFF\xFF", b"\x03\0\0\0abc", b"\x02\0\0\0\x01"] {
            assert!(!first.absorb(&mut &garbage[..]), "{garbage:?}");
        }
        // Nothing was joined: the rest pushed gives the single reading.
        assert!(first.push(&bytes[split..]).is_ok());
        assert_eq!(shown(&first.finish()), shown(&read_whole(bytes)));
    }

    #[test]
    fn a_part_of_a_utf16_file_is_refused() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "a,b\n1,2\n".repeat(100).encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let mut part = importer(bytes.len());
        assert!(part.start_part(&bytes).is_err());
    }
}

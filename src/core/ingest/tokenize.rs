//! Splitting UTF-8 text into records and fields as chunks arrive, with the line where each record starts.
//! Quoting (`""` escapes, embedded newlines) and CRLF / LF / CR line ends are handled by `csv_core`.

use csv_core::{ReadRecordResult, Reader, ReaderBuilder, Terminator};

/// One record as the tokenizer hands it over: unquoted field bytes, valid until the next record.
#[derive(Debug)]
pub struct RecordView<'a> {
    output: &'a [u8],
    ends: &'a [usize],
    /// Bytes between fields in `output`: 0 for unquoted copies, 1 for a raw line (the delimiter).
    gap: usize,
    /// The 1-based line where the record starts.
    pub line: usize,
}

impl<'a> RecordView<'a> {
    /// Number of fields.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether the record has no field.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The bytes of field `i` (empty when out of range).
    #[inline]
    pub fn field(&self, i: usize) -> &'a [u8] {
        let start = if i == 0 {
            0
        } else {
            self.ends.get(i - 1).map_or(0, |e| e + self.gap)
        };
        let end = self.ends.get(i).copied().unwrap_or(start);
        self.output.get(start..end).unwrap_or(&[])
    }

    /// The fields in order, each found from where the previous one ended (no index arithmetic per field).
    #[inline]
    pub fn fields(&self) -> Fields<'a> {
        Fields {
            output: self.output,
            ends: self.ends.iter(),
            start: 0,
            gap: self.gap,
        }
    }

    /// Whether every field is empty or whitespace.
    pub fn is_blank(&self) -> bool {
        (0..self.len()).all(|i| self.field(i).iter().all(u8::is_ascii_whitespace))
    }

    /// The fields as owned strings (invalid UTF-8 replaced).
    pub fn to_strings(&self) -> Vec<String> {
        (0..self.len())
            .map(|i| String::from_utf8_lossy(self.field(i)).into_owned())
            .collect()
    }
}

/// The fields of a [`RecordView`], in order.
#[derive(Debug)]
pub struct Fields<'a> {
    output: &'a [u8],
    ends: std::slice::Iter<'a, usize>,
    start: usize,
    gap: usize,
}

impl<'a> Iterator for Fields<'a> {
    type Item = &'a [u8];

    #[inline]
    fn next(&mut self) -> Option<&'a [u8]> {
        let end = *self.ends.next()?;
        let field = self.output.get(self.start..end).unwrap_or(&[]);
        self.start = end + self.gap;
        Some(field)
    }
}

/// Receives what a [`Tokenizer`] reads: records one by one, and (when it asks for them) runs of plain
/// records in blocks, so that it can type a block column by column.
pub trait RecordSink {
    /// Takes one record; returns `false` to stop the tokenizer.
    fn record(&mut self, r: &RecordView<'_>) -> bool;

    /// The number of fields of the records this sink takes in blocks; 0 (the default) for none.
    fn block_width(&self) -> usize {
        0
    }

    /// Takes a block of quote-free one-line records of exactly [`RecordSink::block_width`] fields, in order
    /// with the records given to [`RecordSink::record`]; returns `false` to stop the tokenizer.
    fn block(&mut self, block: &Block<'_>) -> bool {
        let mut ends = Vec::new();
        (0..block.len()).all(|r| self.record(&block.record(r, &mut ends)))
    }
}

/// A [`RecordSink`] that hands every record to a closure.
struct PerRecord<F>(F);

impl<F: FnMut(&RecordView<'_>) -> bool> RecordSink for PerRecord<F> {
    #[inline]
    fn record(&mut self, r: &RecordView<'_>) -> bool {
        (self.0)(r)
    }
}

/// Records taken together by [`RecordSink::block`]: each lies on one line without quotes and has the same
/// number of fields, so field `c` of record `r` is found directly.
#[derive(Debug)]
pub struct Block<'a> {
    text: &'a [u8],
    /// Per record, `width + 1` positions in `text`: where each field starts, then one past the record's
    /// end (a field ends one byte before the next one starts: the delimiter, or the line end).
    bounds: &'a [u32],
    lines: &'a [usize],
    width: usize,
}

impl<'a> Block<'a> {
    /// Number of records.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// Whether the block has no record.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Number of fields of every record.
    pub fn width(&self) -> usize {
        self.width
    }

    /// The 1-based lines where the records start.
    pub fn lines(&self) -> &'a [usize] {
        self.lines
    }

    /// Field `c` of record `r` (empty when out of range).
    #[inline]
    pub fn cell(&self, r: usize, c: usize) -> &'a [u8] {
        let at = r * (self.width + 1) + c;
        match self.bounds.get(at..at + 2) {
            Some(&[start, next]) => self
                .text
                .get(start as usize..(next as usize).saturating_sub(1))
                .unwrap_or(&[]),
            _ => &[],
        }
    }

    /// Field `c` of records `from..to`, in order.
    #[inline]
    pub fn column(&self, c: usize, from: usize, to: usize) -> impl Iterator<Item = &'a [u8]> + 'a {
        let text = self.text;
        let stride = self.width + 1;
        let bounds = self.bounds.get(from * stride..to * stride).unwrap_or(&[]);
        bounds.chunks_exact(stride).map(move |b| match b.get(c..c + 2) {
            Some(&[start, next]) => text
                .get(start as usize..(next as usize).saturating_sub(1))
                .unwrap_or(&[]),
            _ => &[],
        })
    }

    /// Records `from..to` as positions: the block's text and, per record, its `width + 1` bounds (see
    /// [`Block`]); field `c` of a record `b` is `text[b[c]..b[c + 1] - 1]`. Lets a column be typed straight
    /// from the positions, reading eight bytes of the text at a time.
    #[inline]
    pub fn spans(&self, from: usize, to: usize) -> (&'a [u8], &'a [u32]) {
        let stride = self.width + 1;
        (
            self.text,
            self.bounds.get(from * stride..to * stride).unwrap_or(&[]),
        )
    }

    /// Record `r` as a [`RecordView`], its field ends written into `ends`.
    pub fn record<'b>(&'b self, r: usize, ends: &'b mut Vec<usize>) -> RecordView<'b> {
        let stride = self.width + 1;
        let bounds = self.bounds.get(r * stride..(r + 1) * stride).unwrap_or(&[]);
        let start = bounds.first().map_or(0, |&s| s as usize);
        ends.clear();
        ends.extend(
            bounds
                .iter()
                .skip(1)
                .map(|&b| (b as usize).saturating_sub(1 + start)),
        );
        let end = ends.last().map_or(start, |&e| start + e);
        RecordView {
            output: self.text.get(start..end).unwrap_or(&[]),
            ends,
            gap: 1,
            line: self.lines.get(r).copied().unwrap_or(0),
        }
    }
}

/// Records held in one block at most (their cells stay in cache while each column is typed).
const BLOCK_RECORDS: usize = 256;
/// Records longer than this are handed over on their own; a block's text stays below twice this.
const BLOCK_BYTES: usize = 1 << 30;

/// Byte classes of the fast path: 1 delimiter, 2 quote, 3 line end, 0 anything else.
const PLAIN: u8 = 0;
const DELIMITER: u8 = 1;
const QUOTE: u8 = 2;

/// A push-based record splitter. Records whose line holds no quote are split in place on the delimiter;
/// a record with a quote goes through `csv_core` (switching only between records, so both agree).
#[derive(Debug)]
pub struct Tokenizer {
    reader: Reader,
    classes: [u8; 256],
    line_ends: Vec<usize>,
    carry: Vec<u8>,
    output: Vec<u8>,
    ends: Vec<usize>,
    out_len: usize,
    ends_len: usize,
    line: usize,
    record_line: usize,
    in_record: bool,
    line_byte: u8,
    delimiter: u8,
    done: bool,
    aligned: Option<Aligned>,
    /// Finds the first quote or line end of a line.
    stops: StopFinder,
    /// The block being gathered (see [`Block`]): field bounds of its records (the first `bounds_len`
    /// entries; the vector is sized once for a whole block, so that a record's bounds are written in
    /// place) and their lines.
    bounds: Vec<u32>,
    bounds_len: usize,
    block_lines: Vec<usize>,
}

/// Finds the first quote, LF or CR of a line (as `memchr::memchr3` does). On x86-64 with AVX2 the
/// searcher is made once, so that a line's search does not go through `memchr3`'s run-time dispatch and
/// set its needles up again (lines are short: that was a third of the search).
#[derive(Clone, Copy, Debug)]
struct StopFinder {
    #[cfg(target_arch = "x86_64")]
    avx2: Option<memchr::arch::x86_64::avx2::memchr::Three>,
}

impl StopFinder {
    fn new() -> Self {
        StopFinder {
            #[cfg(target_arch = "x86_64")]
            avx2: memchr::arch::x86_64::avx2::memchr::Three::new(b'"', b'\n', b'\r'),
        }
    }

    /// Where the first quote, LF or CR of `input` is.
    #[inline(always)]
    fn find(&self, input: &[u8]) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        if let Some(searcher) = &self.avx2 {
            return searcher.find(input);
        }
        #[cfg(target_arch = "wasm32")]
        return find_stop_words(input);
        #[cfg(not(target_arch = "wasm32"))]
        memchr::memchr3(b'"', b'\n', b'\r', input)
    }
}

/// The first quote, LF or CR of `input`, eight bytes at a time (see [`bytes_equal`]). Without vector
/// instructions (WebAssembly here), `memchr3` reads four bytes at a time (`usize` words) and checks a
/// line's first bytes and last bytes one by one; this reads whole 64-bit words, and the end of the input
/// one by one.
#[cfg_attr(not(target_arch = "wasm32"), cfg(test))]
#[inline(always)]
fn find_stop_words(input: &[u8]) -> Option<usize> {
    let (words, rest) = input.as_chunks::<8>();
    for (i, word) in words.iter().enumerate() {
        let word = u64::from_le_bytes(*word);
        let found = bytes_equal(word, b'"') | bytes_equal(word, b'\n') | bytes_equal(word, b'\r');
        if found != 0 {
            return Some(i * 8 + (found.trailing_zeros() / 8) as usize);
        }
    }
    let base = input.len() - rest.len();
    rest.iter()
        .position(|&b| matches!(b, b'"' | b'\n' | b'\r'))
        .map(|at| base + at)
}

/// The state of a tokenizer for whitespace-aligned text: where columns start, and the current record.
#[derive(Debug)]
struct Aligned {
    /// Character positions where the columns start (the first is 0).
    starts: Vec<usize>,
    fields: Vec<u8>,
    ends: Vec<usize>,
}

impl Tokenizer {
    /// A tokenizer for `delimiter`; lines are counted by `line_byte` (`\n`, or `\r` for old Mac files).
    pub fn new(delimiter: u8, line_byte: u8) -> Self {
        let mut classes = [PLAIN; 256];
        classes[usize::from(delimiter)] = DELIMITER;
        classes[usize::from(b'"')] = QUOTE;
        classes[usize::from(b'\n')] = 3;
        classes[usize::from(b'\r')] = 3;
        Tokenizer {
            reader: ReaderBuilder::new()
                .delimiter(delimiter)
                .terminator(Terminator::CRLF)
                .build(),
            classes,
            line_ends: Vec::with_capacity(64),
            carry: Vec::new(),
            output: vec![0; 4096],
            ends: vec![0; 64],
            out_len: 0,
            ends_len: 0,
            line: 1,
            record_line: 1,
            in_record: false,
            line_byte,
            delimiter,
            done: false,
            aligned: None,
            stops: StopFinder::new(),
            bounds: Vec::new(),
            bounds_len: 0,
            block_lines: Vec::new(),
        }
    }

    /// A tokenizer for whitespace-aligned text (a "text report" export): each line is cut at the
    /// character positions `starts` where the columns begin, and each piece is trimmed; lines holding
    /// only rule characters (`-----  ----`) are skipped like blank lines.
    pub fn aligned(starts: Vec<usize>, line_byte: u8) -> Self {
        let mut tokenizer = Tokenizer::new(b' ', line_byte);
        tokenizer.aligned = Some(Aligned {
            starts,
            fields: Vec::new(),
            ends: Vec::new(),
        });
        tokenizer
    }

    /// The current 1-based line.
    pub fn line(&self) -> usize {
        self.line
    }

    /// Whether every byte fed so far has been split into records, none held back and none inside a
    /// quoted field: the next byte starts a record, as it would for a new tokenizer.
    pub fn at_record_start(&self) -> bool {
        !self.in_record && self.carry.is_empty() && !self.done && self.aligned.is_none()
    }

    /// Sets the line number of the next byte (after lines skipped before tokenizing).
    pub fn set_line(&mut self, line: usize) {
        self.line = line;
    }

    /// Feeds text; calls `on_record` for each complete record until it returns `false`.
    /// `last` marks the end of the text (the final record may lack a line end).
    /// Returns `false` when `on_record` asked to stop.
    pub fn feed<F: FnMut(&RecordView<'_>) -> bool>(
        &mut self,
        input: &[u8],
        last: bool,
        on_record: F,
    ) -> bool {
        self.feed_sink(input, last, &mut PerRecord(on_record))
    }

    /// [`Tokenizer::feed`] for a [`RecordSink`], which may take plain records in blocks.
    pub fn feed_sink<S: RecordSink>(&mut self, mut input: &[u8], last: bool, sink: &mut S) -> bool {
        if self.done {
            return true;
        }
        if !self.carry.is_empty() {
            // Complete the line left over from the previous chunk, then read it on its own.
            match input.iter().position(|&b| b == b'\n' || b == b'\r') {
                None if !last => {
                    self.carry.extend_from_slice(input);
                    return true;
                }
                None => {
                    self.carry.extend_from_slice(input);
                    input = &[];
                }
                Some(p) => {
                    self.carry.extend_from_slice(&input[..=p]);
                    input = &input[p + 1..];
                }
            }
            let carry = std::mem::take(&mut self.carry);
            let go_on = self.feed_block(&carry, last && input.is_empty(), sink);
            if self.carry.is_empty() {
                self.carry = carry;
                self.carry.clear();
            }
            if !go_on {
                return false;
            }
        }
        self.feed_block(input, last, sink)
    }

    /// Splits the start of `input` up to the first quote or line end, noting where fields end in
    /// `line_ends`; returns where it stopped and what it stopped at (`PLAIN` at the end of the input).
    /// The stop is found by [`Tokenizer::find_stop`], then the delimiters before it eight bytes at a time
    /// (see [`note_delimiters`]). The tokenizer itself finds the stop first and notes the delimiters only
    /// for a line that is not a block record; this is the reference its tests check the scan against.
    #[cfg(test)]
    fn scan_plain_line(&mut self, input: &[u8]) -> (usize, u8) {
        let (stop, class) = self.find_stop(input);
        self.note_line_ends(input, stop);
        (stop, class)
    }

    /// The first quote or line end of `input` and its class (the end of the input and `PLAIN` when there
    /// is none), found by `memchr` (many bytes at a time, with vector instructions where there are some).
    #[inline]
    fn find_stop(&self, input: &[u8]) -> (usize, u8) {
        // Only these bytes have a class that stops the scan (a delimiter that is one of them stops it too).
        match self.stops.find(input) {
            Some(at) => (at, input.get(at).map_or(PLAIN, |&b| self.classes[usize::from(b)])),
            None => (input.len(), PLAIN),
        }
    }

    /// Notes in `line_ends` where the delimiters of `input[..stop]` are.
    #[inline]
    fn note_line_ends(&mut self, input: &[u8], stop: usize) {
        // Taken out of `self` while filled, so that its length stays in a register between pushes.
        let mut ends = std::mem::take(&mut self.line_ends);
        ends.clear();
        if self.classes[usize::from(self.delimiter)] == DELIMITER {
            note_delimiters(input, stop, self.delimiter, &mut ends);
        }
        self.line_ends = ends;
    }

    /// Reads `input` (a whole chunk, or the line carried over from the previous one), then hands over the
    /// block still being gathered.
    fn feed_block<S: RecordSink>(&mut self, input: &[u8], last: bool, sink: &mut S) -> bool {
        if self.aligned.is_some() {
            return self.feed_aligned(input, last, &mut |r: &RecordView<'_>| sink.record(r));
        }
        let mut block_start = 0;
        self.read_text(input, last, sink, &mut block_start) && self.hand_block(input, block_start, sink)
    }

    /// Hands the block gathered from `whole[block_start..]` to the sink (nothing when it is empty).
    fn hand_block<S: RecordSink>(&mut self, whole: &[u8], block_start: usize, sink: &mut S) -> bool {
        if self.block_lines.is_empty() {
            return true;
        }
        let block = Block {
            text: whole.get(block_start..).unwrap_or(&[]),
            bounds: self.bounds.get(..self.bounds_len).unwrap_or(&[]),
            lines: &self.block_lines,
            width: sink.block_width(),
        };
        let go_on = sink.block(&block);
        self.bounds_len = 0;
        self.block_lines.clear();
        go_on
    }

    /// Splits `whole` into records: plain records of the sink's block width are gathered into a block
    /// (starting at `whole[*block_start..]`), any other record goes to the sink on its own, after the block.
    fn read_text<S: RecordSink>(
        &mut self,
        whole: &[u8],
        last: bool,
        sink: &mut S,
        block_start: &mut usize,
    ) -> bool {
        let width = sink.block_width();
        let mut input = whole;
        loop {
            if self.done {
                return true;
            }
            if !self.in_record {
                input = skip_line_ends(input, self.line_byte, &mut self.line);
                if input.is_empty() {
                    if last {
                        self.done = true;
                    }
                    return true;
                }
                self.record_line = self.line;
                // Fast path: a line without quotes is split where it lies.
                let (i, class) = self.find_stop(input);
                if class == QUOTE {
                    // Hand the record to csv_core from a clean start state.
                    self.reader.reset();
                    self.in_record = true;
                } else if i < input.len() || last {
                    if width > 0 && i < BLOCK_BYTES {
                        match self.take_block_record(whole, input, i, width, block_start, sink) {
                            Some(true) => {
                                input = &input[i..];
                                continue;
                            }
                            Some(false) => return false,
                            None => {}
                        }
                    }
                    self.note_line_ends(input, i);
                    if !self.hand_block(whole, *block_start, sink) {
                        return false;
                    }
                    self.line_ends.push(i);
                    let view = RecordView {
                        output: &input[..i],
                        ends: &self.line_ends,
                        gap: 1,
                        line: self.record_line,
                    };
                    if !sink.record(&view) {
                        return false;
                    }
                    input = &input[i..];
                    continue;
                } else {
                    self.carry.extend_from_slice(input);
                    return true;
                }
            }
            // csv_core reads an empty input as the end of the file: only give it one at the real end.
            if input.is_empty() && !last {
                return true;
            }
            let (result, nin, nout, nend) = self.reader.read_record(
                input,
                &mut self.output[self.out_len..],
                &mut self.ends[self.ends_len..],
            );
            self.line += count_byte(&input[..nin], self.line_byte);
            input = &input[nin..];
            self.out_len += nout;
            self.ends_len += nend;
            match result {
                ReadRecordResult::InputEmpty => {
                    if input.is_empty() && !last {
                        return true;
                    }
                }
                ReadRecordResult::OutputFull => {
                    let len = self.output.len();
                    self.output.resize(len * 2, 0);
                }
                ReadRecordResult::OutputEndsFull => {
                    let len = self.ends.len();
                    self.ends.resize(len * 2, 0);
                }
                ReadRecordResult::Record => {
                    if !self.hand_block(whole, *block_start, sink) {
                        return false;
                    }
                    let view = RecordView {
                        output: &self.output[..self.out_len],
                        ends: &self.ends[..self.ends_len],
                        gap: 0,
                        line: self.record_line,
                    };
                    let go_on = sink.record(&view);
                    self.out_len = 0;
                    self.ends_len = 0;
                    self.in_record = false;
                    if !go_on {
                        return false;
                    }
                }
                ReadRecordResult::End => {
                    self.done = true;
                    return true;
                }
            }
        }
    }
}

impl Tokenizer {
    /// Adds the line `input[..stop]` (quote-free, complete, shorter than [`BLOCK_BYTES`]) to the block
    /// when it has exactly `width` fields: its bounds are written in place while its delimiters are found.
    /// `Some(true)` when it was taken, `Some(false)` when the sink asked to stop (on a full block), `None`
    /// when it is not a block record (nothing changed but where a new block would start).
    #[inline]
    fn take_block_record<S: RecordSink>(
        &mut self,
        whole: &[u8],
        input: &[u8],
        stop: usize,
        width: usize,
        block_start: &mut usize,
        sink: &mut S,
    ) -> Option<bool> {
        // A delimiter that is a quote or a line end byte stops the line: such a line has one field.
        let splits = self.classes[usize::from(self.delimiter)] == DELIMITER;
        if !splits && width != 1 {
            return None;
        }
        let offset = whole.len() - input.len();
        if !self.block_lines.is_empty() && offset - *block_start + stop >= 2 * BLOCK_BYTES {
            // The block's positions would not fit in u32: the block so far goes first (as it would before
            // any other record).
            if !self.hand_block(whole, *block_start, sink) {
                return Some(false);
            }
        }
        if self.block_lines.is_empty() {
            *block_start = offset;
        }
        let stride = width + 1;
        if self.bounds.len() < BLOCK_RECORDS * stride {
            self.bounds.resize(BLOCK_RECORDS * stride, 0);
        }
        // Positions fit in u32: the record and where it starts in the block are below 2^31.
        let at = (offset - *block_start) as u32;
        let fill = self.bounds_len;
        let row = self.bounds.get_mut(fill..fill + stride)?;
        if splits {
            if !note_bounds(input, stop, self.delimiter, at, row) {
                return None;
            }
        } else if let [start, end] = row {
            *start = at;
            *end = at + stop as u32 + 1;
        }
        self.bounds_len += stride;
        self.block_lines.push(self.record_line);
        if self.block_lines.len() >= BLOCK_RECORDS && !self.hand_block(whole, *block_start, sink) {
            return Some(false);
        }
        Some(true)
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;

/// The top bit of each byte of `word` equal to `byte` (exact). A byte of `x` is zero where `word` holds
/// `byte`; `(x & LOW7) + LOW7 | x` sets the top bit of every non-zero byte without carrying into the next.
#[inline]
fn bytes_equal(word: u64, byte: u8) -> u64 {
    let x = word ^ (ONES * u64::from(byte));
    !(((x & LOW7) + LOW7) | x) & !LOW7
}

/// Pushes to `ends` where `delimiter` occurs in `input[..stop]`, eight bytes at a time: a word's
/// delimiters are taken from its [`bytes_equal`] mask. The last bytes of the line (fewer than eight) are
/// one word read across `stop` and masked to the line, or looked at one by one at the very end of the input.
#[inline]
fn note_delimiters(input: &[u8], stop: usize, delimiter: u8, ends: &mut Vec<usize>) {
    let line = input.get(..stop).unwrap_or(input);
    let (words, rest) = line.as_chunks::<8>();
    let mut i = 0;
    for word in words {
        push_positions(bytes_equal(u64::from_le_bytes(*word), delimiter), i, ends);
        i += 8;
    }
    if rest.is_empty() {
        return;
    }
    match input.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        Some(word) => {
            let found = bytes_equal(u64::from_le_bytes(*word), delimiter);
            push_positions(found & ((1u64 << (8 * rest.len())) - 1), i, ends);
        }
        None => {
            for (k, &b) in rest.iter().enumerate() {
                if b == delimiter {
                    ends.push(i + k);
                }
            }
        }
    }
}

/// Pushes to `ends` the position (from `i`) of every byte whose top bit is set in `found`.
#[inline(always)]
fn push_positions(mut found: u64, i: usize, ends: &mut Vec<usize>) {
    while found != 0 {
        ends.push(i + (found.trailing_zeros() / 8) as usize);
        found &= found - 1;
    }
}

/// Writes the bounds of a block record (see [`Block`]) that starts at `at` in the block and whose line is
/// `input[..stop]`: `row[0] = at`, then one past each delimiter, then `at + stop + 1` last. Returns whether
/// the line has exactly `row.len() - 1` fields (when not, `row` holds nothing of use). The delimiters are
/// found as in [`note_delimiters`], eight bytes at a time, and written where they go without a push.
#[inline]
fn note_bounds(input: &[u8], stop: usize, delimiter: u8, at: u32, row: &mut [u32]) -> bool {
    let Some((first, rest)) = row.split_first_mut() else {
        return false;
    };
    let Some((end, middle)) = rest.split_last_mut() else {
        return false;
    };
    *first = at;
    *end = at + stop as u32 + 1;
    let mut slots = middle.iter_mut();
    let line = input.get(..stop).unwrap_or(input);
    let (words, tail) = line.as_chunks::<8>();
    // One past the delimiter at `i + k` of the line.
    let mut base = at + 1;
    for word in words {
        let mut found = bytes_equal(u64::from_le_bytes(*word), delimiter);
        while found != 0 {
            let Some(slot) = slots.next() else {
                return false;
            };
            *slot = base + found.trailing_zeros() / 8;
            found &= found - 1;
        }
        base += 8;
    }
    if !tail.is_empty() {
        let i = line.len() - tail.len();
        let mut found = match input.get(i..).and_then(<[u8]>::first_chunk::<8>) {
            Some(word) => {
                bytes_equal(u64::from_le_bytes(*word), delimiter) & ((1u64 << (8 * tail.len())) - 1)
            }
            None => tail
                .iter()
                .enumerate()
                .filter(|&(_, &b)| b == delimiter)
                .fold(0u64, |m, (k, _)| m | 0x80 << (8 * k)),
        };
        while found != 0 {
            let Some(slot) = slots.next() else {
                return false;
            };
            *slot = base + found.trailing_zeros() / 8;
            found &= found - 1;
        }
    }
    slots.next().is_none()
}

impl Tokenizer {
    /// [`Tokenizer::feed_block`] for whitespace-aligned text: one record per line.
    fn feed_aligned<F: FnMut(&RecordView<'_>) -> bool>(
        &mut self,
        mut input: &[u8],
        last: bool,
        on_record: &mut F,
    ) -> bool {
        loop {
            if self.done {
                return true;
            }
            input = skip_line_ends(input, self.line_byte, &mut self.line);
            if input.is_empty() {
                self.done = last;
                return true;
            }
            let end = match input.iter().position(|&b| b == b'\n' || b == b'\r') {
                Some(end) => end,
                None if last => input.len(),
                None => {
                    self.carry.extend_from_slice(input);
                    return true;
                }
            };
            let (line, rest) = input.split_at(end);
            input = rest;
            if is_rule_line(line) {
                continue;
            }
            let Some(aligned) = self.aligned.as_mut() else {
                return true;
            };
            split_aligned(line, aligned);
            let view = RecordView {
                output: &aligned.fields,
                ends: &aligned.ends,
                gap: 0,
                line: self.line,
            };
            if !on_record(&view) {
                return false;
            }
        }
    }
}

/// Whether a line only underlines a header (`-----  ----`, `=====`, `+---+`), or is blank.
pub fn is_rule_line(line: &[u8]) -> bool {
    line.iter()
        .all(|b| matches!(b, b'-' | b'=' | b'+' | b'|' | b'_' | b' ' | b'\t'))
}

/// Cuts a line of aligned text at the column starts (character positions) into trimmed fields. A value
/// that runs across a column start on this line (wider than the rows the starts were derived from) moves
/// the cut to the nearest space, so that the value is not broken in two.
fn split_aligned(line: &[u8], aligned: &mut Aligned) {
    let text = String::from_utf8_lossy(line);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let count = chars.len();
    let is_space = |i: usize| chars.get(i).is_none_or(|(_, c)| c.is_whitespace());
    let mut cuts: Vec<usize> = Vec::with_capacity(aligned.starts.len() + 1);
    for (k, &start) in aligned.starts.iter().enumerate() {
        let previous = cuts.last().copied().unwrap_or(0);
        let mut cut = start.min(count).max(previous);
        if k > 0 && cut > previous && cut < count && !is_space(cut - 1) && !is_space(cut) {
            let next = aligned.starts.get(k + 1).copied().unwrap_or(count).min(count);
            let left = (previous + 1..cut).rev().find(|&i| is_space(i));
            let right = (cut..next).find(|&i| is_space(i));
            cut = match (left, right) {
                (Some(l), Some(r)) if cut - l <= r - cut => l + 1,
                (_, Some(r)) => r,
                (Some(l), None) => l + 1,
                (None, None) => cut,
            };
        }
        cuts.push(cut);
    }
    cuts.push(count);
    let byte_at = |i: usize| chars.get(i).map_or(text.len(), |(b, _)| *b);
    aligned.fields.clear();
    aligned.ends.clear();
    for pair in cuts.windows(2) {
        if let [from, to] = *pair {
            let field = text.get(byte_at(from)..byte_at(to)).unwrap_or("").trim();
            aligned.fields.extend_from_slice(field.as_bytes());
        }
        aligned.ends.push(aligned.fields.len());
    }
}

/// Tokenizes up to `max` records of `text` with `tokenizer` (see [`records`]).
pub fn records_with(mut tokenizer: Tokenizer, text: &[u8], max: usize, is_whole: bool) -> Vec<OwnedRecord> {
    let mut out = Vec::new();
    feed_sample(&mut tokenizer, text, is_whole, |r| {
        out.push(OwnedRecord {
            fields: r.to_strings(),
            line: r.line,
        });
        out.len() < max.saturating_add(1)
    });
    out.truncate(max);
    out
}

/// Feeds `text` to `tokenizer`, and the end of the input when `is_whole`, handing each record to
/// `collect` while it asks for more.
fn feed_sample(
    tokenizer: &mut Tokenizer,
    text: &[u8],
    is_whole: bool,
    mut collect: impl FnMut(&RecordView<'_>) -> bool,
) {
    // Without `last`, a final record that has no line end yet is held back, never cut.
    if tokenizer.feed(text, false, &mut collect) && is_whole {
        tokenizer.feed(&[], true, &mut collect);
    }
}

/// `input` without the line end bytes (CR, LF) at its start, adding to `line` the lines they end (those
/// equal to `line_byte`). The usual case, one line end byte then the next record, needs no counting loop.
#[inline]
fn skip_line_ends<'a>(input: &'a [u8], line_byte: u8, line: &mut usize) -> &'a [u8] {
    if let [first @ (b'\n' | b'\r'), tail @ ..] = input {
        if !matches!(tail.first(), Some(b'\n' | b'\r')) {
            *line += usize::from(*first == line_byte);
            return tail;
        }
    }
    let skip = input.iter().take_while(|&&b| b == b'\n' || b == b'\r').count();
    *line += count_byte(&input[..skip], line_byte);
    &input[skip..]
}

/// How many times `byte` occurs in `bytes`.
#[inline]
pub fn count_byte(bytes: &[u8], byte: u8) -> usize {
    bytes.iter().filter(|&&b| b == byte).count()
}

/// A record collected while sniffing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnedRecord {
    /// The fields.
    pub fields: Vec<String>,
    /// The 1-based line where it starts (counted from the start of the tokenized text).
    pub line: usize,
}

/// Records whose fields are kept in one string (a sample read for deciding: no string per field).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SampledRecords {
    /// Every field's text, one after the other (invalid UTF-8 replaced).
    text: String,
    /// Where each field ends in `text`.
    field_ends: Vec<usize>,
    /// Where each record's fields end in `field_ends`.
    record_ends: Vec<usize>,
}

impl SampledRecords {
    /// Tokenizes up to `max` records of `text` (see [`records_with`]).
    pub fn read(mut tokenizer: Tokenizer, text: &[u8], max: usize, is_whole: bool) -> Self {
        let mut bytes = Vec::with_capacity(text.len());
        let mut field_ends = Vec::new();
        let mut record_ends = Vec::new();
        feed_sample(&mut tokenizer, text, is_whole, |r| {
            for field in r.fields() {
                match std::str::from_utf8(field) {
                    Ok(valid) => bytes.extend_from_slice(valid.as_bytes()),
                    Err(_) => bytes.extend_from_slice(String::from_utf8_lossy(field).as_bytes()),
                }
                field_ends.push(bytes.len());
            }
            record_ends.push(field_ends.len());
            record_ends.len() < max.saturating_add(1)
        });
        record_ends.truncate(max);
        field_ends.truncate(record_ends.last().copied().unwrap_or(0));
        bytes.truncate(field_ends.last().copied().unwrap_or(0));
        // Every piece pushed is valid UTF-8, so the whole is.
        let text = String::from_utf8(bytes).unwrap_or_default();
        SampledRecords {
            text,
            field_ends,
            record_ends,
        }
    }

    /// Every field, in order (the records' fields one after the other; see [`SampledRecords::rows`]).
    pub fn fields(&self) -> Vec<&str> {
        let mut start = 0;
        self.field_ends
            .iter()
            .map(|&end| {
                let field = self.text.get(start..end).unwrap_or("");
                start = end;
                field
            })
            .collect()
    }

    /// The records as slices of `fields` ([`SampledRecords::fields`]).
    pub fn rows<'f, 's>(&self, fields: &'f [&'s str]) -> Vec<&'f [&'s str]> {
        let mut start = 0;
        self.record_ends
            .iter()
            .map(|&end| {
                let row = fields.get(start..end).unwrap_or(&[]);
                start = end;
                row
            })
            .collect()
    }
}

/// Tokenizes up to `max` records of `text`; when `is_whole` is false a last record without line end is left out.
pub fn records(text: &[u8], delimiter: u8, line_byte: u8, max: usize, is_whole: bool) -> Vec<OwnedRecord> {
    records_with(Tokenizer::new(delimiter, line_byte), text, max, is_whole)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sampled_records_hold_what_owned_records_hold() {
        let texts: [&[u8]; 5] = [
            b"a,b,c\n1,2,3\n\n4,,6\n",
            b"x,\"say \"\"hi\"\"\nthere\",z\r\n1,2,3",
            b"caf\xc3\xa9,\xff\xfe,ok\n\xe5\xb9\xb4,2\n",
            b"",
            b"only\n",
        ];
        for text in texts {
            for (max, whole) in [(100, true), (100, false), (1, true), (0, true)] {
                let owned = records_with(Tokenizer::new(b',', b'\n'), text, max, whole);
                let sampled = SampledRecords::read(Tokenizer::new(b',', b'\n'), text, max, whole);
                let fields = sampled.fields();
                let rows: Vec<Vec<String>> = sampled
                    .rows(&fields)
                    .iter()
                    .map(|r| r.iter().map(|f| f.to_string()).collect())
                    .collect();
                let expected: Vec<Vec<String>> = owned.into_iter().map(|r| r.fields).collect();
                assert_eq!(
                    rows,
                    expected,
                    "{:?} max {max} whole {whole}",
                    String::from_utf8_lossy(text)
                );
            }
        }
    }

    #[test]
    fn records_with_quotes_newlines_and_mixed_line_ends() {
        let text = b"a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",3\r4,5";
        let got = records(text, b',', b'\n', 100, true);
        let fields: Vec<Vec<&str>> = got
            .iter()
            .map(|r| r.fields.iter().map(String::as_str).collect())
            .collect();
        assert_eq!(
            fields,
            vec![
                vec!["a", "b"],
                vec!["x, y", "say \"hi\""],
                vec!["two\nlines", "3"],
                vec!["4", "5"]
            ]
        );
        // The lone CR ends a record without starting a new `\n` line, so "4,5" is still on line 4.
        let lines: Vec<usize> = got.iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![1, 2, 3, 4]);
    }

    #[test]
    fn chunked_feeding_gives_the_same_records() {
        let text = b"id;name\n1;\"Dupont; Jean\"\n\n2;Zo\xc3\xa9\n";
        let whole = records(text, b';', b'\n', 100, true);
        let mut tokenizer = Tokenizer::new(b';', b'\n');
        let mut pieces = Vec::new();
        for byte in text.chunks(1) {
            tokenizer.feed(byte, false, |r| {
                pieces.push(OwnedRecord {
                    fields: r.to_strings(),
                    line: r.line,
                });
                true
            });
        }
        tokenizer.feed(&[], true, |r| {
            pieces.push(OwnedRecord {
                fields: r.to_strings(),
                line: r.line,
            });
            true
        });
        assert_eq!(pieces, whole);
        assert_eq!(whole.len(), 3);
        // Blank line 3 is skipped; "2;Zoé" starts on line 4.
        assert_eq!(whole[2].line, 4);
    }

    /// Every record as the `csv` crate reads it (the reference).
    fn reference(text: &[u8]) -> Vec<Vec<String>> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text);
        reader
            .byte_records()
            .filter_map(Result::ok)
            .map(|r| {
                r.iter()
                    .map(|f| String::from_utf8_lossy(f).into_owned())
                    .collect()
            })
            .collect()
    }

    /// The scan of a line as the classes say, one byte at a time (the reference for the fast scan): the
    /// delimiters before the first byte of another class, that byte's position and class.
    fn scan_bytes(tokenizer: &Tokenizer, input: &[u8]) -> (Vec<usize>, usize, u8) {
        let mut ends = Vec::new();
        for (i, &b) in input.iter().enumerate() {
            match tokenizer.classes[usize::from(b)] {
                DELIMITER => ends.push(i),
                PLAIN => {}
                class => return (ends, i, class),
            }
        }
        (ends, input.len(), PLAIN)
    }

    proptest::proptest! {
        #[test]
        fn skipping_line_ends_counts_them_as_a_count_would(
            text in proptest::collection::vec(proptest::sample::select(b"\n\r\na".to_vec()), 0..8),
            line_byte in proptest::sample::select(b"\n\r".to_vec()),
        ) {
            let skip = text.iter().take_while(|&&b| b == b'\n' || b == b'\r').count();
            let mut line = 5;
            let rest = skip_line_ends(&text, line_byte, &mut line);
            proptest::prop_assert_eq!(rest, &text[skip..]);
            proptest::prop_assert_eq!(line, 5 + count_byte(&text[..skip], line_byte));
        }
    }

    proptest::proptest! {
        #[test]
        fn stop_finder_finds_what_memchr3_finds(
            text in proptest::collection::vec(proptest::sample::select(b"aaaaaaaaaaaaaaaa,\"\n\r\xff".to_vec()), 0..200),
        ) {
            let finder = StopFinder::new();
            for from in 0..text.len().min(40) {
                let input = &text[from..];
                let expected = memchr::memchr3(b'"', b'\n', b'\r', input);
                proptest::prop_assert_eq!(finder.find(input), expected);
                proptest::prop_assert_eq!(find_stop_words(input), expected);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn line_scan_agrees_with_byte_by_byte_classes(
            text in proptest::collection::vec(
                proptest::sample::select(b"aaaaaaaaaaaaaaaaaaaaaaaa,,,;;\t\t| \x01\x0c\xff\"\n\r".to_vec()),
                0..120,
            ),
            delimiter in proptest::sample::select(b",;\t|\"\n\r".to_vec()),
        ) {
            let mut tokenizer = Tokenizer::new(delimiter, b'\n');
            // Every start from 0 to 11, so that lines and their ends fall anywhere in a word.
            for from in 0..text.len().min(12) {
                let input = &text[from..];
                let expected = scan_bytes(&tokenizer, input);
                let (stop, class) = tokenizer.scan_plain_line(input);
                proptest::prop_assert_eq!((tokenizer.line_ends.clone(), stop, class), expected);
            }
        }
    }

    /// A sink that takes blocks of `width` fields and reads them back record by record (the default
    /// [`RecordSink::block`]), collecting every record with its line.
    struct BlockCollector {
        width: usize,
        records: Vec<(Vec<String>, usize)>,
        blocks: usize,
    }

    impl RecordSink for BlockCollector {
        fn record(&mut self, r: &RecordView<'_>) -> bool {
            self.records.push((r.to_strings(), r.line));
            true
        }

        fn block_width(&self) -> usize {
            self.width
        }

        fn block(&mut self, block: &Block<'_>) -> bool {
            self.blocks += 1;
            let mut ends = Vec::new();
            (0..block.len()).all(|r| {
                // Cells read directly agree with the record view of the same record.
                let view = block.record(r, &mut ends);
                let cells: Vec<&[u8]> = (0..block.width()).map(|c| block.cell(r, c)).collect();
                assert_eq!(cells, (0..view.len()).map(|i| view.field(i)).collect::<Vec<_>>());
                self.record(&view)
            })
        }
    }

    /// The records of `text` fed in pieces of `chunk` bytes to a sink taking blocks of `width` fields.
    fn records_through_blocks(
        text: &[u8],
        delimiter: u8,
        width: usize,
        chunk: usize,
    ) -> (Vec<(Vec<String>, usize)>, usize) {
        let mut tokenizer = Tokenizer::new(delimiter, b'\n');
        let mut sink = BlockCollector {
            width,
            records: Vec::new(),
            blocks: 0,
        };
        for piece in text.chunks(chunk.max(1)) {
            tokenizer.feed_sink(piece, false, &mut sink);
        }
        tokenizer.feed_sink(&[], true, &mut sink);
        (sink.records, sink.blocks)
    }

    /// The records of `text` read one by one (no blocks).
    fn records_one_by_one(text: &[u8], delimiter: u8) -> Vec<(Vec<String>, usize)> {
        let mut tokenizer = Tokenizer::new(delimiter, b'\n');
        let mut out = Vec::new();
        tokenizer.feed(text, false, |r| {
            out.push((r.to_strings(), r.line));
            true
        });
        tokenizer.feed(&[], true, |r| {
            out.push((r.to_strings(), r.line));
            true
        });
        out
    }

    #[test]
    fn block_records_are_taken_for_the_common_file() {
        let mut text = String::from("a,b,c\n");
        for i in 0..1000 {
            text.push_str(&format!("{i},x{i},{}\n", i * 7));
        }
        let (records, blocks) = records_through_blocks(text.as_bytes(), b',', 3, 4096);
        assert_eq!(records, records_one_by_one(text.as_bytes(), b','));
        assert!(blocks >= 1001 / BLOCK_RECORDS, "{blocks} blocks");
    }

    /// The bounds of a line as [`note_bounds`] should write them, byte by byte.
    fn bounds_bytes(line: &[u8], delimiter: u8, at: u32) -> Vec<u32> {
        let mut out = vec![at];
        out.extend(
            line.iter()
                .enumerate()
                .filter(|&(_, &b)| b == delimiter)
                .map(|(k, _)| at + k as u32 + 1),
        );
        out.push(at + line.len() as u32 + 1);
        out
    }

    proptest::proptest! {
        #[test]
        fn bounds_are_written_as_byte_by_byte_positions(
            text in proptest::collection::vec(proptest::sample::select(b"aaaa,,;\t\x00\xff".to_vec()), 0..70),
            delimiter in proptest::sample::select(b",;\t\x00".to_vec()),
            cut in 0usize..12,
            at in 0u32..1000,
        ) {
            // The line is the text less up to 11 bytes at its end, which stay readable past the line.
            let stop = text.len().saturating_sub(cut);
            let expected = bounds_bytes(&text[..stop], delimiter, at);
            for width in 1..expected.len() + 3 {
                let mut row = vec![u32::MAX; width + 1];
                let fits = note_bounds(&text, stop, delimiter, at, &mut row);
                proptest::prop_assert_eq!(fits, width + 1 == expected.len(), "width {}", width);
                if fits {
                    proptest::prop_assert_eq!(&row, &expected);
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn block_records_read_like_records_one_by_one(
            text in proptest::collection::vec(proptest::sample::select(b"ab,,,\"\n\n\r ;x".to_vec()), 0..120),
            delimiter in proptest::sample::select(b",;\"\n".to_vec()),
            width in 1usize..5,
            chunk in 1usize..40,
        ) {
            let expected = records_one_by_one(&text, delimiter);
            let (got, _) = records_through_blocks(&text, delimiter, width, chunk);
            proptest::prop_assert_eq!(got, expected, "{:?}", String::from_utf8_lossy(&text));
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_path_agrees_with_csv_core(
            text in proptest::collection::vec(proptest::sample::select(b"a,\"\n\r ;x".to_vec()), 0..60),
            chunk in 1usize..9,
        ) {
            let mut tokenizer = Tokenizer::new(b',', b'\n');
            let mut got: Vec<Vec<String>> = Vec::new();
            for piece in text.chunks(chunk) {
                tokenizer.feed(piece, false, |r| { got.push(r.to_strings()); true });
            }
            tokenizer.feed(&[], true, |r| { got.push(r.to_strings()); true });
            proptest::prop_assert_eq!(got, reference(&text), "{:?}", String::from_utf8_lossy(&text));
        }
    }
}

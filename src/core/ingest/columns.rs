//! Growing typed columns cell by cell: numbers and times in flat vectors, text dictionary-encoded through a
//! table built for few cache misses ([`super::dictionary`]). A cell that does not fit its column becomes
//! missing and is remembered as rejected; a column with too many such cells falls back to text so that
//! nothing is silently lost.

use super::dictionary::{hash_key, hash_words, ByteDictionary};
use super::infer::{ColumnPlan, PlanKind, TimeSource};
use super::table::{format_time, Column, ColumnData, ColumnType, MISSING_TEXT, MISSING_TIME};
use super::tokenize::Block;
mod packed;
mod part;
pub use packed::RunSource;
pub use part::PartColumn;

use super::values::{
    excel_serial_seconds, is_missing, parse_bool, parse_date, parse_iso_fast, parse_number,
    parse_number_fast, parse_number_word, trim_cell, DateOrder, MonthStarts,
};

/// Rejected cells remembered per column (with their text); one more turns the column into text.
pub const MAX_KEPT_REJECTS: usize = 1000;

/// Cells whose lookups are made together, so that their cache misses overlap.
const BATCH: usize = 16;
/// Cells of a block looked up together (see [`TextValues::push_cells`]).
const CELL_BATCH: usize = 64;
/// Below this many distinct values the dictionary stays in cache and cells are looked up at once.
const BATCH_FROM_KEYS: usize = 4096;

/// `cell` without surrounding ASCII whitespace (as `<[u8]>::trim_ascii`), with a shortcut for the common
/// cell that starts and ends with a visible byte (whitespace bytes are all at most `b' '`).
#[inline(always)]
fn trim_padding(cell: &[u8]) -> &[u8] {
    match (cell.first(), cell.last()) {
        (Some(&first), Some(&last)) if first > b' ' && last > b' ' => cell,
        _ => cell.trim_ascii(),
    }
}

/// The distinct values of a text column while it is read: one after another in one string, with where
/// each ends (no allocation per value, no slack of a growing `Vec<String>`). They become `String`s only in
/// [`TextValues::into_parts`], once the column's index has been dropped.
#[derive(Clone, Debug, Default)]
pub struct TextArena {
    text: String,
    ends: Vec<usize>,
}

impl TextArena {
    /// Number of values.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there is no value.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Appends a value; returns its code (its position).
    #[inline]
    fn push(&mut self, value: &str) -> u32 {
        self.text.push_str(value);
        self.ends.push(self.text.len());
        (self.ends.len() - 1) as u32
    }

    /// The value of `code`, if there is one.
    pub fn get(&self, code: usize) -> Option<&str> {
        let end = *self.ends.get(code)?;
        let start = match code.checked_sub(1) {
            Some(before) => self.ends.get(before).copied().unwrap_or(0),
            None => 0,
        };
        self.text.get(start..end)
    }

    /// The values in code order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(self.ends.iter().copied())
            .map(|(start, end)| self.text.get(start..end).unwrap_or_default())
    }

    /// [`TextArena::to_strings`], the arena first shrunk to its contents: the space it gives back is where
    /// the first strings go, instead of new memory.
    pub fn into_strings(mut self) -> Vec<String> {
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
        self.to_strings()
    }

    /// The values as strings, in code order (exactly as many as there are values).
    pub fn to_strings(&self) -> Vec<String> {
        let mut out = Vec::with_capacity(self.len());
        out.extend(self.iter().map(str::to_string));
        out
    }
}

/// Dictionary-encoded text under construction.
///
/// In a column with many distinct values, cells wait in a small batch before their lookups (see
/// [`TextValues::flush`]); [`ColumnBuilder::finish_rejects`] and every reader of the codes flush first.
#[derive(Clone, Debug, Default)]
pub struct TextValues {
    index: ByteDictionary,
    dict: TextArena,
    codes: Vec<u32>,
    /// Bytes of the cells waiting for their lookup, one after another.
    pending: Vec<u8>,
    /// Where each waiting cell ends in `pending` (an empty cell is a missing value).
    pending_ends: Vec<usize>,
    /// Codes of short keys met lately, for block cells while the dictionary is small.
    remembered: RememberedKeys,
    /// Whether some value of the dictionary is not written exactly as its cell's bytes (it was trimmed of
    /// Unicode spaces, or had invalid UTF-8 replaced): such a dictionary cannot be looked up by its values.
    inexact: bool,
}

/// The longest keys (in bytes) that [`RememberedKeys`] remembers.
const REMEMBERED_LONGEST: usize = 32;
/// Slots of [`RememberedKeys`] (one per value of [`remembered_slot`]).
const REMEMBERED_SLOTS: usize = 256;
/// Up to this many distinct values the remembered keys are looked at first; past it most would miss.
const REMEMBER_UP_TO: usize = 256;

/// A key of at most 32 bytes as a [`SpanKey`] reads it (with, past 16 bytes, its [`middle_words`]), with
/// its code.
#[derive(Clone, Copy, Debug, Default)]
struct Remembered {
    first: u64,
    last: u64,
    middle: (u64, u64),
    /// `(length + 1) << 32 | code`; 0 for a slot that holds no key.
    length_code: u64,
}

/// A direct-mapped table of the codes of recent keys of up to [`REMEMBERED_LONGEST`] bytes, indexed by
/// [`remembered_slot`]: a key found here costs a few word comparisons instead of a probe of the
/// dictionary (and, past seven bytes, a comparison in its arena). A key's first and last eight bytes, past
/// 16 bytes its [`middle_words`], and its length give back every byte of it, so a match is exact; a slot
/// only ever holds a key with the code the dictionary gave it.
#[derive(Clone, Debug)]
struct RememberedKeys(Box<[Remembered; REMEMBERED_SLOTS]>);

impl Default for RememberedKeys {
    fn default() -> Self {
        RememberedKeys(Box::new([Remembered::default(); REMEMBERED_SLOTS]))
    }
}

/// The slot of [`RememberedKeys`] for a key of `n` bytes whose first and last eight bytes are `first` and
/// `last` (as [`span_words`] reads them): one multiplication, not the dictionary's hash.
#[inline(always)]
fn remembered_slot(first: u64, last: u64, n: usize) -> usize {
    ((first ^ last.rotate_left(29) ^ n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize
}

impl RememberedKeys {
    /// The code of a key of 1 to 16 bytes remembered by [`TextValues::remember_code`], if it is.
    #[inline(always)]
    fn code(&self, key: &SpanKey<'_>) -> Option<u32> {
        let slot = self
            .0
            .get(remembered_slot(key.first, key.last, key.bytes.len()))?;
        // An empty slot's length is 0, a key's at least 2 (`length + 1`): never equal.
        let length = key.bytes.len() as u64 + 1;
        let same = slot.first == key.first && slot.last == key.last && slot.length_code >> 32 == length;
        (same && (key.bytes.len() <= 16 || slot.middle == middle_words(key.bytes)))
            .then_some(slot.length_code as u32)
    }
}

/// Bytes 8 to 16 and the eight bytes before the last eight of a key of 17 to [`REMEMBERED_LONGEST`]
/// bytes (with its first and last eight bytes, they cover it); zeros for any other key.
#[inline(always)]
fn middle_words(key: &[u8]) -> (u64, u64) {
    let n = key.len();
    if !(17..=REMEMBERED_LONGEST).contains(&n) {
        return (0, 0);
    }
    let word = |at: usize| {
        key.get(at..)
            .and_then(<[u8]>::first_chunk::<8>)
            .map_or(0, |w| u64::from_le_bytes(*w))
    };
    (word(8), word(n - 16))
}

/// Pushes to `codes` the codes of field `c` of `records` (see [`push_number_spans`]) while each cell is
/// a remembered key; returns how many. A loop of its own, so that the table, the codes and the text stay
/// in registers.
#[inline(never)]
fn push_remembered(
    remembered: &RememberedKeys,
    codes: &mut Vec<u32>,
    text: &[u8],
    records: &[u32],
    stride: usize,
    c: usize,
) -> usize {
    // Codes go through a small buffer, so that the vector's length is not written back per cell.
    let mut buffer = [0u32; 64];
    let mut count = 0;
    let mut filled = 0;
    for (start, next) in field_spans(records, stride, c) {
        let Some(code) = span_words(text, start, next).and_then(|key| remembered.code(&key)) else {
            break;
        };
        match buffer.get_mut(filled) {
            Some(slot) => *slot = code,
            None => {
                codes.extend_from_slice(&buffer);
                buffer[0] = code;
                filled = 0;
            }
        }
        filled += 1;
        count += 1;
    }
    codes.extend_from_slice(buffer.get(..filled).unwrap_or(&[]));
    count
}

impl TextValues {
    /// Appends one cell (missing markers become [`MISSING_TEXT`]).
    #[inline(always)]
    pub fn push(&mut self, cell: &[u8]) {
        self.push_trimmed(trim_padding(cell));
    }

    /// Appends one cell already without surrounding ASCII whitespace.
    #[inline(always)]
    fn push_trimmed(&mut self, cell: &[u8]) {
        if !self.pending_ends.is_empty() || (self.index.len() >= BATCH_FROM_KEYS && !cell.is_empty()) {
            self.pending.extend_from_slice(cell);
            self.pending_ends.push(self.pending.len());
            if self.pending_ends.len() >= BATCH {
                self.flush();
            }
            return;
        }
        let code = self.code_of(cell, hash_key(cell));
        self.codes.push(code);
    }

    /// The code of a trimmed cell, adding it to the dictionary when new.
    #[inline(always)]
    fn code_of(&mut self, cell: &[u8], hash: u64) -> u32 {
        if cell.is_empty() {
            return MISSING_TEXT;
        }
        match self.index.find(cell, hash) {
            Some(code) => code,
            None => self.add(cell, hash),
        }
    }

    /// Adds a cell not yet in the dictionary (kept out of line: the lookup above is the hot path).
    #[inline(never)]
    fn add(&mut self, cell: &[u8], hash: u64) -> u32 {
        let Self {
            index, dict, inexact, ..
        } = self;
        index.insert(cell, hash, || {
            // Plain ASCII without padding at either end (most cells): the text is the cell itself, and a
            // missing marker is at most 7 bytes long.
            if let (Some(&first), Some(&last)) = (cell.first(), cell.last()) {
                if first > b' ' && last > b' ' && cell.is_ascii() {
                    let text = std::str::from_utf8(cell).unwrap_or_default();
                    // Every missing marker written in ASCII starts with one of these bytes.
                    if cell.len() <= 7
                        && matches!(first, b'n' | b'N' | b'-' | b'#' | b'(')
                        && is_missing(text)
                    {
                        return MISSING_TEXT;
                    }
                    return dict.push(text);
                }
            }
            let text = String::from_utf8_lossy(cell);
            if is_missing(&text) {
                MISSING_TEXT
            } else {
                let value = trim_cell(&text);
                *inexact |= value.as_bytes() != cell;
                dict.push(value)
            }
        })
    }

    /// Looks up the waiting cells: first every hash and a read of each one's first slot (independent
    /// reads, so the processor waits for their cache misses together), then the lookups themselves.
    pub fn flush(&mut self) {
        if self.pending_ends.is_empty() {
            return;
        }
        let pending = std::mem::take(&mut self.pending);
        let ends = std::mem::take(&mut self.pending_ends);
        let mut hashes = [0u64; BATCH];
        let mut start = 0;
        let mut touched = 0u64;
        for (hash, &end) in hashes.iter_mut().zip(&ends) {
            *hash = hash_key(pending.get(start..end).unwrap_or(&[]));
            touched ^= self.index.touch(*hash);
            start = end;
        }
        std::hint::black_box(touched);
        let mut start = 0;
        for (i, &end) in ends.iter().enumerate() {
            let cell = pending.get(start..end).unwrap_or(&[]);
            let hash = hashes.get(i).copied().unwrap_or_else(|| hash_key(cell));
            let code = self.code_of(cell, hash);
            self.codes.push(code);
            start = end;
        }
        self.pending = pending;
        self.pending.clear();
        self.pending_ends = ends;
        self.pending_ends.clear();
    }

    /// Appends cells one after another (as [`TextValues::push`] would, one by one). Once the dictionary is
    /// large, cells are looked up in batches straight from where they lie, their first reads issued together.
    #[inline(never)]
    pub fn push_cells<'a>(&mut self, cells: impl Iterator<Item = &'a [u8]>) {
        self.flush();
        let mut cells = cells.map(trim_padding);
        loop {
            if self.index.len() < BATCH_FROM_KEYS {
                let Some(cell) = cells.next() else {
                    return;
                };
                let code = self.code_of(cell, hash_key(cell));
                self.codes.push(code);
                continue;
            }
            // Three passes over a batch: hashes (no memory access), then a read of each first slot (a
            // tight loop of independent loads, so that many cache misses are under way together), then
            // the lookups, which find those slots in cache.
            let mut batch: [(&[u8], u64); CELL_BATCH] = [(&[], 0); CELL_BATCH];
            let mut count = 0;
            for (slot, cell) in batch.iter_mut().zip(cells.by_ref()) {
                *slot = (cell, hash_key(cell));
                count += 1;
            }
            if count == 0 {
                return;
            }
            let batch = batch.get(..count).unwrap_or(&[]);
            let touched = batch
                .iter()
                .fold(0u64, |t, &(_, hash)| t ^ self.index.touch(hash));
            std::hint::black_box(touched);
            for &(cell, hash) in batch {
                let code = self.code_of(cell, hash);
                self.codes.push(code);
            }
        }
    }

    /// Appends field `c` of each record of a block's text (see [`push_number_spans`] for `records` and
    /// `stride`) as [`TextValues::push`] would, until a cell has padding at either end (or, when short,
    /// lies too near the end of the text to be read as a word); returns how many it read. A cell of up
    /// to 16 bytes is hashed and compared from two word reads of the text, without being cut out first.
    #[inline(never)]
    fn push_spans(&mut self, text: &[u8], records: &[u32], stride: usize, c: usize) -> usize {
        self.flush();
        let stride = stride.max(1);
        let mut count = 0;
        // The records from the `count`-th on.
        let rest = |count: usize| records.get(count * stride..).unwrap_or(&[]);
        // The number of keys only changes when a cell is not found among the remembered ones.
        let mut keys = self.index.len();
        while keys < BATCH_FROM_KEYS {
            if keys <= REMEMBER_UP_TO {
                count += push_remembered(&self.remembered, &mut self.codes, text, rest(count), stride, c);
            }
            // A cell that is not remembered (or any cell, past REMEMBER_UP_TO keys), or the end.
            let Some(key) = field_spans(rest(count), stride, c)
                .next()
                .and_then(|(start, next)| span_key(text, start, next))
            else {
                return count;
            };
            let code = self.remember_code(&key, keys <= REMEMBER_UP_TO);
            keys = self.index.len();
            self.codes.push(code);
            count += 1;
        }
        let mut keys = field_spans(rest(count), stride, c).map(|(start, next)| span_key(text, start, next));
        loop {
            // As in [`TextValues::push_cells`]: the first slots of a batch are read together, then looked up.
            let mut batch = [SpanKey::default(); CELL_BATCH];
            let mut filled = 0;
            let mut stopped = false;
            for slot in batch.iter_mut() {
                match keys.next() {
                    Some(Some(key)) => *slot = key,
                    Some(None) => {
                        stopped = true;
                        break;
                    }
                    None => break,
                }
                filled += 1;
            }
            let batch = batch.get(..filled).unwrap_or(&[]);
            let touched = batch.iter().fold(0u64, |t, key| t ^ self.index.touch(key.hash));
            std::hint::black_box(touched);
            let mut codes = [0u32; CELL_BATCH];
            for (code, key) in codes.iter_mut().zip(batch) {
                *code = self.code_of_key(key);
            }
            self.codes
                .extend_from_slice(codes.get(..batch.len()).unwrap_or(&[]));
            count += filled;
            if stopped || filled < CELL_BATCH {
                return count;
            }
        }
    }

    /// The code of a cell read by [`span_key`], adding it to the dictionary when new.
    #[inline(always)]
    fn code_of_key(&mut self, key: &SpanKey<'_>) -> u32 {
        if key.bytes.is_empty() {
            return MISSING_TEXT;
        }
        let found = if key.bytes.len() <= 16 {
            self.index.find_words(key.bytes, key.hash, key.first, key.last)
        } else {
            self.index.find(key.bytes, key.hash)
        };
        match found {
            Some(code) => code,
            None => self.add(key.bytes, key.hash),
        }
    }

    /// [`TextValues::code_of_key`] for a key that [`RememberedKeys::code`] did not give, remembering it
    /// (when `remember` and it has 1 to [`REMEMBERED_LONGEST`] bytes) so that the next time it is.
    #[inline(always)]
    fn remember_code(&mut self, key: &SpanKey<'_>, remember: bool) -> u32 {
        let code = self.code_of_key(key);
        let n = key.bytes.len();
        if remember && (1..=REMEMBERED_LONGEST).contains(&n) {
            if let Some(slot) = self.remembered.0.get_mut(remembered_slot(key.first, key.last, n)) {
                *slot = Remembered {
                    first: key.first,
                    last: key.last,
                    middle: middle_words(key.bytes),
                    length_code: (n as u64 + 1) << 32 | u64::from(code),
                };
            }
        }
        code
    }

    /// Appends a missing value.
    pub fn push_missing(&mut self) {
        if self.pending_ends.is_empty() {
            self.codes.push(MISSING_TEXT);
        } else {
            self.pending_ends.push(self.pending.len());
            if self.pending_ends.len() >= BATCH {
                self.flush();
            }
        }
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.codes.len() + self.pending_ends.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text of `row`, if present (after a [`TextValues::flush`]).
    pub fn get(&self, row: usize) -> Option<&str> {
        debug_assert!(self.pending_ends.is_empty(), "read before flush");
        let code = *self.codes.get(row)?;
        self.dict.get(code as usize)
    }

    /// The dictionary and codes. The index is dropped before the values become strings, so that both are
    /// never held at once.
    pub fn into_parts(mut self) -> (Vec<String>, Vec<u32>) {
        self.flush();
        let TextValues {
            index, dict, codes, ..
        } = self;
        drop(index);
        (dict.into_strings(), codes)
    }
}

/// The growing values of one column.
#[derive(Clone, Debug)]
pub enum Values {
    /// Numbers (NaN = missing).
    Number {
        /// Decimal separator.
        decimal: u8,
        /// Whether values are percentages (divided by 100).
        percent: bool,
        /// The values.
        values: Vec<f64>,
    },
    /// Local date-times.
    Time {
        /// Day or month first.
        order: DateOrder,
        /// How the values are written.
        source: TimeSource,
        /// Decimal separator of serial numbers.
        decimal: u8,
        /// The values.
        values: Vec<i64>,
        /// Whether a time of day was seen.
        has_time: bool,
    },
    /// Booleans.
    Bool {
        /// Whether all values were 1/0 so far.
        digits_only: bool,
        /// The values.
        values: Vec<Option<bool>>,
    },
    /// Dictionary-encoded text.
    Text(TextValues),
}

/// A cell that did not fit its column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reject {
    /// 0-based data row.
    pub row: usize,
    /// 1-based line in the file.
    pub line: usize,
    /// The text as written.
    pub raw: String,
}

/// One column under construction.
#[derive(Clone, Debug)]
pub struct ColumnBuilder {
    /// The column name.
    pub name: String,
    /// The plan the column follows.
    pub plan: ColumnPlan,
    /// The values so far.
    pub values: Values,
    /// Rejected cells remembered (at most [`MAX_KEPT_REJECTS`]).
    pub rejects: Vec<Reject>,
    /// Non-missing cells seen, rejected ones included.
    pub filled: usize,
    /// Why the plan changed while reading, for the report.
    pub change_note: Option<crate::core::i18n::Text>,
    file_decimal: u8,
    /// The months met by this column's ISO dates (kept from block to block).
    months: MonthStarts,
}

/// What a column loop read: how many cells, and the cell (with its line) it stopped at, if any.
struct Read<'a> {
    count: usize,
    stopped: Option<(&'a [u8], usize)>,
}

/// Reads plain numbers (see [`parse_number_fast`]) until a cell is not one.
#[inline(never)]
fn push_numbers<'a, 'l>(
    values: &mut Vec<f64>,
    decimal: u8,
    cells: &mut impl Iterator<Item = (&'a [u8], &'l usize)>,
) -> Read<'a> {
    let mut count = 0;
    for (cell, &line) in cells {
        match parse_number_fast(trim_padding(cell), decimal) {
            Some(v) => values.push(v),
            None => {
                return Read {
                    count,
                    stopped: Some((cell, line)),
                }
            }
        }
        count += 1;
    }
    Read { count, stopped: None }
}

/// For field `c` of each record in `records` (`stride` bounds per record, see [`Block::spans`]): where
/// it starts and where the next field starts, until a record lacks them.
#[inline(always)]
fn field_spans(records: &[u32], stride: usize, c: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    records
        .chunks_exact(stride.max(1))
        .map_while(move |bounds| Some((*bounds.get(c)? as usize, *bounds.get(c + 1)? as usize)))
}

/// A text cell of a block read for its dictionary lookup: its bytes, their hash and, up to 16 bytes, their
/// first and last eight bytes (see [`super::dictionary::key_words`]).
#[derive(Clone, Copy, Debug, Default)]
struct SpanKey<'a> {
    bytes: &'a [u8],
    hash: u64,
    first: u64,
    last: u64,
}

/// The cell `text[start..next - 1]` as a [`SpanKey`], or `None` when it has padding at either end (a
/// byte up to `b' '`: [`trim_padding`] would look at it) or is shorter than eight bytes within the last
/// eight bytes of the text. Below eight bytes, one eight-byte read masked to the cell's length.
#[inline(always)]
fn span_key(text: &[u8], start: usize, next: usize) -> Option<SpanKey<'_>> {
    let mut key = span_words(text, start, next)?;
    let n = key.bytes.len();
    key.hash = match n {
        0 => 0,
        1..=16 => hash_words(key.first, key.last, n),
        _ => hash_key(key.bytes),
    };
    Some(key)
}

/// [`span_key`] without the hash (0): what [`RememberedKeys::code`] needs.
#[inline(always)]
fn span_words(text: &[u8], start: usize, next: usize) -> Option<SpanKey<'_>> {
    let bytes = text.get(start..next.checked_sub(1)?)?;
    let n = bytes.len();
    let (first, last, last_byte) = match n {
        0 => return Some(SpanKey::default()),
        1..=7 => {
            let word =
                u64::from_le_bytes(*text.get(start..)?.first_chunk::<8>()?) & (u64::MAX >> (64 - 8 * n));
            (word, 0, (word >> (8 * (n - 1))) as u8)
        }
        _ => {
            // From 8 bytes on, the first and last eight (past 16 bytes, used by the remembered keys only).
            let first = u64::from_le_bytes(*bytes.first_chunk::<8>()?);
            let last = u64::from_le_bytes(*bytes.last_chunk::<8>()?);
            (first, last, (last >> 56) as u8)
        }
    };
    if (first as u8) <= b' ' || last_byte <= b' ' {
        return None;
    }
    Some(SpanKey {
        bytes,
        hash: 0,
        first,
        last,
    })
}

/// Reads plain numbers straight from a block's text until a cell is not one (or lies too near the end of the
/// text to be read as a word); returns how many it read. `records` holds `stride` bounds per record (see
/// [`Block::spans`]) and the cells are field `c`. Each cell is one eight-byte read, given with its length
/// to [`parse_number_word`]: a value read here is the one [`ColumnBuilder::push`] gives, since a cell
/// with padding (bytes up to `b' '`) holds a byte that is neither a digit, a sign nor the separator (which
/// must be above `b' '`).
#[inline(never)]
fn push_number_spans(
    values: &mut Vec<f64>,
    decimal: u8,
    text: &[u8],
    records: &[u32],
    stride: usize,
    c: usize,
) -> usize {
    // Values go through a small buffer, so that the vector's length is not written back per cell.
    let mut buffer = [0f64; 64];
    let mut count = 0;
    let mut filled = 0;
    for (start, next) in field_spans(records, stride, c) {
        let n = next.wrapping_sub(start + 1);
        let Some(bytes) = text.get(start..).and_then(<[u8]>::first_chunk::<8>) else {
            break;
        };
        if n.wrapping_sub(1) >= 8 {
            break;
        }
        // The bytes past the cell (the delimiter and what follows) stay in the word: they are ignored.
        let Some(v) = parse_number_word(u64::from_le_bytes(*bytes), n, decimal) else {
            break;
        };
        match buffer.get_mut(filled) {
            Some(slot) => *slot = v,
            None => {
                values.extend_from_slice(&buffer);
                buffer[0] = v;
                filled = 0;
            }
        }
        filled += 1;
        count += 1;
    }
    values.extend_from_slice(buffer.get(..filled).unwrap_or(&[]));
    count
}

/// [`push_iso_times`] straight from a block's text (see [`push_number_spans`] for `records`, `stride` and
/// `c`): reads ISO dates and date-times until a cell is not one; returns how many it read.
#[inline(never)]
fn push_iso_spans(
    values: &mut Vec<i64>,
    has_time: &mut bool,
    months: &mut MonthStarts,
    text: &[u8],
    records: &[u32],
    stride: usize,
    c: usize,
) -> usize {
    let mut count = 0;
    let mut with_time = false;
    for (start, next) in field_spans(records, stride, c) {
        let end = next.saturating_sub(1);
        // A date without time is exactly ten bytes, none of them padding; a date-time 16 or 19.
        let cell = text.get(start..end).unwrap_or(&[]);
        let remembered = match cell.len() {
            10 => months.iso_date_seconds(cell),
            16 | 19 => months.iso_date_time_seconds(cell).inspect(|_| with_time = true),
            _ => None,
        };
        if let Some(seconds) = remembered {
            values.push(seconds);
            count += 1;
            continue;
        }
        match parse_iso_fast(trim_padding(cell)) {
            Some((seconds, time)) => {
                values.push(seconds);
                with_time |= time;
            }
            None => break,
        }
        count += 1;
    }
    *has_time |= with_time;
    count
}

/// Reads ISO dates and date-times (see [`parse_iso_fast`]) until a cell is not one.
#[inline(never)]
fn push_iso_times<'a, 'l>(
    values: &mut Vec<i64>,
    has_time: &mut bool,
    months: &mut MonthStarts,
    cells: &mut impl Iterator<Item = (&'a [u8], &'l usize)>,
) -> Read<'a> {
    let mut count = 0;
    let mut with_time = false;
    let mut stopped = None;
    for (cell, &line) in cells {
        let cell_text = trim_padding(cell);
        if let Some(seconds) = months.iso_date_seconds(cell_text) {
            values.push(seconds);
            count += 1;
            continue;
        }
        match parse_iso_fast(cell_text) {
            Some((seconds, time)) => {
                values.push(seconds);
                with_time |= time;
            }
            None => {
                stopped = Some((cell, line));
                break;
            }
        }
        count += 1;
    }
    *has_time |= with_time;
    Read { count, stopped }
}

/// Reads a cell as UTF-8, replacing invalid bytes.
fn cell_text(cell: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(cell)
}

impl ColumnBuilder {
    /// An empty column following `plan`; `file_decimal` is used if the plan changes to numbers.
    pub fn new(name: &str, plan: ColumnPlan, file_decimal: u8, capacity: usize) -> Self {
        let values = match plan.kind {
            PlanKind::Number { decimal, percent } => Values::Number {
                decimal,
                percent,
                values: Vec::with_capacity(capacity),
            },
            PlanKind::Time {
                order,
                source,
                decimal,
            } => Values::Time {
                order,
                source,
                decimal,
                values: Vec::with_capacity(capacity),
                has_time: false,
            },
            PlanKind::Bool { digits_only } => Values::Bool {
                digits_only,
                values: Vec::with_capacity(capacity),
            },
            PlanKind::Text => Values::Text(TextValues {
                codes: Vec::with_capacity(capacity),
                ..TextValues::default()
            }),
        };
        ColumnBuilder {
            name: name.to_string(),
            plan,
            values,
            rejects: Vec::new(),
            filled: 0,
            change_note: None,
            file_decimal,
            months: MonthStarts::default(),
        }
    }

    /// Number of rows so far.
    pub fn len(&self) -> usize {
        match &self.values {
            Values::Number { values, .. } => values.len(),
            Values::Time { values, .. } => values.len(),
            Values::Bool { values, .. } => values.len(),
            Values::Text(t) => t.len(),
        }
    }

    /// Whether there are no rows yet.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Appends a missing value (a short row).
    pub fn push_missing(&mut self) {
        match &mut self.values {
            Values::Number { values, .. } => values.push(f64::NAN),
            Values::Time { values, .. } => values.push(MISSING_TIME),
            Values::Bool { values, .. } => values.push(None),
            Values::Text(t) => t.push_missing(),
        }
    }

    /// Appends one cell of data row `row` found on `line`.
    ///
    /// The common cells (plain numbers, ISO dates, text) are handled here, inline in the caller's loop;
    /// anything else goes to [`ColumnBuilder::push_general`].
    #[inline(always)]
    pub fn push(&mut self, cell: &[u8], row: usize, line: usize) {
        let cell = trim_padding(cell);
        if cell.is_empty() {
            self.push_missing();
            return;
        }
        match &mut self.values {
            Values::Number {
                decimal,
                percent: false,
                values,
            } => {
                if let Some(v) = parse_number_fast(cell, *decimal) {
                    values.push(v);
                    self.filled += 1;
                    return;
                }
            }
            Values::Time {
                source: TimeSource::Text,
                values,
                has_time,
                ..
            } => {
                if let Some((seconds, with_time)) = parse_iso_fast(cell) {
                    values.push(seconds);
                    *has_time |= with_time;
                    self.filled += 1;
                    return;
                }
            }
            Values::Text(t) => {
                t.push_trimmed(cell);
                return;
            }
            _ => {}
        }
        self.push_general(cell, row, line);
    }

    /// Appends the cells of rows `first_row..`, found on `lines`: the common kinds (plain numbers, ISO dates,
    /// text) in one tight loop for the column, any other cell through [`ColumnBuilder::push`]. The result
    /// is the same as pushing the cells one by one.
    pub fn push_cells<'a>(
        &mut self,
        cells: impl Iterator<Item = &'a [u8]>,
        first_row: usize,
        lines: &[usize],
    ) {
        let mut cells = cells.zip(lines);
        let mut row = first_row;
        loop {
            let read = match &mut self.values {
                Values::Number {
                    decimal,
                    percent: false,
                    values,
                } => push_numbers(values, *decimal, &mut cells),
                Values::Time {
                    source: TimeSource::Text,
                    values,
                    has_time,
                    ..
                } => push_iso_times(values, has_time, &mut self.months, &mut cells),
                Values::Text(t) => {
                    t.push_cells(cells.map(|(cell, _)| cell));
                    return;
                }
                _ => {
                    for (cell, &line) in cells {
                        self.push(cell, row, line);
                        row += 1;
                    }
                    return;
                }
            };
            self.filled += read.count;
            row += read.count;
            let Some((cell, line)) = read.stopped else {
                return;
            };
            self.push(cell, row, line);
            row += 1;
        }
    }

    /// Appends field `c` of records `from..to` of a block, rows `first_row..` found on `lines` (one line per
    /// record): plain numbers, ISO dates and text are read straight from the block's text (see
    /// [`push_number_spans`], [`push_iso_spans`] and [`TextValues::push_spans`]), any other column and any
    /// cell those paths do not read go as in [`ColumnBuilder::push_cells`]. The result is the same as
    /// pushing the cells one by one.
    pub fn push_block(
        &mut self,
        block: &Block<'_>,
        c: usize,
        (from, to): (usize, usize),
        first_row: usize,
        lines: &[usize],
    ) {
        let stride = block.width() + 1;
        let mut at = from;
        while at < to {
            match &mut self.values {
                Values::Number {
                    decimal,
                    percent: false,
                    values,
                } if *decimal > b' ' => {
                    let (text, records) = block.spans(at, to);
                    let read = push_number_spans(values, *decimal, text, records, stride, c);
                    self.filled += read;
                    at += read;
                }
                Values::Time {
                    source: TimeSource::Text,
                    values,
                    has_time,
                    ..
                } => {
                    let (text, records) = block.spans(at, to);
                    let read = push_iso_spans(values, has_time, &mut self.months, text, records, stride, c);
                    self.filled += read;
                    at += read;
                }
                Values::Text(t) => {
                    let (text, records) = block.spans(at, to);
                    at += t.push_spans(text, records, stride, c);
                }
                _ => {
                    let rest = lines.get(at - from..).unwrap_or(&[]);
                    self.push_cells(block.column(c, at, to), first_row + (at - from), rest);
                    return;
                }
            }
            if at < to {
                let line = lines.get(at - from).copied().unwrap_or(0);
                self.push(block.cell(at, c), first_row + (at - from), line);
                at += 1;
            }
        }
    }

    /// Appends a trimmed, non-empty cell that the fast paths of [`ColumnBuilder::push`] did not read.
    #[inline(never)]
    fn push_general(&mut self, cell: &[u8], row: usize, line: usize) {
        let fitted = match &mut self.values {
            Values::Number {
                decimal,
                percent,
                values,
            } => {
                if let Some(v) = parse_number_fast(cell, *decimal).filter(|_| !*percent) {
                    values.push(v);
                    self.filled += 1;
                    return;
                }
                let text = cell_text(cell);
                if is_missing(&text) {
                    values.push(f64::NAN);
                    return;
                }
                match parse_number(&text, char::from(*decimal)) {
                    Some(n) => {
                        values.push(if *percent || n.percent {
                            n.value / 100.0
                        } else {
                            n.value
                        });
                        true
                    }
                    None => {
                        values.push(f64::NAN);
                        false
                    }
                }
            }
            Values::Time {
                order,
                source,
                decimal,
                values,
                has_time,
            } => {
                if *source == TimeSource::Text {
                    if let Some((seconds, with_time)) = parse_iso_fast(cell) {
                        values.push(seconds);
                        *has_time |= with_time;
                        self.filled += 1;
                        return;
                    }
                }
                let text = cell_text(cell);
                if is_missing(&text) {
                    values.push(MISSING_TIME);
                    return;
                }
                let parsed = match source {
                    TimeSource::Text => parse_date(&text, *order).map(|d| (d.seconds, d.has_time)),
                    TimeSource::ExcelSerial => parse_number(&text, char::from(*decimal))
                        .and_then(|n| excel_serial_seconds(n.value))
                        .map(|s| (s, s % 86_400 != 0)),
                    TimeSource::UnixSeconds | TimeSource::UnixMillis => {
                        let scale = if *source == TimeSource::UnixMillis {
                            1000.0
                        } else {
                            1.0
                        };
                        parse_number(&text, '.')
                            .map(|n| n.value / scale)
                            .filter(|v| v.is_finite() && v.abs() < 1e12)
                            .map(|v| (v.floor() as i64, true))
                    }
                };
                match parsed {
                    Some((seconds, with_time)) => {
                        values.push(seconds);
                        *has_time |= with_time;
                        true
                    }
                    None => {
                        values.push(MISSING_TIME);
                        false
                    }
                }
            }
            Values::Bool { digits_only, values } => {
                let text = cell_text(cell);
                if is_missing(&text) {
                    values.push(None);
                    return;
                }
                match parse_bool(&text) {
                    Some(b) => {
                        *digits_only &= b.from_digit;
                        values.push(Some(b.value));
                        true
                    }
                    None if *digits_only && parse_number(&text, char::from(self.file_decimal)).is_some() => {
                        self.bools_to_numbers();
                        self.push(cell, row, line);
                        return;
                    }
                    None => {
                        values.push(None);
                        false
                    }
                }
            }
            Values::Text(t) => {
                t.push(cell);
                return;
            }
        };
        self.filled += 1;
        if !fitted {
            self.reject(cell, row, line);
        }
    }

    /// Remembers a rejected cell; past [`MAX_KEPT_REJECTS`] the column becomes text.
    fn reject(&mut self, cell: &[u8], row: usize, line: usize) {
        self.rejects.push(Reject {
            row,
            line,
            raw: cell_text(cell).into_owned(),
        });
        if self.rejects.len() > MAX_KEPT_REJECTS {
            let what = self.expected();
            self.to_text(crate::text!(
                "more than {max} values are not {what}, so the column is kept as text",
                max = MAX_KEPT_REJECTS,
                what = crate::core::i18n::Arg::phrase(what)
            ));
        }
    }

    /// A column of 1/0 that meets another number becomes a number column (1 and 0 are kept).
    fn bools_to_numbers(&mut self) {
        if let Values::Bool { values, .. } = &mut self.values {
            let numbers = values
                .iter()
                .map(|b| b.map_or(f64::NAN, |b| if b { 1.0 } else { 0.0 }))
                .collect();
            self.values = Values::Number {
                decimal: self.file_decimal,
                percent: false,
                values: numbers,
            };
            self.plan.kind = PlanKind::Number {
                decimal: self.file_decimal,
                percent: false,
            };
            self.plan.column_type = ColumnType::Number;
        }
    }

    /// What the column expects, in words ("a number", "a date").
    pub fn expected(&self) -> &'static str {
        match &self.values {
            Values::Number { percent: true, .. } => crate::phrase!("a percentage"),
            Values::Number { .. } => crate::phrase!("a number"),
            Values::Time { .. } => crate::phrase!("a date"),
            Values::Bool { .. } => crate::phrase!("a yes/no value"),
            Values::Text(_) => crate::phrase!("text"),
        }
    }

    /// Turns the column into text, writing typed values back out and restoring rejected cells as written.
    pub fn to_text(&mut self, why: crate::core::i18n::Text) {
        self.flush();
        let rows = self.len();
        let mut text = TextValues::default();
        let mut rejects = self.rejects.iter().peekable();
        for row in 0..rows {
            if let Some(r) = rejects.next_if(|r| r.row == row) {
                text.push(r.raw.as_bytes());
                continue;
            }
            let rendered = match &self.values {
                Values::Number { values, percent, .. } => values.get(row).filter(|v| !v.is_nan()).map(|v| {
                    if *percent {
                        format!("{}%", v * 100.0)
                    } else {
                        format!("{v}")
                    }
                }),
                Values::Time { values, has_time, .. } => values
                    .get(row)
                    .filter(|&&t| t != MISSING_TIME)
                    .map(|&t| format_time(t, *has_time)),
                Values::Bool { values, .. } => values.get(row).copied().flatten().map(|b| {
                    if b {
                        "true".to_string()
                    } else {
                        "false".to_string()
                    }
                }),
                Values::Text(t) => t.get(row).map(str::to_string),
            };
            match rendered {
                Some(s) => text.push(s.as_bytes()),
                None => text.push_missing(),
            }
        }
        self.values = Values::Text(text);
        self.rejects.clear();
        let mut plan = ColumnPlan::text();
        plan.samples = std::mem::take(&mut self.plan.samples);
        self.plan = plan;
        self.change_note = Some(why);
    }

    /// Looks up text cells still waiting in a batch (before the codes are read).
    pub fn flush(&mut self) {
        if let Values::Text(t) = &mut self.values {
            t.flush();
        }
    }

    /// Finishes the column (flushing it first): a typed column with more than one rejected cell in ten becomes text.
    pub fn finish_rejects(&mut self) {
        self.flush();
        let rejected = self.rejects.len();
        if rejected > 0 && rejected * 10 > self.filled {
            let what = self.expected();
            self.to_text(crate::text!(
                "{rejected} of its {filled} values are not {what}, so the column is kept as text",
                rejected = rejected,
                filled = self.filled,
                what = crate::core::i18n::Arg::phrase(what)
            ));
        }
    }

    /// The dictionary and the number of rows using each entry, for a text column.
    pub fn dictionary_counts(&self) -> Option<(&TextArena, Vec<usize>)> {
        let Values::Text(t) = &self.values else {
            return None;
        };
        debug_assert!(t.pending_ends.is_empty(), "read before flush");
        // One more count, where codes past the dictionary ([`MISSING_TEXT`]) go: no branch per code.
        let len = t.dict.len();
        let mut counts = vec![0usize; len + 1];
        if let Some(counts) = counts.get_mut(..=len) {
            for &code in &t.codes {
                if let Some(c) = counts.get_mut((code as usize).min(len)) {
                    *c += 1;
                }
            }
        }
        counts.truncate(len);
        Some((&t.dict, counts))
    }

    /// Re-reads a text column with a new plan (its distinct values turned out to be typed).
    pub fn retype(&mut self, plan: ColumnPlan, line_of: &dyn Fn(usize) -> usize) {
        let Values::Text(mut old) = std::mem::replace(&mut self.values, Values::Text(TextValues::default()))
        else {
            return;
        };
        old.flush();
        let mut fresh = ColumnBuilder::new(&self.name, plan, self.file_decimal, old.len());
        for row in 0..old.len() {
            match old.get(row) {
                Some(s) => fresh.push(s.as_bytes(), row, line_of(row)),
                None => fresh.push_missing(),
            }
        }
        *self = fresh;
    }

    /// The finished column.
    pub fn into_column(self) -> Column {
        let data = match self.values {
            Values::Number { mut values, .. } => {
                values.shrink_to_fit();
                ColumnData::Number(values)
            }
            Values::Time {
                mut values, has_time, ..
            } => {
                values.shrink_to_fit();
                ColumnData::Time { values, has_time }
            }
            Values::Bool { mut values, .. } => {
                values.shrink_to_fit();
                ColumnData::Bool(values)
            }
            Values::Text(t) => {
                let (mut dict, mut codes) = t.into_parts();
                // The dictionary grew by doubling: up to half of it would stay allocated for nothing.
                dict.shrink_to_fit();
                codes.shrink_to_fit();
                ColumnData::Text { dict, codes }
            }
        };
        let column_type = match (&data, self.plan.column_type) {
            (ColumnData::Time { has_time: true, .. }, ColumnType::Date) => ColumnType::DateTime,
            (ColumnData::Time { has_time: false, .. }, ColumnType::DateTime) => ColumnType::Date,
            (_, t) => t,
        };
        Column {
            name: self.name,
            column_type,
            currency: self.plan.currency,
            data,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ingest::infer::ColumnPlan;

    fn number_plan() -> ColumnPlan {
        let mut plan = ColumnPlan::text();
        plan.kind = PlanKind::Number {
            decimal: b',',
            percent: false,
        };
        plan.column_type = ColumnType::Number;
        plan
    }

    #[test]
    fn trimming_shortcut_agrees_with_trim_ascii() {
        let edges: Vec<u8> = (0u8..=0x22).chain([b'a', b'-', 0x7F, 0x80, 0xA0, 0xFF]).collect();
        for &first in &edges {
            for &last in &edges {
                for middle in [&b""[..], b"x", b" ", b"a b"] {
                    let mut cell = vec![first];
                    cell.extend_from_slice(middle);
                    cell.push(last);
                    assert_eq!(trim_padding(&cell), cell.trim_ascii(), "{cell:?}");
                    assert_eq!(trim_padding(&cell[..1]), cell[..1].trim_ascii(), "{cell:?}");
                }
            }
        }
        assert_eq!(trim_padding(b""), b"");
    }

    #[test]
    fn rejected_cells_are_missing_and_remembered() {
        let mut b = ColumnBuilder::new("Montant", number_plan(), b',', 0);
        for (row, cell) in ["12,5", "12,5,0", "", "1 234,5"].iter().enumerate() {
            b.push(cell.as_bytes(), row, row + 2);
        }
        assert_eq!(
            b.rejects,
            vec![Reject {
                row: 1,
                line: 3,
                raw: "12,5,0".into()
            }]
        );
        // One rejected of three filled cells is more than one in ten: the column falls back to text.
        b.finish_rejects();
        let column = b.into_column();
        assert_eq!(column.column_type, ColumnType::Text);
        assert_eq!(column.data.display(1), "12,5,0");
        assert_eq!(column.data.display(0), "12.5");
    }

    #[test]
    fn text_is_dictionary_encoded_with_missing_markers() {
        let mut t = TextValues::default();
        for cell in ["Paris", " Lyon ", "N/A", "Paris", ""] {
            t.push(cell.as_bytes());
        }
        let (dict, codes) = t.into_parts();
        assert_eq!(dict, vec!["Paris", "Lyon"]);
        assert_eq!(codes, vec![0, 1, MISSING_TEXT, 0, MISSING_TEXT]);
    }

    /// The codes `push_spans` gives to `cells` laid out as one field of a block (`width` fields a record,
    /// the cells in field `c`), against pushing them one by one; returns how many it read.
    fn spans_against_pushes(cells: &[Vec<u8>], width: usize, c: usize) -> usize {
        let mut text = Vec::new();
        let mut records = Vec::new();
        for cell in cells {
            for field in 0..width {
                records.push(text.len() as u32);
                if field == c {
                    text.extend_from_slice(cell);
                } else {
                    text.extend_from_slice(b"other");
                }
                text.push(if field + 1 == width { b'\n' } else { b',' });
            }
            records.push(text.len() as u32);
        }
        // Text after the last record (as after a block's last line), so that short cells at the end are
        // read as words too.
        text.extend_from_slice(b"12345678");
        let stride = width + 1;
        let mut spans = TextValues::default();
        let read = spans.push_spans(&text, &records, stride, c);
        let mut one_by_one = TextValues::default();
        for cell in cells.iter().take(read) {
            one_by_one.push(cell);
        }
        let (dict, codes) = spans.into_parts();
        assert_eq!((dict, codes), one_by_one.into_parts());
        read
    }

    /// The remembered slot of a key (its words read as [`span_words`] reads them).
    fn remembered_slot_of(key: &[u8]) -> usize {
        let mut text = key.to_vec();
        text.extend_from_slice(b",2345678");
        let words = span_words(&text, 0, key.len() + 1).unwrap_or_default();
        remembered_slot(words.first, words.last, key.len())
    }

    #[test]
    fn remembered_keys_give_the_codes_of_the_dictionary() {
        let mut state = 0x9E37_79B9_u64;
        let mut next = move |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        };
        // Keys of every length from 1 to 20 (past 16 bytes they are not remembered), some only told
        // apart by their length or by a NUL byte, some missing markers; few enough distinct values that
        // they are remembered, then more (past REMEMBER_UP_TO, then past BATCH_FROM_KEYS).
        for distinct in [3u64, 40, 250, 400, 5000] {
            let mut keys: Vec<Vec<u8>> = (0..distinct)
                .map(|i| {
                    let len = 1 + (i % 40) as usize;
                    let mut key: Vec<u8> = format!("{i:x}k").bytes().cycle().take(len).collect();
                    if i % 7 == 3 && len > 1 {
                        // Inside the key: a NUL byte at either end reads as padding (the block path
                        // stops there).
                        key.insert(1, 0);
                    }
                    if i % 11 == 5 {
                        key = b"N/A".to_vec();
                    }
                    key
                })
                .collect();
            // Same first and last eight bytes, told apart by their length only; the last two also in the
            // same remembered slot.
            for key in ["abababab", "ababababab", "abababababababab"] {
                keys.push(key.as_bytes().to_vec());
            }
            let same_slot = (0..100_000u32)
                .map(|j| format!("w{j:07}"))
                .find(|w| remembered_slot_of(w.as_bytes()) == remembered_slot_of(w.repeat(2).as_bytes()));
            if let Some(w) = same_slot {
                keys.push(w.as_bytes().to_vec());
                keys.push(w.repeat(2).into_bytes());
            }
            // Keys of 17 to 32 bytes in the same slot, with the same first and last eight bytes, told apart
            // by one byte in the middle (each byte of the middle words in turn).
            for len in [17usize, 24, 25, 32] {
                for at in 8..len - 8 {
                    let key = |byte: u8| {
                        let mut k: Vec<u8> = (0..len).map(|i| b'a' + (i % 26) as u8).collect();
                        k[at] = byte;
                        k
                    };
                    let collide = (b'0'..=b'z')
                        .flat_map(|x| (b'0'..=b'z').map(move |y| (x, y)))
                        .find(|&(x, y)| x != y && remembered_slot_of(&key(x)) == remembered_slot_of(&key(y)));
                    if let Some((x, y)) = collide {
                        keys.push(key(x));
                        keys.push(key(y));
                    }
                }
            }
            let cells: Vec<Vec<u8>> = (0..20_000)
                .map(|_| match next(50) {
                    0 => Vec::new(),
                    _ => keys[next(keys.len() as u64) as usize].clone(),
                })
                .collect();
            for (width, c) in [(1, 0), (3, 0), (3, 2)] {
                let read = spans_against_pushes(&cells, width, c);
                assert_eq!(
                    read,
                    cells.len(),
                    "{distinct} distinct values, field {c} of {width}"
                );
            }
        }
    }

    #[test]
    fn dictionary_counts_count_each_value_and_leave_missing_out() {
        let mut plan = ColumnPlan::text();
        plan.column_type = ColumnType::Text;
        let mut b = ColumnBuilder::new("city", plan, b'.', 0);
        for (row, cell) in ["Paris", "", "Lyon", "Paris", "N/A", "Nice", "Paris", "Lyon"]
            .iter()
            .enumerate()
        {
            b.push(cell.as_bytes(), row, row + 2);
        }
        b.push_missing();
        b.flush();
        let (dict, counts) = b.dictionary_counts().unwrap_or_else(|| panic!("a text column"));
        let values: Vec<&str> = dict.iter().collect();
        assert_eq!(values, vec!["Paris", "Lyon", "Nice"]);
        assert_eq!(counts, vec![3, 2, 1]);
    }

    #[test]
    fn batched_lookups_keep_row_order() {
        let mut t = TextValues::default();
        let mut expected = Vec::new();
        // 10 000 distinct values first (codes 0..9 999): past 4 096 keys, cells wait in batches of 16.
        for i in 0..10_000u32 {
            t.push(format!(" v{i} ").as_bytes());
            expected.push(i);
        }
        // Then repeats (code = the number), empty cells, missing markers and short rows, interleaved so
        // that batches hold all of them.
        for i in 0..20_000u32 {
            if i.is_multiple_of(7) {
                t.push(b"");
                expected.push(MISSING_TEXT);
            } else if i.is_multiple_of(11) {
                t.push(b"N/A");
                expected.push(MISSING_TEXT);
            } else if i.is_multiple_of(13) {
                t.push_missing();
                expected.push(MISSING_TEXT);
            } else {
                t.push(format!("v{}", i % 6000).as_bytes());
                expected.push(i % 6000);
            }
        }
        assert_eq!(t.len(), 30_000);
        t.flush();
        assert_eq!(t.get(12), Some("v12"));
        let (dict, codes) = t.into_parts();
        assert_eq!(dict.len(), 10_000);
        assert_eq!(dict.get(9_999).map(String::as_str), Some("v9999"));
        assert_eq!(codes, expected);
    }

    #[test]
    fn text_arena_gives_back_every_value_as_a_vec_of_strings_would() {
        let values = [
            "Paris",
            "",
            "Zo\u{e9}",
            "a longer value with spaces",
            "",
            "\u{5317}\u{4eac}",
            "x",
        ];
        let mut arena = TextArena::default();
        let mut reference: Vec<String> = Vec::new();
        for (i, v) in values.iter().cycle().take(1000).enumerate() {
            let value = format!("{v}{}", i / values.len());
            assert_eq!(arena.push(&value) as usize, reference.len());
            reference.push(value);
        }
        assert_eq!(arena.len(), reference.len());
        for (code, value) in reference.iter().enumerate() {
            assert_eq!(arena.get(code), Some(value.as_str()), "{code}");
        }
        assert_eq!(arena.get(reference.len()), None);
        assert!(arena.iter().eq(reference.iter().map(String::as_str)));
        assert_eq!(arena.to_strings(), reference);
        assert_eq!(arena.clone().into_strings(), reference);
        assert!(TextArena::default().to_strings().is_empty());
        let mut empty_first = TextArena::default();
        empty_first.push("");
        empty_first.push("b");
        assert_eq!(empty_first.to_strings(), vec![String::new(), "b".to_string()]);
    }

    #[test]
    fn ones_and_zeros_meeting_a_two_become_numbers() {
        let mut plan = ColumnPlan::text();
        plan.kind = PlanKind::Bool { digits_only: true };
        plan.column_type = ColumnType::Bool;
        let mut b = ColumnBuilder::new("flag", plan, b'.', 0);
        for (row, cell) in ["1", "0", "2"].iter().enumerate() {
            b.push(cell.as_bytes(), row, row + 2);
        }
        let column = b.into_column();
        assert_eq!(column.data, ColumnData::Number(vec![1.0, 0.0, 2.0]));
    }
}

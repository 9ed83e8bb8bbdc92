//! Global codes for identifier and dimension values across several files of one kind, built once per
//! load from the columns' dictionaries (text) or bit patterns (numbers) — never by formatting every row.

use crate::core::ingest::table::{Column, ColumnData, MISSING_TEXT};
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Code of a missing key.
pub const MISSING: u32 = u32::MAX;

/// A fast, non-cryptographic hasher for interning keys read from the user's own files (no untrusted party
/// chooses them): eight bytes per step, then a final mix so that the low bits (the table slot) depend on
/// every input byte.
#[derive(Clone, Copy, Default)]
pub struct KeyHasher(u64);

impl KeyHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

impl Hasher for KeyHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            for (d, s) in w.iter_mut().zip(rest) {
                *d = *s;
            }
            self.add(u64::from_le_bytes(w));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i) | 0x100);
    }

    #[inline]
    fn finish(&self) -> u64 {
        let mut x = self.0;
        x ^= x >> 33;
        x = x.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
        x ^= x >> 33;
        x
    }
}

/// A hash map keyed by [`KeyHasher`].
pub type KeyMap<K, V> = HashMap<K, V, BuildHasherDefault<KeyHasher>>;

/// Interns values of one meaning (customer ids, order ids, channels…) into dense codes.
#[derive(Clone, Debug, Default)]
pub struct Interner {
    names: Vec<String>,
    index: KeyMap<String, u32>,
}

impl Interner {
    /// An empty interner.
    pub fn new() -> Self {
        Interner::default()
    }

    /// The code of `name`, adding it when new. Empty (after trimming) names are missing.
    pub fn intern(&mut self, name: &str) -> u32 {
        let name = name.trim();
        if name.is_empty() {
            return MISSING;
        }
        if let Some(&code) = self.index.get(name) {
            return code;
        }
        let code = self.names.len() as u32;
        self.names.push(name.to_string());
        self.index.insert(name.to_string(), code);
        code
    }

    /// Codes of every row of `column` (text, number, date or boolean), missing values as [`MISSING`].
    pub fn codes_of(&mut self, column: &Column) -> Vec<u32> {
        column_codes(column, |name| self.intern(&name))
    }

    /// The value of a code.
    pub fn name(&self, code: u32) -> Option<&str> {
        self.names.get(code as usize).map(String::as_str)
    }

    /// All values, by code.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Number of distinct values.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether no value was interned.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// Interns values like [`Interner`], but borrows them from the columns' dictionaries while a load is
/// indexed: no allocation per distinct value (order ids, customers…); only values that are not text
/// (numbers, dates, booleans used as keys) are formatted into owned strings.
#[derive(Clone, Debug, Default)]
pub struct BorrowedKeys<'a> {
    names: Vec<Cow<'a, str>>,
    index: KeyMap<Cow<'a, str>, u32>,
}

impl<'a> BorrowedKeys<'a> {
    /// An empty set of keys.
    pub fn new() -> Self {
        BorrowedKeys::default()
    }

    /// The code of `name`, adding it when new. Empty (after trimming) names are missing.
    pub fn intern(&mut self, name: Cow<'a, str>) -> u32 {
        let name = match name {
            Cow::Borrowed(s) => Cow::Borrowed(trim(s)),
            Cow::Owned(s) if trim(&s).len() == s.len() => Cow::Owned(s),
            Cow::Owned(s) => Cow::Owned(trim(&s).to_string()),
        };
        if name.is_empty() {
            return MISSING;
        }
        // One hash and one probe per value (entry), no copy of a borrowed name.
        let next = self.names.len() as u32;
        match self.index.entry(name) {
            std::collections::hash_map::Entry::Occupied(e) => *e.get(),
            std::collections::hash_map::Entry::Vacant(e) => {
                self.names.push(e.key().clone());
                e.insert(next);
                next
            }
        }
    }

    /// A new code that no name maps to (e.g. an order without an id: one per row).
    pub fn fresh(&mut self) -> u32 {
        let code = self.names.len() as u32;
        self.names.push(Cow::Borrowed(""));
        code
    }

    /// Codes of every row of `column` (text, number, date or boolean), missing values as [`MISSING`]; the
    /// same codes as [`Interner::codes_of`] would give.
    pub fn codes_of(&mut self, column: &'a Column) -> Vec<u32> {
        if let ColumnData::Text { dict, .. } = &column.data {
            self.index.reserve(dict.len());
            self.names.reserve(dict.len());
        }
        column_codes(column, |name| self.intern(name))
    }

    /// The value of a code.
    pub fn name(&self, code: u32) -> Option<&str> {
        self.names.get(code as usize).map(|n| n.as_ref())
    }

    /// All values, by code, as owned strings.
    pub fn to_names(&self) -> Vec<String> {
        self.names.iter().map(|n| n.to_string()).collect()
    }

    /// Number of codes.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether no code was given.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// `s.trim()`, without the Unicode scan when both ends are visible ASCII (nearly every key).
#[inline]
fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(&a), Some(&b)) if a.is_ascii_graphic() && b.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

/// A number used as an identifier: integers without a decimal point.
fn format_number_key(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// Codes of every row of `column` (text, number, date or boolean) from `intern`, missing values as
/// [`MISSING`]: each distinct text (from the dictionary) or number (by bit pattern) is interned once;
/// booleans as `true`/`false`, dates by their display form. Text is lent to `intern`, never copied.
fn column_codes<'a>(column: &'a Column, mut intern: impl FnMut(Cow<'a, str>) -> u32) -> Vec<u32> {
    match &column.data {
        ColumnData::Text { dict, codes } => {
            let map: Vec<u32> = dict.iter().map(|s| intern(Cow::Borrowed(s))).collect();
            codes
                .iter()
                .map(|&c| {
                    if c == MISSING_TEXT {
                        MISSING
                    } else {
                        map.get(c as usize).copied().unwrap_or(MISSING)
                    }
                })
                .collect()
        }
        ColumnData::Number(values) => {
            let mut seen: KeyMap<u64, u32> = KeyMap::default();
            values
                .iter()
                .map(|v| {
                    if v.is_nan() {
                        return MISSING;
                    }
                    *seen
                        .entry(v.to_bits())
                        .or_insert_with(|| intern(Cow::Owned(format_number_key(*v))))
                })
                .collect()
        }
        ColumnData::Bool(values) => values
            .iter()
            .map(|b| match b {
                Some(true) => intern(Cow::Borrowed("true")),
                Some(false) => intern(Cow::Borrowed("false")),
                None => MISSING,
            })
            .collect(),
        ColumnData::Time { .. } => (0..column.data.len())
            .map(|row| {
                if column.data.is_missing(row) {
                    MISSING
                } else {
                    intern(Cow::Owned(column.data.display(row)))
                }
            })
            .collect(),
    }
}

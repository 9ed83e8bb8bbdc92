//! Global codes for identifier and dimension values across several files of one kind, built once per
//! load from the columns' dictionaries (text) or bit patterns (numbers) — never by formatting every row.

use crate::core::ingest::dictionary::hash_key;
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
///
/// The index is an open-addressing table (linear probing, at most half full) of one word per slot — a tag
/// of the hash and the code — sized for a whole dictionary before it is read: a new key costs one memory
/// access, and a dictionary's keys are hashed in batches whose first slots are read ahead, so that the
/// cache misses of hundreds of thousands of order ids overlap instead of being waited for one by one.
#[derive(Clone, Debug, Default)]
pub struct BorrowedKeys<'a> {
    names: Vec<Cow<'a, str>>,
    /// `tag << 32 | code`, 0 when empty; the length is 0 or a power of two.
    slots: Vec<u64>,
    /// Number of keys in `slots`.
    indexed: usize,
    /// Codes whose names are not in `slots` yet: a first dictionary taken as it is (see
    /// [`BorrowedKeys::codes_of`]), indexed only when another key is looked up.
    unindexed: std::ops::Range<usize>,
}

/// Keys hashed ahead of their lookup (see [`BorrowedKeys`]).
const BATCH: usize = 16;

/// Writes `word` in the first free slot from `hash` on (linear probing; the table is never full).
#[inline]
fn place_in_free_slot(slots: &mut [u64], mask: usize, hash: u64, word: u64) {
    let mut at = (hash as usize) & mask;
    while slots.get(at).is_some_and(|&s| s != 0) {
        at = (at + 1) & mask;
    }
    if let Some(s) = slots.get_mut(at) {
        *s = word;
    }
}

/// A text column's own codes as key codes, when its first `len` dictionary values are the keys' first
/// `len` codes: missing (and out-of-range) codes as [`MISSING`].
fn file_codes(codes: &[u32], len: usize) -> Vec<u32> {
    codes
        .iter()
        .map(|&c| if (c as usize) < len { c } else { MISSING })
        .collect()
}

/// The slot word of a key: a non-zero tag from the hash and its code.
#[inline]
fn slot_word(hash: u64, code: u32) -> u64 {
    ((hash >> 32) | 1) << 32 | u64::from(code)
}

impl<'a> BorrowedKeys<'a> {
    /// An empty set of keys.
    pub fn new() -> Self {
        BorrowedKeys::default()
    }

    /// Makes room for `more` keys without growing the table while they are added.
    fn reserve(&mut self, more: usize) {
        let wanted = (self.indexed + more)
            .saturating_mul(2)
            .next_power_of_two()
            .max(16);
        if wanted > self.slots.len() {
            self.rebuild(wanted);
        }
    }

    /// Puts the names of `unindexed` in `slots`: they are distinct, so each goes to the first free slot
    /// of its hash without comparing names.
    fn index_pending(&mut self) {
        if self.unindexed.is_empty() {
            return;
        }
        let pending = std::mem::take(&mut self.unindexed);
        self.reserve(pending.len());
        let mask = self.slots.len() - 1;
        for code in pending {
            let Some(name) = self.names.get(code) else {
                break;
            };
            let hash = hash_key(name.as_bytes());
            place_in_free_slot(&mut self.slots, mask, hash, slot_word(hash, code as u32));
            self.indexed += 1;
        }
    }

    /// Places every key again in a table of `size` slots (a power of two).
    fn rebuild(&mut self, size: usize) {
        let old = std::mem::replace(&mut self.slots, vec![0; size]);
        let mask = size - 1;
        for word in old.into_iter().filter(|&w| w != 0) {
            let code = word as u32;
            let hash = self
                .names
                .get(code as usize)
                .map_or(0, |n| hash_key(n.as_bytes()));
            place_in_free_slot(&mut self.slots, mask, hash, word);
        }
    }

    /// The first slot of `hash`, read ahead of the lookup (see [`BorrowedKeys`]).
    #[inline]
    fn touch(&self, hash: u64) -> u64 {
        let mask = self.slots.len().wrapping_sub(1);
        self.slots.get((hash as usize) & mask).copied().unwrap_or(0)
    }

    /// The code of a trimmed, non-empty `name` whose hash is `hash`, adding it when new.
    #[inline]
    fn code_of_hashed(&mut self, name: Cow<'a, str>, hash: u64) -> u32 {
        if (self.indexed + 1) * 2 > self.slots.len() {
            self.rebuild((self.slots.len() * 2).max(16));
        }
        let mask = self.slots.len() - 1;
        let tag = slot_word(hash, 0) >> 32;
        let mut at = (hash as usize) & mask;
        loop {
            let Some(&word) = self.slots.get(at) else {
                return MISSING; // unreachable: the table is never full
            };
            if word == 0 {
                break;
            }
            if word >> 32 == tag && self.names.get(word as u32 as usize).is_some_and(|n| **n == *name) {
                return word as u32;
            }
            at = (at + 1) & mask;
        }
        let code = self.names.len() as u32;
        self.names.push(name);
        if let Some(s) = self.slots.get_mut(at) {
            *s = slot_word(hash, code);
        }
        self.indexed += 1;
        code
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
        self.index_pending();
        let hash = hash_key(name.as_bytes());
        self.code_of_hashed(name, hash)
    }

    /// A new code that no name maps to (e.g. an order without an id: one per row).
    pub fn fresh(&mut self) -> u32 {
        let code = self.names.len() as u32;
        self.names.push(Cow::Borrowed(""));
        code
    }

    /// Codes of every row of `column` (text, number, date or boolean), missing values as [`MISSING`]; the
    /// same codes as [`Interner::codes_of`] would give. The first column's dictionary, when its values
    /// are all trimmed and non-empty (as ingest writes them: distinct too), is taken as it is, its codes
    /// the file's own: nothing is hashed unless another key is looked up later.
    pub fn codes_of(&mut self, column: &'a Column) -> Vec<u32> {
        if let ColumnData::Text { dict, codes } = &column.data {
            if self.names.is_empty() && dict.iter().all(|s| !s.is_empty() && trim(s).len() == s.len()) {
                self.names.extend(dict.iter().map(|s| Cow::Borrowed(s.as_str())));
                self.unindexed = 0..dict.len();
                return file_codes(codes, dict.len());
            }
            self.index_pending();
            self.reserve(dict.len());
            self.names.reserve(dict.len());
            let mut map: Vec<u32> = Vec::with_capacity(dict.len());
            let mut hashes = [0u64; BATCH];
            for chunk in dict.chunks(BATCH) {
                // Hash the batch and read each first slot, then look the keys up in order.
                let mut ahead = 0u64;
                for (h, s) in hashes.iter_mut().zip(chunk) {
                    *h = hash_key(trim(s).as_bytes());
                    ahead ^= self.touch(*h);
                }
                std::hint::black_box(ahead);
                for (&h, s) in hashes.iter().zip(chunk) {
                    let name = trim(s);
                    map.push(if name.is_empty() {
                        MISSING
                    } else {
                        self.code_of_hashed(Cow::Borrowed(name), h)
                    });
                }
            }
            if map.iter().enumerate().all(|(i, &m)| m as usize == i) {
                // The first keys, all distinct (nearly always): the codes are the file's own.
                return file_codes(codes, map.len());
            }
            return codes
                .iter()
                .map(|&c| {
                    if c == MISSING_TEXT {
                        MISSING
                    } else {
                        map.get(c as usize).copied().unwrap_or(MISSING)
                    }
                })
                .collect();
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

#[cfg(test)]
mod tests {
    use super::{BorrowedKeys, Interner, MISSING};
    use crate::core::ingest::table::{Column, ColumnData};
    use std::borrow::Cow;

    #[test]
    fn borrowed_keys_give_the_interner_codes() {
        let mut c = Column::text("Id", &[]);
        let dict: Vec<String> = (0..5_000)
            .map(|i| match i % 7 {
                0 => format!(" k{} ", i / 2),
                1 => String::new(),
                _ => format!("k{}", i / 2),
            })
            .collect();
        let codes: Vec<u32> = (0..dict.len() as u32).rev().chain([u32::MAX]).collect();
        c.data = ColumnData::Text { dict, codes };
        let mut borrowed = BorrowedKeys::new();
        let mut owned = Interner::new();
        assert_eq!(borrowed.intern(Cow::Borrowed(" k3")), owned.intern("k3"));
        // A second column grows the table while its keys are added.
        let fresh = borrowed.fresh();
        assert_eq!(borrowed.name(fresh), Some(""));
        let a = borrowed.codes_of(&c);
        let b = owned.codes_of(&c);
        let b: Vec<u32> = b
            .iter()
            .map(|&x| if x == MISSING || x < 1 { x } else { x + 1 })
            .collect();
        assert_eq!(a, b);
        assert_eq!(borrowed.len(), owned.len() + 1);
        assert_eq!(borrowed.codes_of(&c), a, "interning again gives the same codes");
        // Row 4999 − 20 reads dict entry 20, "k10".
        assert_eq!(borrowed.intern(Cow::Owned("k10 ".into())), a[4999 - 20]);
    }

    #[test]
    fn a_first_dictionary_taken_as_it_is_is_indexed_when_another_key_comes() {
        let ids: Vec<String> = (0..3_000).map(|i| format!("o{i}")).collect();
        let rows: Vec<Option<&str>> = ids.iter().rev().map(|s| Some(s.as_str())).chain([None]).collect();
        let first = Column::text("Id", &rows);
        let later: Vec<Option<&str>> = (0..4_000)
            .map(|i| {
                if i % 3 == 0 {
                    None
                } else {
                    Some(ids.get(i % 3_000).map_or("z", |s| s.as_str()))
                }
            })
            .chain([Some("new one"), Some(" o7 ")])
            .collect();
        let second = Column::text("Id", &later);
        let numbers = Column {
            data: ColumnData::Number(vec![5.0, f64::NAN, 12.0]),
            ..Column::text("n", &[])
        };
        let mut borrowed = BorrowedKeys::new();
        let mut owned = Interner::new();
        assert_eq!(borrowed.codes_of(&first), owned.codes_of(&first));
        assert_eq!(borrowed.len(), 3_000);
        // Keys of the first dictionary are found again, by text and by number, and new ones added.
        assert_eq!(borrowed.intern(Cow::Borrowed(" o42")), owned.intern("o42"));
        assert_eq!(borrowed.codes_of(&second), owned.codes_of(&second));
        assert_eq!(borrowed.codes_of(&numbers), owned.codes_of(&numbers));
        assert_eq!(borrowed.intern(Cow::Borrowed("o2999")), 0);
        assert_eq!(borrowed.to_names(), owned.names());
    }
}

//! Global codes for identifier and dimension values across several files of one kind, built once per
//! load from the columns' dictionaries (text) or bit patterns (numbers) — never by formatting every row.

use crate::core::ingest::table::{Column, ColumnData, MISSING_TEXT};
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
        match &column.data {
            ColumnData::Text { dict, codes } => {
                let map: Vec<u32> = dict.iter().map(|s| self.intern(s)).collect();
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
                            .or_insert_with(|| self.intern(&format_number_key(*v)))
                    })
                    .collect()
            }
            ColumnData::Bool(values) => values
                .iter()
                .map(|b| match b {
                    Some(true) => self.intern("true"),
                    Some(false) => self.intern("false"),
                    None => MISSING,
                })
                .collect(),
            ColumnData::Time { .. } => (0..column.data.len())
                .map(|row| {
                    if column.data.is_missing(row) {
                        MISSING
                    } else {
                        self.intern(&column.data.display(row))
                    }
                })
                .collect(),
        }
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

/// A number used as an identifier: integers without a decimal point.
fn format_number_key(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

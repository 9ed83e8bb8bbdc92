//! Global codes for identifier and dimension values across several files of one kind, built once per
//! load from the columns' dictionaries (text) or bit patterns (numbers) — never by formatting every row.

use crate::core::ingest::table::{Column, ColumnData, MISSING_TEXT};
use std::collections::HashMap;

/// Code of a missing key.
pub const MISSING: u32 = u32::MAX;

/// Interns values of one meaning (customer ids, order ids, channels…) into dense codes.
#[derive(Clone, Debug, Default)]
pub struct Interner {
    names: Vec<String>,
    index: HashMap<String, u32>,
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
                let mut seen: HashMap<u64, u32> = HashMap::new();
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

//! A column read by another worker from a later part of the same file, and how it joins the column read
//! up to that part: values appended, text codes mapped into this column's dictionary, rejected cells moved
//! to their rows and lines in the whole file. The result is the column a single reader would have built,
//! or nothing is joined (see [`ColumnBuilder::can_absorb`]).

use super::{ColumnBuilder, Reject, Values, CELL_BATCH, MAX_KEPT_REJECTS};
use crate::core::ingest::dictionary::hash_key;
use crate::core::ingest::infer::TimeSource;
use crate::core::ingest::table::MISSING_TEXT;
use crate::core::ingest::values::DateOrder;
use serde::{Deserialize, Serialize};

/// The values of a part's column.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
enum PartValues {
    Number {
        decimal: u8,
        percent: bool,
        #[serde(with = "super::packed")]
        values: Vec<f64>,
    },
    Time {
        /// How the values were read (see [`time_reading`]): a part joins a column read the same way.
        reading: String,
        #[serde(with = "super::packed")]
        values: Vec<i64>,
        has_time: bool,
    },
    Bool {
        digits_only: bool,
        #[serde(with = "super::packed")]
        values: Vec<Option<bool>>,
    },
    Text {
        /// The distinct values, one after another, in code order; `ends[i]` is where value `i` ends.
        dict: String,
        #[serde(with = "super::packed")]
        ends: Vec<u64>,
        #[serde(with = "super::packed")]
        codes: Vec<u32>,
        /// Whether every value is written exactly as its cells' bytes (see `TextValues::inexact`).
        exact: bool,
    },
}

/// One column of a part of a file read elsewhere (see [`ColumnBuilder::into_part`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartColumn {
    values: PartValues,
    /// Rejected cells: the part's row, its line in the part, the text.
    rejects: Vec<(usize, usize, String)>,
    filled: usize,
    /// Whether the column's plan changed while the part was read (it became text).
    changed: bool,
}

/// How a time column reads its values, as one comparable word.
fn time_reading(order: DateOrder, source: TimeSource, decimal: u8) -> String {
    format!("{order:?}/{source:?}/{decimal}")
}

impl ColumnBuilder {
    /// The column as a part hands it over.
    pub fn into_part(mut self) -> PartColumn {
        self.flush();
        let values = match self.values {
            Values::Number {
                decimal,
                percent,
                values,
            } => PartValues::Number {
                decimal,
                percent,
                values,
            },
            Values::Time {
                order,
                source,
                decimal,
                values,
                has_time,
            } => PartValues::Time {
                reading: time_reading(order, source, decimal),
                values,
                has_time,
            },
            Values::Bool { digits_only, values } => PartValues::Bool { digits_only, values },
            Values::Text(t) => {
                let exact = !t.inexact;
                let ends = t.dict.ends.iter().map(|&end| end as u64).collect();
                PartValues::Text {
                    dict: t.dict.text,
                    ends,
                    codes: t.codes,
                    exact,
                }
            }
        };
        PartColumn {
            values,
            rejects: self.rejects.into_iter().map(|r| (r.row, r.line, r.raw)).collect(),
            filled: self.filled,
            changed: self.change_note.is_some(),
        }
    }

    /// Whether `part`, read from the rows right after this column's, joins it exactly as if its cells
    /// had been read here: the same kind of values read the same way, no plan changed on either side,
    /// and not so many rejected cells together that a single reader would have turned the column to text.
    pub fn can_absorb(&self, part: &PartColumn) -> bool {
        if self.change_note.is_some()
            || part.changed
            || self.rejects.len() + part.rejects.len() > MAX_KEPT_REJECTS
        {
            return false;
        }
        match (&self.values, &part.values) {
            (
                Values::Number { decimal, percent, .. },
                PartValues::Number {
                    decimal: d,
                    percent: p,
                    ..
                },
            ) => decimal == d && percent == p,
            (
                Values::Time {
                    order,
                    source,
                    decimal,
                    ..
                },
                PartValues::Time { reading, .. },
            ) => *reading == time_reading(*order, *source, *decimal),
            (Values::Bool { .. }, PartValues::Bool { .. }) => true,
            (Values::Text(_), PartValues::Text { exact, .. }) => *exact,
            _ => false,
        }
    }

    /// Appends `part` (which [`ColumnBuilder::can_absorb`]): its rows come after `rows` rows here, its
    /// lines after `lines` lines of the file. A part that does not fit is left out.
    pub fn absorb(&mut self, part: PartColumn, rows: usize, lines: usize) {
        if !self.can_absorb(&part) {
            return;
        }
        self.flush();
        match (&mut self.values, part.values) {
            (Values::Number { values, .. }, PartValues::Number { values: more, .. }) => {
                values.extend_from_slice(&more);
            }
            (
                Values::Time { values, has_time, .. },
                PartValues::Time {
                    values: more,
                    has_time: more_time,
                    ..
                },
            ) => {
                values.extend_from_slice(&more);
                *has_time |= more_time;
            }
            (
                Values::Bool { values, digits_only },
                PartValues::Bool {
                    values: more,
                    digits_only: more_digits,
                },
            ) => {
                values.extend_from_slice(&more);
                *digits_only &= more_digits;
            }
            (
                Values::Text(t),
                PartValues::Text {
                    dict, ends, codes, ..
                },
            ) => {
                // The part's values in its code order are in the order a single reader would have met
                // them: looked up (or added) here in that order, they get the codes it would have given.
                // In batches whose first slots are read together, so that their cache misses overlap.
                let mut values = Vec::with_capacity(ends.len());
                let mut start = 0;
                for &end in &ends {
                    let end = end as usize;
                    let value = dict.get(start..end).unwrap_or_default().as_bytes();
                    values.push((value, hash_key(value)));
                    start = end;
                }
                let mut to_here = Vec::with_capacity(values.len());
                for batch in values.chunks(CELL_BATCH) {
                    let touched = batch
                        .iter()
                        .fold(0u64, |seen, &(_, hash)| seen ^ t.index.touch(hash));
                    std::hint::black_box(touched);
                    to_here.extend(batch.iter().map(|&(value, hash)| t.code_of(value, hash)));
                }
                t.codes.reserve(codes.len());
                t.codes.extend(
                    codes
                        .iter()
                        .map(|&code| to_here.get(code as usize).copied().unwrap_or(MISSING_TEXT)),
                );
            }
            _ => return,
        }
        self.filled += part.filled;
        self.rejects
            .extend(part.rejects.into_iter().map(|(row, line, raw)| Reject {
                row: row + rows,
                line: line + lines,
                raw,
            }));
    }
}

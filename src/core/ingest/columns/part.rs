//! A column read by another worker from a later part of the same file, and how it joins the column read
//! up to that part: values appended, text codes mapped into this column's dictionary, rejected cells moved
//! to their rows and lines in the whole file. The result is the column a single reader would have built,
//! or nothing is joined (see [`ColumnBuilder::can_absorb`]).
//!
//! A part's column travels as a small head ([`PartColumn`]: how its values were read, its dictionary, its
//! rejected cells) and byte runs of its values (see [`super::packed`]), written straight from the column's
//! vectors and read straight into the joining column's.

use super::packed::{put_run, run_bytes, take_run, RunSource};
use super::{ColumnBuilder, Reject, Values, CELL_BATCH, MAX_KEPT_REJECTS};
use crate::core::ingest::dictionary::hash_key;
use crate::core::ingest::infer::TimeSource;
use crate::core::ingest::table::MISSING_TEXT;
use crate::core::ingest::values::DateOrder;
use serde::{Deserialize, Serialize};

/// How a part's column holds its values, and how many (the values themselves are in its byte runs).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
enum PartValues {
    Number {
        decimal: u8,
        percent: bool,
        count: usize,
    },
    Time {
        /// How the values were read (see [`time_reading`]): a part joins a column read the same way.
        reading: String,
        has_time: bool,
        count: usize,
    },
    Bool {
        digits_only: bool,
        count: usize,
    },
    /// Runs: where each distinct value ends in `dict` (`u64`), then each row's code (`u32`).
    Text {
        /// The distinct values, one after another, in code order.
        dict: String,
        values: usize,
        rows: usize,
        /// Whether every value is written exactly as its cells' bytes (see `TextValues::inexact`).
        exact: bool,
    },
}

/// The head of one column of a part of a file read elsewhere (see [`ColumnBuilder::take_part_head`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartColumn {
    values: PartValues,
    /// Rejected cells: the part's row, its line in the part, the text.
    rejects: Vec<(usize, usize, String)>,
    filled: usize,
    /// Whether the column's plan changed while the part was read (it became text).
    changed: bool,
}

impl PartColumn {
    /// Bytes of this column's runs.
    pub fn run_bytes(&self) -> usize {
        match &self.values {
            PartValues::Number { count, .. } => run_bytes::<f64>(*count),
            PartValues::Time { count, .. } => run_bytes::<i64>(*count),
            PartValues::Bool { count, .. } => run_bytes::<Option<bool>>(*count),
            PartValues::Text { values, rows, .. } => run_bytes::<u64>(*values) + run_bytes::<u32>(*rows),
        }
    }
}

/// How a time column reads its values, as one comparable word.
fn time_reading(order: DateOrder, source: TimeSource, decimal: u8) -> String {
    format!("{order:?}/{source:?}/{decimal}")
}

impl ColumnBuilder {
    /// The head of the column as a part hands it over (its values follow in [`ColumnBuilder::put_runs`]).
    /// The dictionary's text and the rejected cells move into the head, not copied: the column keeps only
    /// what its runs are written from, and is dropped once they are.
    pub fn take_part_head(&mut self) -> PartColumn {
        self.flush();
        let values = match &mut self.values {
            Values::Number {
                decimal,
                percent,
                values,
            } => PartValues::Number {
                decimal: *decimal,
                percent: *percent,
                count: values.len(),
            },
            Values::Time {
                order,
                source,
                decimal,
                values,
                has_time,
            } => PartValues::Time {
                reading: time_reading(*order, *source, *decimal),
                has_time: *has_time,
                count: values.len(),
            },
            Values::Bool { digits_only, values } => PartValues::Bool {
                digits_only: *digits_only,
                count: values.len(),
            },
            Values::Text(t) => PartValues::Text {
                dict: std::mem::take(&mut t.dict.text),
                values: t.dict.ends.len(),
                rows: t.codes.len(),
                exact: !t.inexact,
            },
        };
        PartColumn {
            values,
            rejects: std::mem::take(&mut self.rejects)
                .into_iter()
                .map(|r| (r.row, r.line, r.raw))
                .collect(),
            filled: self.filled,
            changed: self.change_note.is_some(),
        }
    }

    /// Appends the column's values to `out` as the byte runs its [`ColumnBuilder::take_part_head`] announces.
    pub fn put_runs(&self, out: &mut Vec<u8>) {
        match &self.values {
            Values::Number { values, .. } => put_run(values, out),
            Values::Time { values, .. } => put_run(values, out),
            Values::Bool { values, .. } => put_run(values, out),
            Values::Text(t) => {
                let ends: Vec<u64> = t.dict.ends.iter().map(|&end| end as u64).collect();
                put_run(&ends, out);
                put_run(&t.codes, out);
            }
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

    /// Appends `part` (which [`ColumnBuilder::can_absorb`]), reading its values from `runs`: its rows come
    /// after `rows` rows here, its lines after `lines` lines of the file. `false` when the part does not
    /// fit or its runs are not what its head says (some values may then have been taken).
    pub fn absorb(&mut self, part: PartColumn, runs: &mut dyn RunSource, rows: usize, lines: usize) -> bool {
        if !self.can_absorb(&part) {
            return false;
        }
        self.flush();
        let taken = match (&mut self.values, part.values) {
            (Values::Number { values, .. }, PartValues::Number { count, .. }) => {
                values.reserve(count);
                take_run(runs, count, |v| values.push(v))
            }
            (
                Values::Time { values, has_time, .. },
                PartValues::Time {
                    count,
                    has_time: more_time,
                    ..
                },
            ) => {
                *has_time |= more_time;
                values.reserve(count);
                take_run(runs, count, |v| values.push(v))
            }
            (
                Values::Bool { values, digits_only },
                PartValues::Bool {
                    count,
                    digits_only: more_digits,
                },
            ) => {
                *digits_only &= more_digits;
                values.reserve(count);
                take_run(runs, count, |v| values.push(v))
            }
            (
                Values::Text(t),
                PartValues::Text {
                    dict,
                    values: count,
                    rows: coded,
                    ..
                },
            ) => {
                let mut ends = Vec::with_capacity(count);
                if !take_run(runs, count, |end: u64| ends.push(end)) {
                    return false;
                }
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
                // Each row's code, read and mapped to this column's in one pass.
                t.codes.reserve(coded);
                let codes = &mut t.codes;
                take_run(runs, coded, |code: u32| {
                    codes.push(to_here.get(code as usize).copied().unwrap_or(MISSING_TEXT));
                })
            }
            _ => false,
        };
        if !taken {
            return false;
        }
        self.filled += part.filled;
        self.rejects
            .extend(part.rejects.into_iter().map(|(row, line, raw)| Reject {
                row: row + rows,
                line: line + lines,
                raw,
            }));
        true
    }
}

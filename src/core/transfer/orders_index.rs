//! The binary form of an orders index ([`OrdersTable`]) built in a parsing worker, so that the page gets it
//! ready instead of building it on its main thread.
//!
//! Layout (little endian, after the loaded file's table): the magic `KBO1`, the small parts as
//! length-prefixed JSON (roles, flags, counts, names of currencies, notes), the row count, then the
//! per-row arrays in field order — days (`i64`), times of day (`i32`, when present), order codes (`u32`),
//! sale flags (one byte each), amounts (`f64`), quantities, costs, profits and processing days (`f64`,
//! each when present), customer keys (texts) and codes (`u32`), currency codes (`u32`), then
//! each dimension's names (texts) and codes (`u32`). Reading checks every length and every code, so a
//! damaged buffer is an error, never a panic later.

use super::{Reader, Sink, Source, TransferError, Writer};
use crate::core::i18n::Text;
use crate::core::kpi::orders_table::{Dimension, OrdersTable};
use crate::core::schema::Role;

const MAGIC: &[u8; 4] = b"KBO1";

/// The parts of the index that are not per row.
#[derive(serde::Serialize, serde::Deserialize)]
struct IndexMeta {
    has_time_of_day: bool,
    has_quantity: bool,
    has_cost: bool,
    has_profit: bool,
    has_processing_days: bool,
    customer_role: Option<Role>,
    currencies: Vec<String>,
    /// Each dimension's role and whether it is set per order.
    dimensions: Vec<(Role, bool)>,
    order_count: usize,
    has_status: bool,
    unknown_statuses: Vec<String>,
    sources: Vec<String>,
    warnings: Vec<Text>,
}

fn meta_of(t: &OrdersTable) -> IndexMeta {
    IndexMeta {
        has_time_of_day: t.time_of_day.is_some(),
        has_quantity: t.quantity.is_some(),
        has_cost: t.cost.is_some(),
        has_profit: t.profit.is_some(),
        has_processing_days: t.processing_days.is_some(),
        customer_role: t.customer_role,
        currencies: t.currencies.clone(),
        dimensions: t.dimensions.iter().map(|d| (d.role, d.order_level)).collect(),
        order_count: t.order_count,
        has_status: t.has_status,
        unknown_statuses: t.unknown_statuses.clone(),
        sources: t.sources.clone(),
        warnings: t.warnings.clone(),
    }
}

fn meta_json(t: &OrdersTable) -> Vec<u8> {
    serde_json::to_vec(&meta_of(t)).unwrap_or_default()
}

/// The number of bytes [`write`] writes for `t`.
pub(super) fn len(t: &OrdersTable) -> usize {
    let rows = t.day.len();
    let texts = |list: &[String]| 4 + list.iter().map(|s| 4 + s.len()).sum::<usize>();
    let optional = |present: bool, width: usize| if present { width * rows } else { 0 };
    let fixed = MAGIC.len() + 4 + meta_json(t).len() + 8;
    let per_row = 8 * rows
        + optional(t.time_of_day.is_some(), 4)
        + 4 * rows
        + rows
        + 8 * rows
        + [&t.quantity, &t.cost, &t.profit, &t.processing_days]
            .iter()
            .map(|v| optional(v.is_some(), 8))
            .sum::<usize>()
        + 4 * rows
        + texts(&t.customers)
        + 4 * rows;
    let dimensions: usize = t.dimensions.iter().map(|d| texts(&d.names) + 4 * rows).sum();
    fixed + per_row + dimensions
}

/// Writes `t` in the layout above.
pub(super) fn write(out: &mut Writer<impl Sink>, t: &OrdersTable) {
    out.0.put(MAGIC);
    out.bytes(&meta_json(t));
    out.0.put(&(t.day.len() as u64).to_le_bytes());
    out.numbers(&t.day, |v| v.to_le_bytes());
    if let Some(times) = &t.time_of_day {
        out.numbers(times, |v| v.to_le_bytes());
    }
    out.numbers(&t.order, |v| v.to_le_bytes());
    out.array(&t.sale, |b| [u8::from(b)]);
    out.numbers(&t.amount, |v| v.to_le_bytes());
    for values in [&t.quantity, &t.cost, &t.profit, &t.processing_days]
        .into_iter()
        .flatten()
    {
        out.numbers(values, |v| v.to_le_bytes());
    }
    out.texts(&t.customers);
    out.numbers(&t.customer, |v| v.to_le_bytes());
    out.numbers(&t.currency, |v| v.to_le_bytes());
    for dimension in &t.dimensions {
        out.texts(&dimension.names);
        out.numbers(&dimension.codes, |v| v.to_le_bytes());
    }
}

/// An index being read a part at a time (see [`IndexReader::step`]), checking that every code points at
/// a name (or is missing: the index's missing code is the table's), that order codes are below the
/// order count and that days never decrease.
pub(super) struct IndexReader {
    /// Parts read so far.
    parts: usize,
    meta: Option<IndexMeta>,
    rows: usize,
    table: OrdersTable,
}

/// Parts of an index before its dimensions, each read by one [`IndexReader::step`]: days and times,
/// then orders, sales and amounts, then the optional measures, then customers, then currencies; each
/// dimension is one more part.
const PARTS: usize = 5;

impl IndexReader {
    /// Nothing read yet.
    pub(super) fn new() -> Self {
        IndexReader {
            parts: 0,
            meta: None,
            rows: 0,
            table: OrdersTable::default(),
        }
    }

    /// Reads the next part; `Ok(true)` once the index is whole (then see [`IndexReader::finish`]).
    pub(super) fn step(&mut self, input: &mut Reader<impl Source>) -> Result<bool, TransferError> {
        let rows = self.rows;
        let t = &mut self.table;
        match (self.parts, &self.meta) {
            (0, _) => {
                if input.take(4)? != MAGIC {
                    return Err(TransferError("unknown index format"));
                }
                let meta: IndexMeta = serde_json::from_slice(&input.bytes()?)
                    .map_err(|_| TransferError("index description unreadable"))?;
                let rows = usize::try_from(input.u64()?).map_err(|_| TransferError("too many rows"))?;
                t.day = input.numbers(rows, i64::from_le_bytes)?;
                if t.day.windows(2).any(|w| w[1] < w[0]) {
                    return Err(TransferError("index days out of order"));
                }
                if meta.has_time_of_day {
                    t.time_of_day = Some(input.numbers(rows, i32::from_le_bytes)?);
                }
                self.rows = rows;
                self.meta = Some(meta);
            }
            (1, Some(meta)) => {
                t.order = input.numbers(rows, u32::from_le_bytes)?;
                if t.order.iter().any(|&o| o as usize >= meta.order_count) {
                    return Err(TransferError("order code out of range"));
                }
                t.sale = input.array(rows, |[b]: [u8; 1]| b != 0)?;
                t.amount = input.numbers(rows, f64::from_le_bytes)?;
            }
            (2, Some(meta)) => {
                let mut optional = |present: bool| -> Result<Option<Vec<f64>>, TransferError> {
                    match present {
                        true => Ok(Some(input.numbers(rows, f64::from_le_bytes)?)),
                        false => Ok(None),
                    }
                };
                t.quantity = optional(meta.has_quantity)?;
                t.cost = optional(meta.has_cost)?;
                t.profit = optional(meta.has_profit)?;
                t.processing_days = optional(meta.has_processing_days)?;
            }
            (3, Some(_)) => {
                t.customers = input.texts()?;
                t.customer = input.codes(rows, t.customers.len())?;
            }
            (4, Some(meta)) => t.currency = input.codes(rows, meta.currencies.len())?,
            (part, Some(meta)) if part >= PARTS && part < PARTS + meta.dimensions.len() => {
                let Some(&(role, order_level)) = meta.dimensions.get(part - PARTS) else {
                    return Err(TransferError("index dimension missing"));
                };
                let names = input.texts()?;
                let codes = input.codes(rows, names.len())?;
                t.dimensions.push(Dimension {
                    role,
                    names,
                    codes,
                    order_level,
                });
            }
            _ => return Ok(true),
        }
        self.parts += 1;
        let dimensions = self.meta.as_ref().map_or(0, |m| m.dimensions.len());
        Ok(self.parts == PARTS + dimensions)
    }

    /// The index read (call once [`IndexReader::step`] said it is whole).
    pub(super) fn finish(self) -> OrdersTable {
        let mut t = self.table;
        if let Some(meta) = self.meta {
            t.customer_role = meta.customer_role;
            t.currencies = meta.currencies;
            t.order_count = meta.order_count;
            t.has_status = meta.has_status;
            t.unknown_statuses = meta.unknown_statuses;
            t.sources = meta.sources;
            t.warnings = meta.warnings;
        }
        t
    }
}

// The index's missing code is read with the table's check (see `Reader::codes`).
const _: () = assert!(crate::core::kpi::keys::MISSING == crate::core::ingest::table::MISSING_TEXT);

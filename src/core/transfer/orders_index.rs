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

/// Reads an index written by [`write`], checking that every code points at a name (or is missing: the index's missing code is the table's), that
/// order codes are below the order count and that days never decrease.
pub(super) fn read(input: &mut Reader<impl Source>) -> Result<OrdersTable, TransferError> {
    if input.take(4)? != MAGIC {
        return Err(TransferError("unknown index format"));
    }
    let meta: IndexMeta =
        serde_json::from_slice(&input.bytes()?).map_err(|_| TransferError("index description unreadable"))?;
    let rows = usize::try_from(input.u64()?).map_err(|_| TransferError("too many rows"))?;
    let day: Vec<i64> = input.numbers(rows, i64::from_le_bytes)?;
    if day.windows(2).any(|w| w[1] < w[0]) {
        return Err(TransferError("index days out of order"));
    }
    let time_of_day = match meta.has_time_of_day {
        true => Some(input.numbers(rows, i32::from_le_bytes)?),
        false => None,
    };
    let order: Vec<u32> = input.numbers(rows, u32::from_le_bytes)?;
    if order.iter().any(|&o| o as usize >= meta.order_count) {
        return Err(TransferError("order code out of range"));
    }
    let sale = input.array(rows, |[b]: [u8; 1]| b != 0)?;
    let amount = input.numbers(rows, f64::from_le_bytes)?;
    let mut optional = |present: bool| -> Result<Option<Vec<f64>>, TransferError> {
        match present {
            true => Ok(Some(input.numbers(rows, f64::from_le_bytes)?)),
            false => Ok(None),
        }
    };
    let quantity = optional(meta.has_quantity)?;
    let cost = optional(meta.has_cost)?;
    let profit = optional(meta.has_profit)?;
    let processing_days = optional(meta.has_processing_days)?;
    let customers = input.texts()?;
    let customer_codes = input.codes(rows, customers.len())?;
    let currency = input.codes(rows, meta.currencies.len())?;
    let mut dimensions = Vec::with_capacity(meta.dimensions.len());
    for &(role, order_level) in &meta.dimensions {
        let names = input.texts()?;
        let codes = input.codes(rows, names.len())?;
        dimensions.push(Dimension {
            role,
            names,
            codes,
            order_level,
        });
    }
    Ok(OrdersTable {
        day,
        time_of_day,
        order,
        sale,
        amount,
        quantity,
        cost,
        profit,
        processing_days,
        customer: customer_codes,
        customers,
        customer_role: meta.customer_role,
        currency,
        currencies: meta.currencies,
        dimensions,
        order_count: meta.order_count,
        has_status: meta.has_status,
        unknown_statuses: meta.unknown_statuses,
        sources: meta.sources,
        warnings: meta.warnings,
    })
}

// The index's missing code is read with the table's check (see `Reader::codes`).
const _: () = assert!(crate::core::kpi::keys::MISSING == crate::core::ingest::table::MISSING_TEXT);

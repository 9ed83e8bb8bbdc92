//! The binary form of an orders index's figures of no filters — the row mask and history that
//! [`FiguresCache::history`](crate::core::kpi::orders_figures::FiguresCache::history) computes for the
//! default query — so that a parsing worker computes them with the index and the page starts with them.
//!
//! Layout (little endian, after the index): the magic `KBH1`, then one block — its `u64` length, its
//! bytes, and a `u64` checksum of those bytes (a damaged block is refused, never read). Inside the
//! block: the kept orders' arrays (lines, first rows, days, revenues, customers, processing days,
//! customer starts as `u64`, customer days and revenues), the month totals' arrays (month starts, then
//! per dimension its width as `u64` and its revenue and order arrays, then the two grid arrays), then the
//! filters not applied and the history (small: day series, cohorts) as length-prefixed JSON.

use super::{Reader, Sink, SliceSource, Source, TransferError, Writer};
use crate::core::kpi::kept_orders::KeptOrders;
use crate::core::kpi::month_totals::{DimensionMonths, MonthTotals};
use crate::core::kpi::orders_figures::{OrdersFigures, RowMask};
use crate::core::schema::Role;
use std::sync::Arc;

const MAGIC: &[u8; 4] = b"KBH1";

use crate::core::pipeline::OrdersHistory as History;

/// What is written as JSON: the filters not applied and the history.
#[derive(serde::Serialize, serde::Deserialize)]
struct Small {
    unapplied: Vec<Role>,
    history: OrdersFigures,
}

/// The block of `history`, written once and then copied (its length and checksum come first and last).
pub(super) fn block(history: &History) -> Vec<u8> {
    let (mask, figures) = history;
    let mut out = Vec::new();
    let mut w = Writer(&mut out);
    let k = &mask.orders;
    w.vector(&k.lines, |v| v.to_le_bytes());
    w.vector(&k.first_row, |v| v.to_le_bytes());
    w.vector(&k.day, |v| v.to_le_bytes());
    w.vector(&k.revenue, |v| v.to_le_bytes());
    w.vector(&k.customer, |v| v.to_le_bytes());
    w.vector(&k.processing, |v| v.to_le_bytes());
    let starts: Vec<u64> = k.customer_start.iter().map(|&s| s as u64).collect();
    w.vector(&starts, |v| v.to_le_bytes());
    w.vector(&k.customer_day, |v| v.to_le_bytes());
    w.vector(&k.customer_revenue, |v| v.to_le_bytes());
    let m = &mask.months;
    w.vector(&m.starts, |v| v.to_le_bytes());
    w.u32(m.dimensions.len() as u32);
    for d in &m.dimensions {
        w.0.put(&(d.width as u64).to_le_bytes());
        w.vector(&d.revenue, |v| v.to_le_bytes());
        w.vector(&d.orders, |v| v.to_le_bytes());
    }
    w.vector(&m.grid_orders, |v| v.to_le_bytes());
    w.vector(&m.grid_revenue, |v| v.to_le_bytes());
    let small = Small {
        unapplied: mask.unapplied.clone(),
        history: figures.as_ref().clone(),
    };
    w.bytes(&serde_json::to_vec(&small).unwrap_or_default());
    out
}

/// The number of bytes [`write`] writes for a block of `block_len` bytes.
pub(super) fn len(block_len: usize) -> usize {
    MAGIC.len() + 8 + block_len + 8
}

/// Writes a block made by [`block`].
pub(super) fn write(out: &mut Writer<impl Sink>, block: &[u8]) {
    out.0.put(MAGIC);
    out.0.put(&(block.len() as u64).to_le_bytes());
    out.0.put(block);
    out.0.put(&checksum(block).to_le_bytes());
}

/// Reads what [`write`] wrote: `Ok(None)` when the block is intact but cannot be used here (the page
/// then computes the history itself), an error when it is damaged.
pub(super) fn read(input: &mut Reader<impl Source>) -> Result<Option<History>, TransferError> {
    if input.take(4)? != MAGIC {
        return Err(TransferError("unknown history format"));
    }
    let len = usize::try_from(input.u64()?).map_err(|_| TransferError("too long"))?;
    let block = input.take(len)?;
    if input.u64()? != checksum(&block) {
        return Err(TransferError("the history is damaged"));
    }
    Ok(parse(&block).ok())
}

/// Reads the inside of an intact block.
fn parse(block: &[u8]) -> Result<History, TransferError> {
    let mut source = SliceSource(block);
    let mut r = Reader { source: &mut source };
    let count = |r: &mut Reader<_>| -> Result<usize, TransferError> {
        let n = r.u64()?;
        usize::try_from(n).map_err(|_| TransferError("too long"))
    };
    let mut k = KeptOrders::default();
    k.lines = r.vector(u32::from_le_bytes)?;
    k.first_row = r.vector(u32::from_le_bytes)?;
    k.day = r.vector(i64::from_le_bytes)?;
    k.revenue = r.vector(f64::from_le_bytes)?;
    k.customer = r.vector(u32::from_le_bytes)?;
    k.processing = r.vector(f64::from_le_bytes)?;
    let starts: Vec<u64> = r.vector(u64::from_le_bytes)?;
    k.customer_start = starts
        .into_iter()
        .map(|s| usize::try_from(s).map_err(|_| TransferError("too long")))
        .collect::<Result<_, _>>()?;
    k.customer_day = r.vector(i64::from_le_bytes)?;
    k.customer_revenue = r.vector(f64::from_le_bytes)?;
    let mut months = MonthTotals {
        starts: r.vector(i64::from_le_bytes)?,
        ..MonthTotals::default()
    };
    for _ in 0..r.u32()? {
        let width = count(&mut r)?;
        months.dimensions.push(DimensionMonths {
            width,
            revenue: r.vector(f64::from_le_bytes)?,
            orders: r.vector(f64::from_le_bytes)?,
        });
    }
    months.grid_orders = r.vector(f64::from_le_bytes)?;
    months.grid_revenue = r.vector(f64::from_le_bytes)?;
    let small: Small =
        serde_json::from_slice(&r.bytes()?).map_err(|_| TransferError("history unreadable"))?;
    let mask = RowMask {
        unapplied: small.unapplied,
        orders: k,
        months,
    };
    Ok((Arc::new(mask), Arc::new(small.history)))
}

/// A 64-bit checksum of `bytes` (FNV-1a over 8-byte words): tells a damaged block from an intact one.
fn checksum(bytes: &[u8]) -> u64 {
    let (words, rest) = bytes.as_chunks::<8>();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325 ^ bytes.len() as u64;
    for word in words
        .iter()
        .map(|w| u64::from_le_bytes(*w))
        .chain(rest.iter().map(|&b| u64::from(b)))
    {
        hash = (hash ^ word).wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

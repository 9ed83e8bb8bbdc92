//! The prepared, columnar index of every loaded orders file, built once per load.
//!
//! All orders datasets are merged into one table (so splitting a file into two changes nothing), rows are
//! sorted by (order day, order) so that a period is a contiguous row range and an order's lines are adjacent,
//! and every value a KPI needs is pre-computed per row: day number, effective amount, sale flag, customer,
//! order and dimension codes.
//!
//! **Amount rule.** The subtotal column when mapped (falling back to the amount when a row has none), else
//! the amount, else — only in files with neither column — quantity × unit price less the discount (a rate
//! when the discount column is a percentage or never exceeds 1, else an amount). In a file with an amount
//! column a line without one counts 0. An order-level amount is counted once: within one file, when every
//! order with two or more non-missing amounts has the same amount on all its lines (and, when the file has
//! quantity and unit price, that amount matches the sum of the lines rather than each line), the amount is
//! the order's, kept on its first line only. Without quantity and unit price to confirm it, equal amounts
//! are only taken as the order's when at least [`MIN_REPEATED_ORDERS`] orders show them (one or two orders
//! whose lines happen to cost the same are not evidence enough to drop lines). Files whose amount is given only on an order's first line
//! (Shopify) need no rule: the other lines are empty.

use super::codes::Codes;
use super::keys::{BorrowedKeys, MISSING};
use super::row_order::{order_rows, scatter};
use crate::core::ingest::table::{ColumnData, ColumnType, MISSING_TIME, SECONDS_PER_DAY};
use crate::core::schema::dataset::Dataset;
use crate::core::schema::kinds::Kind;
use crate::core::schema::normalize::{order_status, OrderStatus};
use crate::core::schema::roles::Role;
use crate::core::time::month_index;
use std::borrow::Cow;

/// Roles that can break orders down, in display order.
pub const DIMENSION_ROLES: &[Role] = &[
    Role::Channel,
    Role::Category,
    Role::Product,
    Role::ProductName,
    Role::Country,
    Role::SalesRep,
    Role::Campaign,
    Role::Segment,
    Role::Source,
    Role::Status,
];

/// One dimension of the merged orders: a global dictionary and a code per row.
#[derive(Clone, Debug)]
pub struct Dimension {
    /// The role.
    pub role: Role,
    /// Values by code.
    pub names: Vec<String>,
    /// Code per (sorted) row; [`MISSING`] when the row has no value.
    pub codes: Codes,
    /// Whether every order has one value (channel, country…) rather than one per line (product…).
    pub order_level: bool,
}

/// The merged, sorted orders index.
#[derive(Clone, Debug, Default)]
pub struct OrdersTable {
    /// Day number per row, ascending.
    pub day: Vec<i64>,
    /// Seconds since midnight per row (−1 = unknown) when any file has order times.
    pub time_of_day: Option<Vec<i32>>,
    /// Order code per row; an order's rows are adjacent.
    pub order: Vec<u32>,
    /// Whether the row counts as a sale (not cancelled / refunded / failed / void / test).
    pub sale: Vec<bool>,
    /// Effective amount per row (0 when missing or counted on another line).
    pub amount: Vec<f64>,
    /// Quantity per row (0 when missing), when any file has quantities.
    pub quantity: Option<Vec<f64>>,
    /// Cost of goods per row (NaN = unknown), when any file has costs.
    pub cost: Option<Vec<f64>>,
    /// Profit per row (NaN = unknown), when any file has profit.
    pub profit: Option<Vec<f64>>,
    /// Days from order to fulfilment per row (NaN = unknown), when any file has fulfilment dates.
    pub processing_days: Option<Vec<f64>>,
    /// Customer code per row ([`MISSING`] = unknown).
    pub customer: Vec<u32>,
    /// Customer keys by code.
    pub customers: Vec<String>,
    /// The role customers come from (customer id, else company), if any file has one.
    pub customer_role: Option<Role>,
    /// Currency code per row ([`MISSING`] = unknown).
    pub currency: Vec<u32>,
    /// Currency names by code.
    pub currencies: Vec<String>,
    /// Dimension columns present in at least one file.
    pub dimensions: Vec<Dimension>,
    /// Number of distinct orders.
    pub order_count: usize,
    /// Whether any file has a status column.
    pub has_status: bool,
    /// Status words that no vocabulary knows (counted as completed).
    pub unknown_statuses: Vec<String>,
    /// Columns used per file, e.g. `orders.csv: Created at, Total`.
    pub sources: Vec<String>,
    /// Data-quality notes from preparation.
    pub warnings: Vec<crate::core::i18n::Text>,
}

fn numbers(ds: &Dataset, role: Role) -> Option<&[f64]> {
    match &ds.column(role)?.data {
        ColumnData::Number(v) => Some(v),
        _ => None,
    }
}

fn times(ds: &Dataset, role: Role) -> Option<(&[i64], bool)> {
    match &ds.column(role)?.data {
        ColumnData::Time { values, has_time } => Some((values, *has_time)),
        _ => None,
    }
}

fn value_at(v: Option<&[f64]>, row: usize) -> f64 {
    v.and_then(|v| v.get(row)).copied().unwrap_or(f64::NAN)
}

/// How the amount of a file's rows is obtained.
fn row_amounts(ds: &Dataset) -> Option<Vec<f64>> {
    let n = ds.row_count();
    let subtotal = numbers(ds, Role::Subtotal);
    let amount = numbers(ds, Role::Amount);
    let quantity = numbers(ds, Role::Quantity);
    let price = numbers(ds, Role::UnitPrice);
    if subtotal.is_none() && amount.is_none() && (quantity.is_none() || price.is_none()) {
        return None;
    }
    let discount = numbers(ds, Role::Discount);
    let discount_is_rate = ds.column(Role::Discount).is_some_and(|c| {
        c.column_type == ColumnType::Percent
            || discount.is_some_and(|d| d.iter().filter(|x| !x.is_nan()).all(|x| x.abs() <= 1.0))
    });
    let computed = |row: usize| {
        let q = value_at(quantity, row);
        let p = value_at(price, row);
        let gross = q * p;
        let d = value_at(discount, row);
        if d.is_nan() {
            gross
        } else if discount_is_rate {
            gross * (1.0 - d)
        } else {
            gross - d
        }
    };
    Some(
        (0..n)
            .map(|row| {
                let s = value_at(subtotal, row);
                if !s.is_nan() {
                    return s;
                }
                let a = value_at(amount, row);
                if !a.is_nan() || subtotal.is_some() || amount.is_some() {
                    // A file with an amount column: a missing amount is an empty line (Shopify gives
                    // the order total on the first line only), not a line to price from quantity.
                    return a;
                }
                computed(row)
            })
            .collect(),
    )
}

/// The rows of each order code (ascending), in one flat array: no allocation per order.
struct OrderGroups {
    /// `start[o]..start[o + 1]` indexes `rows` for order `o`.
    start: Vec<usize>,
    rows: Vec<usize>,
}

impl OrderGroups {
    fn new(orders: &[u32]) -> OrderGroups {
        let n = orders
            .iter()
            .filter(|&&o| o != MISSING)
            .map(|&o| o as usize + 1)
            .max()
            .unwrap_or(0);
        let mut start = vec![0usize; n + 1];
        for &o in orders.iter().filter(|&&o| o != MISSING) {
            if let Some(c) = start.get_mut(o as usize + 1) {
                *c += 1;
            }
        }
        let mut acc = 0usize;
        for c in start.iter_mut() {
            acc += *c;
            *c = acc;
        }
        let mut next = start.clone();
        let mut rows = vec![0usize; acc];
        for (row, &o) in orders.iter().enumerate().filter(|(_, &o)| o != MISSING) {
            if let Some(p) = next.get_mut(o as usize) {
                if let Some(x) = rows.get_mut(*p) {
                    *x = row;
                }
                *p += 1;
            }
        }
        OrderGroups { start, rows }
    }

    /// Each order's rows (empty for codes without rows).
    fn iter(&self) -> impl Iterator<Item = &[usize]> {
        self.start
            .windows(2)
            .map(|w| self.rows.get(w[0]..w[1]).unwrap_or(&[]))
    }
}

/// Orders with the same amount on all their lines needed to call a file's amounts order-level when
/// quantity × unit price cannot confirm it.
pub const MIN_REPEATED_ORDERS: usize = 3;

/// Whether two amounts are the same up to rounding (half a percent, or half a cent under 1).
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.005 * a.abs().max(b.abs()).max(1.0)
}

/// Whether some order has a non-missing amount not [`close`] to its first one (in row order): then the
/// amounts are per line and the order-level rule does not apply. One pass in row order that remembers each
/// order's first amount, usually answered after a few rows — instead of grouping every row by order.
fn some_order_has_unequal_amounts(orders: &[u32], amounts: &[f64]) -> bool {
    let mut first: Vec<f64> = Vec::new();
    for (&o, &a) in orders.iter().zip(amounts) {
        if o == MISSING || a.is_nan() {
            continue;
        }
        let o = o as usize;
        if o >= first.len() {
            first.resize(o + 1, f64::NAN);
        }
        if let Some(f) = first.get_mut(o) {
            if f.is_nan() {
                *f = a;
            } else if !close(a, *f) {
                return true;
            }
        }
    }
    false
}

/// Applies the order-level amount rule to one file's rows (see the module documentation).
fn count_order_amounts_once(ds: &Dataset, orders: &[u32], amounts: &mut [f64]) -> bool {
    if numbers(ds, Role::Subtotal).is_none() && numbers(ds, Role::Amount).is_none() {
        return false; // computed from quantity × price: line-level by nature
    }
    if some_order_has_unequal_amounts(orders, amounts) {
        return false; // an unequal order makes the rule fail below: no need to group the rows
    }
    apply_order_level_rule(ds, orders, amounts)
}

/// The order-level amount rule itself, on rows grouped by order (see the module documentation).
fn apply_order_level_rule(ds: &Dataset, orders: &[u32], amounts: &mut [f64]) -> bool {
    let quantity = numbers(ds, Role::Quantity);
    let price = numbers(ds, Role::UnitPrice);
    let groups = OrderGroups::new(orders);
    let (mut multi, mut unequal, mut order_match, mut line_match) = (0, 0, 0, 0);
    for rows in groups.iter() {
        // The order's non-missing amounts, read in place (no allocation per order).
        let present = || {
            rows.iter()
                .filter_map(|&r| amounts.get(r).copied())
                .filter(|a| !a.is_nan())
        };
        let Some(first) = present().next() else {
            continue;
        };
        if present().nth(1).is_none() {
            continue;
        }
        multi += 1;
        if present().any(|a| !close(a, first)) {
            unequal += 1;
            continue;
        }
        if let (Some(_), Some(_)) = (quantity, price) {
            let lines = || rows.iter().map(|&r| value_at(quantity, r) * value_at(price, r));
            let sum: f64 = lines().filter(|x| !x.is_nan()).sum();
            if lines().all(|l| close(l, first)) {
                line_match += 1;
            } else if close(sum, first) {
                order_match += 1;
            }
        }
    }
    let confirmed = order_match > 0 || multi >= MIN_REPEATED_ORDERS;
    let order_level = multi > 0 && unequal == 0 && order_match >= line_match && confirmed;
    if order_level {
        for rows in groups.iter() {
            let mut seen = false;
            for &r in rows {
                if let Some(a) = amounts.get_mut(r) {
                    if !a.is_nan() {
                        if seen {
                            *a = f64::NAN;
                        }
                        seen = true;
                    }
                }
            }
        }
    }
    order_level
}

/// Appends a file's per-row `values` to a merged column: only the rows of `kept` (all rows when `None`);
/// moved instead of copied when the column is still empty and every row is kept.
fn append<T: Copy>(dst: &mut Vec<T>, values: Vec<T>, kept: Option<&[u32]>) {
    match kept {
        None if dst.is_empty() => *dst = values,
        None => dst.extend_from_slice(&values),
        Some(rows) => dst.extend(rows.iter().filter_map(|&r| values.get(r as usize).copied())),
    }
}

/// Pads a merged column with `fill` up to `len` rows (rows of files without that column).
fn pad<T: Copy>(dst: &mut Vec<T>, len: usize, fill: T) {
    if dst.len() < len {
        dst.resize(len, fill);
    }
}

/// Appends the rows of `kept` (all when `None`) of a file column computed per row by `f`.
fn append_with<T>(dst: &mut Vec<T>, n: usize, kept: Option<&[u32]>, f: impl Fn(usize) -> T) {
    match kept {
        None => dst.extend((0..n).map(f)),
        Some(rows) => dst.extend(rows.iter().map(|&r| f(r as usize))),
    }
}

/// A quantity as counted: 0 when missing or not finite.
fn quantity_at(q: &[f64], row: usize) -> f64 {
    let q = q.get(row).copied().unwrap_or(f64::NAN);
    if q.is_finite() {
        q
    } else {
        0.0
    }
}

/// Days from order (`dates`) to fulfilment (`fulfilled`) of a row, NaN when unknown.
fn processing_at(fulfilled: &[i64], dates: &[i64], row: usize) -> f64 {
    let f = fulfilled.get(row).copied().unwrap_or(MISSING_TIME);
    if f == MISSING_TIME {
        f64::NAN
    } else {
        (f - dates.get(row).copied().unwrap_or(0)) as f64 / SECONDS_PER_DAY as f64
    }
}

/// `v` cut or padded with `fill` to `n` values.
fn fitted<T: Copy>(mut v: Vec<T>, n: usize, fill: T) -> Vec<T> {
    pad(&mut v, n, fill);
    v.truncate(n);
    v
}

/// Customer codes renumbered in place in order of first appearance (rows in time order), so that scans of
/// a period touch nearby codes, with the customers' keys by new code.
fn first_appearance_codes(mut codes: Vec<u32>, keys: &BorrowedKeys) -> (Vec<u32>, Vec<String>) {
    let mut remap = vec![MISSING; keys.len()];
    // The old code of each new code.
    let mut old_codes: Vec<u32> = Vec::with_capacity(keys.len());
    for c in codes.iter_mut() {
        *c = match remap.get_mut(*c as usize) {
            Some(m) if *m == MISSING => {
                *m = old_codes.len() as u32;
                old_codes.push(*c);
                *m
            }
            Some(m) => *m,
            None => MISSING,
        };
    }
    (codes, names_by_new_code(keys, &remap, &old_codes))
}

/// The keys of the codes that appear (`remap[old] != MISSING`), by new code: copied in old-code order
/// (the keys' text read in the order it lies in memory, not at random), then only the strings' handles
/// moved into the new order.
fn names_by_new_code(keys: &BorrowedKeys, remap: &[u32], old_codes: &[u32]) -> Vec<String> {
    let mut owned: Vec<Option<String>> = remap
        .iter()
        .enumerate()
        .map(|(old, &new)| (new != MISSING).then(|| keys.name(old as u32).unwrap_or_default().to_string()))
        .collect();
    old_codes
        .iter()
        .map(|&old| {
            owned
                .get_mut(old as usize)
                .and_then(Option::take)
                .unwrap_or_default()
        })
        .collect()
}

/// Rows compared at once by [`is_order_level`] before it looks whether a mixed order was found.
const ORDER_LEVEL_CHUNK: usize = 1 << 14;

/// Whether a dimension is order-level: no row (rows sorted, an order's rows adjacent) has another value
/// than the row before of the same order. Each chunk of rows is compared without a branch per row.
fn is_order_level(order: &[u32], codes: &[u32]) -> bool {
    let n = order.len().min(codes.len());
    let (Some(orders), Some(next_orders), Some(values), Some(next_values)) = (
        order.get(..n.saturating_sub(1)),
        order.get(1..n),
        codes.get(..n.saturating_sub(1)),
        codes.get(1..n),
    ) else {
        return true;
    };
    let pairs = orders
        .chunks(ORDER_LEVEL_CHUNK)
        .zip(next_orders.chunks(ORDER_LEVEL_CHUNK));
    let values = values
        .chunks(ORDER_LEVEL_CHUNK)
        .zip(next_values.chunks(ORDER_LEVEL_CHUNK));
    !pairs.zip(values).any(|((o0, o1), (c0, c1))| {
        o0.iter()
            .zip(o1)
            .zip(c0.iter().zip(c1))
            .fold(false, |mixed, ((a, b), (x, y))| mixed | ((a == b) & (x != y)))
    })
}

/// Rows of the merged table before sorting.
#[derive(Default)]
struct Staging {
    time_of_day: Vec<i32>,
    order: Vec<u32>,
    sale: Vec<bool>,
    amount: Vec<f64>,
    quantity: Vec<f64>,
    cost: Vec<f64>,
    profit: Vec<f64>,
    processing: Vec<f64>,
    customer: Vec<u32>,
    currency: Vec<u32>,
    dims: Vec<Vec<u32>>,
}

/// Where a packed column lies: its word, shift and mask.
#[derive(Clone, Copy, Debug)]
struct Field {
    word: usize,
    shift: u32,
    mask: u64,
}

/// Narrow per-row values (flags, codes, times of day) packed into 64-bit words, so that reordering the
/// rows moves several columns with one random read instead of one read per column.
struct PackedColumns {
    rows: usize,
    words: Vec<Vec<u64>>,
    used: Vec<u32>,
}

impl PackedColumns {
    /// No column yet, for `rows` rows.
    fn new(rows: usize) -> PackedColumns {
        PackedColumns {
            rows,
            words: Vec::new(),
            used: Vec::new(),
        }
    }

    /// Adds a column of `rows` values (`values` then `fill` for the missing ones), each encoded by
    /// `encode` and stored in as many bits as the largest code needs.
    fn add<T: Copy>(&mut self, values: &[T], fill: T, encode: impl Fn(T) -> u32) -> Field {
        let values = values.get(..self.rows).unwrap_or(values);
        let missing = self.rows - values.len();
        let max = values.iter().map(|&v| encode(v)).fold(0, u32::max);
        let max = if missing > 0 { max.max(encode(fill)) } else { max };
        let bits = u32::BITS - max.leading_zeros();
        let word = match self.used.iter().position(|&u| u + bits <= u64::BITS) {
            Some(w) => w,
            None => {
                self.words.push(vec![0; self.rows]);
                self.used.push(0);
                self.words.len() - 1
            }
        };
        let shift = self.used.get(word).copied().unwrap_or(0);
        if let Some(u) = self.used.get_mut(word) {
            *u += bits;
        }
        if let Some(w) = self.words.get_mut(word) {
            let (head, tail) = w.split_at_mut(values.len());
            for (x, &v) in head.iter_mut().zip(values) {
                *x |= u64::from(encode(v)) << shift;
            }
            let f = u64::from(encode(fill)) << shift;
            for x in tail {
                *x |= f;
            }
        }
        Field {
            word,
            shift,
            mask: (1u64 << bits) - 1,
        }
    }

    /// The words moved to their rows' sorted `places` (see [`order_rows`]).
    fn moved(self, places: &[u32]) -> PackedColumns {
        let words = self
            .words
            .iter()
            .map(|w| {
                let mut out = Vec::new();
                scatter(w, places, 0, &mut out);
                out
            })
            .collect();
        PackedColumns {
            rows: places.len(),
            words,
            used: self.used,
        }
    }

    /// The codes of a column stored as code + 1 (0 = [`MISSING`]), row by row.
    fn codes(&self, f: Field) -> Vec<u32> {
        self.values(f).map(|x| x.wrapping_sub(1)).collect()
    }

    /// The values of a column, row by row.
    fn values(&self, f: Field) -> impl Iterator<Item = u32> + '_ {
        // Every column has a word of `rows` values.
        let w = self.words.get(f.word).map_or(&[][..], Vec::as_slice);
        w.iter().map(move |&x| ((x >> f.shift) & f.mask) as u32)
    }
}

impl OrdersTable {
    /// Merges and indexes every orders dataset of `datasets`; `None` when none has a date and an amount.
    pub fn build(datasets: &[&Dataset]) -> Option<OrdersTable> {
        let files: Vec<&Dataset> = datasets
            .iter()
            .copied()
            .filter(|d| d.kind == Kind::Orders)
            .collect();
        let mut table = OrdersTable::default();
        let total_rows: usize = files.iter().map(|d| d.row_count()).sum();
        let mut st = Staging {
            dims: vec![Vec::new(); DIMENSION_ROLES.len()],
            ..Staging::default()
        };
        st.order.reserve(total_rows);
        // An order's day is its earliest line's day, so its lines stay together (by order code; filled
        // file by file, so the rows' days need no column of their own: the sorted one follows from it).
        let mut order_day: Vec<i64> = Vec::new();
        let mut order_keys = BorrowedKeys::new();
        let mut customer_keys = BorrowedKeys::new();
        let mut currency_keys = BorrowedKeys::new();
        let mut dim_keys: Vec<BorrowedKeys> = vec![BorrowedKeys::new(); DIMENSION_ROLES.len()];
        let mut dim_present = vec![false; DIMENSION_ROLES.len()];
        let (mut any_time, mut any_qty, mut any_cost, mut any_profit, mut any_fulfil) =
            (false, false, false, false, false);
        let uses_customer_id = files.iter().any(|d| d.column(Role::CustomerId).is_some());
        let mut unknown_statuses: Vec<String> = Vec::new();
        let mut used_any = false;
        for ds in files {
            let Some((dates, has_time)) = times(ds, Role::OrderDate) else {
                table.warnings.push(crate::text!(
                    "{file}: no order date column with dates, so the file is not used for order KPIs",
                    file = &ds.name
                ));
                continue;
            };
            let Some(mut amounts) = row_amounts(ds) else {
                table.warnings.push(crate::text!(
                    "{file}: no amount (or quantity and unit price) column, so the file is not used for order KPIs",
                    file = &ds.name
                ));
                continue;
            };
            used_any = true;
            let n = ds.row_count();
            // Orders: the file's ids, or one fresh order per row.
            let mut orders = match ds.column(Role::OrderId) {
                Some(c) => order_keys.codes_of(c),
                None => vec![MISSING; n],
            };
            if count_order_amounts_once(ds, &orders, &mut amounts) {
                table.warnings.push(crate::text!(
                    "{file}: the amount is repeated on every line of an order, so it is counted once per order",
                    file = &ds.name
                ));
            }
            for o in orders.iter_mut() {
                if *o == MISSING {
                    *o = order_keys.fresh();
                }
            }
            let customer_col = if uses_customer_id {
                ds.column(Role::CustomerId)
            } else {
                ds.column(Role::Company)
            };
            let customers = customer_col.map_or_else(|| vec![MISSING; n], |c| customer_keys.codes_of(c));
            // Status per dictionary entry, not per row.
            let sale: Vec<bool> = match ds.column(Role::Status).map(|c| &c.data) {
                Some(ColumnData::Text { dict, codes }) => {
                    table.has_status = true;
                    let per_entry: Vec<bool> = dict
                        .iter()
                        .map(|s| {
                            let st = order_status(s);
                            if st == OrderStatus::Unknown && !unknown_statuses.contains(s) {
                                unknown_statuses.push(s.clone());
                            }
                            st.counts_as_sale()
                        })
                        .collect();
                    codes
                        .iter()
                        .map(|&c| per_entry.get(c as usize).copied().unwrap_or(true))
                        .collect()
                }
                _ => vec![true; n],
            };
            let currency: Vec<u32> = match ds.column(Role::Currency) {
                Some(c) => currency_keys.codes_of(c),
                None => {
                    let cur = ds
                        .column(Role::Subtotal)
                        .or(ds.column(Role::Amount))
                        .or(ds.column(Role::UnitPrice))
                        .and_then(|c| c.currency.as_deref());
                    let code = cur.map_or(MISSING, |c| currency_keys.intern(Cow::Borrowed(c)));
                    vec![code; n]
                }
            };
            let quantity = numbers(ds, Role::Quantity);
            let cost = numbers(ds, Role::Cost);
            let profit = numbers(ds, Role::Profit);
            let fulfilled = times(ds, Role::FulfilledAt);
            let dims: Vec<Option<Vec<u32>>> = DIMENSION_ROLES
                .iter()
                .zip(dim_keys.iter_mut())
                .map(|(&role, keys)| ds.column(role).map(|c| keys.codes_of(c)))
                .collect();
            // The rows with an order date (`None`: all of them), appended column by column.
            let dated = dates.iter().take(n).filter(|&&t| t != MISSING_TIME).count();
            let skipped = n - dated;
            let kept_rows: Option<Vec<u32>> = (skipped > 0 || dates.len() < n).then(|| {
                (0..n as u32)
                    .filter(|&r| dates.get(r as usize).is_some_and(|&t| t != MISSING_TIME))
                    .collect()
            });
            let kept = kept_rows.as_deref();
            let before = st.order.len();
            let date_at = |row: usize| dates.get(row).copied().unwrap_or(0);
            order_day.resize(order_keys.len().max(order_day.len()), i64::MAX);
            let mut earliest = |r: usize| {
                let d = date_at(r).div_euclid(SECONDS_PER_DAY);
                if let Some(od) = orders.get(r).and_then(|&o| order_day.get_mut(o as usize)) {
                    *od = (*od).min(d);
                }
            };
            match kept {
                None => (0..n).for_each(&mut earliest),
                Some(rows) => rows.iter().for_each(|&r| earliest(r as usize)),
            }
            append(&mut st.order, orders, kept);
            let added = st.order.len() - before;
            append(&mut st.sale, sale, kept);
            // The file's amounts are the column (moved when it is the only file and every row is kept).
            for a in amounts.iter_mut().filter(|a| !a.is_finite()) {
                *a = 0.0;
            }
            append(&mut st.amount, amounts, kept);
            append(&mut st.customer, customers, kept);
            append(&mut st.currency, currency, kept);
            // Optional columns: filled only from the first file that has them on (earlier rows padded).
            if has_time {
                pad(&mut st.time_of_day, before, -1);
                append_with(&mut st.time_of_day, n, kept, |r| {
                    date_at(r).rem_euclid(SECONDS_PER_DAY) as i32
                });
            } else if any_time {
                pad(&mut st.time_of_day, before + added, -1);
            }
            if let Some(q) = quantity {
                pad(&mut st.quantity, before, 0.0);
                append_with(&mut st.quantity, n, kept, |r| quantity_at(q, r));
            } else if any_qty {
                pad(&mut st.quantity, before + added, 0.0);
            }
            for (column, any, out) in [
                (cost, any_cost, &mut st.cost),
                (profit, any_profit, &mut st.profit),
            ] {
                if let Some(v) = column {
                    pad(out, before, f64::NAN);
                    append_with(out, n, kept, |r| value_at(Some(v), r));
                } else if any {
                    pad(out, before + added, f64::NAN);
                }
            }
            if let Some((f, _)) = fulfilled {
                pad(&mut st.processing, before, f64::NAN);
                append_with(&mut st.processing, n, kept, |r| processing_at(f, dates, r));
            } else if any_fulfil {
                pad(&mut st.processing, before + added, f64::NAN);
            }
            for ((out, d), present) in st.dims.iter_mut().zip(dims).zip(dim_present.iter_mut()) {
                match d {
                    Some(codes) => {
                        pad(out, before, MISSING);
                        append(out, codes, kept);
                        *present = true;
                    }
                    None if *present => pad(out, before + added, MISSING),
                    None => {}
                }
            }
            any_time |= has_time;
            any_qty |= quantity.is_some();
            any_cost |= cost.is_some();
            any_profit |= profit.is_some();
            any_fulfil |= fulfilled.is_some();
            if skipped > 0 {
                table.warnings.push(crate::text_n!(
                    "{file}: {count} row without an order date was left out",
                    "{file}: {count} rows without an order date were left out",
                    count = skipped,
                    file = &ds.name
                ));
            }
            let mut used: Vec<&str> = Vec::new();
            for (i, role) in ds.roles.iter().enumerate() {
                if let (Some(_), Some(c)) = (role, ds.table.columns.get(i)) {
                    used.push(&c.name);
                }
            }
            table.sources.push(format!("{}: {}", ds.name, used.join(", ")));
        }
        if !used_any {
            return None;
        }
        order_day.resize(order_keys.len(), i64::MAX);
        let n = st.order.len();
        // Rows already in (order day, order) order (exports sorted by date): nothing to move.
        let (places, runs) = order_rows(&st.order, &order_day);
        let in_order = places.is_none();
        let places = places.unwrap_or_default();
        // The day column (and, for rows that move, the order column) follows from the sorted orders: no
        // random reads.
        table.day = Vec::with_capacity(n);
        for &(_, rows, day) in &runs {
            table.day.extend(std::iter::repeat_n(day, rows));
        }
        table.order = if in_order {
            std::mem::take(&mut st.order)
        } else {
            drop(std::mem::take(&mut st.order));
            let mut order = Vec::with_capacity(n);
            for &(o, rows, _) in &runs {
                order.extend(std::iter::repeat_n(o, rows));
            }
            order
        };
        drop(runs);
        // Each reordered column is written into the previous one's (now unused) buffer: one fresh
        // allocation for all of them.
        let mut spare: Vec<f64> = Vec::new();
        let mut take = |v: &mut Vec<f64>, fill: f64| -> Vec<f64> {
            pad(v, n, fill);
            let mut v = std::mem::take(v);
            if in_order {
                v.truncate(n);
                return v;
            }
            let mut out = std::mem::take(&mut spare);
            scatter(&v, &places, fill, &mut out);
            spare = v;
            out
        };
        // MISSING → 0.
        let code = |c: u32| c.wrapping_add(1);
        // The narrow columns (flags, codes, times of day): rows already in order keep them as they are;
        // otherwise they move together, packed into words.
        let mut packed: Option<(PackedColumns, Field, Field, Vec<Option<Field>>)> = None;
        if in_order {
            table.sale = fitted(std::mem::take(&mut st.sale), n, true);
            table.time_of_day = any_time.then(|| fitted(std::mem::take(&mut st.time_of_day), n, -1));
            let customer = fitted(std::mem::take(&mut st.customer), n, MISSING);
            (table.customer, table.customers) = first_appearance_codes(customer, &customer_keys);
            table.currency = fitted(std::mem::take(&mut st.currency), n, MISSING);
            // Each dimension's codes moved as they are (not copied while the others still wait).
            let dims = std::mem::take(&mut st.dims);
            for ((&role, (codes, &present)), keys) in DIMENSION_ROLES
                .iter()
                .zip(dims.into_iter().zip(&dim_present))
                .zip(&dim_keys)
            {
                if present {
                    let codes = fitted(codes, n, MISSING);
                    let order_level = is_order_level(&table.order, &codes);
                    let names = keys.to_names();
                    table.dimensions.push(Dimension {
                        role,
                        codes: Codes::new(codes, names.len()),
                        names,
                        order_level,
                    });
                }
            }
            st.dims = Vec::new();
        } else {
            let mut words = PackedColumns::new(n);
            let sale_field = words.add(&st.sale, true, u32::from);
            let time_field = any_time.then(|| words.add(&st.time_of_day, -1, |t| (t as u32).wrapping_add(1)));
            let customer_field = words.add(&st.customer, MISSING, code);
            let currency_field = words.add(&st.currency, MISSING, code);
            let dim_fields: Vec<Option<Field>> = st
                .dims
                .iter()
                .zip(&dim_present)
                .map(|(codes, &present)| present.then(|| words.add(codes, MISSING, code)))
                .collect();
            st.sale = Vec::new();
            st.time_of_day = Vec::new();
            st.customer = Vec::new();
            st.currency = Vec::new();
            st.dims = Vec::new();
            let words = words.moved(&places);
            table.time_of_day =
                time_field.map(|f| words.values(f).map(|x| x.wrapping_sub(1) as i32).collect());
            table.sale = words.values(sale_field).map(|x| x != 0).collect();
            packed = Some((words, customer_field, currency_field, dim_fields));
        }
        table.amount = take(&mut st.amount, 0.0);
        table.quantity = any_qty.then(|| take(&mut st.quantity, 0.0));
        table.cost = any_cost.then(|| take(&mut st.cost, f64::NAN));
        table.profit = any_profit.then(|| take(&mut st.profit, f64::NAN));
        table.processing_days = any_fulfil.then(|| take(&mut st.processing, f64::NAN));
        drop(spare);
        if let Some((words, customer_field, _, _)) = &packed {
            let customer = words.codes(*customer_field);
            (table.customer, table.customers) = first_appearance_codes(customer, &customer_keys);
        }
        table.customer_role = if customer_keys.is_empty() {
            None
        } else if uses_customer_id {
            Some(Role::CustomerId)
        } else {
            Some(Role::Company)
        };
        if let Some((words, _, currency_field, _)) = &packed {
            table.currency = words.codes(*currency_field);
        }
        table.currencies = currency_keys.to_names();
        table.order_count = order_keys.len();
        if let Some((words, _, _, dim_fields)) = &packed {
            for ((&role, field), keys) in DIMENSION_ROLES.iter().zip(dim_fields).zip(&dim_keys) {
                if let Some(field) = field {
                    let codes = words.codes(*field);
                    let order_level = is_order_level(&table.order, &codes);
                    let names = keys.to_names();
                    table.dimensions.push(Dimension {
                        role,
                        codes: Codes::new(codes, names.len()),
                        names,
                        order_level,
                    });
                }
            }
        }
        drop(packed);
        table.unknown_statuses = unknown_statuses;
        if !table.unknown_statuses.is_empty() {
            table.warnings.push(crate::text!(
                "Unknown order statuses counted as completed: {statuses}",
                statuses = table.unknown_statuses.join(", ")
            ));
        }
        Some(table)
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.day.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.day.is_empty()
    }

    /// The month ([`month_index`], months since year 0) of the first row, if any (rows ascend by day).
    pub fn first_month(&self) -> Option<i64> {
        self.day.first().map(|&d| month_index(d))
    }

    /// The month ([`month_index`]) of the last row, if any.
    pub fn last_month(&self) -> Option<i64> {
        self.day.last().map(|&d| month_index(d))
    }

    /// The rows whose day lies in `[start, end)`, as an index range (rows are sorted by day).
    pub fn rows_between(&self, start: i64, end: i64) -> std::ops::Range<usize> {
        let a = self.day.partition_point(|&d| d < start);
        let b = self.day.partition_point(|&d| d < end).max(a);
        a..b
    }

    /// The dimension column of `role`, if any file has it.
    pub fn dimension(&self, role: Role) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.role == role)
    }
}

#[cfg(test)]
use super::row_order::seeded_numbers;

#[cfg(test)]
mod first_appearance_tests {
    use super::{first_appearance_codes, BorrowedKeys, MISSING};
    use std::borrow::Cow;

    /// The reference: each key copied when its code first appears.
    fn one_by_one(codes: &[u32], keys: &BorrowedKeys) -> (Vec<u32>, Vec<String>) {
        let mut remap = vec![MISSING; keys.len()];
        let mut names = Vec::new();
        let codes = codes
            .iter()
            .map(|&c| match remap.get_mut(c as usize) {
                Some(m) if *m == MISSING => {
                    *m = names.len() as u32;
                    names.push(keys.name(c).unwrap_or_default().to_string());
                    *m
                }
                Some(m) => *m,
                None => MISSING,
            })
            .collect();
        (codes, names)
    }

    #[test]
    fn renumbering_matches_copying_each_key_when_first_seen() {
        let mut next = super::seeded_numbers(0x5851_F42D_4C95_7F2D);
        for case in 0..200 {
            let n_keys = next(50) as u32;
            let names: Vec<String> = (0..n_keys).map(|k| format!("k{k}")).collect();
            let mut keys = BorrowedKeys::new();
            for name in &names {
                keys.intern(Cow::Borrowed(name));
            }
            // Some keys never appear; some rows have no customer.
            let codes: Vec<u32> = (0..next(300))
                .map(|_| {
                    if n_keys == 0 || next(6) == 0 {
                        MISSING
                    } else {
                        next(u64::from(n_keys).div_ceil(2)) as u32 * 2 % n_keys
                    }
                })
                .collect();
            assert_eq!(
                first_appearance_codes(codes.clone(), &keys),
                one_by_one(&codes, &keys),
                "case {case}"
            );
        }
    }
}

#[cfg(test)]
mod order_level_tests {
    use super::{is_order_level, ORDER_LEVEL_CHUNK};

    /// The reference: every pair of adjacent rows of one order has one value.
    fn pairwise(order: &[u32], codes: &[u32]) -> bool {
        order
            .windows(2)
            .zip(codes.windows(2))
            .all(|(o, c)| o[0] != o[1] || c[0] == c[1])
    }

    #[test]
    fn chunked_check_agrees_with_the_pairwise_one() {
        let mut next = super::seeded_numbers(0x2545_F491_4F6C_DD1D);
        let (mut mixed, mut level) = (0, 0);
        for case in 0..200 {
            let rows = match case % 4 {
                0 => next(8) as usize,
                1 => next(200) as usize,
                _ => ORDER_LEVEL_CHUNK - 3 + next(2 * ORDER_LEVEL_CHUNK as u64) as usize,
            };
            // Orders of 1–4 adjacent lines, each with the order's value, one line sometimes another.
            let (mut order, mut codes) = (Vec::new(), Vec::new());
            let mut o = 0u32;
            let odd_one = next(rows.max(1) as u64 * 2) as usize;
            while order.len() < rows {
                let value = next(5) as u32;
                for _ in 0..1 + next(4) {
                    let row = order.len();
                    order.push(o);
                    codes.push(if row == odd_one { value + 1 } else { value });
                }
                o += 1;
            }
            let expected = pairwise(&order, &codes);
            assert_eq!(is_order_level(&order, &codes), expected, "case {case}");
            if expected {
                level += 1;
            } else {
                mixed += 1;
            }
        }
        assert!(mixed > 30 && level > 30, "{mixed} {level}");
        // A mixed pair across a chunk boundary.
        let order = vec![0u32; ORDER_LEVEL_CHUNK + 1];
        let mut codes = vec![1u32; ORDER_LEVEL_CHUNK + 1];
        assert!(is_order_level(&order, &codes));
        codes[ORDER_LEVEL_CHUNK] = 2;
        assert!(!is_order_level(&order, &codes));
        assert!(is_order_level(&[], &[]) && is_order_level(&[3], &[4]));
    }
}

#[cfg(test)]
mod merge_tests {
    use super::{OrdersTable, MISSING};
    use crate::core::ingest::table::{Column, ColumnData, Table, SECONDS_PER_DAY};
    use crate::core::schema::dataset::Dataset;
    use crate::core::schema::kinds::Kind;
    use crate::core::schema::roles::Role;

    fn file(name: &str, columns: Vec<(Role, Column)>) -> Dataset {
        let roles = columns.iter().map(|(r, _)| Some(*r)).collect();
        let table = Table::from_columns(columns.into_iter().map(|(_, c)| c).collect()).unwrap_or_default();
        Dataset::new(name, Kind::Orders, table, roles)
    }

    /// One file gives the same table as its rows split into two files (number columns padded, reordered).
    #[test]
    fn one_file_gives_the_table_of_its_rows_split_in_two() {
        let rows = 40usize;
        let day = |r: usize| ((r * 7919) % 13) as i64 * SECONDS_PER_DAY + (r as i64 % 5) * 3_600;
        let make = |name: &str, range: std::ops::Range<usize>| {
            let ids: Vec<String> = range.clone().map(|r| format!("o{}", (r * 31) % 17)).collect();
            let ids: Vec<Option<&str>> = ids.iter().map(|s| Some(s.as_str())).collect();
            let mut when = Column::dates("When", &[]);
            when.data = ColumnData::Time {
                values: range.clone().map(day).collect(),
                has_time: true,
            };
            let mut done = Column::dates("Done", &[]);
            done.data = ColumnData::Time {
                values: range
                    .clone()
                    .map(|r| if r % 4 == 0 { i64::MIN } else { day(r) + 90_000 })
                    .collect(),
                has_time: true,
            };
            let num = |f: fn(usize) -> f64| range.clone().map(f).collect::<Vec<f64>>();
            file(
                name,
                vec![
                    (Role::OrderId, Column::text("Id", &ids)),
                    (Role::OrderDate, when),
                    (Role::FulfilledAt, done),
                    (Role::Amount, Column::number("Total", num(|r| r as f64 * 1.5))),
                    (
                        Role::Quantity,
                        Column::number("Qty", num(|r| if r % 6 == 0 { f64::NAN } else { r as f64 })),
                    ),
                    (Role::Cost, Column::number("Cost", num(|r| r as f64 / 3.0))),
                    (
                        Role::Profit,
                        Column::number("Profit", num(|r| if r % 5 == 0 { f64::NAN } else { 2.0 })),
                    ),
                ],
            )
        };
        let whole = make("a.csv", 0..rows);
        let (head, tail) = (make("a.csv", 0..15), make("b.csv", 15..rows));
        let (Some(one), Some(two)) = (OrdersTable::build(&[&whole]), OrdersTable::build(&[&head, &tail]))
        else {
            panic!("both have dates and amounts");
        };
        let bits = |v: &Option<Vec<f64>>| {
            v.as_ref()
                .map(|v| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>())
        };
        assert!(one.quantity.is_some() && one.cost.is_some() && one.profit.is_some());
        assert!(one.processing_days.is_some());
        assert_eq!(one.day, two.day);
        assert_eq!(one.order, two.order);
        assert_eq!(bits(&Some(one.amount.clone())), bits(&Some(two.amount.clone())));
        assert_eq!(bits(&one.quantity), bits(&two.quantity));
        assert_eq!(bits(&one.cost), bits(&two.cost));
        assert_eq!(bits(&one.profit), bits(&two.profit));
        assert_eq!(bits(&one.processing_days), bits(&two.processing_days));
        assert_eq!(one.time_of_day, two.time_of_day);
    }

    /// Rows already in order keep their narrow columns as they are; shuffled rows pack and reorder them:
    /// both give the same table (codes compared by name, since a file's dictionaries follow its rows).
    #[test]
    fn rows_in_order_and_shuffled_give_the_same_table() {
        let rows = 30usize;
        // Row r: order r on day r (one line per order, so no ties), times, customers, channels, statuses.
        let make = |order: &[usize]| {
            let text = |f: &dyn Fn(usize) -> Option<String>| {
                let v: Vec<Option<String>> = order.iter().map(|&r| f(r)).collect();
                v
            };
            let ids = text(&|r| Some(format!("o{r}")));
            let customers = text(&|r| (r % 7 != 0).then(|| format!("c{}", r % 5)));
            let channels = text(&|r| (r % 4 != 0).then(|| ["web", "shop", "app"][r % 3].to_string()));
            let statuses = text(&|r| Some(if r % 6 == 0 { "cancelled" } else { "paid" }.to_string()));
            fn refs(v: &[Option<String>]) -> Vec<Option<&str>> {
                v.iter().map(|s| s.as_deref()).collect()
            }
            let mut when = Column::dates("When", &[]);
            when.data = ColumnData::Time {
                values: order
                    .iter()
                    .map(|&r| r as i64 * SECONDS_PER_DAY + (r as i64 % 3) * 60)
                    .collect(),
                has_time: true,
            };
            let amounts = order.iter().map(|&r| r as f64 + 0.5).collect();
            file(
                "a.csv",
                vec![
                    (Role::OrderId, Column::text("Id", &refs(&ids))),
                    (Role::OrderDate, when),
                    (Role::Amount, Column::number("Total", amounts)),
                    (Role::CustomerId, Column::text("Customer", &refs(&customers))),
                    (Role::Channel, Column::text("Channel", &refs(&channels))),
                    (Role::Status, Column::text("Status", &refs(&statuses))),
                ],
            )
        };
        let sorted: Vec<usize> = (0..rows).collect();
        let shuffled: Vec<usize> = (0..rows).map(|i| (i * 7) % rows).collect();
        let (a, b) = (make(&sorted), make(&shuffled));
        let (Some(a), Some(b)) = (OrdersTable::build(&[&a]), OrdersTable::build(&[&b])) else {
            panic!("both have dates and amounts");
        };
        let named = |t: &OrdersTable, role: Role| {
            t.dimension(role).map(|d| {
                let names: Vec<Option<String>> = d
                    .codes
                    .to_vec()
                    .into_iter()
                    .map(|c| d.names.get(c as usize).cloned())
                    .collect();
                (names, d.order_level)
            })
        };
        let customers = |t: &OrdersTable| -> Vec<Option<String>> {
            t.customer
                .iter()
                .map(|&c| t.customers.get(c as usize).cloned())
                .collect()
        };
        assert_eq!(a.day, b.day);
        assert_eq!(a.sale, b.sale);
        assert_eq!(a.time_of_day, b.time_of_day);
        assert_eq!(a.amount, b.amount);
        assert_eq!(customers(&a), customers(&b));
        assert_eq!(a.customers, b.customers, "renumbered by first appearance in time");
        assert_eq!(a.currency, b.currency);
        assert_eq!(named(&a, Role::Channel), named(&b, Role::Channel));
        assert_eq!(named(&a, Role::Status), named(&b, Role::Status));
        assert!(named(&a, Role::Channel).is_some());
    }

    #[test]
    fn files_with_different_columns_merge_row_by_row() {
        // File a: dates only (one missing), amounts, ids; no time, quantity, cost or channel.
        let a = file(
            "a.csv",
            vec![
                (
                    Role::OrderId,
                    Column::text("Id", &[Some("A1"), Some("A2"), Some("A3")]),
                ),
                (Role::OrderDate, Column::dates("Date", &[Some(10), None, Some(5)])),
                (Role::Amount, Column::number("Total", vec![1.0, 2.0, 3.0])),
            ],
        );
        // File b: times, quantities, costs, channels and an id already seen in file a.
        let mut when = Column::dates("When", &[]);
        when.data = ColumnData::Time {
            values: vec![7 * SECONDS_PER_DAY + 3_600, 5 * SECONDS_PER_DAY + 7_200],
            has_time: true,
        };
        let b = file(
            "b.csv",
            vec![
                (Role::OrderId, Column::text("Id", &[Some("B1"), Some(" A1 ")])),
                (Role::OrderDate, when),
                (Role::Amount, Column::number("Total", vec![10.0, 20.0])),
                (Role::Quantity, Column::number("Qty", vec![2.0, f64::NAN])),
                (Role::Cost, Column::number("Cost", vec![4.0, 5.0])),
                (Role::Channel, Column::text("Channel", &[Some("web"), None])),
            ],
        );
        let Some(t) = OrdersTable::build(&[&a, &b]) else {
            panic!("both files have dates and amounts");
        };
        // Sorted by (order day, order): A1's day is its earliest line's (day 5, from file b).
        assert_eq!(t.day, vec![5, 5, 5, 7]);
        assert_eq!(t.amount, vec![1.0, 20.0, 3.0, 10.0]);
        // A2's row has no date, but its id is known: it counts among the order codes (as before).
        assert_eq!(t.order_count, 4);
        assert_eq!(t.order[0], t.order[1]);
        assert_eq!(t.time_of_day, Some(vec![-1, 7_200, -1, 3_600]));
        assert_eq!(t.quantity, Some(vec![0.0, 0.0, 0.0, 2.0]));
        let cost = t.cost.clone().unwrap_or_default();
        assert!(cost[0].is_nan() && cost[1] == 5.0 && cost[2].is_nan() && cost[3] == 4.0);
        assert!(t.profit.is_none() && t.processing_days.is_none());
        let channel = t.dimension(Role::Channel).map(|d| d.codes.to_vec());
        assert_eq!(channel, Some(vec![MISSING, MISSING, MISSING, 0]));
        assert_eq!(t.warnings.len(), 1, "{:?}", t.warnings);
    }
}

#[cfg(test)]
mod amount_rule_tests {
    use super::{apply_order_level_rule, some_order_has_unequal_amounts, MISSING};
    use crate::core::ingest::table::{Column, Table};
    use crate::core::schema::dataset::Dataset;
    use crate::core::schema::kinds::Kind;
    use crate::core::schema::roles::Role;

    fn file(amounts: Vec<f64>, quantity: Vec<f64>, price: Vec<f64>) -> Dataset {
        let columns = vec![
            Column::number("Total", amounts),
            Column::number("Qty", quantity),
            Column::number("Price", price),
        ];
        let roles = vec![Some(Role::Amount), Some(Role::Quantity), Some(Role::UnitPrice)];
        Dataset::new(
            "a.csv",
            Kind::Orders,
            Table::from_columns(columns).unwrap_or_default(),
            roles,
        )
    }

    /// The fast check only short-cuts the rule: whenever it finds an unequal order, the full rule
    /// (on rows grouped by order) declines too and changes no amount.
    #[test]
    fn the_unequal_check_agrees_with_the_full_rule() {
        let mut next = super::seeded_numbers(0x1234_5678_9ABC_DEF1);
        let (mut unequal_cases, mut order_level_cases) = (0, 0);
        for case in 0..400 {
            let rows = 1 + next(40) as usize;
            let n_orders = 1 + next(rows as u64);
            let orders: Vec<u32> = (0..rows)
                .map(|_| {
                    if next(10) == 0 {
                        MISSING
                    } else {
                        next(n_orders) as u32
                    }
                })
                .collect();
            // Per order one amount, repeated on its lines (sometimes off by a little or a lot, or missing).
            let base: Vec<f64> = (0..n_orders).map(|_| 10.0 + next(50) as f64).collect();
            let amounts: Vec<f64> = orders
                .iter()
                .map(|&o| {
                    let b = base.get(o as usize).copied().unwrap_or(7.0);
                    match next(if case % 2 == 0 { 100 } else { 8 }) {
                        0 => f64::NAN,
                        1 => b + 0.01,
                        2 => b * 2.0,
                        _ => b,
                    }
                })
                .collect();
            let quantity: Vec<f64> = (0..rows).map(|_| 1.0 + next(3) as f64).collect();
            let price: Vec<f64> = (0..rows).map(|_| next(30) as f64).collect();
            let ds = file(amounts.clone(), quantity, price);
            let mut after = amounts.clone();
            let order_level = apply_order_level_rule(&ds, &orders, &mut after);
            if some_order_has_unequal_amounts(&orders, &amounts) {
                unequal_cases += 1;
                assert!(!order_level, "case {case}");
                let same = after
                    .iter()
                    .zip(&amounts)
                    .all(|(a, b)| a.to_bits() == b.to_bits());
                assert!(same, "case {case}");
            } else if order_level {
                order_level_cases += 1;
            }
        }
        assert!(
            unequal_cases > 50 && order_level_cases > 20,
            "{unequal_cases} {order_level_cases}"
        );
    }
}

//! Query-time figures of the orders index: one pass over all filtered rows for day totals and customer
//! history, then one pass per period needed for distinct customers, breakdowns and grids.
//! Sales and Customers both read these; nothing here scans strings.

use super::codes::CodesRef;
use super::daily::Daily;
use super::kept_orders::KeptOrders;
use super::keys::MISSING;
use super::month_totals::{grid_cell, MonthOfDay, MonthTotals, MonthTotalsBuilder, GRID_CELLS};
use super::orders_table::OrdersTable;
use super::query::{Filter, Query, NOT_SET};
use crate::core::schema::roles::Role;
use crate::core::time::{Calendar, Granularity, Period};
use std::sync::{Arc, Mutex};

/// The orders a query's filters keep: its counted lines and orders, and their per-month totals.
#[derive(Debug)]
pub struct RowMask {
    /// Filters that could not apply (the orders have no such column).
    pub unapplied: Vec<Role>,
    /// The completed orders and lines kept.
    pub orders: KeptOrders,
    /// Their per-month totals.
    pub months: MonthTotals,
}

/// A filter on the orders: the codes per row, whether each code is accepted, and whether a missing
/// value is.
type CodeTest<'a> = (CodesRef<'a>, Vec<bool>, bool);

/// Whether a code passes a test.
#[inline]
fn accepts(code: u32, accepted: &[bool], accept_missing: bool) -> bool {
    if code == MISSING {
        accept_missing
    } else {
        accepted.get(code as usize).copied().unwrap_or(false)
    }
}

/// The rows kept by every test (ascending); `None` when there is no test (every row is kept).
fn kept_rows(n: usize, tests: &[CodeTest]) -> Option<Vec<u32>> {
    let ((first_codes, first_accepted, first_missing), rest) = tests.split_first()?;
    // The first test over every row (written unconditionally, then the length advanced: no branch per
    // row), the others over the rows kept so far.
    let mut rows = vec![0u32; n];
    let mut len = 0usize;
    first_codes.for_each(|r, code| {
        if r < n {
            if let Some(x) = rows.get_mut(len) {
                *x = r as u32;
            }
            len += usize::from(accepts(code, first_accepted, *first_missing));
        }
    });
    rows.truncate(len);
    for (codes, accepted, accept_missing) in rest {
        rows.retain(|&r| {
            codes
                .get(r as usize)
                .is_some_and(|c| accepts(c, accepted, *accept_missing))
        });
    }
    Some(rows)
}

impl RowMask {
    /// The tests of the query's filters and currency choice, and the filters that do not apply.
    fn tests<'t>(t: &'t OrdersTable, query: &Query) -> (Vec<CodeTest<'t>>, Vec<Role>) {
        let mut unapplied = Vec::new();
        let mut tests: Vec<CodeTest> = Vec::new();
        for f in &query.filters {
            let (names, codes): (&[String], CodesRef) = if Some(f.role) == t.customer_role {
                (&t.customers, CodesRef::Wide(&t.customer))
            } else if let Some(d) = t.dimension(f.role) {
                (&d.names, d.codes.as_ref())
            } else {
                unapplied.push(f.role);
                continue;
            };
            let accepted: Vec<bool> = names.iter().map(|n| f.values.contains(n)).collect();
            let accept_missing = f.values.iter().any(|v| v == NOT_SET);
            tests.push((codes, accepted, accept_missing));
        }
        if let Some(cur) = &query.currency {
            if let Some(code) = t.currencies.iter().position(|c| c.eq_ignore_ascii_case(cur)) {
                // A row of another currency is left out; a row without one is kept.
                let accepted: Vec<bool> = (0..t.currencies.len()).map(|c| c == code).collect();
                tests.push((CodesRef::Wide(&t.currency), accepted, true));
            }
        }
        (tests, unapplied)
    }

    /// Builds the kept orders of the query's filters and currency choice.
    pub fn new(t: &OrdersTable, query: &Query) -> RowMask {
        Self::with_history(t, query).0
    }

    /// The kept orders and the day totals and customer history of their lines, in one pass over the
    /// kept rows.
    fn with_history(t: &OrdersTable, query: &Query) -> (RowMask, OrdersFigures) {
        let (tests, unapplied) = Self::tests(t, query);
        let mut orders = KeptOrders::default();
        let mut months = MonthTotalsBuilder::new(t);
        let month_of = MonthOfDay::new(t);
        let mut history = match kept_rows(t.len(), &tests) {
            Some(rows) => {
                orders.reserve(rows.len(), rows.len().min(t.order_count));
                history(
                    t,
                    rows.iter().map(|&r| r as usize),
                    &mut orders,
                    &mut months,
                    &month_of,
                )
            }
            None => {
                orders.reserve(t.len(), t.len().min(t.order_count));
                history(t, 0..t.len(), &mut orders, &mut months, &month_of)
            }
        };
        orders.finish(t);
        customer_history(t, &orders, &month_of, &mut history);
        let months = months.finish(t, &orders);
        (
            RowMask {
                unapplied,
                orders,
                months,
            },
            history,
        )
    }
}

/// Revenue and orders per value of one dimension, over one period.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct DimensionTotals {
    /// The dimension.
    pub role: Role,
    /// Value names; index `names.len()` is "(not set)".
    pub names: Vec<String>,
    /// Revenue per value code (+ not set).
    pub revenue: Vec<f64>,
    /// Completed orders per value code (+ not set); an order with lines of several values counts in each.
    pub orders: Vec<f64>,
}

/// Distinct-customer and detail figures of one period.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct PeriodScan {
    /// Distinct customers with a completed order.
    pub active: usize,
    /// Of those, customers also active in the previous period of equal length.
    pub retained: usize,
    /// Customers active in the previous period of equal length.
    pub previous_active: usize,
    /// Distinct customers per bucket of the period.
    pub bucket_active: Vec<usize>,
    /// Per bucket: customers of the previous bucket who ordered again in this bucket ÷ previous bucket's.
    pub bucket_retention: Vec<Option<f64>>,
    /// Revenue of the 10 largest customers.
    pub top_customers_revenue: f64,
    /// Revenue of rows with a known customer.
    pub customer_revenue_total: f64,
    /// Revenue and orders per dimension value (detailed scans only).
    pub dimensions: Vec<DimensionTotals>,
    /// Weekday × hour order counts and revenue (detailed scans with order times only).
    pub grid_orders: Vec<Vec<f64>>,
    /// Weekday × hour revenue.
    pub grid_revenue: Vec<Vec<f64>>,
    /// Processing days of orders with a fulfilment date.
    pub processing: Vec<f64>,
    /// Revenue per customer code (detailed scans only).
    pub customer_revenue: Vec<f64>,
}

/// Everything the Sales and Customers areas read, for one query.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct OrdersFigures {
    /// Revenue per day.
    pub revenue: Daily,
    /// Completed orders per day.
    pub orders: Daily,
    /// All orders (any status) per day.
    pub all_orders: Daily,
    /// Units per day.
    pub units: Daily,
    /// Revenue − cost (or profit) of rows with a cost or profit, per day.
    pub margin: Daily,
    /// Revenue of rows with a cost or profit, per day.
    pub margin_base: Daily,
    /// Completed orders with a known customer per day.
    pub customer_orders: Daily,
    /// Customers' first completed orders per day.
    pub first_orders: Daily,
    /// Customers' second completed orders per day.
    pub second_orders: Daily,
    /// Cohorts: (acquisition month index, customers per months-since).
    pub cohorts: Vec<(i64, Vec<u64>)>,
    /// The query period's scan.
    pub main: PeriodScan,
    /// The comparison period's scan.
    pub comparison: Option<PeriodScan>,
    /// Currencies among the kept rows.
    pub currencies: Vec<String>,
    /// Filters that did not apply to the orders.
    pub unapplied_filters: Vec<Role>,
    /// Window figures for the predicted CLV, ending at the reference day.
    pub clv_window: Option<ClvWindow>,
}

/// The figures of the predicted CLV: a window of `days` ending at the reference day, and the window
/// of equal length before it (for the churn).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ClvWindow {
    /// Window length in days (365, or half the data before the reference day when shorter than two years).
    pub days: i64,
    /// Revenue in the window.
    pub revenue: f64,
    /// Completed orders in the window.
    pub orders: f64,
    /// Completed orders with a known customer in the window.
    pub customer_orders: f64,
    /// Distinct customers in the window.
    pub active: usize,
    /// Distinct customers in the window before.
    pub base: usize,
    /// Customers of the window before who also ordered in the window.
    pub retained: usize,
    /// Gross margin to the reference day, when costs are known.
    pub margin: Option<f64>,
}

/// Bucket bounds of a period with a lead-in bucket: `[lead, b0, b1, …, end]`.
fn bounds(calendar: Calendar, period: Period, granularity: Granularity) -> Vec<i64> {
    let starts = calendar.buckets(period, granularity);
    let mut out = Vec::with_capacity(starts.len() + 2);
    let first = starts.first().copied().unwrap_or(period.start);
    out.push(calendar.bucket_start(first - 1, granularity));
    out.extend(starts.iter().copied());
    out.push(period.end.max(first));
    out
}

/// The filter-dependent (period-independent) part of the figures, kept for the last filter set so that a
/// period, granularity or comparison change does not redo the full history pass. The figures it was
/// seeded with (those of no filters, computed with the index) are kept as well: taking a filter off again
/// finds them instead of redoing that pass (a quarter of a second over five million rows), and they are
/// shared with the loaded file, which holds them anyway.
#[derive(Default)]
pub struct FiguresCache(Mutex<CacheSlots>);

#[derive(Default)]
struct CacheSlots {
    seeded: Option<CacheEntry>,
    last: Option<CacheEntry>,
}

/// What the cached figures depend on: the query's filters and currency.
type CacheKey = (Vec<Filter>, Option<String>);

/// The [`CacheKey`] of `query`.
fn cache_key(query: &Query) -> CacheKey {
    (query.filters.clone(), query.currency.clone())
}

struct CacheEntry {
    key: CacheKey,
    mask: Arc<RowMask>,
    history: Arc<OrdersFigures>,
}

impl Clone for FiguresCache {
    fn clone(&self) -> Self {
        FiguresCache::default()
    }
}

impl std::fmt::Debug for FiguresCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FiguresCache")
    }
}

impl FiguresCache {
    /// A cache holding `mask` and `history` for `query`'s filters (computed elsewhere, e.g. by a parsing
    /// worker with [`FiguresCache::history`] on the same index).
    pub fn seeded(query: &Query, mask: Arc<RowMask>, history: Arc<OrdersFigures>) -> Self {
        FiguresCache(Mutex::new(CacheSlots {
            seeded: Some(CacheEntry {
                key: cache_key(query),
                mask,
                history,
            }),
            last: None,
        }))
    }

    /// The row mask and history of `query`'s filters, from the cache or computed (and cached).
    pub fn history(&self, t: &OrdersTable, query: &Query) -> (Arc<RowMask>, Arc<OrdersFigures>) {
        let key = cache_key(query);
        if let Ok(slots) = self.0.lock() {
            let kept = [&slots.seeded, &slots.last];
            if let Some(e) = kept.into_iter().flatten().find(|e| e.key == key) {
                return (e.mask.clone(), e.history.clone());
            }
        }
        let (mask, history) = RowMask::with_history(t, query);
        let (mask, history) = (Arc::new(mask), Arc::new(history));
        if let Ok(mut slots) = self.0.lock() {
            slots.last = Some(CacheEntry {
                key,
                mask: mask.clone(),
                history: history.clone(),
            });
        }
        (mask, history)
    }
}

impl OrdersFigures {
    /// Computes the figures of `query` for `period` and its `comparison` period.
    pub fn compute(
        t: &OrdersTable,
        cache: &FiguresCache,
        query: &Query,
        period: Period,
        comparison: Option<Period>,
        reference_end: i64,
    ) -> OrdersFigures {
        let (mask, history) = cache.history(t, query);
        let mask = mask.as_ref();
        let mut f = history.as_ref().clone();
        f.unapplied_filters = mask.unapplied.clone();
        let cal = query.calendar();
        let n_customers = t.customers.len();
        let previous = customer_set(mask, period.previous(), n_customers);
        f.main = scan(
            t,
            mask,
            period,
            &bounds(cal, period, query.granularity),
            &previous,
            true,
        );
        f.comparison = comparison.map(|c| {
            let prev = customer_set(mask, c.previous(), n_customers);
            scan(t, mask, c, &bounds(cal, c, query.granularity), &prev, false)
        });
        f.clv_window = clv_window(t, mask, &f, reference_end);
        f
    }
}

/// Distinct customers per bucket (index 0 = lead-in) and those also active in the bucket before.
struct BucketCounts {
    active: Vec<usize>,
    retained: Vec<usize>,
}

/// An order of a period scan: its revenue and first counted line.
struct Block {
    revenue: f64,
    row: usize,
}

/// The bucket of each day of a period scan (`None` for days of the first bucket before the period):
/// a table over the scanned days, or a binary search when the days far outnumber the orders.
struct DayBuckets<'a> {
    bounds: &'a [i64],
    period: Period,
    table: Vec<u32>,
}

impl DayBuckets<'_> {
    #[inline]
    fn of(&self, day: i64) -> Option<usize> {
        let lead = self.bounds.first().copied()?;
        let first_bucket = self.bounds.get(1).copied().unwrap_or(self.period.start);
        if day < lead || day >= self.period.end || (day >= first_bucket && day < self.period.start) {
            return None;
        }
        if !self.table.is_empty() {
            return self.table.get((day - lead) as usize).map(|&b| b as usize);
        }
        let n_buckets = self.bounds.len().saturating_sub(1);
        let b = self.bounds.partition_point(|&b| b <= day).saturating_sub(1);
        Some(b.min(n_buckets.saturating_sub(1)))
    }
}

fn day_buckets(bounds: &[i64], period: Period, orders: usize) -> DayBuckets<'_> {
    let mut out = DayBuckets {
        bounds,
        period,
        table: Vec::new(),
    };
    let lead = bounds.first().copied().unwrap_or(period.start);
    let span = period.end.saturating_sub(lead).max(0) as u64;
    if span <= 4 * orders as u64 + 4096 {
        out.table = (0..span as i64)
            .map(|i| {
                let day = lead + i;
                let n_buckets = bounds.len().saturating_sub(1);
                let b = bounds.partition_point(|&b| b <= day).saturating_sub(1);
                b.min(n_buckets.saturating_sub(1)) as u32
            })
            .collect();
    }
    out
}

/// Adds a finished order to the weekday × hour grid (by its first line's time).
fn flush_grid(t: &OrdersTable, block: &Block, orders: &mut [Vec<f64>], revenue: &mut [Vec<f64>]) {
    let Some(c) = grid_cell(t, block.row) else {
        return;
    };
    if let Some(x) = orders.get_mut(c / 24).and_then(|r| r.get_mut(c % 24)) {
        *x += 1.0;
    }
    if let Some(x) = revenue.get_mut(c / 24).and_then(|r| r.get_mut(c % 24)) {
        *x += block.revenue;
    }
}

/// A dimension being totalled by a scan: its totals, the last order counted per value, its codes per row and
/// whether it is order-level.
type Dim<'a> = (DimensionTotals, Vec<u32>, CodesRef<'a>, bool);

/// Adds the per-month totals of `months` (whole months inside a period) to the dimensions and the grid.
fn add_months(
    totals: &MonthTotals,
    months: std::ops::Range<usize>,
    dims: &mut [Dim],
    grid_orders: &mut [Vec<f64>],
    grid_revenue: &mut [Vec<f64>],
) {
    for m in months {
        for ((d, _, _, _), dm) in dims.iter_mut().zip(&totals.dimensions) {
            let cells = m * dm.width..(m + 1) * dm.width;
            for (x, v) in d
                .revenue
                .iter_mut()
                .zip(dm.revenue.get(cells.clone()).unwrap_or(&[]))
            {
                *x += v;
            }
            for (x, v) in d.orders.iter_mut().zip(dm.orders.get(cells).unwrap_or(&[])) {
                *x += v;
            }
        }
        let cells = m * GRID_CELLS..(m + 1) * GRID_CELLS;
        for (grid, month) in [
            (&mut *grid_orders, &totals.grid_orders),
            (&mut *grid_revenue, &totals.grid_revenue),
        ] {
            for (c, v) in month.get(cells.clone()).unwrap_or(&[]).iter().enumerate() {
                if let Some(x) = grid.get_mut(c / 24).and_then(|r| r.get_mut(c % 24)) {
                    *x += v;
                }
            }
        }
    }
}

/// Adds a finished order to the order-level dimensions (one value per order).
fn flush_order_dimensions(block: &Block, dims: &mut [Dim]) {
    for (totals, _, codes, _) in dims.iter_mut().filter(|d| d.3) {
        let code = codes.get(block.row).unwrap_or(MISSING);
        let idx = if code == MISSING {
            totals.names.len()
        } else {
            code as usize
        };
        if let Some(v) = totals.revenue.get_mut(idx) {
            *v += block.revenue;
        }
        if let Some(v) = totals.orders.get_mut(idx) {
            *v += 1.0;
        }
    }
}

/// The day totals of one day's kept rows, summed apart and added to the day series once the day is
/// over: rows ascend by day, so a day's rows are adjacent and its sums are the same additions in the
/// same order as when each row is added to the series.
#[derive(Default)]
struct DayTotals {
    day: i64,
    revenue: f64,
    orders: f64,
    all_orders: f64,
    units: f64,
    margin: f64,
    margin_base: f64,
}

impl DayTotals {
    /// Zero totals of `day`.
    fn new(day: i64) -> DayTotals {
        DayTotals {
            day,
            ..DayTotals::default()
        }
    }

    /// Adds the day's totals to the day series.
    fn add_to(&self, f: &mut OrdersFigures) {
        for (series, value) in [
            (&mut f.revenue, self.revenue),
            (&mut f.orders, self.orders),
            (&mut f.all_orders, self.all_orders),
            (&mut f.units, self.units),
            (&mut f.margin, self.margin),
            (&mut f.margin_base, self.margin_base),
        ] {
            series.add(self.day, value);
        }
    }
}

/// One pass over the kept rows (ascending): day totals, currencies, the counted lines and orders added to
/// `kept` and the line-level month totals added to `months`. The customer figures come after, from the
/// orders grouped by customer ([`customer_history`]); the day totals are finished there.
fn history(
    t: &OrdersTable,
    rows: impl Iterator<Item = usize>,
    kept: &mut KeptOrders,
    months: &mut MonthTotalsBuilder,
    month_of: &MonthOfDay,
) -> OrdersFigures {
    let first = t.day.first().copied().unwrap_or(0);
    let span = t.day.last().map_or(0, |&l| (l - first + 1).max(0) as usize);
    let new = || Daily::new(first, span);
    let mut f = OrdersFigures {
        revenue: new(),
        orders: new(),
        all_orders: new(),
        units: new(),
        margin: new(),
        margin_base: new(),
        customer_orders: new(),
        first_orders: new(),
        second_orders: new(),
        ..OrdersFigures::default()
    };
    let mut seen_currency = vec![false; t.currencies.len()];
    let mut last_order = MISSING;
    let mut counted = false;
    // The first row's day: zero totals added to it change nothing.
    let mut sums = DayTotals::new(first);
    let mut month = month_of.of(first);
    let (quantity, profit, cost) = (t.quantity.as_deref(), t.profit.as_deref(), t.cost.as_deref());
    for r in rows {
        let (Some(&day), Some(&o), Some(&sale)) = (t.day.get(r), t.order.get(r), t.sale.get(r)) else {
            continue;
        };
        if day != sums.day {
            sums.add_to(&mut f);
            sums = DayTotals::new(day);
            month = month_of.of(day);
        }
        if o != last_order {
            last_order = o;
            counted = false;
            sums.all_orders += 1.0;
        }
        if !sale {
            continue;
        }
        if let Some(&cur) = t.currency.get(r) {
            if let Some(s) = seen_currency.get_mut(cur as usize) {
                *s = true;
            }
        }
        let amount = t.amount.get(r).copied().unwrap_or(0.0);
        kept.push_line(r, o, day, amount);
        if let Some(m) = month {
            months.add_line(r, m, amount, o);
        }
        sums.revenue += amount;
        if let Some(q) = quantity {
            sums.units += q.get(r).copied().unwrap_or(0.0);
        }
        match (profit.and_then(|p| p.get(r)), cost.and_then(|c| c.get(r))) {
            (Some(&p), _) if !p.is_nan() => {
                sums.margin += p;
                sums.margin_base += amount;
            }
            (_, Some(&c)) if !c.is_nan() => {
                sums.margin += amount - c;
                sums.margin_base += amount;
            }
            _ => {}
        }
        if !counted {
            counted = true;
            sums.orders += 1.0;
        }
    }
    sums.add_to(&mut f);
    f.currencies = t
        .currencies
        .iter()
        .zip(&seen_currency)
        .filter(|(_, &s)| s)
        .map(|(c, _)| c.clone())
        .collect();
    f
}

/// The customer figures from the kept orders grouped by customer (each customer's orders read in time
/// order, customer after customer: no jumping between customers): orders with a known customer, first
/// and second orders per day, and the cohorts; then finishes the day totals. Every figure is a count, so
/// the order of the additions changes nothing.
fn customer_history(t: &OrdersTable, kept: &KeptOrders, month_of: &MonthOfDay, f: &mut OrdersFigures) {
    let first_month_of_data = t.first_month().unwrap_or(0);
    let mut cohorts: Vec<Vec<u64>> = Vec::new();
    for w in kept.customer_start.windows(2) {
        let days = kept.customer_day.get(w[0]..w[1]).unwrap_or(&[]);
        let (mut first_month, mut last_month) = (0i64, -1i64);
        for (i, &day) in days.iter().enumerate() {
            f.customer_orders.add(day, 1.0);
            let month = month_of.of(day).map_or(0, i64::from);
            match i {
                0 => {
                    f.first_orders.add(day, 1.0);
                    first_month = month;
                }
                1 => f.second_orders.add(day, 1.0),
                _ => {}
            }
            // Cohorts: count each customer once per month with an order.
            if last_month != month {
                last_month = month;
                let row = first_month.max(0) as usize;
                let col = (month - first_month).max(0) as usize;
                if cohorts.len() <= row {
                    cohorts.resize(row + 1, Vec::new());
                }
                if let Some(cells) = cohorts.get_mut(row) {
                    if cells.len() <= col {
                        cells.resize(col + 1, 0);
                    }
                    if let Some(cell) = cells.get_mut(col) {
                        *cell += 1;
                    }
                }
            }
        }
    }
    for d in [
        &mut f.revenue,
        &mut f.orders,
        &mut f.all_orders,
        &mut f.units,
        &mut f.margin,
        &mut f.margin_base,
        &mut f.customer_orders,
        &mut f.first_orders,
        &mut f.second_orders,
    ] {
        d.finish();
    }
    f.cohorts = cohorts
        .into_iter()
        .enumerate()
        .filter(|(_, cells)| cells.first().is_some_and(|&n| n > 0))
        .map(|(i, cells)| (first_month_of_data + i as i64, cells))
        .collect();
}

fn clv_window(t: &OrdersTable, mask: &RowMask, f: &OrdersFigures, end: i64) -> Option<ClvWindow> {
    let span = end - t.day.first().copied()?;
    let days = if span >= 730 { 365 } else { span / 2 };
    if days < 28 {
        return None;
    }
    let window = Period::new(end - days, end);
    let before = window.previous();
    let n = t.customers.len();
    let now = customer_set(mask, window, n);
    let then = customer_set(mask, before, n);
    let margin_base = f.margin_base.sum_before(end);
    Some(ClvWindow {
        days,
        revenue: f.revenue.sum(window),
        orders: f.orders.sum(window),
        customer_orders: f.customer_orders.sum(window),
        active: now.iter().filter(|&&b| b).count(),
        base: then.iter().filter(|&&b| b).count(),
        retained: now.iter().zip(&then).filter(|(&a, &b)| a && b).count(),
        margin: (margin_base != 0.0).then(|| f.margin.sum_before(end) / margin_base),
    })
}

/// Customers with a completed kept order in `period`.
fn customer_set(mask: &RowMask, period: Period, n: usize) -> Vec<bool> {
    let mut set = vec![false; n];
    let k = &mask.orders;
    for &c in k.customer.get(k.between(period.start, period.end)).unwrap_or(&[]) {
        if let Some(s) = set.get_mut(c as usize) {
            *s = true;
        }
    }
    set
}

/// One pass over a period's rows (and its lead-in bucket): distinct customers, retention, details.
fn scan(
    t: &OrdersTable,
    mask: &RowMask,
    period: Period,
    bounds: &[i64],
    previous: &[bool],
    detailed: bool,
) -> PeriodScan {
    let n_buckets = bounds.len().saturating_sub(1); // including the lead-in bucket 0
    let mut out = PeriodScan {
        previous_active: previous.iter().filter(|&&b| b).count(),
        ..PeriodScan::default()
    };
    let mut counts = BucketCounts {
        active: vec![0usize; n_buckets],
        retained: vec![0usize; n_buckets],
    };
    let n_c = t.customers.len();
    let mut dims: Vec<Dim> = if detailed {
        t.dimensions
            .iter()
            .map(|d| {
                let len = d.names.len() + 1;
                (
                    DimensionTotals {
                        role: d.role,
                        names: d.names.clone(),
                        revenue: vec![0.0; len],
                        orders: vec![0.0; len],
                    },
                    vec![MISSING; len],
                    d.codes.as_ref(),
                    d.order_level,
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    let with_grid = detailed && t.time_of_day.is_some();
    let mut grid_orders = vec![vec![0.0; 24]; 7];
    let mut grid_revenue = vec![vec![0.0; 24]; 7];
    let lead_start = bounds.first().copied().unwrap_or(period.start);
    // Order-level work in time order: customers' revenue and processing time.
    let k = &mask.orders;
    let orders = k.between(period.start, period.end);
    let customers = k.customer.get(orders.clone()).unwrap_or(&[]);
    for (&c, &revenue) in customers.iter().zip(k.revenue.get(orders.clone()).unwrap_or(&[])) {
        if c != MISSING {
            out.customer_revenue_total += revenue;
        }
    }
    if t.processing_days.is_some() {
        let processing = k.processing.get(orders).unwrap_or(&[]);
        out.processing = processing.iter().copied().filter(|p| !p.is_nan()).collect();
    }
    // Dimensions and grid: the whole months inside the period from the per-month totals, the partial
    // months before and after them from the orders and lines.
    let (months_inside, middle) = if detailed {
        mask.months.inside(period)
    } else {
        (0..0, Period::new(period.start, period.start))
    };
    let head = Period::new(period.start, middle.start);
    let tail = Period::new(middle.end, period.end);
    let order_level =
        |part: Period, dims: &mut [Dim], grid_orders: &mut [Vec<f64>], grid_revenue: &mut [Vec<f64>]| {
            for i in k.between(part.start, part.end) {
                let (Some(&row), Some(&revenue)) = (k.first_row.get(i), k.revenue.get(i)) else {
                    continue;
                };
                let block = Block {
                    revenue,
                    row: row as usize,
                };
                flush_order_dimensions(&block, dims);
                if with_grid {
                    flush_grid(t, &block, grid_orders, grid_revenue);
                }
            }
        };
    let line_level = |part: Period, dims: &mut [Dim]| {
        let lines = k.lines_in(t.rows_between(part.start, part.end));
        for (totals, stamp, codes, _) in dims.iter_mut().filter(|d| !d.3) {
            let not_set = totals.names.len();
            for &line in lines {
                let line = line as usize;
                let (Some(code), Some(&amount), Some(&o)) =
                    (codes.get(line), t.amount.get(line), t.order.get(line))
                else {
                    continue;
                };
                let idx = if code == MISSING { not_set } else { code as usize };
                if let Some(v) = totals.revenue.get_mut(idx) {
                    *v += amount;
                }
                if let Some(s) = stamp.get_mut(idx) {
                    if *s != o {
                        *s = o;
                        if let Some(v) = totals.orders.get_mut(idx) {
                            *v += 1.0;
                        }
                    }
                }
            }
        }
    };
    if detailed {
        order_level(head, &mut dims, &mut grid_orders, &mut grid_revenue);
        line_level(head, &mut dims);
        add_months(
            &mask.months,
            months_inside,
            &mut dims,
            &mut grid_orders,
            &mut grid_revenue,
        );
        order_level(tail, &mut dims, &mut grid_orders, &mut grid_revenue);
        line_level(tail, &mut dims);
    }
    // Customers: their orders grouped by customer, read sequentially (no jumping between customers).
    let bucket_of = day_buckets(bounds, period, k.between(lead_start, period.end).len());
    let mut customer_revenue = vec![0.0; n_c];
    for (c, w) in k.customer_start.windows(2).enumerate() {
        let days = k.customer_day.get(w[0]..w[1]).unwrap_or(&[]);
        let revenues = k.customer_revenue.get(w[0]..w[1]).unwrap_or(&[]);
        let (mut last_bucket, mut seen, mut revenue) = (usize::MAX, false, 0.0);
        for (&day, &r) in days.iter().zip(revenues) {
            if day >= period.end {
                break; // a customer's orders are in time order
            }
            let Some(bi) = bucket_of.of(day) else { continue };
            if last_bucket != bi {
                if let Some(a) = counts.active.get_mut(bi) {
                    *a += 1;
                }
                if bi > 0 && last_bucket == bi - 1 {
                    if let Some(x) = counts.retained.get_mut(bi) {
                        *x += 1;
                    }
                }
                last_bucket = bi;
            }
            if day < period.start {
                continue; // lead-in bucket
            }
            if !seen {
                seen = true;
                out.active += 1;
                if previous.get(c).copied().unwrap_or(false) {
                    out.retained += 1;
                }
            }
            revenue += r;
        }
        if let Some(x) = customer_revenue.get_mut(c) {
            *x = revenue;
        }
    }
    let BucketCounts {
        active: active_in,
        retained: retained_in,
    } = counts;
    out.bucket_active = active_in.iter().skip(1).copied().collect();
    out.bucket_retention = (1..n_buckets)
        .map(|b| {
            let base = active_in.get(b - 1).copied().unwrap_or(0);
            (base > 0).then(|| retained_in.get(b).copied().unwrap_or(0) as f64 / base as f64)
        })
        .collect();
    let mut revenues: Vec<f64> = customer_revenue.iter().copied().filter(|&v| v != 0.0).collect();
    let k = revenues.len().min(10);
    if k > 0 && revenues.len() > k {
        revenues.select_nth_unstable_by(k - 1, |a, b| b.total_cmp(a));
    }
    out.top_customers_revenue = revenues.iter().take(k).sum();
    out.dimensions = dims.into_iter().map(|(d, _, _, _)| d).collect();
    if detailed {
        out.customer_revenue = customer_revenue;
    }
    if with_grid {
        out.grid_orders = grid_orders;
        out.grid_revenue = grid_revenue;
    }
    out
}

#[cfg(test)]
mod history_tests {
    use super::{Daily, RowMask, MISSING};
    use crate::core::kpi::orders_table::{Dimension, OrdersTable};
    use crate::core::kpi::query::{Filter, Query};
    use crate::core::schema::roles::Role;

    /// Random sorted rows: orders of 1–4 lines on ascending days, amounts with fractions (so that the
    /// order of additions shows), some cancelled lines, costs and profits sometimes unknown.
    fn table(seed: u64) -> OrdersTable {
        let mut seed = seed;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let mut t = OrdersTable::default();
        let (mut cost, mut profit, mut quantity, mut channel) = (vec![], vec![], vec![], vec![]);
        let orders = next(300);
        let mut day = next(20) as i64;
        for o in 0..orders as u32 {
            day += next(3) as i64;
            let ch = next(3) as u32;
            for _ in 0..1 + next(4) {
                t.day.push(day);
                t.order.push(o);
                t.sale.push(next(6) != 0);
                t.amount.push(next(10_000) as f64 / 7.0);
                t.customer
                    .push(if next(5) == 0 { MISSING } else { next(40) as u32 });
                t.currency.push(MISSING);
                quantity.push(next(4) as f64);
                cost.push(if next(3) == 0 {
                    f64::NAN
                } else {
                    next(500) as f64 / 3.0
                });
                profit.push(if next(3) == 0 {
                    f64::NAN
                } else {
                    next(500) as f64 / 9.0
                });
                channel.push(ch);
            }
        }
        t.customers = (0..40).map(|c| format!("c{c}")).collect();
        t.order_count = orders as usize;
        t.quantity = Some(quantity);
        t.cost = Some(cost);
        t.profit = (next(2) == 0).then_some(profit);
        t.dimensions.push(Dimension {
            role: Role::Channel,
            names: vec!["a".into(), "b".into(), "c".into()],
            codes: crate::core::kpi::codes::Codes::new(channel, 3),
            order_level: true,
        });
        t
    }

    /// The reference: each kept row added to the day series one by one.
    fn reference(t: &OrdersTable, keeps: impl Fn(usize) -> bool) -> [Daily; 6] {
        let first = t.day.first().copied().unwrap_or(0);
        let span = t.day.last().map_or(0, |&l| (l - first + 1) as usize);
        let [mut revenue, mut orders, mut all, mut units, mut margin, mut base] =
            std::array::from_fn(|_| Daily::new(first, span));
        let (mut last, mut counted) = (MISSING, false);
        for r in (0..t.len()).filter(|&r| keeps(r)) {
            let (day, amount) = (t.day[r], t.amount[r]);
            if t.order[r] != last {
                (last, counted) = (t.order[r], false);
                all.add(day, 1.0);
            }
            if !t.sale[r] {
                continue;
            }
            revenue.add(day, amount);
            units.add(day, t.quantity.as_ref().map_or(0.0, |q| q[r]));
            let profit = t.profit.as_ref().map_or(f64::NAN, |p| p[r]);
            let cost = t.cost.as_ref().map_or(f64::NAN, |c| c[r]);
            if !profit.is_nan() {
                margin.add(day, profit);
                base.add(day, amount);
            } else if !cost.is_nan() {
                margin.add(day, amount - cost);
                base.add(day, amount);
            }
            if !counted {
                counted = true;
                orders.add(day, 1.0);
            }
        }
        let mut out = [revenue, orders, all, units, margin, base];
        out.iter_mut().for_each(Daily::finish);
        out
    }

    /// The figures of no filters the cache was seeded with stay while filters come and go, and the last
    /// filter's are kept too: taking a filter off or putting it back on computes nothing again.
    #[test]
    fn the_seeded_figures_outlast_a_filter() {
        use super::FiguresCache;
        use std::sync::Arc;
        let t = table(0x5EED);
        let all = Query::default();
        let (mask, history) = RowMask::with_history(&t, &all);
        let (mask, history) = (Arc::new(mask), Arc::new(history));
        let cache = FiguresCache::seeded(&all, mask, history.clone());
        let channel = |value: &str| Query {
            filters: vec![Filter {
                role: Role::Channel,
                values: vec![value.into()],
            }],
            ..Query::default()
        };
        let filtered = channel("b");
        let (_, first) = cache.history(&t, &filtered);
        assert!(!Arc::ptr_eq(&first, &history), "a filter has figures of its own");
        assert!(
            Arc::ptr_eq(&cache.history(&t, &all).1, &history),
            "the seeded figures are kept"
        );
        assert!(
            Arc::ptr_eq(&cache.history(&t, &filtered).1, &first),
            "and the last filter's"
        );
        let (_, second) = cache.history(&t, &channel("c"));
        assert!(!Arc::ptr_eq(&second, &first));
        assert!(Arc::ptr_eq(&cache.history(&t, &all).1, &history));
    }

    /// The day totals summed day by day are those of the rows added one by one, bit for bit.
    #[test]
    fn day_totals_match_the_rows_added_one_by_one() {
        for case in 0..60u64 {
            let t = table(0x9E37_79B9_7F4A_7C15 ^ case.wrapping_mul(0x1000_0001));
            let channel = Query {
                filters: vec![Filter {
                    role: Role::Channel,
                    values: vec!["b".into()],
                }],
                ..Query::default()
            };
            let codes = t.dimensions[0].codes.clone();
            for (query, keeps) in [
                (
                    Query::default(),
                    Box::new(|_: usize| true) as Box<dyn Fn(usize) -> bool>,
                ),
                (channel, Box::new(move |r: usize| codes.get(r) == Some(1))),
            ] {
                let (_, f) = RowMask::with_history(&t, &query);
                let got = [
                    f.revenue,
                    f.orders,
                    f.all_orders,
                    f.units,
                    f.margin,
                    f.margin_base,
                ];
                let bits = |d: &[Daily; 6]| -> Vec<Vec<u64>> {
                    let days = t.day.first().copied().unwrap_or(0)..t.day.last().map_or(0, |&l| l + 2);
                    d.iter()
                        .map(|s| days.clone().map(|x| s.sum_before(x).to_bits()).collect())
                        .collect()
                };
                assert_eq!(bits(&got), bits(&reference(&t, keeps)), "case {case}");
            }
        }
    }
}

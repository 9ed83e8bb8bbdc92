//! The completed orders a filter set keeps, one entry per order: built once per filter change (in the same
//! pass over the kept lines as the day totals, see `orders_figures`), so that every period scan walks
//! orders (a third of the lines) in tight loops instead of detecting order boundaries line by line, and
//! line-level totals read only the counted lines.

use super::keys::MISSING;
use super::orders_table::OrdersTable;

/// Completed, kept orders in row order (so ascending by day), and which lines count.
#[derive(Clone, Debug, Default)]
pub struct KeptOrders {
    /// The counted lines (kept by the filters and a sale), ascending.
    pub lines: Vec<u32>,
    /// Per order: its first counted line (its customer, time and order-level values are that line's).
    pub first_row: Vec<u32>,
    /// Per order: its day.
    pub day: Vec<i64>,
    /// Per order: the revenue of its counted lines.
    pub revenue: Vec<f64>,
    /// Per order: its customer code ([`MISSING`] when unknown), read by period scans in order instead of
    /// from the lines.
    pub customer: Vec<u32>,
    /// Per order: its processing days (NaN when unknown); empty when the orders have no fulfilment dates.
    pub processing: Vec<f64>,
    /// The orders with a known customer grouped by customer (in time order within one): customer `c`'s
    /// orders are `customer_start[c]..customer_start[c + 1]` of [`Self::customer_day`] and
    /// [`Self::customer_revenue`], read sequentially by period scans instead of jumping between customers.
    pub customer_start: Vec<usize>,
    /// Day of each order, grouped by customer.
    pub customer_day: Vec<i64>,
    /// Revenue of each order, grouped by customer.
    pub customer_revenue: Vec<f64>,
    /// Whether a counted line was seen (the next one may continue its order).
    started: bool,
    /// Order code of the last counted line.
    last_order: u32,
}

impl KeptOrders {
    /// Groups the lines counted by `keeps(row)` (and being a sale) into orders.
    pub fn build(t: &OrdersTable, keeps: impl Fn(usize) -> bool) -> KeptOrders {
        let mut out = KeptOrders::default();
        for (r, ((&sale, &o), (&day, &amount))) in t
            .sale
            .iter()
            .zip(&t.order)
            .zip(t.day.iter().zip(&t.amount))
            .enumerate()
        {
            if sale && keeps(r) {
                out.push_line(r, o, day, amount);
            }
        }
        out.finish(t);
        out
    }

    /// Adds a counted line (rows in ascending order): it starts a new order unless it continues the order
    /// of the previous counted line.
    #[inline]
    pub fn push_line(&mut self, row: usize, order: u32, day: i64, amount: f64) {
        self.lines.push(row as u32);
        if !self.started || order != self.last_order {
            self.started = true;
            self.last_order = order;
            self.first_row.push(row as u32);
            self.day.push(day);
            self.revenue.push(0.0);
        }
        if let Some(v) = self.revenue.last_mut() {
            *v += amount;
        }
    }

    /// Reserves room for `lines` counted lines and `orders` orders (no regrowth while they are pushed).
    pub fn reserve(&mut self, lines: usize, orders: usize) {
        self.lines.reserve(lines);
        self.first_row.reserve(orders);
        self.day.reserve(orders);
        self.revenue.reserve(orders);
    }

    /// Completes the orders after the last [`Self::push_line`]: their customers and processing days, and
    /// their grouping by customer.
    pub fn finish(&mut self, t: &OrdersTable) {
        let n_c = t.customers.len();
        self.customer = self
            .first_row
            .iter()
            .map(|&row| {
                t.customer
                    .get(row as usize)
                    .copied()
                    .filter(|&c| (c as usize) < n_c)
                    .unwrap_or(MISSING)
            })
            .collect();
        self.processing = match &t.processing_days {
            Some(p) => self
                .first_row
                .iter()
                .map(|&row| p.get(row as usize).copied().unwrap_or(f64::NAN))
                .collect(),
            None => Vec::new(),
        };
        self.group_by_customer(t);
    }

    /// Fills the per-customer grouping (a counting sort of the orders by customer, stable in time).
    fn group_by_customer(&mut self, t: &OrdersTable) {
        let n_c = t.customers.len();
        let mut start = vec![0usize; n_c + 1];
        for &c in &self.customer {
            if c != MISSING {
                if let Some(x) = start.get_mut(c as usize + 1) {
                    *x += 1;
                }
            }
        }
        let mut acc = 0usize;
        for x in start.iter_mut() {
            acc += *x;
            *x = acc;
        }
        let mut next = start.clone();
        self.customer_day = vec![0; acc];
        self.customer_revenue = vec![0.0; acc];
        for ((&c, &day), &revenue) in self.customer.iter().zip(&self.day).zip(&self.revenue) {
            let Some(p) = (c != MISSING).then(|| next.get_mut(c as usize)).flatten() else {
                continue;
            };
            if let Some(d) = self.customer_day.get_mut(*p) {
                *d = day;
            }
            if let Some(v) = self.customer_revenue.get_mut(*p) {
                *v = revenue;
            }
            *p += 1;
        }
        self.customer_start = start;
    }

    /// The orders whose day lies in `[start, end)`, as an index range.
    pub fn between(&self, start: i64, end: i64) -> std::ops::Range<usize> {
        let a = self.day.partition_point(|&d| d < start);
        let b = self.day.partition_point(|&d| d < end).max(a);
        a..b
    }

    /// The counted lines among the rows `rows`, as a slice of [`Self::lines`].
    pub fn lines_in(&self, rows: std::ops::Range<usize>) -> &[u32] {
        let a = self.lines.partition_point(|&r| (r as usize) < rows.start);
        let b = self.lines.partition_point(|&r| (r as usize) < rows.end).max(a);
        self.lines.get(a..b).unwrap_or(&[])
    }
}

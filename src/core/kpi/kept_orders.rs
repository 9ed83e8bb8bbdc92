//! The completed orders a filter set keeps, one entry per order: built once per filter change (one pass
//! over the lines), so that every period scan walks orders (a third of the lines) in tight loops instead of
//! detecting order boundaries line by line.

use super::orders_table::OrdersTable;

/// Completed, kept orders in row order (so ascending by day), and which lines count.
#[derive(Clone, Debug, Default)]
pub struct KeptOrders {
    /// Per line: kept by the filters and a sale.
    pub line_counts: Vec<bool>,
    /// Per order: its first counted line (its customer, time and order-level values are that line's).
    pub first_row: Vec<u32>,
    /// Per order: its day.
    pub day: Vec<i64>,
    /// Per order: the revenue of its counted lines.
    pub revenue: Vec<f64>,
}

impl KeptOrders {
    /// Groups the lines counted by `keeps(row)` (and being a sale) into orders.
    pub fn build(t: &OrdersTable, keeps: impl Fn(usize) -> bool) -> KeptOrders {
        let n = t.len();
        let mut out = KeptOrders {
            line_counts: Vec::with_capacity(n),
            first_row: Vec::new(),
            day: Vec::new(),
            revenue: Vec::new(),
        };
        let mut last_order = u32::MAX;
        let mut started = false;
        for (r, ((&sale, &o), (&day, &amount))) in t
            .sale
            .iter()
            .zip(&t.order)
            .zip(t.day.iter().zip(&t.amount))
            .enumerate()
        {
            let counts = sale && keeps(r);
            out.line_counts.push(counts);
            if !counts {
                continue;
            }
            if !started || o != last_order {
                started = true;
                last_order = o;
                out.first_row.push(r as u32);
                out.day.push(day);
                out.revenue.push(0.0);
            }
            if let Some(v) = out.revenue.last_mut() {
                *v += amount;
            }
        }
        out
    }

    /// The orders whose day lies in `[start, end)`, as an index range.
    pub fn between(&self, start: i64, end: i64) -> std::ops::Range<usize> {
        let a = self.day.partition_point(|&d| d < start);
        let b = self.day.partition_point(|&d| d < end).max(a);
        a..b
    }
}

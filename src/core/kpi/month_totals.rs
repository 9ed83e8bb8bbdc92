//! Mergeable per-month accumulators of the kept orders, built once per filter set: revenue and completed
//! orders per dimension value, and the weekday × hour grid, for every calendar month of the data. A period
//! scan adds the whole months inside the period from here and reads rows only for its partial months, so a
//! long period costs its number of months, not its number of lines.

use super::codes::CodesRef;
use super::kept_orders::KeptOrders;
use super::keys::MISSING;
use super::orders_table::OrdersTable;
use crate::core::time::{month_start, weekday, Period};

/// Cells always allowed for the per-month totals (beyond them, at most one cell per line).
const CELLS_WITHOUT_LIMIT: usize = 1 << 16;

/// Cells of the weekday × hour grid.
pub const GRID_CELLS: usize = 7 * 24;

/// Per-month totals of one dimension: `revenue[m * width + code]`, code `width - 1` being "(not set)".
#[derive(Clone, Debug, Default)]
pub struct DimensionMonths {
    /// Values per month (the dimension's names + not set).
    pub width: usize,
    /// Revenue per month and value.
    pub revenue: Vec<f64>,
    /// Completed orders per month and value (an order with lines of several values counts in each).
    pub orders: Vec<f64>,
}

/// Per-month totals of the kept orders.
#[derive(Clone, Debug, Default)]
pub struct MonthTotals {
    /// Start day of each month of the data, then the end of the last: month `i` is `starts[i]..starts[i + 1]`.
    pub starts: Vec<i64>,
    /// Per dimension of [`OrdersTable::dimensions`] (same order).
    pub dimensions: Vec<DimensionMonths>,
    /// Orders per month and grid cell (`m * GRID_CELLS + weekday * 24 + hour`), when orders have times.
    pub grid_orders: Vec<f64>,
    /// Revenue per month and grid cell.
    pub grid_revenue: Vec<f64>,
}

/// The grid cell of an order from its first line (`None` without a time of day).
#[inline]
pub fn grid_cell(t: &OrdersTable, row: usize) -> Option<usize> {
    let secs = t.time_of_day.as_ref()?.get(row).copied()?;
    let day = t.day.get(row).copied()?;
    if secs < 0 {
        return None;
    }
    let h = (secs / 3600).clamp(0, 23) as usize;
    Some(weekday(day) as usize * 24 + h)
}

/// The month of each day of the orders, counted from the first row's month: `of(day)` in O(1) (a table
/// over the days of the data), shared by the per-month totals and the cohorts.
#[derive(Clone, Debug, Default)]
pub struct MonthOfDay {
    first_day: i64,
    months: Vec<u32>,
}

impl MonthOfDay {
    /// The table over the days of `t` (rows ascend by day; months count from the first row's month).
    pub fn new(t: &OrdersTable) -> MonthOfDay {
        let (Some(&first_day), Some(&last_day), Some(first_month)) =
            (t.day.first(), t.day.last(), t.first_month())
        else {
            return MonthOfDay::default();
        };
        let span = (last_day - first_day + 1).max(0) as usize;
        let mut months = Vec::with_capacity(span);
        let mut month = first_month;
        let mut next = month_start(month + 1);
        for day in first_day..first_day + span as i64 {
            // Days ascend: the month changes only at the next month's start.
            while day >= next {
                month += 1;
                next = month_start(month + 1);
            }
            months.push((month - first_month).clamp(0, i64::from(u32::MAX)) as u32);
        }
        MonthOfDay { first_day, months }
    }

    /// The month (from the data's first) of `day`, if within the data.
    #[inline]
    pub fn of(&self, day: i64) -> Option<u32> {
        let i = day.checked_sub(self.first_day)?;
        usize::try_from(i).ok().and_then(|i| self.months.get(i).copied())
    }
}

/// A line-level dimension being totalled per month: its index in [`MonthTotals::dimensions`], its codes
/// per row, and the last order counted per value.
struct LineDimension<'t> {
    index: usize,
    codes: CodesRef<'t>,
    stamp: Vec<u32>,
}

/// Per-month totals being built: the line-level dimensions line by line (in the pass over the kept lines),
/// then the order-level ones and the grid from the kept orders ([`MonthTotalsBuilder::finish`]).
pub struct MonthTotalsBuilder<'t> {
    out: MonthTotals,
    lines: Vec<LineDimension<'t>>,
    enabled: bool,
}

impl<'t> MonthTotalsBuilder<'t> {
    /// Empty totals for the months of `t` (none when they would take too much memory).
    pub fn new(t: &'t OrdersTable) -> MonthTotalsBuilder<'t> {
        let mut b = MonthTotalsBuilder {
            out: MonthTotals::default(),
            lines: Vec::new(),
            enabled: false,
        };
        let (Some(first), Some(last)) = (t.first_month(), t.last_month()) else {
            return b;
        };
        let months = (last - first + 1).max(0) as usize;
        // Memory stays within about two numbers per line (many values over many years: rows are scanned).
        let cells: usize = t
            .dimensions
            .iter()
            .map(|d| (d.names.len() + 1).saturating_mul(months))
            .fold(GRID_CELLS.saturating_mul(months), usize::saturating_add);
        if cells > t.len().saturating_add(CELLS_WITHOUT_LIMIT) {
            return b;
        }
        b.enabled = true;
        b.out.starts = (0..=months as i64).map(|i| month_start(first + i)).collect();
        for (index, d) in t.dimensions.iter().enumerate() {
            let width = d.names.len() + 1;
            b.out.dimensions.push(DimensionMonths {
                width,
                revenue: vec![0.0; months * width],
                orders: vec![0.0; months * width],
            });
            if !d.order_level {
                b.lines.push(LineDimension {
                    index,
                    codes: d.codes.as_ref(),
                    stamp: vec![MISSING; width],
                });
            }
        }
        b
    }

    /// Adds a counted line of `month` (lines in ascending row order): its amount to its value in each
    /// line-level dimension, and its order once per value.
    #[inline]
    pub fn add_line(&mut self, row: usize, month: u32, amount: f64, order: u32) {
        if !self.enabled {
            return;
        }
        let month = month as usize;
        for l in &mut self.lines {
            let Some(totals) = self.out.dimensions.get_mut(l.index) else {
                continue;
            };
            let width = totals.width;
            let code = l.codes.get(row).unwrap_or(MISSING);
            let idx = if code == MISSING { width - 1 } else { code as usize };
            if idx >= width {
                continue;
            }
            let cell = month * width + idx;
            if let Some(x) = totals.revenue.get_mut(cell) {
                *x += amount;
            }
            // An order's lines are adjacent, so a value's last order tells whether a line's order is
            // already counted for it.
            if let Some(s) = l.stamp.get_mut(idx) {
                if *s != order {
                    *s = order;
                    if let Some(x) = totals.orders.get_mut(cell) {
                        *x += 1.0;
                    }
                }
            }
        }
    }

    /// Adds the order-level dimensions and the grid from the kept orders `k` (one pass over the orders).
    pub fn finish(self, t: &OrdersTable, k: &KeptOrders) -> MonthTotals {
        let mut out = self.out;
        if !self.enabled {
            return out;
        }
        let months = out.starts.len().saturating_sub(1);
        // Month by month: each month's orders are contiguous, and its cells one slice.
        let spans: Vec<std::ops::Range<usize>> =
            out.starts.windows(2).map(|w| k.between(w[0], w[1])).collect();
        for (d, totals) in t.dimensions.iter().zip(out.dimensions.iter_mut()) {
            if !d.order_level {
                continue;
            }
            let width = totals.width;
            let not_set = width - 1;
            let index = |code: u32| if code == MISSING { not_set } else { code as usize };
            for (orders, (revenue, count)) in spans.iter().zip(
                totals
                    .revenue
                    .chunks_exact_mut(width)
                    .zip(totals.orders.chunks_exact_mut(width)),
            ) {
                let rows = k.first_row.get(orders.clone()).unwrap_or(&[]);
                let values = k.revenue.get(orders.clone()).unwrap_or(&[]);
                for (&row, &v) in rows.iter().zip(values) {
                    let idx = index(d.codes.get(row as usize).unwrap_or(MISSING));
                    if let Some(x) = revenue.get_mut(idx) {
                        *x += v;
                    }
                    if let Some(x) = count.get_mut(idx) {
                        *x += 1.0;
                    }
                }
            }
        }
        if t.time_of_day.is_some() {
            out.grid_orders = vec![0.0; months * GRID_CELLS];
            out.grid_revenue = vec![0.0; months * GRID_CELLS];
            for (orders, (count, revenue)) in spans.iter().zip(
                out.grid_orders
                    .chunks_exact_mut(GRID_CELLS)
                    .zip(out.grid_revenue.chunks_exact_mut(GRID_CELLS)),
            ) {
                let rows = k.first_row.get(orders.clone()).unwrap_or(&[]);
                let values = k.revenue.get(orders.clone()).unwrap_or(&[]);
                for (&row, &v) in rows.iter().zip(values) {
                    let Some(c) = grid_cell(t, row as usize) else {
                        continue;
                    };
                    if let Some(x) = count.get_mut(c) {
                        *x += 1.0;
                    }
                    if let Some(x) = revenue.get_mut(c) {
                        *x += v;
                    }
                }
            }
        }
        out
    }
}

impl MonthTotals {
    /// Accumulates the kept orders `k` of `t` per month (one pass over the counted lines for the
    /// line-level dimensions, one over the orders for the rest).
    pub fn build(t: &OrdersTable, k: &KeptOrders) -> MonthTotals {
        let mut b = MonthTotalsBuilder::new(t);
        let month_of = MonthOfDay::new(t);
        for &line in &k.lines {
            let r = line as usize;
            let (Some(&day), Some(&amount), Some(&order)) = (t.day.get(r), t.amount.get(r), t.order.get(r))
            else {
                continue;
            };
            if let Some(m) = month_of.of(day) {
                b.add_line(r, m, amount, order);
            }
        }
        b.finish(t, k)
    }

    /// The whole months inside `period`: their index range and the days they cover (empty when none).
    pub fn inside(&self, period: Period) -> (std::ops::Range<usize>, Period) {
        let months = self.starts.len().saturating_sub(1);
        let a = self.starts.partition_point(|&s| s < period.start).min(months);
        let b = self
            .starts
            .partition_point(|&s| s <= period.end)
            .saturating_sub(1)
            .min(months);
        match (self.starts.get(a), self.starts.get(b)) {
            (Some(&s), Some(&e)) if a < b => (a..b, Period::new(s, e)),
            _ => (0..0, Period::new(period.start, period.start)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_months_inside_a_period() {
        let m = MonthTotals {
            starts: vec![0, 31, 59, 90],
            ..MonthTotals::default()
        };
        assert_eq!(m.inside(Period::new(0, 90)), (0..3, Period::new(0, 90)));
        assert_eq!(m.inside(Period::new(1, 90)), (1..3, Period::new(31, 90)));
        assert_eq!(m.inside(Period::new(1, 89)), (1..2, Period::new(31, 59)));
        assert_eq!(m.inside(Period::new(-100, 1000)), (0..3, Period::new(0, 90)));
        assert_eq!(m.inside(Period::new(5, 40)).0, 0..0);
        assert_eq!(m.inside(Period::new(200, 300)).0, 0..0);
        // No months (nothing built): nothing inside.
        assert_eq!(MonthTotals::default().inside(Period::new(0, 90)).0, 0..0);
    }
}

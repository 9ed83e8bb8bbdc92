//! Per-day sums with prefix sums: any period's total in O(1), so series and comparisons cost nothing
//! once the day totals exist. Mergeable (`add` day by day), reusable by every area.

use crate::core::time::Period;

/// Totals per day over a contiguous range of days.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Daily {
    first_day: i64,
    values: Vec<f64>,
    prefix: Vec<f64>,
}

impl Daily {
    /// Zeroes for the days `[first_day, first_day + days)`.
    pub fn new(first_day: i64, days: usize) -> Self {
        Daily {
            first_day,
            values: vec![0.0; days],
            prefix: Vec::new(),
        }
    }

    /// Zeroes covering `period` (empty when the period is).
    pub fn covering(period: Period) -> Self {
        Daily::new(period.start, period.len_days() as usize)
    }

    /// Adds `value` to `day`; days outside the range are ignored.
    #[inline]
    pub fn add(&mut self, day: i64, value: f64) {
        let i = day - self.first_day;
        if i >= 0 {
            if let Some(v) = self.values.get_mut(i as usize) {
                *v += value;
            }
        }
    }

    /// Adds another range's totals day by day (days outside this range are ignored).
    pub fn merge(&mut self, other: &Daily) {
        for (i, v) in other.values.iter().enumerate() {
            self.add(other.first_day + i as i64, *v);
        }
        self.prefix.clear();
    }

    /// Computes the prefix sums; call once after the last `add` (sums call it lazily otherwise).
    pub fn finish(&mut self) {
        let mut acc = 0.0;
        self.prefix = Vec::with_capacity(self.values.len() + 1);
        self.prefix.push(0.0);
        for v in &self.values {
            acc += v;
            self.prefix.push(acc);
        }
    }

    fn prefix_at(&self, day: i64) -> f64 {
        let i = (day - self.first_day).clamp(0, self.values.len() as i64) as usize;
        if self.prefix.len() == self.values.len() + 1 {
            self.prefix.get(i).copied().unwrap_or(0.0)
        } else {
            self.values.iter().take(i).sum()
        }
    }

    /// Total over `period` (days outside the range count as 0).
    pub fn sum(&self, period: Period) -> f64 {
        if period.is_empty() {
            return 0.0;
        }
        self.prefix_at(period.end) - self.prefix_at(period.start)
    }

    /// Total of the days before `day` (exclusive): "to date" figures.
    pub fn sum_before(&self, day: i64) -> f64 {
        self.prefix_at(day)
    }

    /// Total over every day.
    pub fn total(&self) -> f64 {
        self.prefix_at(self.first_day + self.values.len() as i64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_over_periods() {
        let mut d = Daily::new(10, 5); // days 10..15
        d.add(10, 1.0);
        d.add(12, 2.0);
        d.add(14, 4.0);
        d.add(15, 100.0); // outside: ignored
        d.add(9, 100.0); // outside: ignored
        assert_eq!(d.sum(Period::new(0, 100)), 7.0);
        d.finish();
        assert_eq!(d.sum(Period::new(11, 14)), 2.0);
        assert_eq!(d.sum(Period::new(10, 13)), 3.0);
        assert_eq!(d.sum_before(13), 3.0);
        assert_eq!(d.total(), 7.0);
        assert_eq!(d.sum(Period::new(20, 30)), 0.0);
    }
}

//! Calendar arithmetic on day numbers: periods, granularities, buckets, labels and period presets.
//!
//! A *day number* is an `i64` count of days since 1970-01-01 in the data's own local calendar (no time zone
//! shifting). A [`Period`] is a half-open range of day numbers. Weeks are ISO weeks starting on Monday unless
//! [`Calendar::week_starts_sunday`] is set; quarters and years follow [`Calendar::fiscal_year_start_month`].

use crate::core::ingest::table::{civil_from_days, days_from_civil, SECONDS_PER_DAY};
use serde::{Deserialize, Serialize};

/// The day number of a timestamp in seconds since 1970-01-01 (local, naive).
pub fn day_of_seconds(seconds: i64) -> i64 {
    seconds.div_euclid(SECONDS_PER_DAY)
}

/// The day number of a calendar date.
pub fn day(year: i64, month: u32, day: u32) -> i64 {
    days_from_civil(year, month, day)
}

/// Weekday of a day number: 0 = Monday … 6 = Sunday.
pub fn weekday(day: i64) -> u32 {
    // 1970-01-01 was a Thursday (3 when Monday = 0).
    (day + 3).rem_euclid(7) as u32
}

/// Whether `year` is a leap year in the Gregorian calendar.
pub fn is_leap_year(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in a month.
pub fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A month counter: `year * 12 + (month - 1)`; consecutive months differ by one.
pub fn month_index(day: i64) -> i64 {
    let (y, m, _) = civil_from_days(day);
    y * 12 + i64::from(m) - 1
}

/// The first day of the month with this [`month_index`].
pub fn month_start(month_index: i64) -> i64 {
    days_from_civil(
        month_index.div_euclid(12),
        (month_index.rem_euclid(12) + 1) as u32,
        1,
    )
}

/// `day` moved by `months` calendar months, the day of month clamped to the target month's length
/// (2024-02-29 minus 12 months is 2023-02-28).
pub fn add_months(day: i64, months: i64) -> i64 {
    let (y, m, d) = civil_from_days(day);
    let target = y * 12 + i64::from(m) - 1 + months;
    let (ty, tm) = (target.div_euclid(12), (target.rem_euclid(12) + 1) as u32);
    days_from_civil(ty, tm, d.min(days_in_month(ty, tm)))
}

/// The day number of a `YYYY-MM-DD` date (what a date input gives), or `None` when it is not one.
pub fn parse_day(text: &str) -> Option<i64> {
    let mut parts = text.trim().splitn(3, '-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(year, 4) && digits(month, 2) && digits(day, 2)) {
        return None;
    }
    let (year, month, day) = (year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
    ((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day))
        .then(|| days_from_civil(year, month, day))
}

/// Formats a day number as `YYYY-MM-DD`.
pub fn format_day(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The size of the time-series buckets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    /// One bucket per day.
    Day,
    /// ISO weeks (Monday start, or Sunday with [`Calendar::week_starts_sunday`]).
    Week,
    /// Calendar months.
    #[default]
    Month,
    /// Quarters of the (fiscal) year.
    Quarter,
    /// (Fiscal) years.
    Year,
}

impl Granularity {
    /// Every granularity, finest first.
    pub const ALL: [Granularity; 5] = [
        Granularity::Day,
        Granularity::Week,
        Granularity::Month,
        Granularity::Quarter,
        Granularity::Year,
    ];

    /// The id used in the page and share links (`day`, `week`, `month`, `quarter`, `year`).
    pub fn id(self) -> &'static str {
        match self {
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
            Granularity::Quarter => "quarter",
            Granularity::Year => "year",
        }
    }

    /// The granularity with this id.
    pub fn from_id(id: &str) -> Option<Granularity> {
        Granularity::ALL.into_iter().find(|g| g.id() == id)
    }
}

/// Calendar settings: week start and fiscal year start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Calendar {
    /// Weeks start on Sunday instead of the ISO Monday.
    pub week_starts_sunday: bool,
    /// Month (1–12) the fiscal year starts in; 1 = calendar year. Out-of-range values act as 1.
    pub fiscal_year_start_month: u32,
}

impl Default for Calendar {
    fn default() -> Self {
        Calendar {
            week_starts_sunday: false,
            fiscal_year_start_month: 1,
        }
    }
}

impl Calendar {
    fn fiscal_start(self) -> i64 {
        if (1..=12).contains(&self.fiscal_year_start_month) {
            i64::from(self.fiscal_year_start_month)
        } else {
            1
        }
    }

    /// First day of the bucket of `granularity` that contains `day`.
    pub fn bucket_start(self, day: i64, granularity: Granularity) -> i64 {
        match granularity {
            Granularity::Day => day,
            Granularity::Week => {
                let offset = if self.week_starts_sunday {
                    (weekday(day) + 1) % 7
                } else {
                    weekday(day)
                };
                day - i64::from(offset)
            }
            Granularity::Month => month_start(month_index(day)),
            Granularity::Quarter | Granularity::Year => {
                let span = if granularity == Granularity::Quarter {
                    3
                } else {
                    12
                };
                let months_into_fiscal = month_index(day) - (self.fiscal_start() - 1);
                let start = months_into_fiscal.div_euclid(span) * span + (self.fiscal_start() - 1);
                month_start(start)
            }
        }
    }

    /// First day of the bucket after the one starting at `bucket_start`.
    pub fn next_bucket_start(self, bucket_start: i64, granularity: Granularity) -> i64 {
        match granularity {
            Granularity::Day => bucket_start + 1,
            Granularity::Week => bucket_start + 7,
            Granularity::Month => add_months(bucket_start, 1),
            Granularity::Quarter => add_months(bucket_start, 3),
            Granularity::Year => add_months(bucket_start, 12),
        }
    }

    /// Starts of the buckets overlapping `period`, in order (the first may start before the period).
    pub fn buckets(self, period: Period, granularity: Granularity) -> Vec<i64> {
        let mut starts = Vec::new();
        if period.is_empty() {
            return starts;
        }
        let mut b = self.bucket_start(period.start, granularity);
        while b < period.end {
            starts.push(b);
            b = self.next_bucket_start(b, granularity);
        }
        starts
    }

    /// The fiscal year a day belongs to, named after the calendar year the fiscal year ends in
    /// (a fiscal year starting in April 2024 is FY2025), or the calendar year when it starts in January.
    pub fn fiscal_year(self, day: i64) -> i64 {
        let start = self.bucket_start(day, Granularity::Year);
        let (y, _, _) = civil_from_days(start);
        if self.fiscal_start() == 1 {
            y
        } else {
            y + 1
        }
    }

    /// Label of the bucket starting at `bucket_start`: `2024-03-05`, `2024-W10`, `2024-03`, `2024-Q1`,
    /// `2024` (fiscal calendars: `FY2025-Q1`, `FY2025`; Sunday weeks: `week of 2024-03-03`).
    pub fn bucket_label(self, bucket_start: i64, granularity: Granularity) -> String {
        let (y, m, _) = civil_from_days(bucket_start);
        match granularity {
            Granularity::Day => format_day(bucket_start),
            Granularity::Week if self.week_starts_sunday => {
                format!("week of {}", format_day(bucket_start))
            }
            Granularity::Week => {
                let (iso_year, iso_week) = iso_week(bucket_start);
                format!("{iso_year:04}-W{iso_week:02}")
            }
            Granularity::Month => format!("{y:04}-{m:02}"),
            Granularity::Quarter => {
                let q = (i64::from(m) - self.fiscal_start()).rem_euclid(12) / 3 + 1;
                if self.fiscal_start() == 1 {
                    format!("{y:04}-Q{q}")
                } else {
                    format!("FY{:04}-Q{q}", self.fiscal_year(bucket_start))
                }
            }
            Granularity::Year if self.fiscal_start() == 1 => format!("{y:04}"),
            Granularity::Year => format!("FY{:04}", self.fiscal_year(bucket_start)),
        }
    }
}

/// ISO 8601 (year, week number) of a day.
pub fn iso_week(day: i64) -> (i64, u32) {
    // The ISO year is the year of the Thursday of the day's week.
    let thursday = day - i64::from(weekday(day)) + 3;
    let (year, _, _) = civil_from_days(thursday);
    let week = (thursday - days_from_civil(year, 1, 1)) / 7 + 1;
    (year, week as u32)
}

/// A half-open range of days: `start` inclusive, `end` exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Period {
    /// First day (inclusive).
    pub start: i64,
    /// Day after the last day (exclusive).
    pub end: i64,
}

impl Period {
    /// A period from its first day (inclusive) to its end (exclusive).
    pub fn new(start: i64, end: i64) -> Self {
        Period { start, end }
    }

    /// Number of days (0 when `end <= start`).
    pub fn len_days(self) -> i64 {
        (self.end - self.start).max(0)
    }

    /// The days from `a` to `b`, both included, whichever comes first.
    pub fn between(a: i64, b: i64) -> Self {
        Period::new(a.min(b), a.max(b) + 1)
    }

    /// Whether the period has no days.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// Whether `day` lies in the period.
    pub fn contains(self, day: i64) -> bool {
        day >= self.start && day < self.end
    }

    /// The last day in the period (`end - 1`).
    pub fn last_day(self) -> i64 {
        self.end - 1
    }

    /// The period of equal length that ends where this one starts.
    pub fn previous(self) -> Period {
        Period::new(self.start - self.len_days(), self.start)
    }

    /// The same dates one year earlier (29 February maps to 28 February).
    pub fn year_earlier(self) -> Period {
        Period::new(add_months(self.start, -12), add_months(self.end, -12))
    }

    /// `YYYY-MM-DD – YYYY-MM-DD` (last day inclusive), for messages.
    pub fn describe(self) -> String {
        format!("{} – {}", format_day(self.start), format_day(self.last_day()))
    }
}

/// A period choice relative to the data's last date (never to today: exports are often historical).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Preset {
    /// Everything in the data.
    #[default]
    AllData,
    /// The 30 days ending with the data's last date.
    Last30Days,
    /// The last complete calendar month of the data (the data's last month when it ends on its last day).
    LastFullMonth,
    /// The last complete (fiscal) quarter.
    LastFullQuarter,
    /// The last complete (fiscal) year.
    LastFullYear,
    /// From the start of the (fiscal) year of the data's last date to that date.
    YearToDate,
    /// A user-chosen period.
    Custom(Period),
}

impl Preset {
    /// The period this preset means for data spanning `data_range`.
    pub fn resolve(self, data_range: Period, calendar: Calendar) -> Period {
        let last = data_range.last_day();
        let last_full = |g: Granularity| {
            let end = if calendar.next_bucket_start(calendar.bucket_start(last, g), g) == last + 1 {
                last + 1
            } else {
                calendar.bucket_start(last, g)
            };
            let start = calendar.bucket_start(end - 1, g);
            Period::new(start, end)
        };
        match self {
            Preset::AllData => data_range,
            Preset::Last30Days => Period::new(last - 29, last + 1),
            Preset::LastFullMonth => last_full(Granularity::Month),
            Preset::LastFullQuarter => last_full(Granularity::Quarter),
            Preset::LastFullYear => last_full(Granularity::Year),
            Preset::YearToDate => Period::new(calendar.bucket_start(last, Granularity::Year), last + 1),
            Preset::Custom(p) => p,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_of_date_inputs_read_back_as_they_are_written() {
        for d in [day(2024, 2, 29), day(1999, 12, 31), day(2025, 1, 1), 0] {
            assert_eq!(parse_day(&format_day(d)), Some(d));
        }
        for bad in [
            "",
            "2024-02-30",
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-1-05",
            "24-01-05",
            "2024/01/05",
            "2024-01-05x",
        ] {
            assert_eq!(parse_day(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_period_between_two_days_includes_both_in_either_order() {
        let (a, b) = (day(2024, 3, 1), day(2024, 3, 31));
        assert_eq!(Period::between(a, b), Period::new(a, b + 1));
        assert_eq!(Period::between(b, a), Period::new(a, b + 1));
        assert_eq!(Period::between(a, a).len_days(), 1);
    }

    #[test]
    fn weekdays_and_iso_weeks() {
        // 2024-01-01 was a Monday; 2023-01-01 a Sunday (ISO week 52 of 2022).
        assert_eq!(weekday(day(2024, 1, 1)), 0);
        assert_eq!(weekday(day(2023, 1, 1)), 6);
        assert_eq!(iso_week(day(2023, 1, 1)), (2022, 52));
        assert_eq!(iso_week(day(2024, 12, 30)), (2025, 1));
        assert_eq!(iso_week(day(2020, 12, 31)), (2020, 53));
    }

    #[test]
    fn bucket_starts() {
        let cal = Calendar::default();
        let wed = day(2024, 3, 6);
        assert_eq!(cal.bucket_start(wed, Granularity::Week), day(2024, 3, 4));
        let sunday_cal = Calendar {
            week_starts_sunday: true,
            ..cal
        };
        assert_eq!(sunday_cal.bucket_start(wed, Granularity::Week), day(2024, 3, 3));
        assert_eq!(
            sunday_cal.bucket_start(day(2024, 3, 3), Granularity::Week),
            day(2024, 3, 3)
        );
        assert_eq!(cal.bucket_start(wed, Granularity::Month), day(2024, 3, 1));
        assert_eq!(cal.bucket_start(wed, Granularity::Quarter), day(2024, 1, 1));
        assert_eq!(cal.bucket_start(wed, Granularity::Year), day(2024, 1, 1));
        let april = Calendar {
            fiscal_year_start_month: 4,
            ..cal
        };
        assert_eq!(april.bucket_start(wed, Granularity::Year), day(2023, 4, 1));
        assert_eq!(april.bucket_start(wed, Granularity::Quarter), day(2024, 1, 1));
        assert_eq!(
            april.bucket_label(day(2024, 1, 1), Granularity::Quarter),
            "FY2024-Q4"
        );
        assert_eq!(april.bucket_label(day(2023, 4, 1), Granularity::Year), "FY2024");
        assert_eq!(cal.bucket_label(day(2024, 3, 4), Granularity::Week), "2024-W10");
        assert_eq!(cal.bucket_label(day(2024, 4, 1), Granularity::Quarter), "2024-Q2");
    }

    #[test]
    fn periods_compare_leap_safely() {
        let feb29 = Period::new(day(2024, 2, 29), day(2024, 3, 1));
        assert_eq!(
            feb29.year_earlier(),
            Period::new(day(2023, 2, 28), day(2023, 3, 1))
        );
        let march = Period::new(day(2024, 3, 1), day(2024, 4, 1));
        assert_eq!(march.previous(), Period::new(day(2024, 1, 30), day(2024, 3, 1)));
        assert_eq!(Calendar::default().buckets(march, Granularity::Week).len(), 5);
    }

    #[test]
    fn presets_follow_the_data() {
        let cal = Calendar::default();
        let data = Period::new(day(2023, 1, 10), day(2024, 5, 16)); // last day 2024-05-15
        assert_eq!(
            Preset::Last30Days.resolve(data, cal),
            Period::new(day(2024, 4, 16), day(2024, 5, 16))
        );
        assert_eq!(
            Preset::LastFullMonth.resolve(data, cal),
            Period::new(day(2024, 4, 1), day(2024, 5, 1))
        );
        assert_eq!(
            Preset::LastFullQuarter.resolve(data, cal),
            Period::new(day(2024, 1, 1), day(2024, 4, 1))
        );
        assert_eq!(
            Preset::LastFullYear.resolve(data, cal),
            Period::new(day(2023, 1, 1), day(2024, 1, 1))
        );
        assert_eq!(
            Preset::YearToDate.resolve(data, cal),
            Period::new(day(2024, 1, 1), day(2024, 5, 16))
        );
        // Data ending on the last day of a month: that month is complete.
        let to_april_end = Period::new(day(2023, 1, 10), day(2024, 5, 1));
        assert_eq!(
            Preset::LastFullMonth.resolve(to_april_end, cal),
            Period::new(day(2024, 4, 1), day(2024, 5, 1))
        );
    }
}

//! A summary of one column's header and values, computed once, for role detection and checks.

use super::catalog::{is_money_role, is_rate_role, value_class, ValueClass};
use super::fold::{fold, fold_loose};
use super::normalize::{channel_group_known, interval_months, order_status, stage_known, OrderStatus};
use super::roles::Role;
use crate::core::i18n::{Arg, Text};
use crate::core::ingest::table::{
    days_from_civil, Column, ColumnData, ColumnType, MISSING_TEXT, SECONDS_PER_DAY,
};

/// How many distinct text values are sampled to recognise statuses, stages, intervals and sources.
const TEXT_SAMPLE: usize = 64;

/// What the values of a column look like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Dates or date-times.
    Time,
    /// Numbers.
    Number,
    /// Booleans.
    Bool,
    /// Text.
    Text,
}

/// One column, summarised.
#[derive(Clone, Debug, PartialEq)]
pub struct ColumnProfile {
    /// The header folded (see [`fold`]).
    pub folded: String,
    /// The header folded without its bracketed parts (see [`fold_loose`]).
    pub loose: String,
    /// The physical shape of the values.
    pub shape: Shape,
    /// The logical type from the import.
    pub column_type: ColumnType,
    /// Number of non-missing values.
    pub present: usize,
    /// Whether every present number is a whole number.
    pub integers: bool,
    /// Smallest present number (`+∞` when none).
    pub min: f64,
    /// Largest present number (`−∞` when none).
    pub max: f64,
    /// Whether every present number reads as a calendar date written `YYYYMMDD` (GA4 writes dates so).
    pub yyyymmdd: bool,
    /// Share of sampled distinct text values that are known order-status words.
    pub status_share: f32,
    /// Share of sampled distinct text values that are known CRM stages.
    pub stage_share: f32,
    /// Share of sampled distinct text values that are billing intervals.
    pub interval_share: f32,
    /// Share of sampled distinct text values that look like traffic sources or channel names.
    pub source_share: f32,
    /// Share of sampled distinct text values that read as won / lost words or yes / no.
    pub flag_share: f32,
    /// A sample value for messages (first present value, shortened).
    pub example: String,
}

impl ColumnProfile {
    /// Summarises `column`.
    pub fn of(column: &Column) -> Self {
        let mut p = ColumnProfile {
            folded: fold(&column.name),
            loose: fold_loose(&column.name),
            shape: Shape::Text,
            column_type: column.column_type,
            present: 0,
            integers: true,
            min: f64::INFINITY,
            max: f64::NEG_INFINITY,
            yyyymmdd: false,
            status_share: 0.0,
            stage_share: 0.0,
            interval_share: 0.0,
            source_share: 0.0,
            flag_share: 0.0,
            example: String::new(),
        };
        match &column.data {
            ColumnData::Number(values) => {
                p.shape = Shape::Number;
                let mut dates = true;
                for &v in values {
                    // Plain comparisons (no NaN is left to compare): WebAssembly has no instruction
                    // with the NaN rule of `f64::min` and `max`, so those take several.
                    if v.is_nan() {
                        continue;
                    }
                    p.present += 1;
                    p.integers = p.integers && v.fract() == 0.0;
                    if v < p.min {
                        p.min = v;
                    }
                    if v > p.max {
                        p.max = v;
                    }
                    // Once one value is no YYYYMMDD date, the others need not be tried.
                    dates = dates && yyyymmdd_days(v).is_some();
                }
                p.yyyymmdd = dates && p.present > 0;
            }
            ColumnData::Time { values, .. } => {
                p.shape = Shape::Time;
                p.present = values
                    .iter()
                    .filter(|&&t| t != crate::core::ingest::table::MISSING_TIME)
                    .count();
            }
            ColumnData::Bool(values) => {
                p.shape = Shape::Bool;
                p.present = values.iter().flatten().count();
                p.flag_share = 1.0;
            }
            ColumnData::Text { dict, codes } => {
                p.shape = Shape::Text;
                p.present = codes.iter().filter(|&&c| c != MISSING_TEXT).count();
                p.profile_words(dict);
            }
        }
        let first = (0..column.data.len()).find(|&r| !column.data.is_missing(r));
        if let Some(row) = first {
            p.example = column.data.display(row).chars().take(24).collect();
        }
        p
    }

    /// Recognises the vocabulary of the first distinct text values.
    fn profile_words(&mut self, dict: &[String]) {
        let sample: Vec<&String> = dict
            .iter()
            .filter(|s| !s.trim().is_empty())
            .take(TEXT_SAMPLE)
            .collect();
        if sample.is_empty() {
            return;
        }
        let n = sample.len() as f32;
        let share =
            |pred: &dyn Fn(&str) -> bool| sample.iter().filter(|s| pred(s.as_str())).count() as f32 / n;
        self.status_share = share(&|s| order_status(s) != OrderStatus::Unknown);
        self.stage_share = share(&|s| stage_known(s).is_some());
        self.interval_share = share(&|s| interval_months(s).is_some());
        self.source_share = share(&|s| channel_group_known(s));
        self.flag_share = share(&|s| {
            matches!(
                fold(s).as_str(),
                "won" | "lost" | "open" | "yes" | "no" | "true" | "false" | "1" | "0" | "gagne" | "perdu"
            )
        });
    }

    /// How well the values fit `role`: `None` when they cannot be that role, else a factor in (0, 1].
    pub fn fit(&self, role: Role) -> Option<f32> {
        match value_class(role) {
            ValueClass::Time => match self.shape {
                Shape::Time => Some(1.0),
                Shape::Number if self.yyyymmdd => Some(0.9),
                _ => None,
            },
            ValueClass::Number => self.fit_number(role),
            ValueClass::Id => match self.shape {
                Shape::Text | Shape::Number => Some(1.0),
                _ => None,
            },
            ValueClass::Label => match self.shape {
                Shape::Text => Some(1.0),
                Shape::Number => Some(0.6),
                Shape::Bool => Some(0.5),
                Shape::Time => None,
            },
            ValueClass::Flag => match self.shape {
                Shape::Bool => Some(1.0),
                Shape::Text if self.flag_share >= 0.5 || self.stage_share >= 0.5 => Some(0.9),
                Shape::Number if self.min >= 0.0 && self.max <= 1.0 && self.integers => Some(0.8),
                _ => None,
            },
        }
    }

    fn fit_number(&self, role: Role) -> Option<f32> {
        if self.shape != Shape::Number {
            return None;
        }
        if self.column_type == ColumnType::Percent && !is_rate_role(role) {
            return None;
        }
        let empty = self.present == 0;
        match role {
            Role::Score => (empty || (self.integers && self.min >= 0.0 && self.max <= 10.0)).then_some(1.0),
            Role::Position => (empty || self.min >= 1.0).then_some(1.0),
            Role::BounceRate => (empty || (self.min >= 0.0 && self.max <= 100.0)).then_some(1.0),
            _ if self.column_type == ColumnType::Money => Some(if is_money_role(role) { 1.0 } else { 0.5 }),
            _ => Some(1.0),
        }
    }

    /// Why the values cannot be `role`, in words (`None` when they can).
    pub fn misfit_reason(&self, role: Role) -> Option<Text> {
        if self.fit(role).is_some() {
            return None;
        }
        let found = match (self.shape, self.column_type) {
            (Shape::Time, _) => crate::phrase!("dates"),
            (Shape::Bool, _) => crate::phrase!("yes/no values"),
            (Shape::Text, _) => crate::phrase!("text"),
            (Shape::Number, ColumnType::Percent) => crate::phrase!("percentages"),
            (Shape::Number, _) => crate::phrase!("numbers"),
        };
        let example = if self.example.is_empty() {
            Arg::Str(String::new())
        } else {
            Arg::from(crate::text!(" such as “{example}”", example = &self.example))
        };
        let expected = match value_class(role) {
            ValueClass::Time => crate::phrase!("dates"),
            ValueClass::Number => match role {
                Role::Score => crate::phrase!("whole numbers from 0 to 10"),
                Role::Position => crate::phrase!("positions of 1 or more"),
                _ => crate::phrase!("numbers"),
            },
            ValueClass::Id => crate::phrase!("identifiers (text or numbers)"),
            ValueClass::Label => crate::phrase!("text"),
            ValueClass::Flag => crate::phrase!("yes/no values or words such as won / lost"),
        };
        let range = if self.shape == Shape::Number && self.present > 0 {
            Arg::from(crate::text!(
                " (from {min} to {max})",
                min = self.min.to_string(),
                max = self.max.to_string()
            ))
        } else {
            Arg::Str(String::new())
        };
        Some(crate::text!(
            "it holds {found}{example}{range}, expected {expected}",
            found = Arg::phrase(found),
            example = example,
            range = range,
            expected = Arg::phrase(expected)
        ))
    }
}

/// The day number of a `YYYYMMDD` number between 1900-01-01 and 2199-12-31, if it is a real date.
pub fn yyyymmdd_days(v: f64) -> Option<i64> {
    if v.fract() != 0.0 || !(19_000_101.0..=21_991_231.0).contains(&v) {
        return None;
    }
    let n = v as i64;
    let (y, m, d) = (n / 10_000, (n / 100 % 100) as u32, (n % 100) as u32);
    if !(1..=12).contains(&m) || d == 0 {
        return None;
    }
    let days = days_from_civil(y, m, d);
    // Reject 31 April and friends: the day must round-trip.
    (crate::core::ingest::table::civil_from_days(days) == (y, m, d)).then_some(days)
}

/// `yyyymmdd_days` as seconds since 1970-01-01.
pub fn yyyymmdd_seconds(v: f64) -> Option<i64> {
    yyyymmdd_days(v).map(|d| d * SECONDS_PER_DAY)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yyyymmdd_reads_real_dates_only() {
        // 2024-01-31 is day 19753: days_from_civil(2024,1,31) = 19723 (2024-01-01) + 30.
        assert_eq!(yyyymmdd_days(20_240_131.0), Some(19_753));
        assert_eq!(yyyymmdd_days(20_240_431.0), None);
        assert_eq!(yyyymmdd_days(20_241_301.0), None);
        assert_eq!(yyyymmdd_days(1234.0), None);
        assert_eq!(yyyymmdd_days(20_240_101.5), None);
    }

    #[test]
    fn number_profile_skips_missing_values() {
        let p = ColumnProfile::of(&Column::number("n", vec![f64::NAN, 3.0, -2.5, f64::NAN, 8.0]));
        assert_eq!((p.present, p.min, p.max, p.integers), (3, -2.5, 8.0, false));
        let whole = ColumnProfile::of(&Column::number("n", vec![20_240_131.0, f64::NAN, 20_240_201.0]));
        assert_eq!((whole.present, whole.integers, whole.yyyymmdd), (2, true, true));
        let none = ColumnProfile::of(&Column::number("n", vec![f64::NAN]));
        assert_eq!((none.present, none.yyyymmdd), (0, false));
        assert!(none.min.is_infinite() && none.max.is_infinite());
    }

    #[test]
    fn score_fits_only_zero_to_ten_integers() {
        let nps = ColumnProfile::of(&Column::number("Score", vec![0.0, 7.0, 10.0]));
        let hub = ColumnProfile::of(&Column::number("Score", vec![35.0, 80.0]));
        let half = ColumnProfile::of(&Column::number("Score", vec![7.5]));
        assert_eq!(nps.fit(Role::Score), Some(1.0));
        assert_eq!(hub.fit(Role::Score), None);
        assert_eq!(half.fit(Role::Score), None);
        assert!(hub
            .misfit_reason(Role::Score)
            .is_some_and(|m| m.contains("from 35 to 80")));
    }
}

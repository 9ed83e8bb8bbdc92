//! Column typing: each column's type is decided on evidence from its values (a large sample first, the
//! whole column afterwards), and the questions a single column cannot settle — is `12,345` a decimal? is
//! `01/02/2022` in January? — are settled by the file's other columns, and the answer is explained.

use super::table::ColumnType;
use super::values::{
    day_month_numbers, is_missing, parse_bool, parse_date, parse_number, parse_time_of_day, BoolValue,
    DateOrder, DateShape, DateValue, NumberValue,
};
use crate::core::i18n::{Arg, Text};

/// Where a time column's values come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeSource {
    /// Written dates such as `2022-10-06` or `06/10/2022`.
    Text,
    /// Excel serial day numbers (`44840`).
    ExcelSerial,
    /// Seconds since 1970-01-01.
    UnixSeconds,
    /// Milliseconds since 1970-01-01.
    UnixMillis,
}

/// How the values of one column are to be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanKind {
    /// Numbers with this decimal separator; `percent` divides by 100.
    Number {
        /// `b'.'` or `b','`.
        decimal: u8,
        /// Whether values are percentages.
        percent: bool,
    },
    /// Dates or date-times.
    Time {
        /// Day or month first in `01/02/2022`.
        order: DateOrder,
        /// How the values are written.
        source: TimeSource,
        /// Decimal separator of serial numbers.
        decimal: u8,
    },
    /// Booleans; `digits_only` when all were written 1/0.
    Bool {
        /// Whether every value seen was `1` or `0`.
        digits_only: bool,
    },
    /// Text (dictionary-encoded).
    Text,
}

/// The decision for one column.
#[derive(Clone, Debug, PartialEq)]
pub struct ColumnPlan {
    /// How to read the values.
    pub kind: PlanKind,
    /// The logical type to report.
    pub column_type: ColumnType,
    /// ISO code of the currency written in the values.
    pub currency: Option<String>,
    /// Why an ambiguous choice was made.
    pub note: Option<Text>,
    /// A few values as written.
    pub samples: Vec<String>,
    /// The date pattern, for date columns.
    pub date_pattern: Option<String>,
    /// The thousands separator seen, for number columns.
    pub grouping: Option<char>,
    /// Whether the values are times of day only (`14:30`), to join with a date column beside them.
    pub time_of_day: bool,
}

impl ColumnPlan {
    /// A text column.
    pub fn text() -> Self {
        ColumnPlan {
            kind: PlanKind::Text,
            column_type: ColumnType::Text,
            currency: None,
            note: None,
            samples: Vec::new(),
            date_pattern: None,
            grouping: None,
            time_of_day: false,
        }
    }
}

/// Settings and facts about the file that column typing needs.
#[derive(Clone, Debug, Default)]
pub struct InferContext {
    /// Decimal comma forced by the user.
    pub decimal_comma: Option<bool>,
    /// Day-first forced by the user.
    pub day_first: Option<bool>,
    /// The file's delimiter (`;` files usually write decimal commas).
    pub delimiter: u8,
    /// The decimal separator already decided for the file (when re-deciding one column at the end).
    pub file_decimal: Option<char>,
    /// The date order already decided for the file.
    pub file_order: Option<DateOrder>,
}

/// The decisions for a whole file.
#[derive(Clone, Debug)]
pub struct Inference {
    /// One plan per column.
    pub plans: Vec<ColumnPlan>,
    /// The decimal separator of the file.
    pub decimal: char,
    /// The thousands separator seen, if any.
    pub grouping: Option<char>,
    /// The first date column's pattern.
    pub date_format: Option<String>,
    /// Explanations for the report.
    pub notes: Vec<Text>,
    /// The date order of the file.
    pub order: DateOrder,
}

/// Evidence gathered from one column's values.
#[derive(Clone, Debug, Default)]
struct Stats {
    non_missing: usize,
    bools: usize,
    bool_words: usize,
    dates: [usize; 2],
    day_first_evidence: usize,
    month_first_evidence: usize,
    has_time: bool,
    shape: Option<(DateShape, bool)>,
    numbers: [usize; 2],
    ambiguous: usize,
    ambiguous_example: Option<String>,
    percents: usize,
    currencies: Vec<(&'static str, usize)>,
    grouping: [Option<char>; 2],
    times: usize,
    serial_range: usize,
    unix_seconds: usize,
    unix_millis: usize,
    fractions: usize,
    samples: Vec<String>,
}

/// Index 0 is the `.` decimal reading, index 1 the `,` reading.
const DOT: usize = 0;
const COMMA: usize = 1;

/// Whether `n` out of `total` values is enough to give a column a type (nine in ten).
fn fits(n: usize, total: usize) -> bool {
    total > 0 && n * 10 >= total * 9
}

/// Whether a header names a date or a day.
fn header_means_date(name: &str) -> bool {
    let lower = name.to_lowercase();
    [
        "date",
        "day",
        "jour",
        "time",
        "timestamp",
        "created",
        "updated",
        "_at",
        "datum",
        "日",
        "일",
        "날짜",
        "시간",
        "時",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// Whether a header names a quantity (so that a column of 1s and 0s stays a number).
fn header_means_quantity(name: &str) -> bool {
    let lower = name.to_lowercase();
    [
        "qty", "quant", "unit", "count", "amount", "price", "total", "number", "nb", "views", "click",
        "session", "order", "visit", "revenue", "montant", "prix", "nombre", "수량", "금액", "数量", "金額",
        "金额", "件数", "個数",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// What the cell readers say about one value: the same for every occurrence, so computed once per
/// distinct value of a column (sample columns repeat their values a lot).
#[derive(Clone, Copy, Debug)]
struct CellEvidence {
    boolean: Option<BoolValue>,
    /// Day-first and month-first readings.
    dates: [Option<DateValue>; 2],
    day_month: Option<(u32, u32)>,
    /// `.` and `,` decimal readings.
    readings: [Option<NumberValue>; 2],
    time_of_day: bool,
}

impl CellEvidence {
    /// Runs every cell reader on `value`.
    fn of(value: &str) -> Self {
        let day_first = parse_date(value, DateOrder::DayFirst);
        // Only a date written day and month first (`06/10/2022`) reads otherwise month first.
        let month_first = match day_first {
            Some(date) if !matches!(date.shape, DateShape::DayMonth(_) | DateShape::MonthName) => Some(date),
            _ => parse_date(value, DateOrder::MonthFirst),
        };
        let dot = parse_number(value, '.');
        // Plain digits read the same whichever the decimal separator.
        let comma = match value.bytes().all(|b| b.is_ascii_digit()) {
            true => dot,
            false => parse_number(value, ','),
        };
        CellEvidence {
            boolean: parse_bool(value),
            dates: [day_first, month_first],
            day_month: day_month_numbers(value),
            readings: [dot, comma],
            time_of_day: parse_time_of_day(value).is_some(),
        }
    }
}

/// Distinct values remembered per column while gathering (the sample has at most a few thousand rows).
const MEMO_LIMIT: usize = 8192;

/// Values looked at before the memo is given up for a column whose values it hardly ever finds (fewer
/// than one in eight).
const MEMO_TRIAL: usize = 256;

/// Gathers evidence from `(value, weight)` pairs.
fn gather<'a, I: Iterator<Item = (&'a str, usize)>>(values: I) -> Stats {
    let mut s = Stats::default();
    let mut looked = 0usize;
    let mut typed = 0usize;
    let mut memo: std::collections::HashMap<&'a str, CellEvidence> = std::collections::HashMap::new();
    let mut memoize = true;
    let mut hits = 0usize;
    for (value, weight) in values {
        if is_missing(value) {
            continue;
        }
        looked += 1;
        // Past a thousand values with almost nothing typed, the column is text: stop early.
        if looked > 1000 && typed * 2 < looked {
            break;
        }
        s.non_missing += weight;
        if s.samples.len() < 5 && !s.samples.iter().any(|x| x == value.trim()) {
            s.samples.push(value.trim().to_string());
        }
        let remembered = if memoize { memo.get(value).copied() } else { None };
        let evidence = match remembered {
            Some(e) => {
                hits += 1;
                e
            }
            None => {
                let e = CellEvidence::of(value);
                if memoize && memo.len() < MEMO_LIMIT {
                    memo.insert(value, e);
                }
                e
            }
        };
        // A column of mostly distinct values (ids, amounts, timestamps) gains nothing from the memo.
        if memoize && looked == MEMO_TRIAL && hits * 8 < looked {
            memoize = false;
            memo = std::collections::HashMap::new();
        }
        typed += usize::from(add_evidence(&mut s, value, &evidence, weight));
    }
    s
}

/// Adds one value's evidence to the column's, `weight` times; whether any reader typed the value.
fn add_evidence(s: &mut Stats, value: &str, e: &CellEvidence, weight: usize) -> bool {
    let mut any = false;
    if let Some(b) = e.boolean {
        s.bools += weight;
        any = true;
        if !b.from_digit {
            s.bool_words += weight;
        }
    }
    for (slot, date) in e.dates.iter().enumerate() {
        if let Some(d) = date {
            s.dates[slot] += weight;
            s.has_time |= d.has_time;
            s.shape.get_or_insert((d.shape, d.two_digit_year));
            any = true;
        }
    }
    if let Some((a, b)) = e.day_month {
        if a > 12 && b <= 12 {
            s.day_first_evidence += weight;
        } else if b > 12 && a <= 12 {
            s.month_first_evidence += weight;
        }
    }
    let readings = e.readings;
    for (slot, reading) in readings.iter().enumerate() {
        if let Some(n) = reading {
            s.numbers[slot] += weight;
            if s.grouping[slot].is_none() {
                s.grouping[slot] = n.grouping;
            }
            any = true;
        }
    }
    if let (Some(d), Some(c)) = (readings[DOT], readings[COMMA]) {
        if d.value != c.value {
            s.ambiguous += weight;
            s.ambiguous_example
                .get_or_insert_with(|| value.trim().to_string());
        }
    }
    if let Some(n) = readings[DOT].or(readings[COMMA]) {
        if n.percent {
            s.percents += weight;
        }
        if let Some(code) = n.currency {
            match s.currencies.iter_mut().find(|(c, _)| *c == code) {
                Some(entry) => entry.1 += weight,
                None => s.currencies.push((code, weight)),
            }
        }
        let v = n.value;
        if v.fract() != 0.0 {
            s.fractions += weight;
        }
        if (20_000.0..=80_000.0).contains(&v) {
            s.serial_range += weight;
        }
        if v.fract() == 0.0 && (631_152_000.0..=4_102_444_800.0).contains(&v) {
            s.unix_seconds += weight;
        }
        if v.fract() == 0.0 && (631_152_000_000.0..=4_102_444_800_000.0).contains(&v) {
            s.unix_millis += weight;
        }
    }
    if e.time_of_day {
        s.times += weight;
        any = true;
    }
    any
}

/// What one column says before file-level decisions.
#[derive(Clone, Debug)]
enum Draft {
    Text,
    Bool {
        digits_only: bool,
    },
    Time {
        order: Option<DateOrder>,
        source: TimeSource,
    },
    Number {
        decimal: Option<usize>,
    },
    TimeOfDay,
}

/// A first decision for one column from its own evidence.
fn draft(name: &str, s: &Stats, ctx: &InferContext) -> Draft {
    let n = s.non_missing;
    if n == 0 {
        return Draft::Text;
    }
    if s.bools == n && (s.bool_words > 0 || !header_means_quantity(name)) {
        return Draft::Bool {
            digits_only: s.bool_words == 0,
        };
    }
    if fits(s.dates[0].max(s.dates[1]), n) {
        let order = match ctx.day_first {
            Some(true) => Some(DateOrder::DayFirst),
            Some(false) => Some(DateOrder::MonthFirst),
            None if s.day_first_evidence > s.month_first_evidence => Some(DateOrder::DayFirst),
            None if s.month_first_evidence > s.day_first_evidence => Some(DateOrder::MonthFirst),
            None if s.dates[0] != s.dates[1] => Some(if s.dates[0] > s.dates[1] {
                DateOrder::DayFirst
            } else {
                DateOrder::MonthFirst
            }),
            None => None,
        };
        return Draft::Time {
            order,
            source: TimeSource::Text,
        };
    }
    if fits(s.times, n) {
        return Draft::TimeOfDay;
    }
    let numbers = s.numbers[DOT].max(s.numbers[COMMA]);
    if fits(numbers, n) {
        if header_means_date(name) && s.percents == 0 && s.currencies.is_empty() {
            let source = if fits(s.serial_range, n) {
                Some(TimeSource::ExcelSerial)
            } else if fits(s.unix_seconds, n) {
                Some(TimeSource::UnixSeconds)
            } else if fits(s.unix_millis, n) {
                Some(TimeSource::UnixMillis)
            } else {
                None
            };
            if let Some(source) = source {
                return Draft::Time {
                    order: Some(DateOrder::DayFirst),
                    source,
                };
            }
        }
        let forced = ctx.decimal_comma.map(|c| if c { COMMA } else { DOT });
        let decimal = match forced {
            Some(slot) if fits(s.numbers[slot], n) => Some(slot),
            Some(_) => return Draft::Text,
            None if s.numbers[DOT] > s.numbers[COMMA] => Some(DOT),
            None if s.numbers[COMMA] > s.numbers[DOT] => Some(COMMA),
            None => None,
        };
        return Draft::Number { decimal };
    }
    Draft::Text
}

/// Decides every column of a file from sample rows (`rows[r][c]`).
pub fn infer_columns<R: AsRef<[F]>, F: AsRef<str>>(
    names: &[String],
    rows: &[R],
    ctx: &InferContext,
) -> Inference {
    let stats: Vec<Stats> = (0..names.len())
        .map(|c| {
            gather(
                rows.iter()
                    .map(|r| (r.as_ref().get(c).map_or("", AsRef::as_ref), 1)),
            )
        })
        .collect();
    decide(names, &stats, ctx)
}

/// Turns the evidence of every column into plans, settling ambiguous columns with the others.
fn decide(names: &[String], stats: &[Stats], ctx: &InferContext) -> Inference {
    let width = names.len();
    let drafts: Vec<Draft> = names
        .iter()
        .zip(stats)
        .map(|(name, s)| draft(name, s, ctx))
        .collect();
    let mut notes = Vec::new();

    // The file's decimal separator: the user's, else the clear columns', else the delimiter's hint.
    let clear: [usize; 2] = drafts.iter().fold([0, 0], |mut acc, d| {
        if let Draft::Number { decimal: Some(slot) } = d {
            acc[*slot] += 1;
        }
        acc
    });
    let hinted = ctx.file_decimal.map(|c| c == ',');
    let (file_decimal, decimal_reason) = match ctx.decimal_comma.or(hinted) {
        Some(true) if ctx.decimal_comma.is_none() => (
            COMMA,
            crate::phrase!("the file's other number columns use ',' as decimal separator"),
        ),
        Some(false) if ctx.decimal_comma.is_none() => (
            DOT,
            crate::phrase!("the file's other number columns use '.' as decimal separator"),
        ),
        Some(true) => (COMMA, crate::phrase!("the options say so")),
        Some(false) => (DOT, crate::phrase!("the options say so")),
        None if clear[COMMA] > clear[DOT] => (
            COMMA,
            crate::phrase!("the file's other number columns use ',' as decimal separator"),
        ),
        None if clear[DOT] > clear[COMMA] => (
            DOT,
            crate::phrase!("the file's other number columns use '.' as decimal separator"),
        ),
        None if ctx.delimiter == b';' => (
            COMMA,
            crate::phrase!("the file uses ';' as delimiter, as files with decimal commas do"),
        ),
        None => (DOT, crate::phrase!("nothing else in the file settles it")),
    };

    // The file's date order: the user's, else the clear columns', else the decimal separator's hint.
    let clear_orders: [usize; 2] = drafts.iter().fold([0, 0], |mut acc, d| {
        match d {
            Draft::Time {
                order: Some(DateOrder::DayFirst),
                source: TimeSource::Text,
            } => acc[0] += 1,
            Draft::Time {
                order: Some(DateOrder::MonthFirst),
                source: TimeSource::Text,
            } => acc[1] += 1,
            _ => {}
        }
        acc
    });
    let (file_order, order_reason) = if let Some(order) = ctx.file_order {
        (
            order,
            crate::phrase!("other date columns of the file are read that way"),
        )
    } else if clear_orders[0] > clear_orders[1] {
        (
            DateOrder::DayFirst,
            crate::phrase!("other date columns of the file put the day first"),
        )
    } else if clear_orders[1] > clear_orders[0] {
        (
            DateOrder::MonthFirst,
            crate::phrase!("other date columns of the file put the month first"),
        )
    } else if file_decimal == COMMA {
        (
            DateOrder::DayFirst,
            crate::phrase!("the file writes decimal commas, as countries that put the day first do"),
        )
    } else {
        (
            DateOrder::MonthFirst,
            crate::phrase!("no value has a day above 12 and nothing else in the file settles it"),
        )
    };

    let mut plans = Vec::with_capacity(width);
    let mut grouping = None;
    let mut date_format = None;
    for ((name, s), d) in names.iter().zip(stats).zip(drafts) {
        let mut plan = ColumnPlan::text();
        plan.samples = s.samples.clone();
        match d {
            Draft::Text => {}
            Draft::TimeOfDay => plan.time_of_day = true,
            Draft::Bool { digits_only } => {
                plan.kind = PlanKind::Bool { digits_only };
                plan.column_type = ColumnType::Bool;
            }
            Draft::Time { order, source } => {
                let chosen = order.unwrap_or(file_order);
                let (shape, two_digit) = s.shape.unwrap_or((DateShape::Iso, false));
                let pattern = match source {
                    TimeSource::Text => shape.pattern(chosen, two_digit),
                    TimeSource::ExcelSerial => crate::phrase!("Excel serial days").into(),
                    TimeSource::UnixSeconds => crate::phrase!("Unix seconds").into(),
                    TimeSource::UnixMillis => crate::phrase!("Unix milliseconds").into(),
                };
                if order.is_none() && matches!(shape, DateShape::DayMonth(_)) && ctx.day_first.is_none() {
                    let example = s.samples.first().cloned().unwrap_or_default();
                    let reading = match chosen {
                        DateOrder::DayFirst => crate::phrase!("day first"),
                        DateOrder::MonthFirst => crate::phrase!("month first"),
                    };
                    plan.note = Some(crate::text!(
                        "Dates such as \"{example}\" could be day or month first; read {reading} ({pattern}) because {order_reason}.",
                        example = example,
                        reading = Arg::phrase(reading),
                        pattern = Arg::Phrase(pattern.clone().into()),
                        order_reason = Arg::phrase(order_reason)
                    ));
                }
                if source != TimeSource::Text {
                    plan.note = Some(crate::text!(
                        "The numbers in \"{name}\" were read as dates ({pattern}) because the header names a date.",
                        name = name,
                        pattern = Arg::Phrase(pattern.clone().into())
                    ));
                }
                date_format.get_or_insert_with(|| pattern.clone());
                plan.date_pattern = Some(pattern);
                let whole_days = source == TimeSource::ExcelSerial && s.fractions == 0;
                plan.column_type = if (s.has_time || source != TimeSource::Text) && !whole_days {
                    ColumnType::DateTime
                } else {
                    ColumnType::Date
                };
                let decimal = if file_decimal == COMMA { b',' } else { b'.' };
                plan.kind = PlanKind::Time {
                    order: chosen,
                    source,
                    decimal,
                };
            }
            Draft::Number { decimal } => {
                let slot = decimal.unwrap_or(file_decimal);
                if decimal.is_none() && s.ambiguous > 0 {
                    let example = s.ambiguous_example.clone().unwrap_or_default();
                    let reading = if slot == COMMA {
                        crate::phrase!("a decimal (',' separates the decimals)")
                    } else {
                        crate::phrase!("a whole number (',' or '.' groups thousands)")
                    };
                    plan.note = Some(crate::text!(
                        "\"{example}\" was read as {reading} because {decimal_reason}.",
                        example = example,
                        reading = Arg::phrase(reading),
                        decimal_reason = Arg::phrase(decimal_reason)
                    ));
                }
                plan.grouping = s.grouping[slot];
                if grouping.is_none() {
                    grouping = s.grouping[slot];
                }
                let percent =
                    fits(s.percents, s.non_missing) || (s.percents > 0 && s.percents * 2 >= s.non_missing);
                let currency = s
                    .currencies
                    .iter()
                    .max_by_key(|(_, n)| *n)
                    .map(|(c, _)| c.to_string());
                plan.column_type = if percent {
                    ColumnType::Percent
                } else if currency.is_some() {
                    ColumnType::Money
                } else {
                    ColumnType::Number
                };
                if s.currencies.len() > 1 {
                    plan.note = Some(crate::text!(
                        "\"{name}\" mixes currencies ({currencies}); values are kept as written, in one column.",
                        name = name,
                        currencies = s.currencies
                            .iter()
                            .map(|(c, _)| *c)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
                plan.currency = currency;
                plan.kind = PlanKind::Number {
                    decimal: if slot == COMMA { b',' } else { b'.' },
                    percent,
                };
            }
        }
        if let Some(note) = &plan.note {
            notes.push(crate::text!(
                "Column \"{name}\": {note}",
                name = name,
                note = note
            ));
        }
        plans.push(plan);
    }
    Inference {
        plans,
        decimal: if file_decimal == COMMA { ',' } else { '.' },
        grouping,
        date_format,
        notes,
        order: file_order,
    }
}

/// Re-decides a column read as text, from its distinct values weighted by how often each occurs (`values`
/// gives each value with its count); used at the end of a file for columns whose sample said nothing (all
/// empty) or too little. `ctx` carries the file's decimal separator and date order.
pub fn infer_from_dictionary<'a>(
    name: &str,
    values: impl Iterator<Item = (&'a str, usize)>,
    ctx: &InferContext,
) -> ColumnPlan {
    let stats = gather(values);
    decide(&[name.to_string()], &[stats], ctx)
        .plans
        .into_iter()
        .next()
        .unwrap_or_else(ColumnPlan::text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `CellEvidence::of` reads a value once where both readings must agree; check it against both.
    fn assert_evidence_is_every_reading(value: &str) {
        let e = CellEvidence::of(value);
        assert_eq!(
            e.dates,
            [
                parse_date(value, DateOrder::DayFirst),
                parse_date(value, DateOrder::MonthFirst)
            ],
            "{value:?}"
        );
        assert_eq!(
            e.readings,
            [parse_number(value, '.'), parse_number(value, ',')],
            "{value:?}"
        );
    }

    #[test]
    fn evidence_shortcuts_give_what_every_reader_gives() {
        for value in [
            "2023-05-06 10:00",
            "06/10/2022",
            "13/10/2022",
            "10/13/2022",
            "1/2/23",
            "2022/10/06",
            "2022. 10. 6.",
            "2022.10.06",
            "2022年10月6日",
            "6 Oct 2022",
            "Oct 6, 2022",
            "12",
            "007",
            "1.234",
            "1,234",
            "12,5",
            "-3",
            "SO-100234",
            "C123",
            "",
            " 12 ",
            "44840",
            "1665000000",
        ] {
            assert_evidence_is_every_reading(value);
        }
    }

    proptest::proptest! {
        #[test]
        fn evidence_shortcuts_agree_on_any_value(
            value in "[0-9a-zA-Z年月日 ./:,'$€%()+-]{0,16}|[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}( [0-9]{1,2}:[0-9]{2})?",
        ) {
            assert_evidence_is_every_reading(&value);
        }
    }

    fn infer(header: &[&str], rows: &[&[&str]], ctx: &InferContext) -> Inference {
        let names: Vec<String> = header.iter().map(|s| s.to_string()).collect();
        let rows: Vec<Vec<String>> = rows
            .iter()
            .map(|r| r.iter().map(|s| s.to_string()).collect())
            .collect();
        infer_columns(&names, &rows, ctx)
    }

    #[test]
    fn column_types_from_values() {
        let ctx = InferContext {
            delimiter: b',',
            ..Default::default()
        };
        let got = infer(
            &["id", "date", "amount", "rate", "active", "name", "time"],
            &[
                &["1", "2022-10-06", "$12.50", "12%", "yes", "Ann", "14:30"],
                &["2", "2022-10-07", "$1,200.00", "8.5%", "no", "Bob", "09:15"],
                &["3", "", "N/A", "", "", "", ""],
            ],
            &ctx,
        );
        let types: Vec<ColumnType> = got.plans.iter().map(|p| p.column_type).collect();
        assert_eq!(
            types,
            vec![
                ColumnType::Number,
                ColumnType::Date,
                ColumnType::Money,
                ColumnType::Percent,
                ColumnType::Bool,
                ColumnType::Text,
                ColumnType::Text
            ]
        );
        assert_eq!(got.plans[2].currency.as_deref(), Some("USD"));
        assert!(got.plans[6].time_of_day);
    }

    #[test]
    fn ambiguous_thousands_follow_the_other_columns() {
        // "12,345" alone could be 12345 or 12.345; the price column writes "3,5", which only a decimal comma
        // reads, so the file uses decimal commas and "12,345" is 12.345.
        let ctx = InferContext {
            delimiter: b',',
            ..Default::default()
        };
        let got = infer(&["qty", "price"], &[&["12,345", "3,5"], &["1,500", "4,25"]], &ctx);
        assert_eq!(
            got.plans[0].kind,
            PlanKind::Number {
                decimal: b',',
                percent: false
            }
        );
        assert!(got.plans[0]
            .note
            .as_ref()
            .is_some_and(|n| n.contains("other number columns")));
        // With '.' decimals elsewhere, the same values are thousands.
        let got = infer(&["qty", "price"], &[&["12,345", "3.5"], &["1,500", "4.25"]], &ctx);
        assert_eq!(
            got.plans[0].kind,
            PlanKind::Number {
                decimal: b'.',
                percent: false
            }
        );
        // With nothing else, a ';' file reads decimal commas.
        let semicolon = InferContext {
            delimiter: b';',
            ..Default::default()
        };
        let got = infer(&["qty"], &[&["12,345"], &["1,500"]], &semicolon);
        assert_eq!(got.decimal, ',');
    }

    #[test]
    fn date_order_from_values_and_options() {
        let ctx = InferContext::default();
        let got = infer(&["d"], &[&["01/02/2022"], &["25/02/2022"]], &ctx);
        assert_eq!(got.date_format.as_deref(), Some("DD/MM/YYYY"));
        let got = infer(&["d"], &[&["01/02/2022"], &["02/25/2022"]], &ctx);
        assert_eq!(got.date_format.as_deref(), Some("MM/DD/YYYY"));
        let forced = InferContext {
            day_first: Some(true),
            ..Default::default()
        };
        let got = infer(&["d"], &[&["01/02/2022"], &["03/04/2022"]], &forced);
        assert_eq!(got.date_format.as_deref(), Some("DD/MM/YYYY"));
    }

    #[test]
    fn serial_days_only_with_a_date_header() {
        let ctx = InferContext::default();
        let got = infer(
            &["Order date", "Views"],
            &[&["44840", "44840"], &["44841", "44850"]],
            &ctx,
        );
        // Whole serial numbers are days without a time.
        assert_eq!(got.plans[0].column_type, ColumnType::Date);
        assert_eq!(got.plans[1].column_type, ColumnType::Number);
    }
}

//! Locale-aware formatting of numbers, money, percentages, dates and durations for the six page languages.
//!
//! # Why hand-written tables instead of ICU4X or the browser's `Intl`
//! The core is pure Rust compiled natively for tests, so it cannot call the browser's `Intl`. ICU4X would do
//! the job, but its decimal, currency and date formatters with their compiled CLDR data add several hundred
//! kilobytes to the wasm module (the whole page is meant to load in one small download), while the page
//! needs exactly six locales and a handful of patterns. So the CLDR data those six locales need is copied
//! here, by hand, into one `LocaleData` table per locale (`EN`, `KO`, `ZH_TW`, `ZH_CN`, `JA`, `FR`) and
//! one currency table (`CURRENCIES`): every locale convention is data, and the code that reads the tables
//! is the same for all locales.
//! The tables follow CLDR (v44 and later); where the page deliberately differs, the entry says so.
//!
//! Numbers are rounded on their shortest round-trip decimal representation (what `{}` prints), half away
//! from zero, so `0.125` at two decimals is `0.13` and `0.145` as a percentage at one decimal is `14.5 %`,
//! as a person reading the figure expects (binary-float artefacts never show).
//!
//! Conventions per locale (CLDR):
//! | locale | decimal | group | percent | money | short date | week starts |
//! |---|---|---|---|---|---|---|
//! | en (US) | `.` | `,` | `12.5%` | `€1,234.56` | `Mar 5, 2024` | Sunday |
//! | ko (KR) | `.` | `,` | `12.5%` | `₩1,234` | `2024. 3. 5.` | Sunday |
//! | zh-TW | `.` | `,` | `12.5%` | `$1,234` (TWD) | `2024/3/5` | Sunday |
//! | zh-CN | `.` | `,` | `12.5%` | `¥1,234.56` (CNY) | `2024/3/5` | Monday |
//! | ja (JP) | `.` | `,` | `12.5%` | `￥1,234` (fullwidth yen, as CLDR ja) | `2024/03/05` | Sunday |
//! | fr (FR) | `,` | U+202F | `12,5 %` (U+202F) | `1 234,56 €` (U+00A0 before `€`) | `05/03/2024` | Monday |

use super::i18n::{fill, Lang};
use super::ingest::table::civil_from_days;

/// Narrow no-break space (U+202F): French digit grouping and the space before `%`.
const NNBSP: &str = "\u{202F}";
/// No-break space (U+00A0): between a French amount and its currency, and before compact suffixes.
const NBSP: &str = "\u{A0}";
/// What is shown for a value that is not a finite number (the core should never pass one).
const NOT_A_NUMBER: &str = "—";
/// Largest number of decimals honoured (beyond it, a float has no more meaningful digits).
const MAX_DECIMALS: usize = 20;
/// Day numbers are clamped to ± this (about 3 billion years) so calendar arithmetic cannot overflow.
const MAX_DAY_NUMBER: i64 = 1 << 40;

/// Where the currency symbol goes relative to the amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SymbolPlace {
    /// `¤#,##0.00`: `€1,234.56`.
    Before,
    /// `#,##0.00 ¤` with a no-break space: `1 234,56 €`.
    AfterWithSpace,
}

/// The CLDR data of one locale that the page uses.
struct LocaleData {
    /// Decimal separator.
    decimal: &'static str,
    /// Grouping separator (groups of three digits).
    group: &'static str,
    /// What follows a percentage (`%`, or a narrow no-break space and `%`).
    percent_suffix: &'static str,
    /// Currency pattern.
    symbol_place: SymbolPlace,
    /// Currency symbols that differ from the ISO code, as this locale writes them.
    symbols: &'static [(&'static str, &'static str)],
    /// Compact (short) units for axes: power of ten and suffix, ascending. Below the first, plain numbers.
    compact: &'static [(i64, &'static str)],
    /// Short numeric date; placeholders `{y}`, `{M}`, `{MM}`, `{d}`, `{dd}`, `{MMM}`.
    date_short: &'static str,
    /// Long date (`{MMMM}` is the full month name).
    date_long: &'static str,
    /// Month of a year, for chart axes.
    month_year: &'static str,
    /// Quarter of a year; `{q}` is 1 to 4.
    quarter_year: &'static str,
    /// A range of two dates (CLDR interval fallback `{0} – {1}`): `{from}` and `{to}`.
    date_range: &'static str,
    /// ISO week of an ISO week-numbering year; `{w}` is 1 to 53 (CLDR `yw` skeleton, shortened in English).
    week_year: &'static str,
    /// A calendar year on its own (CLDR `y` skeleton).
    year: &'static str,
    /// A fiscal year that does not start in January. Placeholders: `{fy}` the year it ends in (how the
    /// page names fiscal years, FY2025 for April 2024 – March 2025), `{start}` the year it starts in,
    /// `{fy2}` the two last digits of `{fy}`, `{end}` the number of its last month.
    fiscal_year: &'static str,
    /// A quarter (`{q}`) of such a fiscal year, same placeholders.
    fiscal_quarter: &'static str,
    /// Abbreviated month names, January first.
    months_short: [&'static str; 12],
    /// Full month names, January first.
    months_long: [&'static str; 12],
    /// Abbreviated weekday names, Monday first.
    weekdays_short: [&'static str; 7],
    /// CLDR `firstDay` of the locale's main territory is Sunday.
    week_starts_sunday: bool,
    /// Duration in days, singular and plural (`{n}` is the number).
    days_one: &'static str,
    /// Plural form of the duration in days.
    days_other: &'static str,
    /// Plural rule for the singular form.
    plural: PluralRule,
}

/// CLDR cardinal plural rule, reduced to what "{n} days" needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PluralRule {
    /// No plural distinction (Korean, Japanese, Chinese).
    None,
    /// English: singular only for exactly `1` with no visible decimals.
    OneExactly,
    /// French: singular when the integer part is 0 or 1 (`0,5 jour`, `1,5 jour`).
    ZeroOrOne,
}

const MONTHS_NUMERIC: [&str; 12] = [
    "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月",
];
const MONTHS_KO: [&str; 12] = [
    "1월", "2월", "3월", "4월", "5월", "6월", "7월", "8월", "9월", "10월", "11월", "12월",
];

/// English (United States), CLDR `en`.
const EN: LocaleData = LocaleData {
    decimal: ".",
    group: ",",
    percent_suffix: "%",
    symbol_place: SymbolPlace::Before,
    symbols: &[
        ("USD", "$"),
        ("EUR", "€"),
        ("GBP", "£"),
        ("JPY", "¥"),
        ("KRW", "₩"),
        ("CNY", "CN¥"),
        ("TWD", "NT$"),
        ("HKD", "HK$"),
        ("CAD", "CA$"),
        ("AUD", "A$"),
        ("INR", "₹"),
    ],
    compact: &[(3, "K"), (6, "M"), (9, "B"), (12, "T")],
    date_short: "{MMM} {d}, {y}",
    date_long: "{MMMM} {d}, {y}",
    month_year: "{MMM} {y}",
    quarter_year: "Q{q} {y}",
    date_range: "{from} – {to}",
    week_year: "W{w} {y}",
    year: "{y}",
    fiscal_year: "FY{fy}",
    fiscal_quarter: "FY{fy} Q{q}",
    months_short: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    months_long: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    weekdays_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    week_starts_sunday: true,
    days_one: "{n} day",
    days_other: "{n} days",
    plural: PluralRule::OneExactly,
};

/// Korean (South Korea), CLDR `ko`.
const KO: LocaleData = LocaleData {
    decimal: ".",
    group: ",",
    percent_suffix: "%",
    symbol_place: SymbolPlace::Before,
    symbols: &[
        ("KRW", "₩"),
        ("USD", "US$"),
        ("EUR", "€"),
        ("GBP", "£"),
        ("JPY", "JP¥"),
        ("CNY", "CN¥"),
        ("TWD", "NT$"),
        ("HKD", "HK$"),
    ],
    compact: &[(3, "천"), (4, "만"), (8, "억"), (12, "조")],
    date_short: "{y}. {M}. {d}.",
    date_long: "{y}년 {M}월 {d}일",
    month_year: "{y}년 {M}월",
    quarter_year: "{y}년 {q}분기",
    date_range: "{from} ~ {to}",
    week_year: "{y}년 {w}주차",
    year: "{y}년",
    fiscal_year: "FY{fy}",
    fiscal_quarter: "FY{fy} {q}분기",
    months_short: MONTHS_KO,
    months_long: MONTHS_KO,
    weekdays_short: ["월", "화", "수", "목", "금", "토", "일"],
    week_starts_sunday: true,
    days_one: "{n}일",
    days_other: "{n}일",
    plural: PluralRule::None,
};

/// Traditional Chinese (Taiwan), CLDR `zh_Hant`. TWD is shown without minor units (see [`CURRENCIES`]).
const ZH_TW: LocaleData = LocaleData {
    decimal: ".",
    group: ",",
    percent_suffix: "%",
    symbol_place: SymbolPlace::Before,
    symbols: &[
        ("TWD", "$"),
        ("USD", "US$"),
        ("EUR", "€"),
        ("GBP", "£"),
        ("JPY", "¥"),
        ("KRW", "￦"),
        ("CNY", "CN¥"),
        ("HKD", "HK$"),
    ],
    compact: &[(4, "萬"), (8, "億"), (12, "兆")],
    date_short: "{y}/{M}/{d}",
    date_long: "{y}年{M}月{d}日",
    month_year: "{y}年{M}月",
    quarter_year: "{y}年第{q}季",
    date_range: "{from} – {to}",
    week_year: "{y}年第{w}週",
    year: "{y}年",
    fiscal_year: "{fy}財年",
    fiscal_quarter: "{fy}財年第{q}季",
    months_short: MONTHS_NUMERIC,
    months_long: MONTHS_NUMERIC,
    weekdays_short: ["週一", "週二", "週三", "週四", "週五", "週六", "週日"],
    week_starts_sunday: true,
    days_one: "{n}天",
    days_other: "{n}天",
    plural: PluralRule::None,
};

/// Simplified Chinese (China), CLDR `zh`.
const ZH_CN: LocaleData = LocaleData {
    decimal: ".",
    group: ",",
    percent_suffix: "%",
    symbol_place: SymbolPlace::Before,
    symbols: &[
        ("CNY", "¥"),
        ("USD", "US$"),
        ("EUR", "€"),
        ("GBP", "£"),
        ("JPY", "JP¥"),
        ("KRW", "₩"),
        ("TWD", "NT$"),
        ("HKD", "HK$"),
    ],
    compact: &[(4, "万"), (8, "亿"), (12, "万亿")],
    date_short: "{y}/{M}/{d}",
    date_long: "{y}年{M}月{d}日",
    month_year: "{y}年{M}月",
    quarter_year: "{y}年第{q}季度",
    date_range: "{from} – {to}",
    week_year: "{y}年第{w}周",
    year: "{y}年",
    fiscal_year: "{fy}财年",
    fiscal_quarter: "{fy}财年第{q}季度",
    months_short: MONTHS_NUMERIC,
    months_long: MONTHS_NUMERIC,
    weekdays_short: ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
    week_starts_sunday: false,
    days_one: "{n}天",
    days_other: "{n}天",
    plural: PluralRule::None,
};

/// Japanese (Japan), CLDR `ja` (yen is the fullwidth `￥`, as CLDR `ja` and browsers write it).
const JA: LocaleData = LocaleData {
    decimal: ".",
    group: ",",
    percent_suffix: "%",
    symbol_place: SymbolPlace::Before,
    symbols: &[
        ("JPY", "￥"),
        ("USD", "$"),
        ("EUR", "€"),
        ("GBP", "£"),
        ("KRW", "₩"),
        ("CNY", "元"),
        ("TWD", "NT$"),
        ("HKD", "HK$"),
    ],
    compact: &[(4, "万"), (8, "億"), (12, "兆")],
    date_short: "{y}/{MM}/{dd}",
    date_long: "{y}年{M}月{d}日",
    month_year: "{y}年{M}月",
    quarter_year: "{y}年第{q}四半期",
    date_range: "{from}～{to}",
    week_year: "{y}年第{w}週",
    year: "{y}年",
    fiscal_year: "{fy}年{end}月期",
    fiscal_quarter: "{fy}年{end}月期 第{q}四半期",
    months_short: MONTHS_NUMERIC,
    months_long: MONTHS_NUMERIC,
    weekdays_short: ["月", "火", "水", "木", "金", "土", "日"],
    week_starts_sunday: true,
    days_one: "{n}日",
    days_other: "{n}日",
    plural: PluralRule::None,
};

/// French (France), CLDR `fr`.
const FR: LocaleData = LocaleData {
    decimal: ",",
    group: NNBSP,
    // As the browser's Intl (CLDR 44+) writes French: a no-break space before %, codes for the yen,
    // yuan, Taiwan and Hong Kong dollars.
    percent_suffix: "\u{A0}%",
    symbol_place: SymbolPlace::AfterWithSpace,
    symbols: &[
        ("EUR", "€"),
        ("USD", "$US"),
        ("GBP", "£GB"),
        ("CAD", "$CA"),
        ("AUD", "$AU"),
        ("KRW", "₩"),
        ("INR", "₹"),
    ],
    compact: &[(3, "\u{A0}k"), (6, "\u{A0}M"), (9, "\u{A0}Md"), (12, "\u{A0}Bn")],
    date_short: "{dd}/{MM}/{y}",
    date_long: "{d} {MMMM} {y}",
    month_year: "{MMM} {y}",
    quarter_year: "T{q} {y}",
    date_range: "{from} – {to}",
    week_year: "semaine {w} de {y}",
    year: "{y}",
    fiscal_year: "exercice {start}/{fy2}",
    fiscal_quarter: "T{q} {start}/{fy2}",
    months_short: [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.",
    ],
    months_long: [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    weekdays_short: ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    week_starts_sunday: false,
    days_one: "{n}\u{A0}jour",
    days_other: "{n}\u{A0}jours",
    plural: PluralRule::ZeroOrOne,
};

/// Minor units (decimals) of the currencies the page knows, from ISO 4217 / CLDR `currencyData`.
/// Any other currency gets two. TWD is shown with 0 (CLDR's cash digits: prices and reports in Taiwan are
/// written in whole dollars) although ISO 4217 gives it 2.
const CURRENCIES: &[(&str, usize)] = &[
    ("EUR", 2),
    ("USD", 2),
    ("GBP", 2),
    ("CNY", 2),
    ("HKD", 2),
    ("CAD", 2),
    ("AUD", 2),
    ("CHF", 2),
    ("INR", 2),
    ("KRW", 0),
    ("JPY", 0),
    ("TWD", 0),
    ("VND", 0),
    ("CLP", 0),
    ("ISK", 0),
    ("HUF", 2),
];

/// The table of a language.
fn locale(lang: Lang) -> &'static LocaleData {
    match lang {
        Lang::En => &EN,
        Lang::Ko => &KO,
        Lang::ZhTw => &ZH_TW,
        Lang::ZhCn => &ZH_CN,
        Lang::Ja => &JA,
        Lang::Fr => &FR,
    }
}

/// Decimal places used for an amount in this currency (ISO 4217 code, any case).
pub fn currency_decimals(currency: &str) -> usize {
    let code = currency.trim().to_ascii_uppercase();
    CURRENCIES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(2, |(_, digits)| *digits)
}

/// The symbol `lang` writes for a currency (its upper-cased ISO code when the locale has no symbol for it).
pub fn currency_symbol(lang: Lang, currency: &str) -> String {
    let code = currency.trim().to_ascii_uppercase();
    locale(lang)
        .symbols
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(code, |(_, symbol)| (*symbol).to_string())
}

/// A finite number as exact decimal digits: value = 0.`digits` × 10^`point`, sign apart.
#[derive(Clone, Debug, PartialEq)]
struct Decimal {
    negative: bool,
    /// ASCII digits, the first non-zero unless the value is zero (`"0"`).
    digits: Vec<u8>,
    /// Position of the decimal point counted from the start of `digits`.
    point: i64,
}

impl Decimal {
    /// The shortest decimal that reads back as `x`; `None` for NaN and infinities.
    fn from_f64(x: f64) -> Option<Decimal> {
        if !x.is_finite() {
            return None;
        }
        // `{:e}` prints the shortest round-trip digits: "1.2345e3", "5e-1", "0e0".
        let text = format!("{:e}", x.abs());
        let (mantissa, exponent) = text.split_once('e')?;
        let exponent: i64 = exponent.parse().ok()?;
        let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
        Some(Decimal {
            negative: x.is_sign_negative() && x != 0.0,
            digits,
            point: exponent + 1,
        })
    }

    /// Multiplies by 10^`n`, exactly.
    fn shift(mut self, n: i64) -> Decimal {
        self.point += n;
        self
    }

    fn is_zero(&self) -> bool {
        self.digits.iter().all(|d| *d == b'0')
    }

    /// Rounds to `decimals` places, half away from zero.
    fn round(mut self, decimals: usize) -> Decimal {
        let keep = self.point + decimals as i64;
        let len = self.digits.len() as i64;
        if keep >= len {
            return self;
        }
        if keep < 0 {
            self.digits = vec![b'0'];
            self.point = 1;
            return self;
        }
        let keep = keep as usize;
        let round_up = self.digits.get(keep).is_some_and(|d| *d >= b'5');
        self.digits.truncate(keep);
        if round_up {
            let mut carry = true;
            for digit in self.digits.iter_mut().rev() {
                if *digit == b'9' {
                    *digit = b'0';
                } else {
                    *digit += 1;
                    carry = false;
                    break;
                }
            }
            if carry {
                self.digits.insert(0, b'1');
                self.point += 1;
            }
        }
        if self.digits.is_empty() {
            self.digits.push(b'0');
            self.point = 1;
        }
        self
    }

    /// The digit at position `i` counted from the start of the integer part (0 outside `digits`).
    fn digit_at(&self, i: i64) -> u8 {
        if i < 0 {
            return b'0';
        }
        usize::try_from(i)
            .ok()
            .and_then(|i| self.digits.get(i))
            .copied()
            .unwrap_or(b'0')
    }

    /// Integer digits, without grouping (`"0"` when the value is below one).
    fn integer_digits(&self) -> String {
        if self.point <= 0 || self.is_zero() {
            return "0".to_string();
        }
        (0..self.point).map(|i| char::from(self.digit_at(i))).collect()
    }

    /// Exactly `decimals` fraction digits (call after [`Decimal::round`]).
    fn fraction_digits(&self, decimals: usize) -> String {
        (0..decimals as i64)
            .map(|i| char::from(self.digit_at(self.point + i)))
            .collect()
    }
}

/// Inserts `group` between groups of three digits, from the right.
fn group_digits(integer: &str, group: &str) -> String {
    let len = integer.len();
    let mut out = String::with_capacity(len + len / 3 * group.len());
    for (i, c) in integer.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push_str(group);
        }
        out.push(c);
    }
    out
}

/// How the digits are written: fixed decimals, or at most that many with trailing zeros removed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fraction {
    Fixed(usize),
    AtMost(usize),
}

/// The sign and digits of `value` in `data`'s conventions (no unit).
fn render(data: &LocaleData, value: Decimal, fraction: Fraction) -> String {
    render_with_group(data, value, fraction, data.group)
}

/// [`render`] with an explicit grouping separator (compact numbers are not grouped, as in CLDR).
fn render_with_group(data: &LocaleData, value: Decimal, fraction: Fraction, group: &str) -> String {
    let decimals = match fraction {
        Fraction::Fixed(d) | Fraction::AtMost(d) => d.min(MAX_DECIMALS),
    };
    let rounded = value.round(decimals);
    let mut fraction_text = rounded.fraction_digits(decimals);
    if fraction == Fraction::AtMost(decimals) {
        let trimmed = fraction_text.trim_end_matches('0').len();
        fraction_text.truncate(trimmed);
    }
    let mut out = String::new();
    if rounded.negative && !rounded.is_zero() {
        out.push('-');
    }
    out.push_str(&group_digits(&rounded.integer_digits(), group));
    if !fraction_text.is_empty() {
        out.push_str(data.decimal);
        out.push_str(&fraction_text);
    }
    out
}

/// A number with grouping and exactly `decimals` decimals: en `1,234.5`, fr `1 234,5`.
pub fn number(lang: Lang, x: f64, decimals: usize) -> String {
    match Decimal::from_f64(x) {
        Some(value) => render(locale(lang), value, Fraction::Fixed(decimals)),
        None => non_finite(x),
    }
}

/// A number with at most `max_decimals` decimals, trailing zeros dropped: en `2.5`, `3`.
pub fn number_trimmed(lang: Lang, x: f64, max_decimals: usize) -> String {
    match Decimal::from_f64(x) {
        Some(value) => render(locale(lang), value, Fraction::AtMost(max_decimals)),
        None => non_finite(x),
    }
}

/// Text for NaN and infinities.
fn non_finite(x: f64) -> String {
    if x.is_nan() {
        NOT_A_NUMBER.to_string()
    } else if x > 0.0 {
        "∞".to_string()
    } else {
        "-∞".to_string()
    }
}

/// Puts a currency symbol around formatted digits (which may start with `-`), as the locale does.
fn place_symbol(data: &LocaleData, digits: &str, symbol: &str) -> String {
    let (sign, magnitude) = match digits.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", digits),
    };
    match data.symbol_place {
        SymbolPlace::Before => {
            // CLDR currency spacing: a symbol ending in a letter ("CHF", "元") is kept apart by U+00A0.
            let gap = if symbol.chars().last().is_some_and(char::is_alphabetic) {
                NBSP
            } else {
                ""
            };
            format!("{sign}{symbol}{gap}{magnitude}")
        }
        SymbolPlace::AfterWithSpace => format!("{sign}{magnitude}{NBSP}{symbol}"),
    }
}

/// An amount of money with the currency's minor units: en `€1,234.56`, fr `1 234,56 €`, ko `₩1,234`,
/// ja `￥1,234`. `currency` is an ISO 4217 code.
pub fn money(lang: Lang, x: f64, currency: &str) -> String {
    let data = locale(lang);
    let digits = number(lang, x, currency_decimals(currency));
    place_symbol(data, &digits, &currency_symbol(lang, currency))
}

/// An amount of money in compact form for chart axes: en `€12.3K`, ko `₩1.2억`, fr `12,3 k €`.
pub fn money_compact(lang: Lang, x: f64, currency: &str) -> String {
    let data = locale(lang);
    place_symbol(data, &compact(lang, x), &currency_symbol(lang, currency))
}

/// A fraction as a percentage in compact form for chart axes: the number of percent as [`compact`]
/// writes it, then the locale's percent sign: en `12.5%`, fr `12,5 %` (a no-break space U+00A0 before `%`, as Intl writes it).
pub fn percent_compact(lang: Lang, fraction: f64) -> String {
    let data = locale(lang);
    match Decimal::from_f64(fraction) {
        Some(value) => format!("{}{}", compact_decimal(data, value.shift(2)), data.percent_suffix),
        None => non_finite(fraction),
    }
}

/// A fraction as a percentage with `decimals` decimals: en `12.5%`, fr `12,5 %` (a no-break space U+00A0 before `%`, as Intl writes it).
pub fn percent(lang: Lang, fraction: f64, decimals: usize) -> String {
    let data = locale(lang);
    match Decimal::from_f64(fraction) {
        Some(value) => {
            let digits = render(data, value.shift(2), Fraction::Fixed(decimals));
            format!("{digits}{}", data.percent_suffix)
        }
        None => non_finite(fraction),
    }
}

/// A signed percentage for changes ("+2.5%" vs the previous period): a `+` is added to positive values
/// that do not round to zero; negative values keep their `-`; a change that rounds to zero has no sign.
pub fn percent_change(lang: Lang, fraction: f64, decimals: usize) -> String {
    let text = percent(lang, fraction, decimals);
    let rounds_to_zero =
        Decimal::from_f64(fraction).is_none_or(|d| d.shift(2).round(decimals.min(MAX_DECIMALS)).is_zero());
    if fraction > 0.0 && !rounds_to_zero {
        format!("+{text}")
    } else {
        text
    }
}

/// A short number for chart axes and tight spaces: en `12.3K` `1.2M`, ko `1.2만` `1.2억`, ja `1.2万`,
/// zh-TW `1.2萬`, zh-CN `1.2万`, fr `12,3 k`. One decimal below 100 units, none above; trailing `.0` dropped.
pub fn compact(lang: Lang, x: f64) -> String {
    match Decimal::from_f64(x) {
        Some(value) => compact_decimal(locale(lang), value),
        None => non_finite(x),
    }
}

/// [`compact`] of an exact decimal in `data`'s conventions.
fn compact_decimal(data: &LocaleData, value: Decimal) -> String {
    // Integer digits of the value: `point` (the first digit is non-zero unless the value is zero).
    let integer_digits = if value.is_zero() { 0 } else { value.point };
    // The largest unit not above the value.
    let Some(mut index) = data
        .compact
        .iter()
        .rposition(|(power, _)| integer_digits > *power)
    else {
        let max_decimals = match integer_digits {
            ..=1 => 2,
            2 => 1,
            _ => 0,
        };
        return render(data, value, Fraction::AtMost(max_decimals));
    };
    while let Some((power, suffix)) = data.compact.get(index) {
        let scaled = value.clone().shift(-power);
        // One decimal below 100 units (two integer digits at most), none above.
        let decimals = if scaled.point <= 2 { 1 } else { 0 };
        let rounded = scaled.clone().round(decimals);
        // 999.96K rounds to 1000K: say 1M instead.
        let next_power = data.compact.get(index + 1).map(|(next, _)| *next);
        if next_power.is_some_and(|next| rounded.point > next - power) {
            index += 1;
            continue;
        }
        let digits = render_with_group(data, scaled, Fraction::AtMost(decimals), "");
        return format!("{digits}{suffix}");
    }
    render(data, value, Fraction::AtMost(0))
}

/// The calendar date of a day number (days since 1970-01-01), clamped to a sane range.
fn civil(day_number: i64) -> (i64, u32, u32) {
    civil_from_days(day_number.clamp(-MAX_DAY_NUMBER, MAX_DAY_NUMBER))
}

/// The name of month `month` (1–12) in a 12-name table (empty when out of range).
fn month_name(names: &[&'static str; 12], month: u32) -> &'static str {
    usize::try_from(month)
        .ok()
        .and_then(|m| m.checked_sub(1))
        .and_then(|m| names.get(m))
        .copied()
        .unwrap_or("")
}

/// Fills a date pattern of `data`.
fn fill_date(data: &LocaleData, pattern: &str, year: i64, month: u32, day: u32) -> String {
    let y = year.to_string();
    let m = month.to_string();
    let mm = format!("{month:02}");
    let d = day.to_string();
    let dd = format!("{day:02}");
    fill(
        pattern,
        &[
            ("y", &y),
            ("M", &m),
            ("MM", &mm),
            ("d", &d),
            ("dd", &dd),
            ("MMM", month_name(&data.months_short, month)),
            ("MMMM", month_name(&data.months_long, month)),
        ],
    )
}

/// A date (day number = days since 1970-01-01) in the locale's short style: ko `2024. 3. 5.`,
/// ja `2024/03/05`, zh `2024/3/5`, en `Mar 5, 2024`, fr `05/03/2024`.
pub fn date(lang: Lang, day_number: i64) -> String {
    let data = locale(lang);
    let (y, m, d) = civil(day_number);
    fill_date(data, data.date_short, y, m, d)
}

/// A range of days (first and last day, inclusive, as day numbers) in the locale's short date style:
/// en `Mar 4, 2024 – May 6, 2024`, ko `2024. 3. 4. ~ 2024. 5. 6.`, ja `2024/03/04～2024/05/06`,
/// zh `2024/3/4 – 2024/5/6`, fr `04/03/2024 – 06/05/2024`.
pub fn date_range(lang: Lang, first_day: i64, last_day: i64) -> String {
    fill(
        locale(lang).date_range,
        &[("from", &date(lang, first_day)), ("to", &date(lang, last_day))],
    )
}

/// A date in the locale's long style: en `March 5, 2024`, ko `2024년 3월 5일`, ja/zh `2024年3月5日`,
/// fr `5 mars 2024`.
pub fn date_long(lang: Lang, day_number: i64) -> String {
    let data = locale(lang);
    let (y, m, d) = civil(day_number);
    fill_date(data, data.date_long, y, m, d)
}

/// A month of a year for axes and headings: en `Mar 2024`, ko `2024년 3월`, ja/zh `2024年3月`,
/// fr `mars 2024`. A month outside 1–12 gives an empty month name.
pub fn month_label(lang: Lang, year: i64, month: u32) -> String {
    let data = locale(lang);
    fill_date(data, data.month_year, year, month, 1)
}

/// A quarter (1–4) of a year: en `Q1 2024`, ko `2024년 1분기`, ja `2024年第1四半期`, zh-TW `2024年第1季`,
/// zh-CN `2024年第1季度`, fr `T1 2024`.
pub fn quarter_label(lang: Lang, year: i64, quarter: u32) -> String {
    let data = locale(lang);
    fill(
        data.quarter_year,
        &[("y", &year.to_string()), ("q", &quarter.to_string())],
    )
}

/// An ISO week (1–53) of an ISO week-numbering year: en `W10 2024`, ko `2024년 10주차`, ja/zh-TW
/// `2024年第10週`, zh-CN `2024年第10周`, fr `semaine 10 de 2024`.
pub fn week_label(lang: Lang, year: i64, week: u32) -> String {
    fill(
        locale(lang).week_year,
        &[("y", &year.to_string()), ("w", &week.to_string())],
    )
}

/// A calendar year: en/fr `2024`, ko `2024년`, ja/zh `2024年`.
pub fn year_label(lang: Lang, year: i64) -> String {
    fill(locale(lang).year, &[("y", &year.to_string())])
}

/// A fiscal year not starting in January, named after the year it ends in (`fy`), whose last month is
/// `end_month`: en/ko `FY2025`, zh-TW `2025財年`, zh-CN `2025财年`, ja `2025年3月期` (Japanese companies
/// name a fiscal year by its closing month), fr `exercice 2024/25`. With `quarter` (1–4), that quarter:
/// en `FY2025 Q1`, ko `FY2025 1분기`, ja `2025年3月期 第1四半期`, zh-CN `2025财年第1季度`, fr `T1 2024/25`.
pub fn fiscal_label(lang: Lang, fy: i64, end_month: u32, quarter: Option<u32>) -> String {
    let data = locale(lang);
    let fy_text = fy.to_string();
    let start = (fy - 1).to_string();
    let fy2 = format!("{:02}", fy.rem_euclid(100));
    let end = end_month.to_string();
    let q = quarter.unwrap_or(0).to_string();
    let pattern = if quarter.is_some() {
        data.fiscal_quarter
    } else {
        data.fiscal_year
    };
    fill(
        pattern,
        &[
            ("fy", &fy_text),
            ("start", &start),
            ("fy2", &fy2),
            ("end", &end),
            ("q", &q),
        ],
    )
}

/// A time-series bucket label (as the KPIs write it, ISO-like and language-neutral: `2024-03-05`,
/// `2024-W10`, `2024-03`, `2024-Q1`, `2024`, `FY2025-Q1`, `FY2025`, `week of 2024-03-03`) in `lang`'s
/// date style, for chart axes, tables and hovers: en `Mar 2024`, ko `2024년 3월`, ja `2024年第1四半期`,
/// fr `T1 2024`… `bucket_start` (days since 1970-01-01) is the bucket's first day; it gives the closing
/// month of a fiscal year. A label of any other shape is returned as it is.
pub fn period_label(lang: Lang, label: &str, bucket_start: i64) -> String {
    let number = |text: &str| -> Option<i64> {
        (!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse().ok())
            .flatten()
    };
    let small = |text: &str, max: u32| -> Option<u32> {
        number(text)
            .and_then(|n| u32::try_from(n).ok())
            .filter(|n| (1..=max).contains(n))
    };
    if let Some(day) = label.strip_prefix("week of ") {
        if is_iso_day(day) {
            return super::i18n::render(
                lang,
                &crate::text!("week of {date}", date = date(lang, bucket_start)),
            );
        }
        return label.to_string();
    }
    if let Some(fiscal) = label.strip_prefix("FY") {
        let (year, quarter) = match fiscal.split_once("-Q") {
            Some((year, q)) => (year, small(q, 4)),
            None => (fiscal, None),
        };
        let Some(fy) = number(year).filter(|_| year.len() == 4) else {
            return label.to_string();
        };
        if fiscal.contains("-Q") && quarter.is_none() {
            return label.to_string();
        }
        let (_, month, _) = civil(bucket_start);
        // The fiscal year starts 3 months per quarter before the bucket; it ends the month before its start.
        let back = quarter.map_or(0, |q| 3 * (q - 1));
        let start_month = (i64::from(month) - 1 - i64::from(back)).rem_euclid(12);
        let end_month = (start_month - 1).rem_euclid(12) + 1;
        return fiscal_label(lang, fy, end_month as u32, quarter);
    }
    if is_iso_day(label) {
        return date(lang, bucket_start);
    }
    let Some((year, rest)) = label.split_once('-') else {
        return match number(label).filter(|_| label.len() == 4) {
            Some(year) => year_label(lang, year),
            None => label.to_string(),
        };
    };
    let Some(year) = number(year).filter(|_| year.len() == 4) else {
        return label.to_string();
    };
    if let Some(week) = rest.strip_prefix('W').and_then(|w| small(w, 53)) {
        return week_label(lang, year, week);
    }
    if let Some(quarter) = rest.strip_prefix('Q').and_then(|q| small(q, 4)) {
        return quarter_label(lang, year, quarter);
    }
    match small(rest, 12).filter(|_| rest.len() == 2) {
        Some(month) => month_label(lang, year, month),
        None => label.to_string(),
    }
}

/// Whether `text` is an ISO day `YYYY-MM-DD` (digits in place; the calendar is not checked).
fn is_iso_day(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// One piece of a date pattern as the import report writes it (`DD/MM/YYYY`, `YYYY年MM月DD日`,
/// `D Month YYYY`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum PatternPart {
    /// `YYYY`.
    Year,
    /// `YY`.
    ShortYear,
    /// `MM`.
    Month,
    /// `Month`: a month name.
    MonthName,
    /// `DD` or `D`.
    Day,
    /// Any other character, kept.
    Literal(char),
}

/// The parts of a date pattern.
fn pattern_parts(pattern: &str) -> Vec<PatternPart> {
    let mut parts = Vec::new();
    let mut rest = pattern;
    while let Some(c) = rest.chars().next() {
        let (part, len) = if rest.starts_with("YYYY") {
            (PatternPart::Year, 4)
        } else if rest.starts_with("YY") {
            (PatternPart::ShortYear, 2)
        } else if rest.starts_with("Month") {
            (PatternPart::MonthName, 5)
        } else if rest.starts_with("MM") {
            (PatternPart::Month, 2)
        } else if rest.starts_with("DD") {
            (PatternPart::Day, 2)
        } else if c == 'D' {
            (PatternPart::Day, 1)
        } else {
            (PatternPart::Literal(c), c.len_utf8())
        };
        parts.push(part);
        rest = rest.get(len..).unwrap_or("");
    }
    parts
}

/// How the import report shows a date pattern it found (`DD/MM/YYYY`, `MM/DD/YY`, `YYYY. MM. DD.`,
/// `YYYY年MM月DD日`, `D Month YYYY`): the pattern in the language's own letters or words, with an example
/// (31 January 2024, so that the day cannot be taken for the month): en `DD/MM/YYYY (e.g. 31/01/2024)`,
/// fr `JJ/MM/AAAA (ex. : 31/01/2024)`, ja `日/月/年（例：31/01/2024）`, ko `일/월/연 (예: 31/01/2024)`.
/// A pattern already written with CJK words (`YYYY年MM月DD日`) is shown by its example alone.
pub fn date_pattern(lang: Lang, pattern: &str) -> String {
    let parts = pattern_parts(pattern);
    let example: String = parts
        .iter()
        .map(|part| match part {
            PatternPart::Year => "2024".to_string(),
            PatternPart::ShortYear => "24".to_string(),
            PatternPart::Month => "01".to_string(),
            PatternPart::MonthName => "Jan".to_string(),
            PatternPart::Day => "31".to_string(),
            PatternPart::Literal(c) => c.to_string(),
        })
        .collect();
    let words: [&str; 5] = match lang {
        // year, short year, month, month name, day (day letters follow the pattern's length)
        Lang::En => ["YYYY", "YY", "MM", "Month", "DD"],
        Lang::Fr => ["AAAA", "AA", "MM", "mois", "JJ"],
        Lang::Ko => ["연", "연", "월", "월 이름", "일"],
        Lang::Ja => ["年", "年", "月", "月名", "日"],
        Lang::ZhTw => ["年", "年", "月", "月份名稱", "日"],
        Lang::ZhCn => ["年", "年", "月", "月份名称", "日"],
    };
    let cjk_words = matches!(lang, Lang::Ko | Lang::Ja | Lang::ZhTw | Lang::ZhCn);
    if cjk_words
        && pattern
            .chars()
            .any(|c| matches!(c, '年' | '月' | '日' | '년' | '월' | '일'))
    {
        return example;
    }
    let letters: String = parts
        .iter()
        .map(|part| match part {
            PatternPart::Year => words[0].to_string(),
            PatternPart::ShortYear => words[1].to_string(),
            PatternPart::Month => words[2].to_string(),
            PatternPart::MonthName => words[3].to_string(),
            PatternPart::Day if lang == Lang::En && !pattern.contains("DD") => "D".to_string(),
            PatternPart::Day if lang == Lang::Fr && !pattern.contains("DD") => "J".to_string(),
            PatternPart::Day => words[4].to_string(),
            PatternPart::Literal(c) => c.to_string(),
        })
        .collect();
    super::i18n::render(
        lang,
        &crate::text!("{pattern} (e.g. {example})", pattern = letters, example = example),
    )
}

/// Abbreviated weekday name, `weekday` counted from Monday = 0 (ISO order); empty when out of range.
pub fn weekday_short(lang: Lang, weekday: usize) -> &'static str {
    locale(lang).weekdays_short.get(weekday).copied().unwrap_or("")
}

/// Whether the locale's calendar weeks start on Sunday (CLDR `firstDay` of its main territory: US, KR,
/// TW and JP start on Sunday; FR and CN on Monday). The user can override this in the page.
pub fn week_starts_sunday(lang: Lang) -> bool {
    locale(lang).week_starts_sunday
}

/// A duration in days with at most one decimal: en `1 day`, `3.5 days`, ko `3.5일`, ja `3.5日`,
/// zh `3.5天`, fr `1,5 jour`, `3 jours`.
pub fn duration_days(lang: Lang, x: f64) -> String {
    let data = locale(lang);
    let n = number_trimmed(lang, x, 1);
    let singular = match data.plural {
        PluralRule::None => false,
        PluralRule::OneExactly => n == "1",
        PluralRule::ZeroOrOne => x.is_finite() && x.abs() < 2.0,
    };
    let pattern = if singular { data.days_one } else { data.days_other };
    fill(pattern, &[("n", &n)])
}

/// The raw value for `data-value` attributes: `.` as decimal separator, no grouping, the shortest text
/// that reads back as the same `f64`, never an exponent; empty for NaN and infinities (no value).
pub fn data_value(x: f64) -> String {
    if !x.is_finite() {
        return String::new();
    }
    if x == 0.0 {
        return "0".to_string();
    }
    // Rust's `Display` for f64 is the shortest round-trip text and never uses an exponent.
    format!("{x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_rounds_half_away_from_zero_on_the_shortest_text() {
        // 0.125 → "0.13"; 9.995 → "10.00" (carry through all digits); 0.004 at 2 → "0.00".
        assert_eq!(number(Lang::En, 0.125, 2), "0.13");
        assert_eq!(number(Lang::En, 9.995, 2), "10.00");
        assert_eq!(number(Lang::En, 0.004, 2), "0.00");
        assert_eq!(number(Lang::En, -0.004, 2), "0.00");
        assert_eq!(number(Lang::En, 999.5, 0), "1,000");
    }
}

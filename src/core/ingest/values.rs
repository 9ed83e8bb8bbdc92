//! Readers for one cell: missing markers, booleans, numbers (with separators, currencies, percentages and
//! the three ways of writing a negative) and dates (ISO 8601, Asian and European forms, month names).
//! Each returns `None` when the text is not of its kind; none of them panics.

use super::dictionary::word;
use super::table::{days_from_civil, SECONDS_PER_DAY};

/// Whitespace that may surround a cell value (ASCII, no-break space, narrow no-break space, ideographic).
fn is_padding(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}' || c == '\u{3000}'
}

/// The cell text without surrounding whitespace.
pub fn trim_cell(s: &str) -> &str {
    s.trim_matches(is_padding)
}

/// Whether a cell means "no value": empty, `NA`, `N/A`, `null`, `-`, `#N/A`, `NaN`, `(blank)`…
pub fn is_missing(s: &str) -> bool {
    let t = trim_cell(s);
    if t.is_empty() {
        return true;
    }
    if t.len() > 7 {
        return false;
    }
    const MARKERS: &[&str] = &[
        "na", "n/a", "n.a.", "null", "-", "--", "#n/a", "nan", "(blank)", "(null)", "—", "–", "#null!",
    ];
    MARKERS.iter().any(|m| t.eq_ignore_ascii_case(m))
}

/// A boolean read from a cell; `from_digit` is true for `1`/`0`, which are also plain numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BoolValue {
    /// The value.
    pub value: bool,
    /// Whether it was written as `1` or `0`.
    pub from_digit: bool,
}

/// Reads true/false, yes/no, Y/N, 1/0 and their French, Korean, Japanese and Chinese forms.
pub fn parse_bool(s: &str) -> Option<BoolValue> {
    let t = trim_cell(s);
    match t {
        "1" => {
            return Some(BoolValue {
                value: true,
                from_digit: true,
            })
        }
        "0" => {
            return Some(BoolValue {
                value: false,
                from_digit: true,
            })
        }
        _ => {}
    }
    const TRUE: &[&str] = &[
        "true", "yes", "y", "t", "oui", "vrai", "예", "네", "はい", "是", "✓",
    ];
    const FALSE: &[&str] = &[
        "false",
        "no",
        "n",
        "f",
        "non",
        "faux",
        "아니오",
        "아니요",
        "いいえ",
        "否",
    ];
    let word = |list: &[&str]| list.iter().any(|w| t.eq_ignore_ascii_case(w));
    if word(TRUE) {
        Some(BoolValue {
            value: true,
            from_digit: false,
        })
    } else if word(FALSE) {
        Some(BoolValue {
            value: false,
            from_digit: false,
        })
    } else {
        None
    }
}

/// A number read from a cell, with what was written around it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberValue {
    /// The value (a percentage is *not* divided by 100 here).
    pub value: f64,
    /// ISO 4217 code of a currency symbol or code written with the value.
    pub currency: Option<&'static str>,
    /// Whether the value was followed by `%`.
    pub percent: bool,
    /// The thousands separator used, if any.
    pub grouping: Option<char>,
}

/// Currency symbols and codes, longest first so that `US$` wins over `$`.
const CURRENCIES: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("CA$", "CAD"),
    ("AU$", "AUD"),
    ("HK$", "HKD"),
    ("NT$", "TWD"),
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("JPY", "JPY"),
    ("KRW", "KRW"),
    ("CNY", "CNY"),
    ("RMB", "CNY"),
    ("CHF", "CHF"),
    ("CAD", "CAD"),
    ("AUD", "AUD"),
    ("TWD", "TWD"),
    ("HKD", "HKD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("￥", "JPY"),
    ("円", "JPY"),
    ("₩", "KRW"),
    ("￦", "KRW"),
    ("원", "KRW"),
    ("元", "CNY"),
];

/// Which bytes some currency symbol or code starts with (`ends: false`) or ends with (`ends: true`).
const fn currency_end_bytes(ends: bool) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < CURRENCIES.len() {
        let symbol = CURRENCIES[i].0.as_bytes();
        table[symbol[if ends { symbol.len() - 1 } else { 0 }] as usize] = true;
        i += 1;
    }
    table
}

/// The first bytes of the currency symbols and codes.
const CURRENCY_FIRST_BYTES: [bool; 256] = currency_end_bytes(false);

/// The last bytes of the currency symbols and codes.
const CURRENCY_LAST_BYTES: [bool; 256] = currency_end_bytes(true);

/// Removes a currency symbol or code at either end of `t`.
fn strip_currency(t: &str) -> Option<(&str, &'static str)> {
    // A text whose first byte starts no symbol and whose last byte ends none (most numbers, which start
    // and end with a digit, and most codes) has none at either end: 56 comparisons saved.
    let (first, last) = (*t.as_bytes().first()?, *t.as_bytes().last()?);
    if !CURRENCY_FIRST_BYTES[usize::from(first)] && !CURRENCY_LAST_BYTES[usize::from(last)] {
        return None;
    }
    for (symbol, code) in CURRENCIES {
        if let Some(rest) = t.strip_prefix(symbol) {
            return Some((rest, code));
        }
        if let Some(rest) = t.strip_suffix(symbol) {
            return Some((rest, code));
        }
    }
    None
}

/// Characters that may group thousands.
fn is_grouping_char(c: char) -> bool {
    matches!(
        c,
        ',' | '.' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '\u{2019}'
    )
}

/// Powers of ten that are exact in `f64`.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
    1e19, 1e20, 1e21, 1e22,
];

/// Reads a number written with `decimal` as decimal separator: grouping, currency, `%`, `-12`, `(12)`,
/// `12-` are understood. Integers with leading zeros (`007`) are codes, not numbers.
pub fn parse_number(s: &str, decimal: char) -> Option<NumberValue> {
    let mut t = trim_cell(s);
    let mut negative = false;
    let mut currency = None;
    let mut percent = false;
    if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        negative = true;
        t = trim_cell(inner);
    }
    for _ in 0..4 {
        let before = t.len();
        if let Some(rest) = t
            .strip_prefix('-')
            .or_else(|| t.strip_prefix('−'))
            .or_else(|| t.strip_prefix('+'))
        {
            if t.starts_with('+') {
                t = trim_cell(rest);
            } else if negative {
                return None;
            } else {
                negative = true;
                t = trim_cell(rest);
            }
        }
        if let Some(rest) = t.strip_suffix('-').filter(|r| !r.is_empty()) {
            if negative {
                return None;
            }
            negative = true;
            t = trim_cell(rest);
        }
        if let Some(rest) = t.strip_suffix('%').or_else(|| t.strip_suffix('％')) {
            if percent {
                return None;
            }
            percent = true;
            t = trim_cell(rest);
        }
        if currency.is_none() {
            if let Some((rest, code)) = strip_currency(t) {
                currency = Some(code);
                t = trim_cell(rest);
            }
        }
        if t.len() == before {
            break;
        }
    }
    let (magnitude, grouping) = parse_magnitude(t, decimal)?;
    Some(NumberValue {
        value: if negative { -magnitude } else { magnitude },
        currency,
        percent,
        grouping,
    })
}

/// Reads unsigned digits with optional grouping and one decimal separator.
fn parse_magnitude(t: &str, decimal: char) -> Option<(f64, Option<char>)> {
    if t.is_empty() {
        return None;
    }
    if decimal == '.' && t.bytes().any(|b| b == b'e' || b == b'E') {
        let plain = t
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'));
        let starts_with_digit = t.as_bytes().first().is_some_and(u8::is_ascii_digit);
        return if plain && starts_with_digit {
            t.parse::<f64>().ok().filter(|v| v.is_finite()).map(|v| (v, None))
        } else {
            None
        };
    }
    let (int_part, frac_part) = match t.find(decimal) {
        Some(i) => (&t[..i], Some(&t[i + decimal.len_utf8()..])),
        None => (t, None),
    };
    if let Some(frac) = frac_part {
        if frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
    }
    if int_part.is_empty() && frac_part.is_none() {
        return None;
    }
    let mut grouping: Option<char> = None;
    for c in int_part.chars() {
        if c.is_ascii_digit() {
            continue;
        }
        if c == decimal || !is_grouping_char(c) {
            return None;
        }
        match grouping {
            None => grouping = Some(c),
            Some(g) if g == c => {}
            Some(_) => return None,
        }
    }
    if let Some(g) = grouping {
        let mut groups = int_part.split(g);
        let first_ok = groups.next().is_some_and(|f| (1..=3).contains(&f.len()));
        if !first_ok || !groups.all(|rest| rest.len() == 3) {
            return None;
        }
    } else if int_part.len() > 1 && int_part.starts_with('0') && frac_part.is_none() {
        return None;
    }
    let frac = frac_part.unwrap_or("");
    let digit_count = int_part.len() + frac.len();
    let value = if digit_count <= 18 {
        let mantissa = int_part
            .bytes()
            .chain(frac.bytes())
            .filter(u8::is_ascii_digit)
            .fold(0u64, |m, b| m * 10 + u64::from(b - b'0'));
        mantissa as f64 / POW10[frac.len()]
    } else {
        let digits: String = int_part.chars().filter(char::is_ascii_digit).collect();
        format!(
            "{}.{}",
            if digits.is_empty() { "0" } else { &digits },
            if frac.is_empty() { "0" } else { frac }
        )
        .parse::<f64>()
        .ok()?
    };
    Some((value, grouping))
}

/// Fast path for the common plain forms `123`, `-12.5` (no grouping, currency or percent).
/// Returns `None` when the general reader must decide.
#[inline(always)]
pub fn parse_number_fast(bytes: &[u8], decimal: u8) -> Option<f64> {
    let (negative, digits) = match bytes.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, bytes),
    };
    if digits.len() <= 8 {
        let value = parse_eight_fast(digits, decimal)?;
        return Some(if negative { -value } else { value });
    }
    let value = parse_digits(digits, decimal)?;
    Some(if negative { -value } else { value })
}

/// Reads unsigned plain digits with at most one decimal separator, byte by byte (1 to 18 digits; no
/// leading zero before another digit, no separator first or last).
fn parse_digits(digits: &[u8], decimal: u8) -> Option<f64> {
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut mantissa: u64 = 0;
    let mut frac_len: usize = 0;
    let mut seen_decimal = false;
    for &c in digits {
        let d = c.wrapping_sub(b'0');
        if d < 10 {
            mantissa = mantissa * 10 + u64::from(d);
            frac_len += usize::from(seen_decimal);
        } else if c == decimal && !seen_decimal {
            seen_decimal = true;
        } else {
            return None;
        }
    }
    let first = digits.first().copied().unwrap_or(b'0');
    if (seen_decimal && frac_len == 0) || first == decimal {
        return None;
    }
    if first == b'0' && digits.len() > 1 && digits.get(1) != Some(&decimal) {
        return None;
    }
    // At most 18 digits: below 2^63, so the (faster) signed conversion is exact as well.
    Some((mantissa as i64) as f64 / POW10[frac_len])
}

const ONES: u64 = 0x0101_0101_0101_0101;
const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;

/// [`parse_number_fast`] for 1 to 8 bytes without the sign (`None` when empty), eight bytes at once: the
/// cell is read as a word, right-aligned and padded with `0` digits on the left, its separator is taken out
/// and the digits are combined in three multiplications. Accepts exactly what the byte-by-byte loop accepts.
#[inline(always)]
fn parse_eight_fast(digits: &[u8], decimal: u8) -> Option<f64> {
    parse_eight_word(word(digits), digits.len(), decimal)
}

/// [`parse_number_fast`] for a cell of 1 to 8 bytes given as a word (its first byte lowest; the bytes past
/// the cell may be anything) and its length `n`: the same value, or `None` where `parse_number_fast` gives
/// `None` or would read a longer cell (so that a caller can read cells straight from a block's text).
#[inline(always)]
pub fn parse_number_word(word: u64, n: usize, decimal: u8) -> Option<f64> {
    if !(1..=8).contains(&n) {
        return None;
    }
    if word & 0xFF == u64::from(b'-') {
        return parse_eight_word(word >> 8, n - 1, decimal).map(|v| -v);
    }
    parse_eight_word(word, n, decimal)
}

/// [`parse_eight_fast`] for the cell's bytes read as a word, `n` of them (0 to 8; the bytes past them may
/// be anything).
#[inline(always)]
fn parse_eight_word(word: u64, n: usize, decimal: u8) -> Option<f64> {
    if n == 0 || n > 8 {
        return None;
    }
    let first = (word & 0xFF) as u8;
    let second = (word >> 8 & 0xFF) as u8;
    if first == decimal || (first == b'0' && n > 1 && second != decimal) {
        return None;
    }
    // Digit values, right-aligned (little-endian: the first character is the lowest byte): shifting left
    // moves the cell's last byte to the top and the bytes past the cell out, and fills the low bytes with
    // 0, leading zero digits.
    let values = (word ^ (ONES * u64::from(b'0'))) << (8 * (8 - n));
    // The top bit of every byte that is not a digit (a digit is 0..=9 once `0` is taken away).
    let not_digit = (((values & LOW7) + ONES * 0x76) | values) & !LOW7;
    // The separator (never `0`) is `decimal ^ b'0'` among the values.
    let x = values ^ (ONES * u64::from(decimal ^ b'0'));
    let separator = !(((x & LOW7) + LOW7) | x) & !LOW7;
    if not_digit & !separator != 0 || separator & separator.wrapping_sub(1) != 0 {
        return None;
    }
    let (values, frac_len) = if separator == 0 {
        (values, 0)
    } else {
        let at = separator.trailing_zeros() / 8;
        // The separator cannot be the last byte (`1.`): at least one fraction digit.
        if at == 7 {
            return None;
        }
        let before = values & ((1u64 << (8 * at)) - 1);
        let after = values & !((1u64 << (8 * (at + 1))) - 1);
        (before << 8 | after, 7 - at as usize)
    };
    let pairs = (values.wrapping_mul(10) + (values >> 8)) & 0x00FF_00FF_00FF_00FF;
    let quads = (pairs.wrapping_mul(100) + (pairs >> 16)) & 0x0000_FFFF_0000_FFFF;
    let mantissa = (quads.wrapping_mul(10_000) + (quads >> 32)) & 0xFFFF_FFFF;
    let value = (mantissa as i64) as f64;
    // A whole number needs no division (dividing by 1 changes nothing).
    Some(if frac_len == 0 {
        value
    } else {
        value / POW10[frac_len]
    })
}

/// Which of two leading day/month numbers is the day in `01/02/2022`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum DateOrder {
    /// `DD/MM/YYYY`.
    DayFirst,
    /// `MM/DD/YYYY`.
    MonthFirst,
}

/// How a date was written, to tell the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateShape {
    /// `2022-10-06`, with an optional `T14:30` or ` 14:30` and offset.
    Iso,
    /// `2022/10/06`.
    YearSlash,
    /// `2022.10.06`.
    YearDot,
    /// `2022. 10. 6.` (Korean).
    YearDotSpaced,
    /// `2022年10月6日`.
    Kanji,
    /// `06/10/2022` or `10/06/2022`, with the separator used.
    DayMonth(char),
    /// `6 Oct 2022`, `October 6, 2022`, `6 octobre 2022`.
    MonthName,
}

impl DateShape {
    /// The pattern to show in the report, e.g. `DD/MM/YYYY`.
    pub fn pattern(self, order: DateOrder, two_digit_year: bool) -> String {
        let year = if two_digit_year { "YY" } else { "YYYY" };
        match self {
            DateShape::Iso => "YYYY-MM-DD".into(),
            DateShape::YearSlash => "YYYY/MM/DD".into(),
            DateShape::YearDot => "YYYY.MM.DD".into(),
            DateShape::YearDotSpaced => "YYYY. MM. DD.".into(),
            DateShape::Kanji => "YYYY年MM月DD日".into(),
            DateShape::DayMonth(sep) => match order {
                DateOrder::DayFirst => format!("DD{sep}MM{sep}{year}"),
                DateOrder::MonthFirst => format!("MM{sep}DD{sep}{year}"),
            },
            DateShape::MonthName => "D Month YYYY".into(),
        }
    }
}

/// A date or date-time read from a cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateValue {
    /// Seconds since 1970-01-01T00:00, local wall time as written (offsets are not applied).
    pub seconds: i64,
    /// Whether a time of day was written.
    pub has_time: bool,
    /// How the date was written.
    pub shape: DateShape,
    /// Whether the year had two digits.
    pub two_digit_year: bool,
}

/// Number of days in a month of the proleptic Gregorian calendar.
fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a valid date, `None` for 2022-02-30 and the like.
fn checked_days(year: i64, month: u32, day: u32) -> Option<i64> {
    ((1000..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month))
        .then(|| days_from_civil(year, month, day))
}

/// A two-digit year as a full year: 00–68 are 2000–2068, 69–99 are 1969–1999.
fn expand_year(year: u32, digits: usize) -> i64 {
    let year = i64::from(year);
    match digits {
        1 | 2 if year < 69 => 2000 + year,
        1 | 2 => 1900 + year,
        _ => year,
    }
}

/// Reads leading ASCII digits: (value, digit count, rest).
fn leading_number(s: &str) -> Option<(u32, usize, &str)> {
    let len = s.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 || len > 9 {
        return None;
    }
    Some((s[..len].parse().ok()?, len, &s[len..]))
}

/// The two leading numbers of a `A/B/YYYY` date, for deciding day-first or month-first.
pub fn day_month_numbers(s: &str) -> Option<(u32, u32)> {
    let t = trim_cell(s);
    let (a, a_len, rest) = leading_number(t)?;
    let sep = rest.chars().next().filter(|c| matches!(c, '/' | '-' | '.'))?;
    let (b, b_len, rest) = leading_number(rest.get(1..)?)?;
    let rest = rest.strip_prefix(sep)?;
    let (_, y_len, _) = leading_number(rest)?;
    (a_len <= 2 && b_len <= 2 && (y_len == 4 || y_len == 2)).then_some((a, b))
}

/// Reads a date or date-time in any of the supported forms; `order` settles `01/02/2022`.
pub fn parse_date(s: &str, order: DateOrder) -> Option<DateValue> {
    let t = trim_cell(s);
    if t.is_empty() || t.len() > 64 {
        return None;
    }
    let first = t.as_bytes().first().copied().unwrap_or(b' ');
    if first.is_ascii_digit() {
        if !t.is_ascii() && t.contains('年') {
            return parse_kanji_date(t);
        }
        if let Some(v) = parse_numeric_date(t, order) {
            return Some(v);
        }
    }
    parse_month_name_date(t)
}

/// `2022-10-06`, `2022/10/06 14:30`, `2022. 10. 6.`, `06/10/2022`, `6.10.22`.
fn parse_numeric_date(t: &str, order: DateOrder) -> Option<DateValue> {
    let (n1, len1, rest) = leading_number(t)?;
    let sep = rest.chars().next().filter(|c| matches!(c, '-' | '/' | '.'))?;
    let mut rest = &rest[1..];
    let mut spaced = false;
    if sep == '.' && rest.starts_with(' ') {
        spaced = true;
        rest = rest.trim_start_matches(' ');
    }
    let (n2, len2, rest) = leading_number(rest)?;
    let mut rest = rest.strip_prefix(sep)?;
    if spaced {
        rest = rest.trim_start_matches(' ');
    }
    let (n3, len3, mut rest) = leading_number(rest)?;
    if sep == '.' && len1 == 4 {
        if let Some(r) = rest.strip_prefix('.') {
            rest = r;
        }
    }
    let (year, month, day, shape, two_digit) = if len1 == 4 && len2 <= 2 && len3 <= 2 {
        let shape = match (sep, spaced) {
            ('-', _) => DateShape::Iso,
            ('/', _) => DateShape::YearSlash,
            (_, true) => DateShape::YearDotSpaced,
            _ => DateShape::YearDot,
        };
        (i64::from(n1), n2, n3, shape, false)
    } else if len1 <= 2 && len2 <= 2 && (len3 == 4 || len3 == 2) {
        let (day, month) = match order {
            DateOrder::DayFirst => (n1, n2),
            DateOrder::MonthFirst => (n2, n1),
        };
        (
            expand_year(n3, len3),
            month,
            day,
            DateShape::DayMonth(sep),
            len3 == 2,
        )
    } else {
        return None;
    };
    let days = checked_days(year, month, day)?;
    let time = parse_time_rest(rest)?;
    Some(DateValue {
        seconds: days * SECONDS_PER_DAY + time.unwrap_or(0),
        has_time: time.is_some(),
        shape,
        two_digit_year: two_digit,
    })
}

/// `2022年10月6日` with an optional time.
fn parse_kanji_date(t: &str) -> Option<DateValue> {
    let (y, ylen, rest) = leading_number(t)?;
    let rest = rest.trim_start().strip_prefix('年')?.trim_start();
    let (m, _, rest) = leading_number(rest)?;
    let rest = rest.trim_start().strip_prefix('月')?.trim_start();
    let (d, _, rest) = leading_number(rest)?;
    let rest = rest.trim_start().strip_prefix('日')?;
    let days = checked_days(expand_year(y, ylen), m, d)?;
    let time = parse_time_rest(rest)?;
    Some(DateValue {
        seconds: days * SECONDS_PER_DAY + time.unwrap_or(0),
        has_time: time.is_some(),
        shape: DateShape::Kanji,
        two_digit_year: ylen <= 2,
    })
}

/// What follows a date: nothing, or `T`/space and a time of day (an offset after it is ignored).
/// `Some(None)` means no time, `None` means something that is not a time.
fn parse_time_rest(rest: &str) -> Option<Option<i64>> {
    let rest = rest.trim_end_matches(is_padding);
    if rest.is_empty() {
        return Some(None);
    }
    let time = if let Some(r) = rest.strip_prefix('T') {
        r
    } else if rest.starts_with(is_padding) {
        rest.trim_start_matches(is_padding)
    } else {
        return None;
    };
    parse_time_of_day(time).map(Some)
}

/// Reads a time of day (`14:30`, `14:30:05.123`, `2:30 PM`, `14:30+09:00`, `14:30Z`) as seconds since
/// midnight; a time-zone offset is ignored, keeping the wall time as written.
pub fn parse_time_of_day(s: &str) -> Option<i64> {
    let t = trim_cell(s);
    let (h, hlen, rest) = leading_number(t)?;
    let rest = rest.strip_prefix(':')?;
    let (m, mlen, mut rest) = leading_number(rest)?;
    let mut sec = 0;
    if let Some(r) = rest.strip_prefix(':') {
        let (s, slen, r) = leading_number(r)?;
        if slen != 2 {
            return None;
        }
        sec = s;
        rest = r;
        if let Some(r) = rest.strip_prefix(['.', ',']) {
            rest = r.trim_start_matches(|c: char| c.is_ascii_digit());
        }
    }
    if hlen > 2 || mlen != 2 || m > 59 || sec > 60 {
        return None;
    }
    let mut rest = rest.trim_start_matches(is_padding);
    let mut hour = h;
    let lower = rest.to_ascii_lowercase();
    for (marker, pm) in [("a.m.", false), ("p.m.", true), ("am", false), ("pm", true)] {
        if lower.starts_with(marker) {
            if !(1..=12).contains(&h) {
                return None;
            }
            hour = match (pm, h) {
                (false, 12) => 0,
                (true, 12) => 12,
                (true, h) => h + 12,
                (false, h) => h,
            };
            rest = rest.get(marker.len()..)?.trim_start_matches(is_padding);
            break;
        }
    }
    if hour > 23 || !is_time_zone(rest) {
        return None;
    }
    Some(i64::from(hour) * 3600 + i64::from(m) * 60 + i64::from(sec.min(59)))
}

/// Whether `s` is empty or a time-zone designator: `Z`, `+09:00`, `-0500`, `+09`, `UTC`, `GMT`.
fn is_time_zone(s: &str) -> bool {
    let s = s.trim_matches(is_padding);
    if s.is_empty() || s == "Z" || s.eq_ignore_ascii_case("utc") || s.eq_ignore_ascii_case("gmt") {
        return true;
    }
    let Some(offset) = s.strip_prefix(['+', '-']) else {
        return false;
    };
    let digits: String = offset.chars().filter(|c| *c != ':').collect();
    (digits.len() == 2 || digits.len() == 4) && digits.bytes().all(|b| b.is_ascii_digit())
}

/// The month number of an English or French month name or abbreviation.
fn month_from_name(word: &str) -> Option<u32> {
    const MONTHS: &[(&str, u32)] = &[
        ("january", 1),
        ("jan", 1),
        ("janvier", 1),
        ("janv", 1),
        ("february", 2),
        ("feb", 2),
        ("février", 2),
        ("fevrier", 2),
        ("févr", 2),
        ("fevr", 2),
        ("fév", 2),
        ("march", 3),
        ("mar", 3),
        ("mars", 3),
        ("april", 4),
        ("apr", 4),
        ("avril", 4),
        ("avr", 4),
        ("may", 5),
        ("mai", 5),
        ("june", 6),
        ("jun", 6),
        ("juin", 6),
        ("july", 7),
        ("jul", 7),
        ("juillet", 7),
        ("juil", 7),
        ("august", 8),
        ("aug", 8),
        ("août", 8),
        ("aout", 8),
        ("september", 9),
        ("sep", 9),
        ("sept", 9),
        ("septembre", 9),
        ("october", 10),
        ("oct", 10),
        ("octobre", 10),
        ("november", 11),
        ("nov", 11),
        ("novembre", 11),
        ("december", 12),
        ("dec", 12),
        ("décembre", 12),
        ("decembre", 12),
        ("déc", 12),
    ];
    MONTHS.iter().find(|(name, _)| *name == word).map(|(_, m)| *m)
}

/// Whether a word is a day of the week (ignored in `Thursday, October 6, 2022`).
fn is_weekday(word: &str) -> bool {
    const DAYS: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
    ];
    DAYS.contains(&word)
}

/// `6 Oct 2022`, `Oct 6, 2022 2:30 PM`, `06-Oct-22`, `1er janvier 2022`, `jeudi 6 octobre 2022`.
fn parse_month_name_date(t: &str) -> Option<DateValue> {
    // Every month name has a letter (or is not ASCII), and a day and a year need digits: most cells
    // (numbers, codes, amounts) are told apart without lowering and splitting them.
    let bytes = t.as_bytes();
    let named = !t.is_ascii() || bytes.iter().any(u8::is_ascii_alphabetic);
    if !named || !bytes.iter().any(u8::is_ascii_digit) {
        return None;
    }
    let (date_part, time_part) = match t.find(':') {
        Some(colon) => {
            let start = t[..colon]
                .char_indices()
                .rev()
                .find(|(_, c)| !c.is_ascii_digit())
                .map_or(0, |(i, c)| i + c.len_utf8());
            (&t[..start], Some(&t[start..]))
        }
        None => (t, None),
    };
    let lower = date_part.to_lowercase();
    let mut month = None;
    let mut numbers: Vec<(u32, usize)> = Vec::new();
    for token in lower.split(|c: char| is_padding(c) || matches!(c, ',' | '-' | '/')) {
        let token = token.trim_end_matches('.');
        if token.is_empty() || is_weekday(token) || token == "le" || token == "the" || token == "of" {
            continue;
        }
        if token == "1er" {
            numbers.push((1, 1));
        } else if let Some(m) = month_from_name(token) {
            if month.replace(m).is_some() {
                return None;
            }
        } else if let Some((n, len, rest)) = leading_number(token) {
            if !(rest.is_empty() || matches!(rest, "st" | "nd" | "rd" | "th")) {
                return None;
            }
            numbers.push((n, len));
        } else {
            return None;
        }
    }
    let month = month?;
    let (day, year, year_len) = match numbers.as_slice() {
        [(a, alen), (b, blen)] if *alen == 4 && *blen <= 2 => (*b, *a, 4),
        [(a, alen), (b, blen)] if *alen <= 2 => (*a, *b, *blen),
        _ => return None,
    };
    if year_len != 4 && year_len != 2 {
        return None;
    }
    let days = checked_days(expand_year(year, year_len), month, day)?;
    let time = match time_part {
        Some(time) => Some(parse_time_of_day(time)?),
        None => None,
    };
    Some(DateValue {
        seconds: days * SECONDS_PER_DAY + time.unwrap_or(0),
        has_time: time.is_some(),
        shape: DateShape::MonthName,
        two_digit_year: year_len == 2,
    })
}

/// The two ASCII digits at `at` and `at + 1` of `b` as a number (`None` when either is not a digit).
#[inline(always)]
fn two_digits(b: &[u8], at: usize) -> Option<u32> {
    let hi = b.get(at)?.wrapping_sub(b'0');
    let lo = b.get(at + 1)?.wrapping_sub(b'0');
    (hi < 10 && lo < 10).then_some(u32::from(hi) * 10 + u32::from(lo))
}

/// Fast path for `YYYY-MM-DD` and `YYYY-MM-DD HH:MM[:SS]` (also with `T`): seconds and whether a time
/// was written. `None` when the general reader must decide.
#[inline(always)]
pub fn parse_iso_fast(b: &[u8]) -> Option<(i64, bool)> {
    if b.len() != 10 && b.len() != 16 && b.len() != 19 {
        return None;
    }
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let year = two_digits(b, 0)? * 100 + two_digits(b, 2)?;
    let (month, day) = (two_digits(b, 5)?, two_digits(b, 8)?);
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(i64::from(year), month) || year < 1000 {
        return None;
    }
    let days = days_from_civil(i64::from(year), month, day);
    if b.len() == 10 {
        return Some((days * SECONDS_PER_DAY, false));
    }
    let time = iso_time_of_day(b.get(10..)?)?;
    Some((days * SECONDS_PER_DAY + time, true))
}

/// The seconds into the day of the time part of an ISO date-time: a space or `T`, then `HH:MM` or
/// `HH:MM:SS` and nothing else (`None` otherwise).
#[inline(always)]
fn iso_time_of_day(b: &[u8]) -> Option<i64> {
    let (&separator, time) = b.split_first()?;
    if !matches!(separator, b' ' | b'T') || time.get(2) != Some(&b':') {
        return None;
    }
    let (h, m) = (two_digits(time, 0)?, two_digits(time, 3)?);
    let s = match time.len() {
        5 => 0,
        8 if time.get(5) == Some(&b':') => two_digits(time, 6)?,
        _ => return None,
    };
    if h > 23 || m > 59 || s > 59 {
        return None;
    }
    Some(i64::from(h * 3600 + m * 60 + s))
}

/// Months remembered by [`MonthStarts`] (a power of two).
const MONTH_SLOTS: usize = 32;

/// The day numbers of the months met so far, so that a column of dates (which mostly fall in a few years)
/// computes each month's start once: a small direct-mapped table keyed by the text `YYYY-MM-` itself, so
/// that a date of a month met before is read from its day alone.
#[derive(Clone, Debug)]
pub struct MonthStarts {
    /// The first eight bytes (`YYYY-MM-`, a valid month) of the dates of each slot (0 when empty).
    keys: [u64; MONTH_SLOTS],
    /// Days from 1970-01-01 to the day before the month's first day.
    before: [i64; MONTH_SLOTS],
    /// Days in the month.
    lengths: [u32; MONTH_SLOTS],
}

impl Default for MonthStarts {
    fn default() -> Self {
        MonthStarts {
            keys: [0; MONTH_SLOTS],
            before: [0; MONTH_SLOTS],
            lengths: [0; MONTH_SLOTS],
        }
    }
}

impl MonthStarts {
    /// [`parse_iso_fast`] for a date without time (`YYYY-MM-DD`, exactly 10 bytes): its seconds, or `None`
    /// when `parse_iso_fast` must decide (any other length) or would refuse it.
    #[inline(always)]
    pub fn iso_date_seconds(&mut self, b: &[u8]) -> Option<i64> {
        let b: &[u8; 10] = b.try_into().ok()?;
        let (head, tail) = b.split_first_chunk::<8>()?;
        let head = u64::from_le_bytes(*head);
        // The day: two digits (each at most 9 once `0` is taken away: the top bit of `byte + 0x76` clear).
        let y = u16::from_le_bytes(*tail.first_chunk::<2>()?) ^ 0x3030;
        if (((y & 0x7F7F) + 0x7676) | y) & 0x8080 != 0 {
            return None;
        }
        let day = u32::from(y & 0xFF) * 10 + u32::from(y >> 8);
        // The slot of `YYYY-MM-`: months in a row go to slots in a row (from the year's last two digits and
        // the month, read from the low bits of their characters: garbage for other bytes, still a slot).
        let digit = |at: u32| (head >> (8 * at)) as usize & 0x0F;
        let at = ((digit(2) * 10 + digit(3)) * 12 + digit(5) * 10 + digit(6)) & (MONTH_SLOTS - 1);
        if self.keys[at] != head {
            self.remember_month(head, at)?;
        }
        if day == 0 || day > self.lengths[at] {
            return None;
        }
        Some((self.before[at] + i64::from(day)) * SECONDS_PER_DAY)
    }

    /// [`parse_iso_fast`] of a date-time of 16 or 19 bytes (`YYYY-MM-DD HH:MM`, `…:SS`, with a space or
    /// a `T`), its date read as [`MonthStarts::iso_date_seconds`] reads one; `None` for anything else.
    #[inline(always)]
    pub fn iso_date_time_seconds(&mut self, b: &[u8]) -> Option<i64> {
        let (date, time) = b.split_at_checked(10)?;
        let time = iso_time_of_day(time)?;
        Some(self.iso_date_seconds(date)? + time)
    }

    /// Checks `head` (`YYYY-MM-` as a word) and keeps its month in slot `at`; `None` when it is not four
    /// digits of a year from 1000, a dash, a month from 01 to 12 and a dash.
    #[inline(never)]
    fn remember_month(&mut self, head: u64, at: usize) -> Option<()> {
        // Each digit turned into its value and each dash into 0: every byte must then be at most 9, and
        // the dashes 0.
        let x = head ^ 0x2D30_302D_3030_3030;
        let over_nine = (((x & LOW7) + ONES * 0x76) | x) & !LOW7;
        if over_nine != 0 || x & 0xFF00_00FF_0000_0000 != 0 {
            return None;
        }
        let digit = |at: u32| (x >> (8 * at)) as u32 & 0xFF;
        let year = ((digit(0) * 10 + digit(1)) * 10 + digit(2)) * 10 + digit(3);
        let month = digit(5) * 10 + digit(6);
        if !(1..=12).contains(&month) || year < 1000 {
            return None;
        }
        *self.keys.get_mut(at)? = head;
        *self.before.get_mut(at)? = days_from_civil(i64::from(year), month, 1) - 1;
        *self.lengths.get_mut(at)? = days_in_month(i64::from(year), month);
        Some(())
    }
}

/// Days from 1970-01-01 to Excel's day 0 (1899-12-30, which absorbs Excel's phantom 1900-02-29).
const EXCEL_EPOCH_DAYS: i64 = -25_569;

/// An Excel serial day number (with a fraction for the time of day) as seconds since 1970.
pub fn excel_serial_seconds(serial: f64) -> Option<i64> {
    if !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let seconds = (serial * SECONDS_PER_DAY as f64).round() as i64;
    Some(seconds + EXCEL_EPOCH_DAYS * SECONDS_PER_DAY)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ingest::table::days_from_civil;

    #[test]
    fn currency_shortcut_gives_what_every_symbol_tried_gives() {
        // The shortcut in `strip_currency` looks only at the first and last bytes of the text.
        fn every_symbol(t: &str) -> Option<(&str, &'static str)> {
            CURRENCIES.iter().find_map(|(symbol, code)| {
                t.strip_prefix(symbol)
                    .or_else(|| t.strip_suffix(symbol))
                    .map(|rest| (rest, *code))
            })
        }
        for t in [
            "",
            "1",
            "12",
            "1.5",
            "$12",
            "12$",
            "1$2",
            "12 EUR",
            "EUR 12",
            "US$1",
            "1US$",
            "€",
            "12€",
            "1円2",
            "x1",
            "1x",
            "0",
            "1 2",
            "SO-100234",
            "C123",
            "P12",
            "USD",
            "12원",
            "원12",
            "元",
            "¥1",
            "1￥",
            "HK$3",
            "3HK$",
            "1D",
            "U",
            "$",
            "€1€",
            "completed",
        ] {
            assert_eq!(strip_currency(t), every_symbol(t), "{t:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn remembered_months_read_any_ten_bytes_as_the_iso_reading(
            cell in proptest::collection::vec(
                proptest::sample::select(b"0123456789012345678901234567890123456789----/:.\x00\x80\xb0\xff a".to_vec()),
                10,
            ),
            edits in proptest::collection::vec((0usize..10, proptest::sample::select(b"0129-/:\x80\xff".to_vec())), 0..3),
        ) {
            // A valid date with a few bytes changed, and the random bytes themselves.
            let mut edited = b"2024-02-29".to_vec();
            for (at, byte) in edits {
                edited[at] = byte;
            }
            let mut months = MonthStarts::default();
            for cell in [&cell, &edited] {
                let fast = parse_iso_fast(cell).map(|(s, _)| s);
                proptest::prop_assert_eq!(months.iso_date_seconds(cell), fast, "{:?}", cell);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn remembered_months_read_date_times_as_the_iso_reading(
            edits in proptest::collection::vec(
                (0usize..19, proptest::sample::select(b"0123456789-: T/\x80\xff".to_vec())),
                0..3,
            ),
            seconds in proptest::bool::ANY,
            day in 1u32..=31,
            hour in 0u32..=25,
        ) {
            // A valid date-time (or one hour too late) with a few bytes changed, with and without seconds.
            let text = format!("2024-01-{day:02}T{hour:02}:30:59");
            let mut cell = text.into_bytes();
            for (at, byte) in edits {
                cell[at] = byte;
            }
            let cell = if seconds { &cell[..] } else { &cell[..16] };
            let mut months = MonthStarts::default();
            let fast = parse_iso_fast(cell).filter(|(_, time)| *time).map(|(s, _)| s);
            proptest::prop_assert_eq!(months.iso_date_time_seconds(cell), fast, "{:?}", cell);
        }
    }

    #[test]
    fn remembered_months_give_the_iso_reading() {
        let mut months = MonthStarts::default();
        let mut cells = Vec::new();
        for year in [999, 1000, 1600, 1899, 1900, 1970, 2000, 2023, 2024, 2100, 9999] {
            for month in 0..=13 {
                for day in 0..=32 {
                    cells.push(format!("{year:04}-{month:02}-{day:02}"));
                }
            }
        }
        for odd in [
            "2024-02-3x",
            "2024/02/03",
            "2024-02-03 ",
            "x024-02-03",
            "2024-0a-03",
            "2024-02--3",
            "20240-2-03",
            "2024-02-03T10:00",
            "2024-2-3",
            "",
        ] {
            cells.push(odd.to_string());
        }
        // Twice, in an order that makes months meet in the same slots.
        for cell in cells.iter().chain(cells.iter().rev()) {
            let fast = parse_iso_fast(cell.as_bytes());
            let remembered = months.iso_date_seconds(cell.as_bytes());
            if cell.len() == 10 {
                assert_eq!(remembered, fast.map(|(s, _)| s), "{cell}");
            } else {
                assert_eq!(remembered, None, "{cell}");
            }
        }
    }

    #[test]
    fn numbers_in_every_notation() {
        // (text, decimal separator, expected value, currency, percent)
        let cases: &[(&str, char, f64, Option<&str>, bool)] = &[
            ("12", '.', 12.0, None, false),
            ("-12", '.', -12.0, None, false),
            ("(12.00)", '.', -12.0, None, false),
            ("12-", '.', -12.0, None, false),
            ("1,234.5", '.', 1234.5, None, false),
            ("1.234,5", ',', 1234.5, None, false),
            ("1 234,5", ',', 1234.5, None, false),
            ("1\u{a0}234,5", ',', 1234.5, None, false),
            ("1\u{202f}234,5", ',', 1234.5, None, false),
            ("1'234.50", '.', 1234.5, None, false),
            ("$1,234.50", '.', 1234.5, Some("USD"), false),
            ("-$12", '.', -12.0, Some("USD"), false),
            ("12,50 €", ',', 12.5, Some("EUR"), false),
            ("£3", '.', 3.0, Some("GBP"), false),
            ("¥1,200", '.', 1200.0, Some("JPY"), false),
            ("1,200円", '.', 1200.0, Some("JPY"), false),
            ("₩15,000", '.', 15000.0, Some("KRW"), false),
            ("15,000원", '.', 15000.0, Some("KRW"), false),
            ("120元", '.', 120.0, Some("CNY"), false),
            ("CHF 1'200.00", '.', 1200.0, Some("CHF"), false),
            ("USD 12", '.', 12.0, Some("USD"), false),
            ("12.5%", '.', 12.5, None, true),
            ("12,5 %", ',', 12.5, None, true),
            ("1.5E+3", '.', 1500.0, None, false),
            ("0.5", '.', 0.5, None, false),
        ];
        for (text, decimal, value, currency, percent) in cases {
            let got = parse_number(text, *decimal);
            let got = got.unwrap_or_else(|| panic!("{text} should be a number"));
            assert_eq!(got.value, *value, "{text}");
            assert_eq!(got.currency, *currency, "{text}");
            assert_eq!(got.percent, *percent, "{text}");
        }
    }

    #[test]
    fn not_numbers() {
        let cases: &[(&str, char)] = &[
            ("12,5,0", ','),
            ("12,5,0", '.'),
            ("1,5", '.'),
            ("007", '.'),
            ("abc", '.'),
            ("12.5.3", '.'),
            ("--12", '.'),
            ("1,23,456", '.'),
            ("", '.'),
            ("$", '.'),
        ];
        for (text, decimal) in cases {
            assert_eq!(parse_number(text, *decimal), None, "{text}");
        }
    }

    #[test]
    fn fast_number_path_agrees_with_the_general_reader() {
        for text in [
            "0",
            "12",
            "-12",
            "12.25",
            "-0.5",
            "123456789012",
            "007",
            "1.",
            ".5",
            "1,5",
            "-",
        ] {
            let fast = parse_number_fast(text.as_bytes(), b'.');
            if let Some(v) = fast {
                assert_eq!(Some(v), parse_number(text, '.').map(|n| n.value), "{text}");
            }
        }
        assert_eq!(parse_number_fast(b"12.25", b'.'), Some(12.25));
        assert_eq!(parse_number_fast(b"12,25", b','), Some(12.25));
        assert_eq!(parse_number_fast(b"007", b'.'), None);
    }

    /// The byte-by-byte reading that [`parse_eight_fast`] replaces for short cells (the reference).
    fn parse_number_loop(bytes: &[u8], decimal: u8) -> Option<f64> {
        let (negative, digits) = match bytes.split_first() {
            Some((b'-', rest)) => (true, rest),
            _ => (false, bytes),
        };
        let value = parse_digits(digits, decimal)?;
        Some(if negative { -value } else { value })
    }

    /// Every string of at most `longest` bytes over `alphabet`, shortest first.
    fn every_string(alphabet: &[u8], longest: usize) -> Vec<Vec<u8>> {
        let mut cases: Vec<Vec<u8>> = vec![Vec::new()];
        let mut last = 0;
        for _ in 0..longest {
            let longer: Vec<Vec<u8>> = cases[last..]
                .iter()
                .flat_map(|c| {
                    alphabet.iter().map(move |&b| {
                        let mut c = c.clone();
                        c.push(b);
                        c
                    })
                })
                .collect();
            last = cases.len();
            cases.extend(longer);
        }
        cases
    }

    #[test]
    fn eight_bytes_at_once_read_like_the_loop() {
        // Every short string over an alphabet of digits, both separators, signs and odd bytes, plus
        // random ones: the word-at-a-time reading must give the same bits or the same refusal.
        let alphabet = b"0159.,-+ e:/\x80\xff";
        let mut cases = every_string(alphabet, 4);
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..200_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = (state % 10) as usize;
            let case: Vec<u8> = (0..len)
                .map(|i| {
                    let pick = (state >> (8 + 5 * i)) % 16;
                    if pick < 11 {
                        b'0' + pick as u8
                    } else {
                        b".,-0/"[(pick - 11) as usize]
                    }
                })
                .collect();
            cases.push(case);
        }
        cases.push(b"99999999".to_vec());
        cases.push(b"-9999999".to_vec());
        cases.push(b"0.000001".to_vec());
        cases.push(b"123456789".to_vec());
        for case in &cases {
            for decimal in [b'.', b','] {
                let fast = parse_number_fast(case, decimal).map(f64::to_bits);
                let reference = parse_number_loop(case, decimal).map(f64::to_bits);
                assert_eq!(
                    fast,
                    reference,
                    "{:?} {}",
                    String::from_utf8_lossy(case),
                    decimal as char
                );
            }
        }
    }

    #[test]
    fn number_words_read_like_the_fast_path() {
        // Cells of 0 to 10 bytes over digits, separators, signs, padding and odd bytes, each read as a
        // word followed by any bytes (the text after a cell in a block is masked away by its length).
        let alphabet = b"0179.,- \t\x80";
        let mut cases = every_string(alphabet, 5);
        assert_eq!(cases.len(), 111_111);
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..100_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = (state % 11) as usize;
            let pick = |i: usize| alphabet[((state >> (8 + 4 * i)) % 10) as usize];
            cases.push((0..len).map(pick).collect());
        }
        for extra in [
            &b"12345678"[..],
            b"-1234567",
            b"0.000001",
            b"123456789",
            b"-12345678",
            b"99999999",
        ] {
            cases.push(extra.to_vec());
        }
        for case in &cases {
            for decimal in [b'.', b','] {
                let n = case.len();
                let mut bytes = case.clone();
                bytes.extend_from_slice(b",9-.\n77");
                let raw = bytes.first_chunk::<8>().map_or(0, |w| u64::from_le_bytes(*w));
                let word = if n == 0 {
                    0
                } else {
                    raw & (u64::MAX >> (64 - 8 * n.min(8)))
                };
                let got = parse_number_word(word, n, decimal).map(f64::to_bits);
                let reference = parse_number_fast(case, decimal)
                    .filter(|_| n <= 8)
                    .map(f64::to_bits);
                assert_eq!(
                    got,
                    reference,
                    "{:?} {}",
                    String::from_utf8_lossy(case),
                    decimal as char
                );
                // The bytes past the cell left in the word (other text, or digits) change nothing.
                for after in [&b",9-.\n77"[..], b"12345678", b"\xff\xff\xff\xff\xff\xff\xff\xff"] {
                    let mut bytes = case.clone();
                    bytes.extend_from_slice(after);
                    let raw = bytes.first_chunk::<8>().map_or(0, |w| u64::from_le_bytes(*w));
                    let unmasked = parse_number_word(raw, n, decimal).map(f64::to_bits);
                    assert_eq!(
                        unmasked,
                        reference,
                        "{:?} then {after:?}",
                        String::from_utf8_lossy(case)
                    );
                }
            }
        }
    }

    #[test]
    fn dates_in_every_notation() {
        let day = |y, m, d| days_from_civil(y, m, d) * SECONDS_PER_DAY;
        // (text, order, expected seconds, has time)
        let cases: &[(&str, DateOrder, i64, bool)] = &[
            ("2022-10-06", DateOrder::DayFirst, day(2022, 10, 6), false),
            (
                "2022-10-06T14:30:00+09:00",
                DateOrder::DayFirst,
                day(2022, 10, 6) + 14 * 3600 + 30 * 60,
                true,
            ),
            (
                "2022-10-06 14:30Z",
                DateOrder::DayFirst,
                day(2022, 10, 6) + 52_200,
                true,
            ),
            ("2022/10/06", DateOrder::DayFirst, day(2022, 10, 6), false),
            ("2022.10.06", DateOrder::DayFirst, day(2022, 10, 6), false),
            ("2022. 10. 6.", DateOrder::DayFirst, day(2022, 10, 6), false),
            ("2022年10月6日", DateOrder::DayFirst, day(2022, 10, 6), false),
            ("06/10/2022", DateOrder::DayFirst, day(2022, 10, 6), false),
            ("10/06/2022", DateOrder::MonthFirst, day(2022, 10, 6), false),
            ("6.10.22", DateOrder::DayFirst, day(2022, 10, 6), false),
            (
                "10/6/22 2:30 PM",
                DateOrder::MonthFirst,
                day(2022, 10, 6) + 14 * 3600 + 1800,
                true,
            ),
            ("6 Oct 2022", DateOrder::DayFirst, day(2022, 10, 6), false),
            ("October 6, 2022", DateOrder::DayFirst, day(2022, 10, 6), false),
            (
                "Thursday, October 6, 2022",
                DateOrder::DayFirst,
                day(2022, 10, 6),
                false,
            ),
            ("06-Oct-22", DateOrder::DayFirst, day(2022, 10, 6), false),
            ("6 octobre 2022", DateOrder::DayFirst, day(2022, 10, 6), false),
            ("1er janvier 2022", DateOrder::DayFirst, day(2022, 1, 1), false),
            ("jeudi 6 oct. 2022", DateOrder::DayFirst, day(2022, 10, 6), false),
            ("29/02/2024", DateOrder::DayFirst, day(2024, 2, 29), false),
            ("31/12/69", DateOrder::DayFirst, day(1969, 12, 31), false),
        ];
        for (text, order, seconds, has_time) in cases {
            let got = parse_date(text, *order).unwrap_or_else(|| panic!("{text} should be a date"));
            assert_eq!(got.seconds, *seconds, "{text}");
            assert_eq!(got.has_time, *has_time, "{text}");
        }
    }

    #[test]
    fn not_dates() {
        for text in [
            "2022-02-30",
            "13/13/2022",
            "12.5",
            "1,234",
            "hello",
            "2022-10",
            "10:99",
            "2022-10-06 25:00",
        ] {
            assert_eq!(parse_date(text, DateOrder::DayFirst), None, "{text}");
        }
    }

    #[test]
    fn fast_iso_path_agrees_with_the_general_reader() {
        for text in [
            "2022-10-06",
            "2022-10-06 14:30",
            "2022-10-06T14:30:59",
            "2023-02-29",
            "2022-13-01",
        ] {
            let fast = parse_iso_fast(text.as_bytes());
            let general = parse_date(text, DateOrder::DayFirst).map(|d| (d.seconds, d.has_time));
            assert_eq!(fast, general, "{text}");
        }
    }

    #[test]
    fn booleans_and_missing_markers() {
        for (text, value) in [
            ("Yes", true),
            ("non", false),
            ("예", true),
            ("いいえ", false),
            ("是", true),
            ("0", false),
        ] {
            assert_eq!(parse_bool(text).map(|b| b.value), Some(value), "{text}");
        }
        assert_eq!(parse_bool("maybe"), None);
        for text in ["", " ", "NA", "n/a", "null", "-", "#N/A"] {
            assert!(is_missing(text), "{text:?}");
        }
        assert!(!is_missing("0"));
    }

    #[test]
    fn excel_serial_days() {
        // 44840 days after 1899-12-30 is 2022-10-06: days_from_civil(2022,10,6) = 19271 and 19271 + 25569 = 44840.
        assert_eq!(
            excel_serial_seconds(44_840.0),
            Some(days_from_civil(2022, 10, 6) * SECONDS_PER_DAY)
        );
        // Half a day more is noon.
        assert_eq!(
            excel_serial_seconds(44_840.5),
            Some(days_from_civil(2022, 10, 6) * SECONDS_PER_DAY + 43_200)
        );
        assert_eq!(excel_serial_seconds(-3.0), None);
    }

    #[test]
    fn time_of_day() {
        assert_eq!(parse_time_of_day("14:30"), Some(52_200));
        assert_eq!(parse_time_of_day("12:00 AM"), Some(0));
        assert_eq!(parse_time_of_day("2:30:15 p.m."), Some(14 * 3600 + 30 * 60 + 15));
        assert_eq!(parse_time_of_day("24:00"), None);
    }
}

//! Writing values for charts: full form for hovers, tables and summaries (`41,200 EUR`),
//! compact form for axes and bar labels (`€41.2k`), and a width estimate for laying out text
//! without any font (the SVG is measured by the browser, not by us).

use super::spec::ValueFormat;
use crate::core::format;
use crate::core::i18n::{render, Lang};

/// Shown for a missing or non-finite value.
pub const MISSING: &str = "—";

/// Rounds `v` to `decimals` places and writes it with `,` thousands grouping and `.` decimals;
/// with `trim`, trailing zeros of the fraction (and a bare `.`) are removed.
pub fn grouped(v: f64, decimals: usize, trim: bool) -> String {
    if !v.is_finite() {
        return MISSING.to_string();
    }
    // round half away from zero (as spreadsheets do), not half to even
    let decimals = decimals.min(6);
    let factor = 10f64.powi(decimals as i32);
    let magnitude = if v.abs() < 1e15 {
        (v.abs() * factor).round() / factor
    } else {
        v.abs()
    };
    let text = format!("{magnitude:.decimals$}");
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i, f),
        None => (text.as_str(), ""),
    };
    let frac = if trim {
        frac_part.trim_end_matches('0')
    } else {
        frac_part
    };
    let mut out = String::with_capacity(text.len() + text.len() / 3 + 2);
    let is_zero = int_part.bytes().all(|b| b == b'0') && frac.bytes().all(|b| b == b'0');
    if v < 0.0 && !is_zero {
        out.push('-');
    }
    let digits = int_part.len();
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// Full form of a value, for hovers, tables and summaries.
///
/// Numbers keep up to 2 decimals (`1,234.5`); money has 2 decimals below 10,000 unless whole
/// (`45.60 EUR`, `41,200 EUR`); percents are fractions written with 1 decimal (`0.1234` →
/// `12.3%`); days keep 1 decimal (`3.5 days`, `1 day`).
pub fn full(v: f64, format: &ValueFormat) -> String {
    if !v.is_finite() {
        return MISSING.to_string();
    }
    match format {
        ValueFormat::Number => grouped(v, 2, true),
        ValueFormat::Money { currency } => {
            let whole = (v - v.round()).abs() < 0.005;
            let amount = if v.abs() >= 10_000.0 || whole {
                grouped(v, 0, false)
            } else {
                grouped(v, 2, false)
            };
            if currency.is_empty() {
                amount
            } else {
                format!("{amount} {currency}")
            }
        }
        ValueFormat::Percent => format!("{}%", grouped(v * 100.0, 1, true)),
        ValueFormat::Days => {
            let amount = grouped(v, 1, true);
            if amount == "1" {
                "1 day".to_string()
            } else {
                format!("{amount} days")
            }
        }
    }
}

/// [`full`] as `lang` writes it: its decimal and grouping separators (fr `41 200 EUR`, `12,3 %`) and
/// "days" in words.
pub fn full_in(lang: Lang, v: f64, format: &ValueFormat) -> String {
    if lang == Lang::En {
        return full(v, format);
    }
    match format {
        ValueFormat::Days if v.is_finite() => {
            let amount = localize(lang, &grouped(v, 1, true));
            let text = if amount == "1" {
                crate::text!("{value} day", value = amount)
            } else {
                crate::text!("{value} days", value = amount)
            };
            render(lang, &text)
        }
        _ => localize(lang, &full(v, format)),
    }
}

/// [`compact`] as `lang` writes it, following the CLDR "compact short" decimal patterns of the
/// locale (see [`crate::core::format::compact`]): ko `1.2만`, `3.5억`; ja `1.2万`, `3.5億`; zh-TW
/// `1.2萬`; zh-CN `1.2万`, `3.5亿`; fr `1,2 k`, `3,5 M`, `1,2 Md` (U+00A0 before the unit). Money
/// places the locale's currency symbol as its currency pattern does (ko `₩1.2만`, fr `41,2 k €`),
/// percentages take the locale's percent sign (fr `12,5 %` with U+202F) and durations the day unit.
/// English keeps the chart's own `12.3k` style.
pub fn compact_in(lang: Lang, v: f64, format: &ValueFormat) -> String {
    if lang == Lang::En {
        return compact(v, format);
    }
    if !v.is_finite() {
        return MISSING.to_string();
    }
    match format {
        ValueFormat::Number => format::compact(lang, v),
        ValueFormat::Money { currency } if currency.is_empty() => format::compact(lang, v),
        ValueFormat::Money { currency } => format::money_compact(lang, v, currency),
        ValueFormat::Percent => format::percent_compact(lang, v),
        ValueFormat::Days => render(lang, &crate::text!("{value}d", value = format::compact(lang, v))),
    }
}

/// Rewrites the separators of a number written by [`full`] or [`compact`] (`,` groups, `.` decimals)
/// for `lang`: only French differs (narrow no-break space groups, decimal comma, a space before `%`
/// and the `k`/`M` suffixes).
pub fn localize(lang: Lang, text: &str) -> String {
    if lang != Lang::Fr {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let after_digit = i > 0 && chars[i - 1].is_ascii_digit();
        let before_digit = chars.get(i + 1).is_some_and(char::is_ascii_digit);
        match c {
            ',' if after_digit && before_digit => out.push('\u{202F}'),
            '.' if after_digit && before_digit => out.push(','),
            '%' if after_digit => out.push_str("\u{A0}%"),
            'k' | 'M' if after_digit && chars.get(i + 1).is_none_or(|n| !n.is_alphabetic()) => {
                out.push('\u{A0}');
                out.push(c);
            }
            'B' if after_digit => out.push_str("\u{A0}Md"),
            'T' if after_digit => out.push_str("\u{A0}Bn"),
            c => out.push(c),
        }
    }
    out
}

/// Compact form for axes and labels: `950`, `12.3k`, `1.2M`, `3B`, `€41.2k`, `12.5%`, `3.5d`.
pub fn compact(v: f64, format: &ValueFormat) -> String {
    if !v.is_finite() {
        return MISSING.to_string();
    }
    match format {
        ValueFormat::Number => compact_number(v),
        ValueFormat::Money { currency } => {
            let amount = compact_number(v.abs());
            let sign = if v < 0.0 && amount != "0" { "-" } else { "" };
            match currency_symbol(currency) {
                Some(symbol) => format!("{sign}{symbol}{amount}"),
                None if currency.is_empty() => format!("{sign}{amount}"),
                None => format!("{sign}{amount} {currency}"),
            }
        }
        ValueFormat::Percent => format!("{}%", compact_number(v * 100.0)),
        ValueFormat::Days => format!("{}d", compact_number(v)),
    }
}

/// `950`, `0.25`, `12.3k`, `1.2M`, `3B`, `4.5T`; beyond that scientific (`1.2e18`).
pub fn compact_number(v: f64) -> String {
    if !v.is_finite() {
        return MISSING.to_string();
    }
    const UNITS: [(f64, &str); 4] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")];
    let a = v.abs();
    if a >= 1e15 {
        return format!("{v:.1e}");
    }
    for (size, suffix) in UNITS {
        // 999,950 rounds to 1000.0k: promote it to the next unit
        if a >= size * 0.99995 {
            let scaled = v / size;
            let digits = if scaled.abs() >= 100.0 { 0 } else { 1 };
            return format!("{}{suffix}", grouped(scaled, digits, true));
        }
    }
    if a >= 100.0 {
        grouped(v, 0, true)
    } else {
        grouped(v, 2, true)
    }
}

/// Symbol of a common currency, used in compact labels.
pub fn currency_symbol(code: &str) -> Option<&'static str> {
    Some(match code {
        "EUR" => "€",
        "USD" => "$",
        "GBP" => "£",
        "JPY" | "CNY" => "¥",
        "KRW" => "₩",
        "INR" => "₹",
        _ => return None,
    })
}

/// Estimated width in pixels of `text` at `font_px`, for a typical sans-serif font.
/// Wide scripts (CJK, Hangul, full-width forms) count one em per character.
pub fn text_width(text: &str, font_px: f64) -> f64 {
    text.chars().map(char_em).sum::<f64>() * font_px
}

fn char_em(c: char) -> f64 {
    match c {
        'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | ' ' => 0.32,
        'f' | 't' | 'r' | '(' | ')' | '-' | '[' | ']' => 0.42,
        'm' | 'w' | 'M' | 'W' | '%' | '@' | '—' => 0.9,
        'A'..='Z' => 0.7,
        '0'..='9' => 0.62,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}' => 1.0,
        _ => 0.6,
    }
}

/// `text` shortened with `…` so that it fits `max_px` at `font_px` (never empty if `text` is not,
/// unless not even `…` fits).
pub fn fit(text: &str, max_px: f64, font_px: f64) -> String {
    if text_width(text, font_px) <= max_px {
        return text.to_string();
    }
    let ellipsis = char_em('…') * font_px;
    let mut used = ellipsis;
    let mut out = String::new();
    for c in text.chars() {
        let w = char_em(c) * font_px;
        if used + w > max_px {
            break;
        }
        used += w;
        out.push(c);
    }
    if out.is_empty() && ellipsis > max_px {
        return String::new();
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(c: &str) -> ValueFormat {
        ValueFormat::Money {
            currency: c.to_string(),
        }
    }

    #[test]
    fn grouping_and_rounding() {
        let cases = [
            (0.0, 0, false, "0"),
            (999.0, 0, false, "999"),
            (1000.0, 0, false, "1,000"),
            (-1234567.891, 2, false, "-1,234,567.89"),
            (1234.5, 2, true, "1,234.5"),
            (18_750.5, 0, false, "18,751"), // half away from zero
            (2.5, 0, false, "3"),
            (-0.001, 2, true, "0"), // rounds to zero: no "-0"
            (f64::NAN, 2, true, "—"),
        ];
        for (v, d, trim, want) in cases {
            assert_eq!(grouped(v, d, trim), want, "{v}");
        }
    }

    #[test]
    fn full_forms() {
        let cases = [
            (41200.0, money("EUR"), "41,200 EUR"),
            (45.6, money("EUR"), "45.60 EUR"),
            (45.0, money("USD"), "45 USD"),
            (12345.67, money("USD"), "12,346 USD"),
            (0.1234, ValueFormat::Percent, "12.3%"),
            (1.0, ValueFormat::Days, "1 day"),
            (3.45, ValueFormat::Days, "3.5 days"),
            (1234.567, ValueFormat::Number, "1,234.57"),
        ];
        for (v, f, want) in cases {
            assert_eq!(full(v, &f), want);
        }
    }

    #[test]
    fn compact_forms() {
        let cases = [
            (950.0, ValueFormat::Number, "950"),
            (0.25, ValueFormat::Number, "0.25"),
            (12_345.0, ValueFormat::Number, "12.3k"),
            (1_200_000.0, ValueFormat::Number, "1.2M"),
            (999_999.0, ValueFormat::Number, "1M"),
            (250_000.0, ValueFormat::Number, "250k"),
            (-41_200.0, money("EUR"), "-€41.2k"),
            (5000.0, money("CHF"), "5k CHF"),
            (0.125, ValueFormat::Percent, "12.5%"),
            (3.5, ValueFormat::Days, "3.5d"),
            (2.5e18, ValueFormat::Number, "2.5e18"),
        ];
        for (v, f, want) in cases {
            assert_eq!(compact(v, &f), want, "{v}");
        }
    }

    #[test]
    fn compact_forms_per_locale_follow_cldr_compact_short() {
        let eur = money("EUR");
        let krw = money("KRW");
        let cases: &[(Lang, f64, &ValueFormat, &str)] = &[
            (Lang::Ko, 12_000.0, &ValueFormat::Number, "1.2만"),
            (Lang::Ko, 350_000_000.0, &ValueFormat::Number, "3.5억"),
            (Lang::Ko, 1_500.0, &ValueFormat::Number, "1.5천"),
            (Lang::Ko, 120_000_000.0, &krw, "₩1.2억"),
            (Lang::Ja, 12_000.0, &ValueFormat::Number, "1.2万"),
            (Lang::Ja, 350_000_000.0, &ValueFormat::Number, "3.5億"),
            (Lang::Ja, 950.0, &ValueFormat::Number, "950"),
            (Lang::Ja, 12_000.0, &money("JPY"), "￥1.2万"),
            (Lang::ZhTw, 12_000.0, &ValueFormat::Number, "1.2萬"),
            (Lang::ZhTw, 350_000_000.0, &ValueFormat::Number, "3.5億"),
            (Lang::ZhCn, 12_000.0, &ValueFormat::Number, "1.2万"),
            (Lang::ZhCn, 350_000_000.0, &ValueFormat::Number, "3.5亿"),
            (Lang::ZhCn, -41_200.0, &money("CNY"), "-¥4.1万"),
            (Lang::Fr, 12_000.0, &ValueFormat::Number, "12\u{A0}k"),
            (Lang::Fr, 1_200.0, &ValueFormat::Number, "1,2\u{A0}k"),
            (Lang::Fr, 3_500_000.0, &ValueFormat::Number, "3,5\u{A0}M"),
            (Lang::Fr, 41_200.0, &eur, "41,2\u{A0}k\u{A0}€"),
            (Lang::Fr, 0.125, &ValueFormat::Percent, "12,5\u{A0}%"),
            (Lang::Fr, 3.5, &ValueFormat::Days, "3,5\u{A0}j"),
            (Lang::Ko, 0.125, &ValueFormat::Percent, "12.5%"),
            (Lang::Ja, f64::NAN, &ValueFormat::Number, "—"),
        ];
        for (lang, v, format, want) in cases {
            assert_eq!(compact_in(*lang, *v, format), *want, "{lang:?} {v}");
        }
    }

    #[test]
    fn cjk_is_wider_than_latin() {
        // 2 Hangul syllables = 2 em = 24 px at 12 px; "ab" = 2 × 0.6 em = 14.4 px
        assert!((text_width("매출", 12.0) - 24.0).abs() < 1e-9);
        assert!((text_width("ab", 12.0) - 14.4).abs() < 1e-9);
    }

    #[test]
    fn fit_truncates_with_ellipsis() {
        assert_eq!(fit("short", 100.0, 12.0), "short");
        let cut = fit("a very long category name indeed", 60.0, 12.0);
        assert!(cut.ends_with('…'), "{cut}");
        assert!(text_width(&cut, 12.0) <= 60.0);
    }
}

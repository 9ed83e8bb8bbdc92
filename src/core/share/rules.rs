//! The rules a value must follow to be kept from a link: text charsets, lengths, list sizes, day ranges.

/// First day a link may name: 1900-01-01 (70 years × 365 + 17 leap days before 1970 = 25,567 days).
pub const MIN_DAY: i64 = -25_567;
/// Last day a link may name (as an exclusive end): 2201-01-01 (231 years × 365 + 56 leap days = 84,371).
pub const MAX_DAY: i64 = 84_371;
/// Longest id (KPI, role, preset, variant, header signature), in characters.
pub const MAX_ID_CHARS: usize = 64;
/// Longest owner name of a target, in characters.
pub const MAX_OWNER_CHARS: usize = 200;
/// Longest expected file name, in characters.
pub const MAX_FILE_NAME_CHARS: usize = 255;
/// Most KPI ids in each of the pinned, hidden and order lists.
pub const MAX_KPI_IDS: usize = 300;
/// Most filtered dimensions.
pub const MAX_FILTERS: usize = 50;
/// Most values selected in one filter.
pub const MAX_FILTER_VALUES: usize = 500;
/// Most formula variant choices.
pub const MAX_VARIANTS: usize = 100;
/// Most targets.
pub const MAX_TARGETS: usize = 300;
/// Most mapping overrides, and most expected files.
pub const MAX_FILES: usize = 100;
/// Most columns in one mapping override or expected file.
pub const MAX_COLUMNS: usize = 1_000;

/// Whether `text` is an id: 1 to [`MAX_ID_CHARS`] ASCII letters, digits, `_`, `-`, `.` or `:`.
pub fn is_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= MAX_ID_CHARS
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b':'))
}

/// Whether `text` is an ISO 4217 currency code: three ASCII capital letters.
pub fn is_currency(text: &str) -> bool {
    text.len() == 3 && text.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether `text` looks like a language tag (`en`, `ko`, `zh-Hant`, `pt-BR`): 2 to 35 ASCII letters, digits
/// and `-`, starting with a letter.
pub fn is_language(text: &str) -> bool {
    (2..=35).contains(&text.len())
        && text.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Whether a day number lies within 1900-01-01 ..= 2201-01-01.
pub fn is_sane_day(day: i64) -> bool {
    (MIN_DAY..=MAX_DAY).contains(&day)
}

/// Characters that must never reach the page from a link: control characters (C0, DEL, C1) and the
/// bidirectional overrides and isolates that can make text display in a misleading order.
fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// What [`clean_text`] had to change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct TextRepair {
    /// How many unsafe characters were removed.
    pub removed: usize,
    /// Whether the text was cut to the length limit.
    pub cut: bool,
}

impl TextRepair {
    /// Whether nothing was changed.
    pub fn is_clean(self) -> bool {
        self.removed == 0 && !self.cut
    }

    /// The change in plain words ("removed 2 control characters and cut it to 200 characters").
    pub fn describe(self, max_chars: usize) -> String {
        let mut parts = Vec::new();
        if self.removed > 0 {
            let plural = if self.removed == 1 { "" } else { "s" };
            parts.push(format!("removed {} control character{plural}", self.removed));
        }
        if self.cut {
            parts.push(format!("cut it to {max_chars} characters"));
        }
        parts.join(" and ")
    }
}

/// Plain text safe to keep: unsafe characters removed, cut to `max_chars` characters. The text is kept as
/// text (`<script>` stays `<script>`): the page must escape it when showing it, as Leptos does for text nodes.
pub fn clean_text(text: &str, max_chars: usize) -> (String, TextRepair) {
    let mut repair = TextRepair::default();
    let mut cleaned = String::with_capacity(text.len().min(max_chars * 4));
    let mut kept = 0;
    for c in text.chars() {
        if is_unsafe_char(c) {
            repair.removed += 1;
        } else if kept < max_chars {
            cleaned.push(c);
            kept += 1;
        } else {
            repair.cut = true;
        }
    }
    (cleaned, repair)
}

/// A short, safe quotation of text found in a link, for messages: at most 40 characters, unsafe ones removed.
pub fn quote(text: &str) -> String {
    let (mut cleaned, repair) = clean_text(text, 40);
    if repair.cut {
        cleaned.push('…');
    }
    format!("\"{cleaned}\"")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ingest::table::days_from_civil;

    #[test]
    fn day_limits_are_the_stated_dates() {
        assert_eq!(MIN_DAY, days_from_civil(1900, 1, 1));
        assert_eq!(MAX_DAY, days_from_civil(2201, 1, 1));
    }

    #[test]
    fn id_rules() {
        let cases = [
            ("revenue", true),
            ("order_date", true),
            ("a", true),
            ("", false),
            ("has space", false),
            ("<script>", false),
            ("é", false),
        ];
        for (text, expected) in cases {
            assert_eq!(is_id(text), expected, "{text:?}");
        }
        assert!(is_id(&"x".repeat(64)));
        assert!(!is_id(&"x".repeat(65)));
    }

    #[test]
    fn currency_and_language_rules() {
        assert!(is_currency("EUR"));
        assert!(!is_currency("eur"));
        assert!(!is_currency("EURO"));
        assert!(is_language("en"));
        assert!(is_language("zh-Hant"));
        assert!(!is_language("e"));
        assert!(!is_language("-en"));
        assert!(!is_language("en_US"));
    }

    #[test]
    fn clean_text_strips_controls_and_bidi_and_cuts_by_characters() {
        let (text, repair) = clean_text("A\u{0}B\u{7}\u{202e}C\nD", 200);
        // Removed: NUL, BEL, RIGHT-TO-LEFT OVERRIDE and the newline = 4.
        assert_eq!(text, "ABCD");
        assert_eq!(
            repair,
            TextRepair {
                removed: 4,
                cut: false
            }
        );
        let (text, repair) = clean_text("가나다라", 3);
        assert_eq!(text, "가나다");
        assert!(repair.cut);
        let (text, repair) = clean_text("<script>alert(1)</script>", 200);
        assert_eq!(text, "<script>alert(1)</script>");
        assert!(repair.is_clean());
    }
}

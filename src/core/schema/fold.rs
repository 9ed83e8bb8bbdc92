//! Folding of header names and values so that spellings of one word compare equal.
//!
//! `fold("  Ｏｒｄｅｒ-ＩＤ ")`, `fold("order_id")` and `fold("Order ID")` are all `"orderid"`:
//! full-width ASCII becomes ASCII, half-width katakana becomes full-width (with its voicing marks joined),
//! Latin accents are removed, letters are lowercased, and everything that is neither a letter nor a digit
//! (spaces, punctuation, symbols) is dropped. CJK ideographs, kana and Hangul are kept as they are.

/// Folds a header or a value for comparison (see the module documentation).
///
/// A string made only of punctuation (Typeform's `#` column) folds to itself, trimmed, so that it
/// still has a name to match.
pub fn fold(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        let c = widen_halfwidth_katakana(c, chars.peek().copied(), &mut chars);
        let c = narrow_fullwidth(c);
        push_folded(c, &mut out);
    }
    if out.is_empty() {
        raw.trim().to_lowercase()
    } else {
        out
    }
}

/// Like [`fold`], but first drops every parenthesised or bracketed part: `"Amount spent (EUR)"` and
/// `"Created (UTC)"` become `"amountspent"` and `"created"`. Used as a second, slightly weaker match.
pub fn fold_loose(raw: &str) -> String {
    let mut kept = String::with_capacity(raw.len());
    let mut depth = 0usize;
    for c in raw.chars() {
        match narrow_fullwidth(c) {
            '(' | '[' | '【' | '（' => depth += 1,
            ')' | ']' | '】' | '）' => depth = depth.saturating_sub(1),
            c if depth == 0 => kept.push(c),
            _ => {}
        }
    }
    let folded = fold(&kept);
    if folded.is_empty() || kept.trim().is_empty() {
        fold(raw)
    } else {
        folded
    }
}

/// Whether a folded string contains a character outside ASCII (CJK, Hangul, kana…).
pub fn is_wide(folded: &str) -> bool {
    !folded.is_ascii()
}

/// Full-width ASCII (U+FF01–U+FF5E) and the ideographic space to their ASCII forms.
fn narrow_fullwidth(c: char) -> char {
    match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// Appends `c` lowercased, without accents, or nothing when it is not alphanumeric.
fn push_folded(c: char, out: &mut String) {
    if let Some(base) = strip_accent(c) {
        out.push_str(base);
        return;
    }
    if c.is_alphanumeric() {
        out.extend(c.to_lowercase());
    }
}

/// The unaccented lowercase spelling of a Latin letter with a diacritic, if `c` is one.
fn strip_accent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        'ß' => "ss",
        // The ordinal indicators of "Nº" / "Nª" are letters in NFKC.
        'º' => "o",
        'ª' => "a",
        _ => return None,
    })
}

/// Half-width katakana (U+FF66–U+FF9D) as full-width; a following voicing mark (ﾞ, ﾟ) is joined.
fn widen_halfwidth_katakana(
    c: char,
    next: Option<char>,
    chars: &mut std::iter::Peekable<std::str::Chars<'_>>,
) -> char {
    const TABLE: &[char] = &[
        'ヲ', 'ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ャ', 'ュ', 'ョ', 'ッ', 'ー', 'ア', 'イ', 'ウ', 'エ', 'オ', 'カ',
        'キ', 'ク', 'ケ', 'コ', 'サ', 'シ', 'ス', 'セ', 'ソ', 'タ', 'チ', 'ツ', 'テ', 'ト', 'ナ', 'ニ', 'ヌ',
        'ネ', 'ノ', 'ハ', 'ヒ', 'フ', 'ヘ', 'ホ', 'マ', 'ミ', 'ム', 'メ', 'モ', 'ヤ', 'ユ', 'ヨ', 'ラ', 'リ',
        'ル', 'レ', 'ロ', 'ワ', 'ン',
    ];
    let Some(offset) = (c as u32).checked_sub(0xFF66) else {
        return c;
    };
    let Some(&wide) = TABLE.get(offset as usize) else {
        return c;
    };
    match next {
        // Dakuten: カ → ガ (one code point further); ウ → ヴ.
        Some('\u{FF9E}') if is_voiceable(wide) => {
            chars.next();
            if wide == 'ウ' {
                'ヴ'
            } else {
                char::from_u32(wide as u32 + 1).unwrap_or(wide)
            }
        }
        // Handakuten: ハ → パ (two code points further).
        Some('\u{FF9F}') if ('ハ'..='ホ').contains(&wide) => {
            chars.next();
            char::from_u32(wide as u32 + 2).unwrap_or(wide)
        }
        _ => wide,
    }
}

/// Whether a full-width katakana takes a dakuten (カ–ト, ハ–ホ, ウ).
fn is_voiceable(c: char) -> bool {
    matches!(c, 'カ'..='ト' | 'ハ'..='ホ' | 'ウ') && !matches!(c, 'ッ' | 'ナ'..='ノ')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_space_punctuation_width_and_accents() {
        let cases = [
            ("Order ID", "orderid"),
            ("order_id", "orderid"),
            ("  ＯＲＤＥＲ－ＩＤ ", "orderid"),
            ("N° de commande", "ndecommande"),
            ("Nº de commande", "nodecommande"),
            ("Référence", "reference"),
            ("État", "etat"),
            ("주문 번호", "주문번호"),
            ("訂單編號", "訂單編號"),
            ("注文番号　", "注文番号"),
            ("ｽﾃｰﾀｽ", "ステータス"),
            ("ｶﾞｿﾞﾘﾝ", "ガゾリン"),
            ("ﾊﾟﾝ", "パン"),
            ("#", "#"),
            ("Amount spent (EUR)", "amountspenteur"),
        ];
        for (raw, want) in cases {
            assert_eq!(fold(raw), want, "fold({raw:?})");
        }
    }

    #[test]
    fn loose_fold_drops_brackets() {
        assert_eq!(fold_loose("Amount spent (EUR)"), "amountspent");
        assert_eq!(fold_loose("Created (UTC)"), "created");
        assert_eq!(fold_loose("金額（税込）"), "金額");
        assert_eq!(fold_loose("(none)"), "none");
    }
}

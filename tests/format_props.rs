//! Properties of the formatters over arbitrary inputs: no panic, raw values round-trip, digits agree.

use kpiboard::core::format::{
    compact, data_value, date, duration_days, money, number, percent, percent_change,
};
use kpiboard::core::i18n::Lang;
use proptest::prelude::*;

fn any_lang() -> impl Strategy<Value = Lang> {
    prop::sample::select(Lang::ALL.to_vec())
}

proptest! {
    #[test]
    fn formatters_never_panic(lang in any_lang(), x in any::<f64>(), decimals in 0usize..40, day in any::<i64>(),
                              currency in "[A-Za-z]{0,4}") {
        let _ = number(lang, x, decimals);
        let _ = percent(lang, x, decimals);
        let _ = percent_change(lang, x, decimals);
        let _ = compact(lang, x);
        let _ = money(lang, x, &currency);
        let _ = duration_days(lang, x);
        let _ = date(lang, day);
    }

    #[test]
    fn data_value_round_trips(x in any::<f64>().prop_filter("finite", |x| x.is_finite())) {
        let text = data_value(x);
        prop_assert!(!text.contains('e') && !text.contains(','));
        let back: f64 = text.parse().map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        prop_assert_eq!(back, if x == 0.0 { 0.0 } else { x });
    }

    #[test]
    fn english_digits_match_rust_rounding_away_from_ties(x in -1e12f64..1e12, decimals in 0usize..4) {
        // Without grouping, the English text reads back within half a unit of the last decimal.
        let text = number(Lang::En, x, decimals).replace(',', "");
        let back: f64 = text.parse().map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        let half_unit = 0.5 * 10f64.powi(-(decimals as i32));
        prop_assert!((back - x).abs() <= half_unit * (1.0 + 1e-9) + x.abs() * 1e-15, "{} -> {}", x, text);
    }

    #[test]
    fn french_is_english_with_other_separators(x in -1e9f64..1e9, decimals in 0usize..3) {
        let en = number(Lang::En, x, decimals);
        let fr = number(Lang::Fr, x, decimals);
        let converted: String = en
            .chars()
            .map(|c| match c { ',' => '\u{202F}', '.' => ',', c => c })
            .collect();
        prop_assert_eq!(fr, converted);
    }
}

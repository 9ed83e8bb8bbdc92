//! Completeness of the message and KPI catalogues in every language, placeholders, language choice.

use kpiboard::core::i18n::{
    fill, kpi_explanation, kpi_formula, kpi_name, negotiate, placeholders, tr, Lang, Msg, KPI_IDS,
};
use kpiboard::core::schema::kinds::Kind;
use std::collections::HashSet;

#[test]
fn every_message_is_non_empty_in_every_language() {
    for lang in Lang::ALL {
        for &msg in Msg::ALL {
            let text = tr(lang, msg);
            assert!(
                !text.trim().is_empty(),
                "{:?} has no text for {}",
                lang,
                msg.key()
            );
        }
    }
}

#[test]
fn message_keys_are_listed_once() {
    let keys: HashSet<&str> = Msg::ALL.iter().map(|m| m.key()).collect();
    assert_eq!(keys.len(), Msg::ALL.len());
    // The keys the page relies on exist under these names.
    for key in [
        "AppTitle",
        "PrivacyNote",
        "Unlocks",
        "WaitingFor",
        "KindSearch",
        "Other",
    ] {
        assert!(keys.contains(key), "missing key {key}");
    }
}

#[test]
fn translations_keep_exactly_the_english_placeholders() {
    for lang in Lang::ALL {
        for &msg in Msg::ALL {
            assert_eq!(
                placeholders(tr(lang, msg)),
                placeholders(tr(Lang::En, msg)),
                "{:?} {}: {:?}",
                lang,
                msg.key(),
                tr(lang, msg)
            );
        }
    }
}

#[test]
fn the_documented_placeholders_are_there() {
    let table: &[(Msg, &[&str])] = &[
        (Msg::Rows, &["count"]),
        (Msg::RowsRejected, &["count"]),
        (Msg::ShowHidden, &["count"]),
        (Msg::Unlocks, &["kind"]),
        (Msg::ErrorFile, &["file", "message"]),
        (Msg::ErrorNotTabular, &["detail", "file"]),
        (Msg::LoadingFile, &["file", "percent"]),
        (Msg::WaitingFor, &["columns", "kind", "preset"]),
        (Msg::ErrorRow, &["column", "expected", "file", "found", "row"]),
    ];
    for (msg, expected) in table {
        assert_eq!(placeholders(tr(Lang::En, *msg)), *expected, "{}", msg.key());
    }
}

/// Texts that are legitimately the same as in English (shared words, product names, acronyms).
const SAME_AS_ENGLISH: &[(Lang, Msg)] = &[
    (Lang::Ko, Msg::AppTitle),
    (Lang::Ko, Msg::ErrorFile),
    (Lang::Ko, Msg::StageMql),
    (Lang::Ko, Msg::StageSql),
    (Lang::ZhTw, Msg::AppTitle),
    (Lang::ZhTw, Msg::StageMql),
    (Lang::ZhTw, Msg::StageSql),
    (Lang::ZhCn, Msg::AppTitle),
    (Lang::ZhCn, Msg::StageMql),
    (Lang::ZhCn, Msg::StageSql),
    (Lang::Ja, Msg::AppTitle),
    (Lang::Ja, Msg::StageMql),
    (Lang::Ja, Msg::StageSql),
    (Lang::Fr, Msg::AppTitle),
    (Lang::Fr, Msg::AreaMarketing),
    (Lang::Fr, Msg::AreaFinance),
    (Lang::Fr, Msg::KindPages),
    (Lang::Fr, Msg::AxisDate),
    (Lang::Fr, Msg::Total),
    (Lang::Fr, Msg::FunnelSessions),
    (Lang::Fr, Msg::MrrExpansion),
    (Lang::Fr, Msg::MrrContraction),
    (Lang::Fr, Msg::StageLead),
    (Lang::Fr, Msg::StageMql),
    (Lang::Fr, Msg::StageSql),
];

#[test]
fn translations_are_not_left_in_english() {
    let mut identical = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        for &msg in Msg::ALL {
            if tr(lang, msg) == tr(Lang::En, msg) && !SAME_AS_ENGLISH.contains(&(lang, msg)) {
                identical.push(format!("(Lang::{lang:?}, Msg::{}),", msg.key()));
            }
        }
        for id in KPI_IDS {
            assert_ne!(kpi_formula(lang, id), kpi_formula(Lang::En, id), "{lang:?} {id}");
            assert_ne!(
                kpi_explanation(lang, id),
                kpi_explanation(Lang::En, id),
                "{lang:?} {id}"
            );
        }
    }
    assert!(
        identical.is_empty(),
        "still in English:\n{}",
        identical.join("\n")
    );
}

#[test]
fn every_kpi_has_a_name_explanation_and_formula_in_every_language() {
    assert_eq!(KPI_IDS.len(), 71);
    let unique: HashSet<&&str> = KPI_IDS.iter().collect();
    assert_eq!(unique.len(), KPI_IDS.len(), "duplicate KPI id");
    for lang in Lang::ALL {
        for id in KPI_IDS {
            for (what, text) in [
                ("name", kpi_name(lang, id)),
                ("explanation", kpi_explanation(lang, id)),
                ("formula", kpi_formula(lang, id)),
            ] {
                let text = text.unwrap_or_default();
                assert!(!text.trim().is_empty(), "{lang:?} {id}: no {what}");
                assert!(!text.contains('{'), "{lang:?} {id}: {what} has a placeholder");
            }
        }
        let names: HashSet<&str> = KPI_IDS.iter().filter_map(|id| kpi_name(lang, id)).collect();
        assert_eq!(names.len(), KPI_IDS.len(), "{lang:?}: two KPIs share a name");
    }
}

#[test]
fn unknown_kpi_has_no_text() {
    assert_eq!(kpi_name(Lang::Ko, "no_such_kpi"), None);
    assert_eq!(kpi_formula(Lang::En, ""), None);
}

#[test]
fn practitioners_terms_are_used() {
    let table = [
        (Lang::Ko, "retention_rate", "고객 유지율"),
        (Lang::ZhTw, "conversion_rate", "轉換率"),
        (Lang::Ja, "clv_predicted", "顧客生涯価値"),
        (Lang::Fr, "retention_rate", "taux de fidélisation"),
        (Lang::ZhCn, "conversion_rate", "转化率"),
        (Lang::Ja, "cac", "顧客獲得コスト"),
        (Lang::Ko, "bounce_rate", "이탈률"),
        (Lang::Fr, "aov", "panier moyen"),
    ];
    for (lang, id, term) in table {
        let name = kpi_name(lang, id).unwrap_or_default().to_lowercase();
        assert!(name.contains(&term.to_lowercase()), "{lang:?} {id}: {name}");
    }
}

#[test]
fn every_kind_has_a_name() {
    for kind in Kind::ALL {
        for lang in Lang::ALL {
            assert!(!tr(lang, Msg::for_kind(kind)).is_empty());
        }
    }
    assert_eq!(tr(Lang::En, Msg::for_kind(Kind::Orders)), "Orders");
}

#[test]
fn codes_round_trip_and_names_are_native() {
    let table = [
        (Lang::En, "en", "English"),
        (Lang::Ko, "ko", "한국어"),
        (Lang::ZhTw, "zh-TW", "繁體中文"),
        (Lang::ZhCn, "zh-CN", "简体中文"),
        (Lang::Ja, "ja", "日本語"),
        (Lang::Fr, "fr", "Français"),
    ];
    for (lang, code, name) in table {
        assert_eq!(lang.code(), code);
        assert_eq!(lang.native_name(), name);
        assert_eq!(Lang::from_code(code), Some(lang));
    }
}

#[test]
fn from_code_reads_browser_tags() {
    let table = [
        ("ko-KR", Some(Lang::Ko)),
        ("KO", Some(Lang::Ko)),
        ("ja-JP", Some(Lang::Ja)),
        ("fr-CA", Some(Lang::Fr)),
        ("fr_BE", Some(Lang::Fr)),
        ("en-GB", Some(Lang::En)),
        ("zh", Some(Lang::ZhCn)),
        ("zh-Hans", Some(Lang::ZhCn)),
        ("zh-Hans-SG", Some(Lang::ZhCn)),
        ("zh-SG", Some(Lang::ZhCn)),
        ("zh-cn", Some(Lang::ZhCn)),
        ("zh-Hant", Some(Lang::ZhTw)),
        ("zh-HK", Some(Lang::ZhTw)),
        ("zh-MO", Some(Lang::ZhTw)),
        ("zh-tw", Some(Lang::ZhTw)),
        ("zh-Hant-HK", Some(Lang::ZhTw)),
        ("de-DE", None),
        ("", None),
        ("-", None),
        ("english", None),
    ];
    for (tag, expected) in table {
        assert_eq!(Lang::from_code(tag), expected, "{tag:?}");
    }
}

#[test]
fn negotiate_takes_the_first_spoken_language() {
    let table: &[(&[&str], Lang)] = &[
        (&[], Lang::En),
        (&["de-DE", "nl"], Lang::En),
        (&["de-DE", "fr-FR", "en-US"], Lang::Fr),
        (&["ko-KR", "ko", "en-US", "en"], Lang::Ko),
        (&["zh-TW", "zh", "en"], Lang::ZhTw),
        (&["zh-HK", "en"], Lang::ZhTw),
        (&["zh-CN", "zh-TW"], Lang::ZhCn),
        (&["en-US", "ja"], Lang::En),
        (&["es", "ja-JP"], Lang::Ja),
    ];
    for (preferred, expected) in table {
        assert_eq!(negotiate(preferred), *expected, "{preferred:?}");
    }
}

#[test]
fn fill_replaces_named_placeholders_once() {
    assert_eq!(
        fill(
            tr(Lang::En, Msg::LoadingFile),
            &[("file", "a.csv"), ("percent", "40")]
        ),
        "Reading a.csv… 40%"
    );
    // A value containing braces is not filled again; unknown placeholders and lone braces stay.
    assert_eq!(fill("{a} {b} {", &[("a", "{b}")]), "{b} {b} {");
    assert_eq!(fill("no placeholder", &[("a", "x")]), "no placeholder");
    assert_eq!(fill("{a}{a}", &[("a", "é")]), "éé");
    assert_eq!(fill("{}", &[]), "{}");
}

#[test]
fn placeholders_lists_names_sorted_once() {
    assert_eq!(placeholders("{file}: {message} {file}"), vec!["file", "message"]);
    assert!(placeholders("no { placeholder } here {}").is_empty());
}

#[test]
fn languages_serialise_as_their_codes() {
    for lang in Lang::ALL {
        let json = serde_json::to_string(&lang).unwrap_or_default();
        assert_eq!(json, format!("\"{}\"", lang.code()));
        let back: Option<Lang> = serde_json::from_str(&json).ok();
        assert_eq!(back, Some(lang));
    }
}

#[test]
fn french_texts_use_no_break_spaces_before_double_punctuation() {
    // French typography: never a breaking space before `:`, `;`, `?`, `!` or `%` (it would wrap alone).
    let mut texts: Vec<&str> = Msg::ALL.iter().map(|m| tr(Lang::Fr, *m)).collect();
    for id in KPI_IDS {
        texts.extend(kpi_name(Lang::Fr, id));
        texts.extend(kpi_explanation(Lang::Fr, id));
        texts.extend(kpi_formula(Lang::Fr, id));
    }
    for text in texts {
        for bad in [" :", " ;", " ?", " !", " %"] {
            assert!(!text.contains(bad), "{text:?} contains {bad:?}");
        }
    }
}

#[test]
fn chinese_and_japanese_texts_use_full_width_punctuation() {
    // An ASCII comma right after a CJK character reads as a typo in these languages.
    for lang in [Lang::ZhTw, Lang::ZhCn, Lang::Ja] {
        let mut texts: Vec<&str> = Msg::ALL.iter().map(|m| tr(lang, *m)).collect();
        for id in KPI_IDS {
            texts.extend(kpi_formula(lang, id));
            texts.extend(kpi_explanation(lang, id));
        }
        for text in texts {
            let chars: Vec<char> = text.chars().collect();
            for pair in chars.windows(2) {
                let cjk = matches!(pair[0], '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}');
                assert!(!(cjk && pair[1] == ','), "{lang:?}: {text:?}");
            }
        }
    }
}

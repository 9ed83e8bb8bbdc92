//! Completeness of the message and KPI catalogues in every language, placeholders, language choice.

use kpiboard::core::i18n::{
    fill, kpi_explanation, kpi_formula, kpi_name, negotiate, phrase_table, placeholders, role_english,
    role_name, tr, translation, Lang, Msg, KPI_IDS,
};
use kpiboard::core::schema::kinds::Kind;
use kpiboard::core::schema::roles::Role;
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

// ------------------------------------------------------------------ sentences built by the core (`Text`)

/// Reads the Rust string literal starting at `at` (a `"`), with its escapes; returns it and the index after
/// its closing quote.
fn string_literal(src: &str, at: usize) -> Option<(String, usize)> {
    let mut out = String::new();
    let mut chars = src[at + 1..].char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, at + 1 + i + 1)),
            '\\' => match chars.next()?.1 {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                '\\' => out.push('\\'),
                '"' => out.push('"'),
                '\'' => out.push('\''),
                '0' => out.push('\0'),
                'u' => {
                    let mut hex = String::new();
                    for (_, h) in chars.by_ref() {
                        match h {
                            '{' => {}
                            '}' => break,
                            h => hex.push(h),
                        }
                    }
                    out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                }
                '\n' => {
                    // Line continuation: skip the leading whitespace of the next line.
                    let rest = &src[at + 1..];
                    let mut skip = chars.clone();
                    while let Some((_, w)) = skip.clone().next() {
                        if w.is_whitespace() {
                            skip.next();
                        } else {
                            break;
                        }
                    }
                    chars = skip;
                    let _ = rest;
                }
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    None
}

/// Every template written with `text!`, `text_n!` or `phrase!` in the sources under `dir`, with the file
/// it is in. A macro call whose first argument is not a string literal is reported as an error.
fn templates_in(dir: &std::path::Path, out: &mut Vec<(String, String)>, errors: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            templates_in(&path, out, errors);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap_or_default();
        let file = path.display().to_string();
        for mac in ["text!(", "text_n!(", "phrase!("] {
            for (at, _) in src.match_indices(mac) {
                let before = src[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                // The macro definitions themselves (`macro_rules! text {`) do not match `text!(`.
                let mut pos = at + mac.len();
                let mut literals = 0;
                loop {
                    let rest = &src[pos..];
                    let skipped = rest.len() - rest.trim_start().len();
                    pos += skipped;
                    if !src[pos..].starts_with('"') {
                        break;
                    }
                    match string_literal(&src, pos) {
                        Some((lit, end)) => {
                            out.push((lit, file.clone()));
                            literals += 1;
                            pos = end;
                            let rest = &src[pos..];
                            pos += rest.len() - rest.trim_start().len();
                            if src[pos..].starts_with(',') && mac == "text_n!(" && literals < 2 {
                                pos += 1;
                            } else {
                                break;
                            }
                        }
                        None => break,
                    }
                }
                let wanted = if mac == "text_n!(" { 2 } else { 1 };
                if literals < wanted && !src[..at].ends_with("macro_rules! ") {
                    let line = src[..at].lines().count();
                    errors.push(format!("{file}:{line}: {mac} without a literal template"));
                }
            }
        }
    }
}

/// The templates of the core's sentences, from the sources (deduplicated, sorted).
fn source_templates() -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut errors = Vec::new();
    templates_in(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut found,
        &mut errors,
    );
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    found.sort();
    found.dedup_by(|a, b| a.0 == b.0);
    found
}

#[test]
fn the_template_scanner_reads_literals_and_escapes() {
    let src = r#"let a = text!("line {line}, \"{column}\"", line = 1); phrase!("x\u{A0}y");"#;
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let dir = std::env::temp_dir().join(format!("kb-i18n-scan-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join("a.rs"), src);
    let _ = std::fs::write(
        dir.join("b.rs"),
        "text_n!(\"{count} row\", \"{count} rows\", count = n); text!(name)",
    );
    templates_in(&dir, &mut out, &mut errors);
    let _ = std::fs::remove_dir_all(&dir);
    let mut lits: Vec<&str> = out.iter().map(|(l, _)| l.as_str()).collect();
    lits.sort_unstable();
    assert_eq!(
        lits,
        vec![
            "line {line}, \"{column}\"",
            "x\u{A0}y",
            "{count} row",
            "{count} rows"
        ]
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
}

#[test]
fn every_core_sentence_is_translated_with_its_placeholders() {
    let templates = source_templates();
    assert!(templates.len() > 50, "only {} templates found", templates.len());
    let mut missing = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        for (template, file) in &templates {
            match translation(lang, template) {
                None => missing.push(format!("{lang:?} lacks {template:?} ({file})")),
                Some(t) => {
                    if placeholders(t) != placeholders(template) {
                        missing.push(format!(
                            "{lang:?}: {t:?} changes the placeholders of {template:?}"
                        ));
                    }
                    if t.trim().is_empty() {
                        missing.push(format!("{lang:?}: empty translation of {template:?}"));
                    }
                }
            }
        }
        for role in Role::ALL {
            if translation(lang, role_english(*role)).is_none() {
                missing.push(format!("{lang:?} lacks the role name {:?}", role_english(*role)));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} problems:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn phrase_tables_hold_only_used_templates_once() {
    let used: HashSet<String> = source_templates()
        .into_iter()
        .map(|(t, _)| t)
        .chain(Role::ALL.iter().map(|r| role_english(*r).to_string()))
        .collect();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let mut seen = HashSet::new();
        for (english, _) in phrase_table(lang) {
            assert!(seen.insert(*english), "{lang:?}: {english:?} twice");
            assert!(
                used.contains(*english),
                "{lang:?}: {english:?} is not used in the code"
            );
        }
    }
}

#[test]
fn role_names_are_distinct_in_every_language() {
    for lang in Lang::ALL {
        let names: HashSet<&str> = Role::ALL.iter().map(|r| role_name(lang, *r)).collect();
        assert_eq!(names.len(), Role::ALL.len(), "{lang:?}: two roles share a name");
    }
    assert_eq!(role_name(Lang::En, Role::OrderDate), "Order date");
}

#[test]
fn core_sentences_follow_each_languages_typography() {
    for (english, _) in source_templates() {
        let fr = translation(Lang::Fr, &english).unwrap_or_default();
        for bad in [" :", " ;", " ?", " !", " %", "\"", "'"] {
            assert!(!fr.contains(bad), "Fr {fr:?} contains {bad:?}");
        }
        for lang in [Lang::ZhTw, Lang::ZhCn, Lang::Ja] {
            let text = translation(lang, &english).unwrap_or_default();
            let chars: Vec<char> = text.chars().collect();
            for pair in chars.windows(2) {
                let cjk = matches!(pair[0], '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}');
                assert!(!(cjk && matches!(pair[1], ',' | ';' | ':')), "{lang:?}: {text:?}");
            }
            assert!(!text.contains('"'), "{lang:?} keeps ASCII quotes: {text:?}");
        }
    }
}

//! Hostile and broken links: decode never panics, opens with defaults and one clear message, and keeps
//! whatever part is valid.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use kpiboard::core::share::{
    decode, encode, sanitize, DashboardState, PeriodChoice, TargetState, ValueKey, MAX_FRAGMENT_CHARS,
    NEWER_VERSION_MESSAGE,
};
use proptest::prelude::*;

/// A link whose settings are exactly `payload` bytes (zlib + base64url), as a forger would make it.
fn forged(version: &str, payload: &[u8]) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(payload, 6);
    format!("{version}.{}", URL_SAFE_NO_PAD.encode(packed))
}

/// A state with a little of everything, for truncation and tampering.
fn sample_state() -> DashboardState {
    DashboardState {
        period: PeriodChoice::LastFullQuarter,
        granularity: "week".into(),
        filters: vec![("channel".into(), vec![ValueKey::of("Email")])],
        pinned: vec!["revenue".into(), "orders".into()],
        targets: vec![TargetState {
            kpi: "revenue".into(),
            value: 120_000.0,
            owner: "Anna".into(),
            deadline: 20_000,
        }],
        ..DashboardState::default()
    }
}

/// What a broken link must give.
enum Expect {
    /// Defaults and no message.
    Quiet,
    /// Defaults and a message containing this text.
    Defaults(&'static str),
}

#[test]
fn broken_links_open_with_defaults_and_one_clear_message() {
    let good = encode(&sample_state());
    let truncated = good[..good.len() / 2].to_string();
    let mut tampered: Vec<char> = good.chars().collect();
    let middle = tampered.len() / 2;
    tampered[middle] = if tampered[middle] == 'A' { 'B' } else { 'A' };
    let tampered: String = tampered.into_iter().collect();
    let bomb = forged("v1", &vec![b' '; 10 * 1024 * 1024]);
    let cases: Vec<(&str, String, Expect)> = vec![
        ("empty", String::new(), Expect::Quiet),
        ("only the hash", "#".into(), Expect::Quiet),
        ("only spaces", "  \n ".into(), Expect::Quiet),
        (
            "bad base64",
            "v1.abc$def".into(),
            Expect::Defaults("found the character \"$\" at position 4"),
        ),
        (
            "base64 padding",
            "v1.AAAA====".into(),
            Expect::Defaults("not valid base64url"),
        ),
        ("truncated", truncated, Expect::Defaults("damaged or incomplete")),
        ("tampered", tampered, Expect::Defaults("damaged or incomplete")),
        (
            "newer version",
            "v9.eJyrrgUAAXUA-Q".into(),
            Expect::Defaults(NEWER_VERSION_MESSAGE),
        ),
        (
            "newer version, garbage",
            "v2.!!!".into(),
            Expect::Defaults(NEWER_VERSION_MESSAGE),
        ),
        (
            "version zero",
            "v0.eJyrrgUAAXUA-Q".into(),
            Expect::Defaults("should start with a version"),
        ),
        (
            "no version",
            "hello".into(),
            Expect::Defaults("starts with \"hello\""),
        ),
        (
            "version not a number",
            "vX.abc".into(),
            Expect::Defaults("should start with a version"),
        ),
        (
            "huge version",
            "v12345678901234.abc".into(),
            Expect::Defaults("should start with a version"),
        ),
        (
            "huge input",
            format!("v1.{}", "A".repeat(20_000)),
            Expect::Defaults("it is 20003 characters long, more than the 16384"),
        ),
        (
            "deflate bomb",
            bomb.clone(),
            Expect::Defaults("unpack to more than 262144 bytes"),
        ),
        (
            "valid base64 of garbage",
            format!("v1.{}", URL_SAFE_NO_PAD.encode(b"this is not zlib at all")),
            Expect::Defaults("could not be unpacked"),
        ),
        (
            "zlib of non-JSON",
            forged("v1", b"<html>"),
            Expect::Defaults("not readable"),
        ),
        (
            "zlib of a JSON list",
            forged("v1", b"[1,2,3]"),
            Expect::Defaults("found a list or a single value"),
        ),
        (
            "snapshot link",
            "s1.eJyrrgUAAXUA-Q".into(),
            Expect::Defaults("snapshot link"),
        ),
        (
            "control characters in the version",
            "v\u{0}1.abc".into(),
            Expect::Defaults("damaged"),
        ),
    ];
    // The bomb is small as a link but huge unpacked: 10 MiB of spaces deflate to about 10 KB.
    assert!(
        bomb.len() < MAX_FRAGMENT_CHARS,
        "bomb link is {} characters",
        bomb.len()
    );
    for (name, fragment, expect) in cases {
        let decoded = decode(&fragment);
        assert_eq!(decoded.state, DashboardState::default(), "{name}");
        match expect {
            Expect::Quiet => assert_eq!(decoded.message, None, "{name}"),
            Expect::Defaults(text) => {
                let message = decoded.message.map(|m| m.to_string()).unwrap_or_default();
                println!("{name}: {message}");
                assert!(message.contains(text), "{name}: {message}");
                assert!(!message.contains('\u{0}'), "{name}: {message}");
            }
        }
    }
}

#[test]
fn links_wrapped_by_a_mail_program_still_open() {
    let good = encode(&sample_state());
    let wrapped = format!("#{}\n  {}", &good[..10], &good[10..]);
    let decoded = decode(&wrapped);
    assert_eq!(decoded.message, None);
    assert_eq!(decoded.state, sample_state());
}

#[test]
fn partly_valid_links_keep_the_valid_settings() {
    let json = br#"{
        "g": "hourly",
        "c": "none",
        "pin": ["revenue", 5],
        "t": [["revenue", "1000", "Ann", 19800], ["bad id!", "5", "x", 19800], ["orders", "NaN", "Bob", 19800]],
        "zz": "a setting from a later version"
    }"#;
    let decoded = decode(&forged("v1", json));
    let state = &decoded.state;
    assert_eq!(
        state.granularity, "month",
        "invalid granularity back to the default"
    );
    assert_eq!(state.comparison, "none", "valid comparison kept");
    assert_eq!(state.pinned, vec!["revenue"]);
    assert_eq!(state.targets.len(), 1);
    assert_eq!(state.targets[0].value, 1000.0);
    // Four problems: pinned card 2 (a number), granularity, target 2 (id), target 3 (NaN); three are named.
    let message = decoded.message.map(|m| m.to_string()).unwrap_or_default();
    assert!(
        message.starts_with("Some settings in this link were not valid"),
        "{message}"
    );
    assert!(
        message.contains("pinned card 2: it is 5, expected a KPI id"),
        "{message}"
    );
    assert!(
        message.contains("granularity: found \"hourly\", expected day, week, month, quarter or year"),
        "{message}"
    );
    assert!(
        message.contains("target 2: found \"bad id!\", expected a KPI id"),
        "{message}"
    );
    assert!(message.ends_with("; and 1 more."), "{message}");
}

#[test]
fn unknown_settings_from_a_later_version_are_ignored_quietly() {
    let decoded = decode(&forged("v1", br#"{"g":"week","new_thing":[1,2]}"#));
    assert_eq!(decoded.state.granularity, "week");
    assert_eq!(decoded.message, None);
}

#[test]
fn script_payloads_stay_inert_text_and_control_characters_go() {
    // The state keeps "<script>" as plain text: the page shows it through Leptos text nodes, which escape it.
    let owner = "<script>alert('x')</script>\u{0}\u{1b}[31m\u{202e}";
    let name = "<img src=x onerror=alert(1)>.csv";
    let json = serde_json::json!({
        "t": [["revenue", "1", owner, 19800]],
        "e": [[name, "orders", "0123456789abcdef", 14, null]],
        "pin": ["<script>", "revenue"],
        "det": "javascript:alert(1)",
    });
    let decoded = decode(&forged("v1", json.to_string().as_bytes()));
    // Removed: NUL, ESC and RIGHT-TO-LEFT OVERRIDE = 3 characters.
    assert_eq!(decoded.state.targets[0].owner, "<script>alert('x')</script>[31m");
    assert_eq!(decoded.state.expected_files[0].name, name);
    assert_eq!(decoded.state.pinned, vec!["revenue"], "an id with < > is dropped");
    assert_eq!(
        decoded.state.open_detail, None,
        "\"javascript:alert(1)\" has ( ) and is no id"
    );
    let message = decoded.message.map(|m| m.to_string()).unwrap_or_default();
    assert!(
        message.contains("owner name: removed 3 control characters"),
        "{message}"
    );
}

#[test]
fn numbers_days_and_texts_out_of_range_are_refused() {
    let long_owner = "x".repeat(250);
    let json = serde_json::json!({
        "p": [20000, 19000],
        "cur": "euro",
        "lang": "<b>",
        "t": [
            ["revenue", "1e400", "A", 19800],
            ["orders", "5", long_owner, 19800],
            ["aov", "5", "B", -30000],
            ["roas", "5", "C", 1.5],
        ],
        "m": [
            ["0123456789abcdef", "orders", ["order_date", "no_such_role", null]],
            ["sig", "pizza", []],
            ["fedcba9876543210", "ads", "date,,<b>,cost"],
        ],
        "e": [["a.csv", "orders", "0123456789abcdef", 5000, null]],
        "f": [["channel", ["ACME Corp"]]],
    });
    let decoded = decode(&forged("v1", json.to_string().as_bytes()));
    let state = &decoded.state;
    assert_eq!(
        state.period,
        PeriodChoice::AllData,
        "a backwards range is refused"
    );
    assert_eq!(state.currency, None);
    assert_eq!(state.language, None);
    // "1e400" parses to infinity (refused); the 250-character owner is cut to 200; the deadline -30000 is
    // before 1900-01-01 (day -25567); the deadline 1.5 is not a whole day.
    assert_eq!(state.targets.len(), 1);
    assert_eq!(state.targets[0].kpi, "orders");
    assert_eq!(state.targets[0].owner.chars().count(), 200);
    assert_eq!(state.mappings.len(), 2, "the \"pizza\" kind is refused");
    assert_eq!(
        state.mappings[0].roles,
        vec![Some("order_date".to_string()), None, None]
    );
    // The compact form: "date,,<b>,cost" = date, ignored, an invalid role (now ignored), cost.
    let cost = Some("cost".to_string());
    assert_eq!(
        state.mappings[1].roles,
        vec![Some("date".to_string()), None, None, cost]
    );
    assert!(state.expected_files.is_empty(), "5000 columns is more than 1000");
    assert!(
        state.filters.is_empty(),
        "a plain value instead of a 16-digit key is refused"
    );
    let message = decoded.message.map(|m| m.to_string()).unwrap_or_default();
    println!("{message}");
    assert!(message.starts_with("Some settings"), "{message}");
    assert!(
        message.contains("filter 1: a value is \"ACME Corp\", expected a 16-digit value key"),
        "{message}"
    );
    assert!(
        message.contains("target 4: the deadline is 1.5, expected a whole day number"),
        "{message}"
    );
    // 12 problems in all (filter, target 4 shape, period, currency, language, target 1 value, target 2 owner,
    // target 3 deadline, unknown role, "pizza" kind, role "<b>", 5000 columns): three named, 9 more.
    assert!(message.ends_with("; and 9 more."), "{message}");
}

#[test]
fn long_lists_are_cut_to_their_limits() {
    let ids: Vec<String> = (0..400).map(|i| format!("k{i}")).collect();
    let decoded = decode(&forged(
        "v1",
        serde_json::json!({ "ord": ids }).to_string().as_bytes(),
    ));
    assert_eq!(decoded.state.order.len(), 300);
    assert_eq!(decoded.state.order[299], "k299");
    let message = decoded.message.map(|m| m.to_string()).unwrap_or_default();
    assert!(
        message.contains("ordered cards: found 400, kept the first 300"),
        "{message}"
    );
}

proptest! {
    #[test]
    fn any_text_decodes_without_panic_to_a_valid_state(text in ".{0,200}") {
        let decoded = decode(&text);
        prop_assert!(sanitize(decoded.state).1.is_empty());
    }

    #[test]
    fn any_bytes_behind_a_version_decode_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let raw = decode(&format!("v1.{}", URL_SAFE_NO_PAD.encode(&bytes)));
        prop_assert!(sanitize(raw.state).1.is_empty());
        let packed = decode(&forged("v1", &bytes));
        prop_assert!(sanitize(packed.state).1.is_empty());
    }

    #[test]
    fn altered_links_decode_without_panic(position in 3usize..60, replacement in "[A-Za-z0-9_-]") {
        let good = encode(&sample_state());
        let mut chars: Vec<char> = good.chars().collect();
        let index = position.min(chars.len() - 1);
        chars[index] = replacement.chars().next().unwrap_or('A');
        let decoded = decode(&chars.into_iter().collect::<String>());
        // Either the change was caught (message) or it decoded to a valid state.
        prop_assert!(decoded.message.is_some() || sanitize(decoded.state).1.is_empty());
    }
}

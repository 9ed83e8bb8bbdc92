//! Snapshot links: the figures of one view for a teammate without the exports; size-limited and validated.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use kpiboard::core::share::{
    decode_snapshot, encode, encode_snapshot, DashboardState, Snapshot, MAX_SNAPSHOT_CHARS,
};
use proptest::prelude::*;

fn forged_snapshot(json: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), 6);
    format!("s1.{}", URL_SAFE_NO_PAD.encode(packed))
}

fn sample() -> Snapshot {
    Snapshot {
        figures: vec![
            ("revenue".into(), Some(125_430.5), Some(118_002.25)),
            ("conversion_rate".into(), Some(0.0312), None),
            ("nps".into(), None, None),
        ],
        period_label: "March 2024".into(),
        created_note: "Numbers for the Monday meeting <b>draft</b>".into(),
    }
}

#[test]
fn a_snapshot_comes_back_as_it_was() {
    let fragment = encode_snapshot(&sample()).expect("small enough");
    assert!(fragment.starts_with("s1."), "{fragment}");
    let decoded = decode_snapshot(&fragment);
    assert_eq!(decoded.message, None);
    assert_eq!(decoded.snapshot, Some(sample()));
}

#[test]
fn a_snapshot_of_a_full_dashboard_fits_and_a_huge_one_is_refused() {
    // 60 KPIs with two figures each: a full dashboard.
    let full = Snapshot {
        figures: (0..60)
            .map(|i| {
                (
                    format!("kpi_{i}"),
                    Some(1_000.0 * f64::from(i) + 0.37),
                    Some(f64::from(i) / 7.0),
                )
            })
            .collect(),
        period_label: "Q1 2024".into(),
        created_note: String::new(),
    };
    let fragment = encode_snapshot(&full).expect("a full dashboard fits");
    println!("snapshot of 60 KPIs: {} characters", fragment.len());
    assert!(fragment.len() <= MAX_SNAPSHOT_CHARS);
    // 2,000 figures of incompressible values cannot fit in 8,000 characters (each value alone is ~18 digits).
    let huge = Snapshot {
        figures: (0..2_000u32)
            .map(|i| {
                (
                    format!("k{i}"),
                    Some(f64::from(i).sqrt() * 1.234_567),
                    Some(f64::from(i).ln_1p()),
                )
            })
            .collect(),
        ..Snapshot::default()
    };
    let refused = encode_snapshot(&huge).expect_err("too large");
    assert!(refused.contains("more than the 8000 allowed"), "{refused}");
}

#[test]
fn broken_or_foreign_snapshot_links_give_a_message_and_nothing_to_show() {
    let cases = [
        ("s9.abc", "newer version"),
        ("s1.$$$", "damaged or incomplete"),
        (
            &encode(&DashboardState::default())[..],
            "This is a dashboard link",
        ),
    ];
    for (fragment, expected) in cases {
        let decoded = decode_snapshot(fragment);
        assert_eq!(decoded.snapshot, None, "{fragment}");
        let message = decoded.message.map(|m| m.to_string()).unwrap_or_default();
        assert!(message.contains(expected), "{fragment}: {message}");
    }
    let long = format!("s1.{}", "A".repeat(9_000));
    assert!(decode_snapshot(&long)
        .message
        .unwrap_or_default()
        .contains("more than the 8000"));
    assert_eq!(
        decode_snapshot(""),
        kpiboard::core::share::SnapshotDecoded {
            snapshot: None,
            message: None
        }
    );
}

#[test]
fn invalid_figures_are_dropped_and_named() {
    let json = r#"{"f":[["revenue","10",null],["orders","inf",null],["<x>","1",null],["aov",5,null]],
                  "l":"March\u0000 2024"}"#;
    let decoded = decode_snapshot(&forged_snapshot(json));
    let snapshot = decoded.snapshot.expect("readable");
    assert_eq!(snapshot.figures, vec![("revenue".to_string(), Some(10.0), None)]);
    assert_eq!(snapshot.period_label, "March 2024");
    // 4 problems: label control character, "inf", the id "<x>", a number not written as text.
    let message = decoded.message.map(|m| m.to_string()).unwrap_or_default();
    assert!(
        message.contains("period label: removed 1 control character"),
        "{message}"
    );
    assert!(
        message.contains("figure 2: expected a KPI id and up to two finite numbers for \"orders\""),
        "{message}"
    );
    assert!(message.ends_with("; and 1 more."), "{message}");
}

proptest! {
    #[test]
    fn snapshots_round_trip(
        figures in proptest::collection::vec(
            ("[a-z][a-z0-9_]{0,20}",
             proptest::option::of(any::<f64>().prop_filter("finite", |v| v.is_finite())),
             proptest::option::of(any::<f64>().prop_filter("finite", |v| v.is_finite()))),
            0..40),
        period_label in "[^\\p{Cc}\\p{Cf}]{0,50}",
    ) {
        let snapshot = Snapshot { figures, period_label, created_note: "note".into() };
        let fragment = encode_snapshot(&snapshot).expect("40 figures fit");
        let decoded = decode_snapshot(&fragment);
        prop_assert_eq!(decoded.message, None);
        prop_assert_eq!(decoded.snapshot, Some(snapshot));
    }
}

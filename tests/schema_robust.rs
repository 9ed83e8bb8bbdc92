//! Detection must never panic, whatever the headers and values; and it must stay fast on wide, long files.

use kpiboard::core::ingest::table::{Column, Table};
use kpiboard::core::schema::{build_dataset, detect, header_signature, map_for_kind, Kind};
use proptest::prelude::*;

fn column_strategy() -> impl Strategy<Value = Column> {
    let header = prop_oneof![
        "\\PC{0,12}",
        Just("Order ID".to_string()),
        Just("date".to_string()),
        Just("Score".to_string()),
        Just("주문번호".to_string()),
        Just("(".to_string()),
    ];
    (header, 0u8..3, prop::collection::vec(any::<f64>(), 3)).prop_map(|(h, kind, values)| match kind {
        0 => Column::number(&h, values),
        1 => Column::dates(
            &h,
            &values
                .iter()
                .map(|v| v.is_finite().then_some(*v as i64 % 100_000))
                .collect::<Vec<_>>(),
        ),
        _ => {
            let texts: Vec<String> = values.iter().map(|v| format!("{v}")).collect();
            let refs: Vec<Option<&str>> = texts.iter().map(|s| Some(s.as_str())).collect();
            Column::text(&h, &refs)
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn detect_and_build_never_panic(columns in prop::collection::vec(column_strategy(), 0..8)) {
        let table = Table::from_columns(columns).unwrap_or_default();
        let d = detect(&table);
        prop_assert_eq!(d.roles.len(), table.columns.len());
        prop_assert_eq!(d.role_confidence.len(), table.columns.len());
        prop_assert!((0.0..=1.0).contains(&d.confidence));
        prop_assert!(d.role_confidence.iter().all(|c| (0.0..=1.0).contains(c)));
        let _ = header_signature(&table.headers());
        let forced = map_for_kind(&table, Kind::Orders);
        // A usable detection builds; an unusable one says why.
        let built = build_dataset("p.csv", table.clone(), d.kind, d.roles.clone());
        prop_assert_eq!(built.is_ok(), d.missing.is_empty(), "{:?}", built.err());
        let _ = build_dataset("p.csv", table, Kind::Orders, forced.roles);
    }
}

#[test]
#[ignore = "timing: cargo test --test schema_robust -- --ignored --nocapture"]
fn detection_time_on_a_wide_long_file() {
    // 60 columns × 200 000 rows: Shopify's header row plus 23 numbered extra columns.
    let rows = 200_000;
    let mut columns: Vec<Column> = Vec::new();
    let shopify = kpiboard::core::schema::PRESETS
        .iter()
        .find(|p| p.name == "Shopify orders");
    for (i, (h, _)) in shopify.map_or(&[][..], |p| p.columns).iter().enumerate() {
        columns.push(Column::number(
            h,
            (0..rows).map(|r| ((r * 7 + i) % 1000) as f64).collect(),
        ));
    }
    for i in 0..23 {
        let values: Vec<String> = (0..rows).map(|r| format!("v{}", (r + i) % 5000)).collect();
        let refs: Vec<Option<&str>> = values.iter().map(|s| Some(s.as_str())).collect();
        columns.push(Column::text(&format!("Extra {i}"), &refs));
    }
    let table = Table::from_columns(columns).unwrap_or_default();
    let start = std::time::Instant::now();
    let d = detect(&table);
    println!(
        "detect: {} columns × {} rows in {:?} (kind {:?}, preset {:?})",
        table.columns.len(),
        rows,
        start.elapsed(),
        d.kind,
        d.preset
    );
}

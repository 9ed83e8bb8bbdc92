//! Share links: encode → decode is the identity, a typical link is short, and no data value gets into a link.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use kpiboard::core::schema::kinds::Kind;
use kpiboard::core::schema::roles::Role;
use kpiboard::core::share::rules::{MAX_DAY, MIN_DAY};
use kpiboard::core::share::{
    decode, encode, header_signature, resolve_filter_values, sanitize, DashboardState, ExpectedFile,
    MappingOverride, PeriodChoice, TargetState, ValueKey, COMPARISONS, GRANULARITIES,
};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

/// The JSON text inside a `v1.` fragment (base64url → zlib), to look at what a link really carries.
fn unpacked_text(fragment: &str) -> String {
    let payload = fragment.strip_prefix("v1.").expect("a v1 link");
    let packed = URL_SAFE_NO_PAD.decode(payload).expect("base64url");
    let bytes = miniz_oxide::inflate::decompress_to_vec_zlib(&packed).expect("zlib");
    String::from_utf8(bytes).expect("UTF-8 JSON")
}

/// A realistic dashboard: 10 expected files with a 15-column mapping each, 5 targets, 2 filters, a
/// custom card order of 30 KPIs.
fn typical_state() -> DashboardState {
    let presets = [
        "shopify",
        "woocommerce",
        "ga4",
        "google_ads",
        "meta_ads",
        "hubspot",
        "mailchimp",
    ];
    let mut state = DashboardState {
        period: PeriodChoice::Custom {
            start: 19_723,
            end: 19_814,
        }, // 2024-01-01 .. 2024-04-01
        granularity: "week".to_string(),
        comparison: "previous_year".to_string(),
        filters: vec![
            (
                "channel".to_string(),
                ["Google Ads", "Email", "Organic Search"]
                    .iter()
                    .map(|v| ValueKey::of(v))
                    .collect(),
            ),
            (
                "country".to_string(),
                ["DE", "FR"].iter().map(|v| ValueKey::of(v)).collect(),
            ),
        ],
        currency: Some("EUR".to_string()),
        variants: vec![
            ("aov".to_string(), "net".to_string()),
            ("cac".to_string(), "paid_only".to_string()),
        ],
        pinned: ["revenue", "orders", "aov", "roas"].map(String::from).to_vec(),
        hidden: ["peak_times", "nps", "bounce_rate"].map(String::from).to_vec(),
        // 30 real KPI ids of KPIS.md in a user's own order.
        order: "roas cpa cpc ctr spend revenue revenue_by_dim units aov growth gross_margin cancel_rate \
                order_frequency peak_times processing_time top_customer_share active_customers new_customers \
                repeat_rate retention_rate churn_rate clv_historical sessions traffic_by_source returning_rate \
                bounce_rate conversion_rate lead_conversion_rate cart_abandonment page_views"
            .split_whitespace()
            .map(String::from)
            .collect(),
        open_detail: Some("revenue".to_string()),
        language: Some("de".to_string()),
        week_starts_sunday: false,
        ..DashboardState::default()
    };
    let owners = [
        "Anna Schmidt",
        "Jean-Luc Moreau",
        "김민수",
        "Marketing team",
        "Sales (EMEA)",
    ];
    for (i, owner) in owners.iter().enumerate() {
        state.targets.push(TargetState {
            kpi: ["revenue", "orders", "conversion_rate", "roas", "cac"][i].to_string(),
            value: [250_000.0, 3_200.0, 0.031, 4.5, 38.75][i],
            owner: owner.to_string(),
            deadline: 19_903 + 31 * i as i64, // from 2024-06-30 on
        });
    }
    for file in 0..10 {
        let kind = Kind::ALL[file % Kind::ALL.len()];
        let headers: Vec<String> = (0..15).map(|c| format!("Column {c} of export {file}")).collect();
        let signature = header_signature(&headers);
        let roles: Vec<Option<String>> = (0..15)
            .map(|c| (c % 4 != 3).then(|| Role::ALL[(file * 3 + c) % Role::ALL.len()].id().to_string()))
            .collect();
        state.mappings.push(MappingOverride {
            header_signature: signature.clone(),
            kind: kind.id().to_string(),
            roles,
        });
        state.expected_files.push(ExpectedFile {
            name: format!("{}_export_2024-03_{file}.csv", kind.id()),
            kind: kind.id().to_string(),
            header_signature: signature,
            columns: 15,
            preset: Some(presets[file % presets.len()].to_string()),
        });
    }
    state
}

#[test]
fn default_state_is_a_short_link_and_comes_back() {
    let fragment = encode(&DashboardState::default());
    // "{}" deflates to a handful of bytes; the whole link is "v1." plus about a dozen characters.
    assert!(fragment.starts_with("v1."), "{fragment}");
    assert!(fragment.len() < 20, "{fragment}");
    let decoded = decode(&fragment);
    assert_eq!(decoded.state, DashboardState::default());
    assert_eq!(decoded.message, None);
}

#[test]
fn typical_dashboard_link_stays_under_2000_characters() {
    let state = typical_state();
    let fragment = encode(&state);
    let json = unpacked_text(&fragment);
    println!(
        "typical dashboard link: {} characters (JSON {} bytes before compression)",
        fragment.len() + 1,
        json.len()
    );
    // +1 for the "#"; the page address in front is short and not counted.
    assert!(
        fragment.len() + 1 < 2_000,
        "link is {} characters",
        fragment.len() + 1
    );
    let decoded = decode(&fragment);
    assert_eq!(decoded.message, None);
    assert_eq!(decoded.state, state);
}

#[test]
fn filter_values_from_the_data_never_appear_in_a_link() {
    let dictionary = ["ACME Corp", "Globex", "Initech"];
    let state = DashboardState {
        filters: vec![(
            "company".to_string(),
            vec![ValueKey::of("ACME Corp"), ValueKey::of("Initech")],
        )],
        ..DashboardState::default()
    };
    let fragment = encode(&state);
    let json = unpacked_text(&fragment);
    for text in [&fragment, &json] {
        let lower = text.to_lowercase();
        assert!(!lower.contains("acme"), "{text}");
        assert!(!lower.contains("initech"), "{text}");
    }
    // What the link carries instead: the 16-hex-digit keys.
    assert!(json.contains(&ValueKey::of("ACME Corp").to_hex()), "{json}");
    // The teammate's page turns the keys back into values against its own loaded data.
    let decoded = decode(&fragment);
    let (role, keys) = &decoded.state.filters[0];
    assert_eq!(role, "company");
    assert_eq!(
        resolve_filter_values(keys, dictionary.iter().copied()),
        vec!["ACME Corp", "Initech"]
    );
}

#[test]
fn typical_link_carries_no_header_text() {
    let json = unpacked_text(&encode(&typical_state()));
    assert!(!json.contains("Column 0 of export"), "{json}");
}

#[test]
fn retain_known_kpis_drops_unknown_ids_everywhere() {
    let mut state = typical_state();
    // Known: revenue and orders. Dropped: pinned aov + roas (2), hidden 3, order 29 of 30 (revenue stays),
    // targets 3 (conversion_rate, roas, cac) = 37; open detail "revenue" is known and stays.
    let dropped = state.retain_known_kpis(|id| id == "revenue" || id == "orders");
    assert_eq!(dropped, 37);
    assert_eq!(state.pinned, vec!["revenue", "orders"]);
    assert_eq!(state.targets.len(), 2);
    assert_eq!(state.open_detail.as_deref(), Some("revenue"));
    // Now only "orders" is known: pinned revenue, ordered revenue, the revenue target and the open detail
    // go = 4.
    assert_eq!(state.retain_known_kpis(|id| id == "orders"), 4);
    assert_eq!(state.open_detail, None);
}

fn id() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9_]{0,15}"
}

fn plain_text(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("[^\\p{{Cc}}\\p{{Cf}}]{{0,{max}}}")).expect("regex")
}

fn period() -> impl Strategy<Value = PeriodChoice> {
    prop_oneof![
        select(PeriodChoice::NAMED.map(|(choice, _)| choice).to_vec()),
        (MIN_DAY..MAX_DAY)
            .prop_flat_map(|start| (Just(start), start + 1..=MAX_DAY))
            .prop_map(|(start, end)| PeriodChoice::Custom { start, end }),
    ]
}

fn kind_id() -> impl Strategy<Value = String> {
    select(Kind::ALL.map(|k| k.id().to_string()).to_vec())
}

fn target() -> impl Strategy<Value = TargetState> {
    (
        id(),
        any::<f64>().prop_filter("finite", |v| v.is_finite()),
        plain_text(60),
        MIN_DAY..=MAX_DAY,
    )
        .prop_map(|(kpi, value, owner, deadline)| TargetState {
            kpi,
            value,
            owner,
            deadline,
        })
}

fn mapping() -> impl Strategy<Value = MappingOverride> {
    let role = proptest::option::of(select(
        Role::ALL.iter().map(|r| r.id().to_string()).collect::<Vec<_>>(),
    ));
    ("[0-9a-f]{16}", kind_id(), vec(role, 0..20)).prop_map(|(header_signature, kind, roles)| {
        MappingOverride {
            header_signature,
            kind,
            roles,
        }
    })
}

fn expected_file() -> impl Strategy<Value = ExpectedFile> {
    (
        plain_text(80),
        kind_id(),
        "[0-9a-f]{16}",
        0u32..=1_000,
        proptest::option::of(id()),
    )
        .prop_map(|(name, kind, header_signature, columns, preset)| ExpectedFile {
            name,
            kind,
            header_signature,
            columns,
            preset,
        })
}

prop_compose! {
    fn valid_state()(
        period in period(),
        granularity in select(GRANULARITIES.to_vec()),
        comparison in select(COMPARISONS.to_vec()),
        filters in vec((id(), vec(any::<u64>().prop_map(ValueKey), 0..6)), 0..4),
        currency in proptest::option::of("[A-Z]{3}"),
        variants in vec((id(), id()), 0..4),
        lists in (vec(id(), 0..6), vec(id(), 0..6), vec(id(), 0..12)),
        open_detail in proptest::option::of(id()),
        targets in vec(target(), 0..6),
        mappings in vec(mapping(), 0..4),
        expected_files in vec(expected_file(), 0..4),
        language in proptest::option::of("[a-z]{2}(-[A-Z]{2})?"),
        week_starts_sunday in any::<bool>(),
    ) -> DashboardState {
        let (pinned, hidden, order) = lists;
        DashboardState {
            version: 1,
            period,
            granularity: granularity.to_string(),
            comparison: comparison.to_string(),
            filters, currency, variants, pinned, hidden, order, open_detail, targets, mappings,
            expected_files, language, week_starts_sunday,
        }
    }
}

proptest! {
    #[test]
    fn decode_of_encode_is_the_identity(state in valid_state()) {
        // The generated states are valid by construction; sanitize agrees.
        let (clean, issues) = sanitize(state.clone());
        prop_assert!(issues.is_empty(), "{:?}", issues);
        prop_assert_eq!(&clean, &state);
        let decoded = decode(&encode(&state));
        prop_assert_eq!(decoded.message, None);
        prop_assert_eq!(decoded.state, state);
    }

    #[test]
    fn target_values_come_back_bit_for_bit(value in any::<f64>().prop_filter("finite", |v| v.is_finite())) {
        let state = DashboardState {
            targets: vec![TargetState { kpi: "revenue".into(), value, owner: String::new(), deadline: 0 }],
            ..DashboardState::default()
        };
        let back = decode(&encode(&state)).state.targets[0].value;
        prop_assert_eq!(back.to_bits(), value.to_bits());
    }
}

//! Detection from values as well as names, ambiguous and adversarial headers, precise messages for what
//! is missing, and the checks of `build_dataset`.

mod schema_support;

use kpiboard::core::ingest::table::{Column, ColumnData, ColumnType, Table, SECONDS_PER_DAY};
use kpiboard::core::schema::{
    build_dataset, detect, header_signature, map_for_kind, roles_for_kind, Kind, Role, SchemaError,
};
use Role::*;

/// The English texts of messages.
fn english(texts: &[kpiboard::core::i18n::Text]) -> Vec<String> {
    texts.iter().map(ToString::to_string).collect()
}

fn table(columns: Vec<Column>) -> Table {
    Table::from_columns(columns).unwrap_or_default()
}

fn ids(name: &str) -> Column {
    Column::text(name, &[Some("#1001"), Some("#1002"), Some("#1003")])
}

fn days(name: &str) -> Column {
    // 2024-01-01 is day 19723.
    Column::dates(name, &[Some(19_723), Some(19_724), Some(19_725)])
}

fn numbers(name: &str, v: &[f64]) -> Column {
    Column::number(name, v.to_vec())
}

fn money(name: &str, v: &[f64]) -> Column {
    let mut c = Column::number(name, v.to_vec());
    c.column_type = ColumnType::Money;
    c.currency = Some("EUR".into());
    c
}

fn datetimes(name: &str) -> Column {
    // ISO date-times with a time of day: 2024-01-01 09:30, 2024-01-01 18:05.
    let base = 19_723 * SECONDS_PER_DAY;
    Column {
        name: name.into(),
        column_type: ColumnType::DateTime,
        currency: None,
        data: ColumnData::Time {
            values: vec![
                base + 9 * 3600 + 30 * 60,
                base + 18 * 3600 + 5 * 60,
                base + 86_400,
            ],
            has_time: true,
        },
    }
}

#[test]
fn a_column_named_date_that_holds_amounts_is_not_a_date() {
    let t = table(vec![
        ids("Order ID"),
        numbers("date", &[120.5, 80.0, 42.0]),
        numbers("Total", &[1.0, 2.0, 3.0]),
    ]);
    let d = detect(&t);
    assert_eq!(d.kind, Kind::Orders);
    assert_eq!(d.roles, vec![Some(OrderId), None, Some(Amount)]);
    assert_eq!(
        english(&d.missing),
        vec![
            "orders need an order date column; found: Order ID, date, Total (column “date” is named like the \
             order date but it holds numbers such as “120.5” (from 42 to 120.5), expected dates)"
                .to_string()
        ]
    );
    assert!(
        d.confidence < 0.5,
        "confidence {} with a required role missing",
        d.confidence
    );
}

#[test]
fn two_candidate_amount_columns_take_the_first_with_lower_confidence() {
    let t = table(vec![
        days("Order date"),
        numbers("Amount", &[10.0, 20.0, 30.0]),
        numbers("Total", &[11.0, 21.0, 31.0]),
    ]);
    let d = detect(&t);
    assert_eq!(d.kind, Kind::Orders);
    assert_eq!(d.roles, vec![Some(OrderDate), Some(Amount), None]);
    // Both headers are exact synonyms (score 1.0): the tie makes the choice uncertain, 1.0 × 0.6.
    assert!(
        (d.role_confidence[1] - 0.6).abs() < 1e-6,
        "{:?}",
        d.role_confidence
    );
    assert!((d.role_confidence[0] - 1.0).abs() < 1e-6);
}

#[test]
fn total_and_subtotal_map_to_amount_and_subtotal() {
    let t = table(vec![
        days("Created at"),
        numbers("Subtotal", &[10.0, 20.0, 30.0]),
        numbers("Shipping", &[5.0, 5.0, 0.0]),
        numbers("Total", &[15.0, 25.0, 30.0]),
    ]);
    let d = detect(&t);
    assert_eq!(
        d.roles,
        vec![Some(OrderDate), Some(Subtotal), Some(Shipping), Some(Amount)]
    );
    // A lone subtotal is the amount.
    let lone = table(vec![days("Created at"), numbers("Subtotal", &[10.0, 20.0, 30.0])]);
    assert_eq!(detect(&lone).roles, vec![Some(OrderDate), Some(Amount)]);
}

#[test]
fn a_zero_to_ten_score_is_nps_and_a_lead_score_is_not() {
    let nps = table(vec![
        numbers("score", &[9.0, 10.0, 3.0]),
        Column::text("comment", &[Some("ok"), None, Some("slow")]),
    ]);
    let d = detect(&nps);
    assert_eq!(d.kind, Kind::Nps);
    assert_eq!(d.roles, vec![Some(Score), Some(Comment)]);
    assert!(d.missing.is_empty());

    let lead_score = table(vec![
        numbers("Score", &[35.0, 80.0, 12.0]),
        Column::text("Email", &[Some("a@x"), Some("b@x"), None]),
    ]);
    let d = detect(&lead_score);
    assert!(d.kind != Kind::Nps || d.roles.first() != Some(&Some(Score)));
    let forced = map_for_kind(&lead_score, Kind::Nps);
    assert_eq!(forced.roles.first(), Some(&None));
    assert_eq!(
        english(&forced.missing),
        vec![
            "survey responses need a score column; found: Score, Email (column “Score” is named like the score \
             but it holds numbers such as “35” (from 12 to 80), expected whole numbers from 0 to 10)"
                .to_string()
        ]
    );
}

#[test]
fn values_alone_give_dates_amounts_statuses_and_scores() {
    // Headers that name nothing: ISO date-times → order date, a money column → amount, status words → status.
    let t = table(vec![
        ids("Order ID"),
        datetimes("Placed"),
        money("Gross", &[10.0, 20.0, 30.0]),
        Column::text("Résultat", &[Some("paid"), Some("refunded"), Some("cancelled")]),
    ]);
    let d = detect(&t);
    assert_eq!(d.kind, Kind::Orders);
    assert_eq!(
        d.roles,
        vec![Some(OrderId), Some(OrderDate), Some(Amount), Some(Status)]
    );
    // Guesses from values are less sure than names: 0.5 date, 0.45 money, 0.5 status.
    assert!(
        (d.role_confidence[1] - 0.5).abs() < 1e-6,
        "{:?}",
        d.role_confidence
    );
    assert!((d.role_confidence[2] - 0.45).abs() < 1e-6);

    // Stages and intervals by their words.
    let leads = table(vec![
        Column::text("Lead ID", &[Some("L1"), Some("L2"), Some("L3")]),
        days("Created Date"),
        Column::text(
            "Phase X",
            &[Some("Closed Won"), Some("Prospecting"), Some("Closed Lost")],
        ),
    ]);
    assert_eq!(
        detect(&leads).roles,
        vec![Some(LeadId), Some(CreatedDate), Some(Stage)]
    );
    let subs = table(vec![
        Column::text("Customer ID", &[Some("c1"), Some("c2"), Some("c3")]),
        days("Start Date"),
        numbers("Amount", &[9.0, 90.0, 9.0]),
        Column::text("Billing", &[Some("month"), Some("year"), Some("month")]),
    ]);
    let d = detect(&subs);
    assert_eq!(d.kind, Kind::Subscriptions);
    assert_eq!(
        d.roles,
        vec![Some(CustomerId), Some(StartDate), Some(Amount), Some(Interval)]
    );
}

#[test]
fn ga4_yyyymmdd_numbers_are_dates_and_become_dates_in_the_dataset() {
    let t = table(vec![
        numbers("Date", &[20_240_101.0, 20_240_102.0, 20_240_131.0]),
        numbers("Sessions", &[100.0, 120.0, 90.0]),
    ]);
    let d = detect(&t);
    assert_eq!(d.kind, Kind::Traffic);
    assert_eq!(d.roles, vec![Some(Date), Some(Sessions)]);
    let ds = build_dataset("ga4.csv", t, d.kind, d.roles).expect("builds");
    // 2024-01-31 is day 19723 + 30 = 19753.
    match &ds.table.columns[0].data {
        ColumnData::Time { values, has_time } => {
            assert!(!has_time);
            assert_eq!(values[2], 19_753 * SECONDS_PER_DAY);
        }
        other => panic!("not converted: {other:?}"),
    }
}

#[test]
fn missing_role_messages_name_what_is_missing_and_what_was_found() {
    // The example of the issue: Name, Total, Email without any date.
    let t = table(vec![
        Column::text("Name", &[Some("#1"), Some("#2"), Some("#3")]),
        numbers("Total", &[1.0, 2.0, 3.0]),
        Column::text("Email", &[Some("a@x"), Some("b@x"), Some("c@x")]),
    ]);
    let d = map_for_kind(&t, Kind::Orders);
    assert_eq!(
        english(&d.missing),
        vec!["orders need an order date column; found: Name, Total, Email".to_string()]
    );

    // Several requirements, long header lists shortened after eight.
    let many: Vec<Column> = (1..=10)
        .map(|i| Column::text(&format!("c{i}"), &[Some("x")]))
        .collect();
    let d = map_for_kind(&table(many), Kind::Email);
    assert_eq!(
        english(&d.missing),
        vec![
            "email campaign reports need a campaign column; found: c1, c2, c3, c4, c5, c6, c7, c8, …".to_string(),
            "email campaign reports need a send date column; found: c1, c2, c3, c4, c5, c6, c7, c8, …".to_string(),
            "email campaign reports need a sent or delivered column; found: c1, c2, c3, c4, c5, c6, c7, c8, …"
                .to_string(),
        ]
    );

    // Orders with a quantity but no unit price.
    let q = table(vec![days("Order date"), numbers("Qty", &[1.0, 2.0, 1.0])]);
    let d = detect(&q);
    assert_eq!(
        english(&d.missing),
        vec!["orders need a unit price column; found: Order date, Qty".to_string()]
    );

    // Nothing recognisable.
    let junk = table(vec![
        Column::text("foo", &[Some("x")]),
        Column::text("bar", &[Some("y")]),
    ]);
    let d = detect(&junk);
    assert_eq!(
        english(&d.missing).first().map(String::as_str),
        Some("no column name or value matched a known kind of export; found: foo, bar")
    );
    assert!(d.confidence < 0.1);
}

#[test]
fn build_dataset_checks_duplicates_types_and_requirements() {
    let t = table(vec![
        ids("Order ID"),
        days("Order date"),
        Column::text("Total", &[Some("a"), Some("b"), Some("c")]),
    ]);
    // Text mapped to the amount.
    let err = build_dataset(
        "shop.csv",
        t.clone(),
        Kind::Orders,
        vec![Some(OrderId), Some(OrderDate), Some(Amount)],
    );
    assert_eq!(
        err.map_err(|e| e.to_string()),
        Err("shop.csv, column 3 “Total”: cannot be the amount of orders: it holds text such as “a”, expected numbers"
            .to_string())
    );
    // Two columns on one role.
    let err = build_dataset(
        "shop.csv",
        t.clone(),
        Kind::Orders,
        vec![Some(OrderId), Some(OrderId), None],
    );
    assert!(matches!(
        err,
        Err(SchemaError::DuplicateRole {
            first_number: 1,
            second_number: 2,
            ..
        })
    ));
    assert_eq!(
        err.map_err(|e| e.to_string()).err().as_deref(),
        Some("shop.csv: columns 1 “Order ID” and 2 “Order date” are both mapped to order ID; keep one")
    );
    // Required role missing.
    let err = build_dataset(
        "shop.csv",
        t.clone(),
        Kind::Orders,
        vec![Some(OrderId), Some(OrderDate)],
    );
    assert_eq!(
        err.map_err(|e| e.to_string()).err().as_deref(),
        Some(
            "shop.csv: orders need an amount or quantity column; found: Order ID, Order date, Total \
             (column “Total” is named like the amount but it holds text such as “a”, expected numbers)"
        )
    );
    // A good mapping (roles shorter than the columns are padded).
    let ok = table(vec![
        ids("Order ID"),
        days("Order date"),
        numbers("Total", &[1.0, 2.0, 3.0]),
    ]);
    let ds = build_dataset(
        "shop.csv",
        ok,
        Kind::Orders,
        vec![None, Some(OrderDate), Some(Amount)],
    )
    .expect("valid");
    assert_eq!(ds.roles, vec![None, Some(OrderDate), Some(Amount)]);
    assert_eq!(ds.column_index(Amount), Some(2));
    assert_eq!(ds.name, "shop.csv");
}

#[test]
fn forcing_a_kind_maps_what_it_can() {
    let t = table(vec![
        days("Date"),
        numbers("Sessions", &[1.0, 2.0, 3.0]),
        numbers("Clicks", &[1.0, 1.0, 1.0]),
    ]);
    assert_eq!(detect(&t).kind, Kind::Traffic);
    let ads = map_for_kind(&t, Kind::Ads);
    assert_eq!(ads.kind, Kind::Ads);
    assert_eq!(ads.roles, vec![Some(Date), None, Some(Clicks)]);
    assert_eq!(
        english(&ads.missing),
        vec!["ad reports need a spend column; found: Date, Sessions, Clicks".to_string()]
    );
    // Every role the forced mapping uses is offered by the editor for that kind.
    for role in ads.roles.iter().flatten() {
        assert!(roles_for_kind(Kind::Ads).contains(role));
    }
}

#[test]
fn detection_never_panics_on_odd_tables() {
    let empty = Table::default();
    let d = detect(&empty);
    assert!(d.roles.is_empty() && !d.missing.is_empty());
    let no_rows = table(vec![Column::number("Total", vec![]), Column::dates("Date", &[])]);
    let _ = detect(&no_rows);
    let nan = table(vec![Column::number("Score", vec![f64::NAN, f64::NAN])]);
    let _ = detect(&nan);
    let weird = table(vec![
        Column::text("", &[Some("")]),
        Column::text("((( )))", &[None]),
        Column::text("#", &[Some("1")]),
    ]);
    let d = detect(&weird);
    assert_eq!(d.roles.len(), 3);
    for kind in Kind::ALL {
        let d = map_for_kind(&weird, kind);
        assert!(!d.missing.is_empty(), "{kind:?}");
        assert!(build_dataset("w.csv", weird.clone(), kind, d.roles).is_err());
    }
}

#[test]
fn header_signature_is_stable_and_folds() {
    let a = header_signature(&["Order ID", "Created at", "Total"]);
    assert_eq!(a.len(), 16);
    assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
    assert_eq!(a, header_signature(&["order_id", "CREATED AT", "ｔｏｔａｌ"]));
    assert_ne!(a, header_signature(&["Order ID", "Created at"]));
    assert_ne!(header_signature(&["ab", "c"]), header_signature(&["a", "bc"]));
}

#[test]
fn confidence_is_highest_for_presets_then_names_then_values() {
    let preset = detect(&schema_support::read_fixture("presets/shopify_orders.csv")).confidence;
    let named = detect(&table(vec![
        ids("Order ID"),
        days("Order date"),
        numbers("Total", &[1.0, 2.0, 3.0]),
    ]))
    .confidence;
    let values = detect(&table(vec![datetimes("x"), money("y", &[1.0, 2.0, 3.0])])).confidence;
    assert!(
        preset > named && named > values,
        "preset {preset}, named {named}, values {values}"
    );
    assert!(preset >= 0.9 && values > 0.0);
}

#[test]
fn generic_hand_made_exports_get_the_right_kind() {
    let text = |h: &str| Column::text(h, &[Some("a"), Some("b"), Some("c")]);
    let n = |h: &str| numbers(h, &[3.0, 5.0, 8.0]);
    let cases: Vec<(&str, Vec<Column>, Kind)> = vec![
        (
            "order lines",
            vec![
                days("Date"),
                text("Order"),
                text("Customer"),
                text("Product"),
                n("Quantity"),
                n("Price"),
                n("Total"),
                text("Status"),
            ],
            Kind::Orders,
        ),
        (
            "cost ledger",
            vec![days("Date"), text("Category"), n("Amount")],
            Kind::Costs,
        ),
        (
            "budget sheet",
            vec![days("Month"), text("Cost type"), n("Planned"), n("Actual")],
            Kind::Costs,
        ),
        (
            "traffic by source",
            vec![days("Date"), text("Source"), n("Sessions"), n("Users")],
            Kind::Traffic,
        ),
        (
            "ads by day",
            vec![
                days("Date"),
                text("Campaign"),
                n("Impressions"),
                n("Clicks"),
                n("Cost"),
            ],
            Kind::Ads,
        ),
        (
            "search by query",
            vec![text("Query"), n("Clicks"), n("Impressions"), n("Position")],
            Kind::Search,
        ),
        (
            "social",
            vec![
                days("Date"),
                text("Network"),
                n("Followers"),
                n("Reach"),
                n("Likes"),
            ],
            Kind::Social,
        ),
        ("pages", vec![text("Page"), n("Views"), n("Users")], Kind::Pages),
        (
            "nps",
            vec![days("Date"), numbers("NPS", &[9.0, 7.0, 2.0]), text("Feedback")],
            Kind::Nps,
        ),
        (
            "deals",
            vec![text("Deal ID"), days("Created"), text("Stage"), n("Amount")],
            Kind::Leads,
        ),
    ];
    let mut failures = Vec::new();
    for (name, columns, want) in cases {
        let d = detect(&table(columns));
        if d.kind != want || !d.missing.is_empty() {
            failures.push(format!(
                "{name}: {:?} {:?} {:?} (alternatives {:?})",
                d.kind, d.roles, d.missing, d.alternatives
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

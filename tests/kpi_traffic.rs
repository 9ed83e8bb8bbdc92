//! Golden tests of the Traffic & content KPIs on small datasets built in code (hand computations in the
//! comments), edge cases, and the sample data check against `tests/golden/sample_kpis.json`.

mod kpi2_support;
mod kpi_support;

use kpi_support::*;
use kpiboard::core::kpi::query::{BounceVariant, Comparison};
use kpiboard::core::kpi::report::Special;
use kpiboard::core::kpi::{compute, Filter, KpiReport, Query, Variants};
use kpiboard::core::schema::kinds::Kind;
use kpiboard::core::schema::roles::Role;
use kpiboard::core::time::Period;

/// February 2024, compared with the previous 29 days (2024-01-03 – 2024-01-31).
fn february() -> Query {
    Query {
        period: Some(Period::new(d("2024-02-01"), d("2024-03-01"))),
        ..Query::default()
    }
}

/// The traffic fixture:
///
/// | row | date       | source     | medium  | landing | sess | users | new | engaged | pv  | eng. time | prod. views | carts | checkouts | purchases | leads |
/// |-----|------------|------------|---------|---------|------|-------|-----|---------|-----|-----------|-------------|-------|-----------|-----------|-------|
/// | 1   | 2024-01-10 | google     | organic | /a      | 100  | 80    | 60  | 60      | 300 | 50        | 40          | 10    | 5         | 2         | 1     |
/// | 2   | 2024-01-20 | (direct)   | (none)  | /b      | 50   | 45    | 15  | 20      | 100 | 80        | 20          | 5     | 3         | 1         | 2     |
/// | 3   | 2024-02-05 | google     | cpc     | /a      | 200  | 150   | 120 | 150     | 500 | 40        | 80          | 20    | 8         | 4         | 0     |
/// | 4   | 2024-02-15 | newsletter | email   | /b      | 50   | 40    | 10  | 25      | 150 | 60        | 10          | 4     | 2         | 2         | 3     |
fn traffic() -> kpiboard::core::schema::dataset::Dataset {
    traffic_with(&[
        Role::Date,
        Role::Source,
        Role::Medium,
        Role::LandingPage,
        Role::Sessions,
        Role::Users,
        Role::NewUsers,
        Role::EngagedSessions,
        Role::Pageviews,
        Role::AvgEngagementTime,
        Role::ProductViews,
        Role::AddToCarts,
        Role::Checkouts,
        Role::Purchases,
        Role::Leads,
    ])
}

/// The traffic fixture with only the columns of `roles`.
fn traffic_with(roles: &[Role]) -> kpiboard::core::schema::dataset::Dataset {
    let columns = vec![
        (
            Role::Date,
            dates("Date", &["2024-01-10", "2024-01-20", "2024-02-05", "2024-02-15"]),
        ),
        (
            Role::Source,
            text("Source", &["google", "(direct)", "google", "newsletter"]),
        ),
        (
            Role::Medium,
            text("Medium", &["organic", "(none)", "cpc", "email"]),
        ),
        (Role::LandingPage, text("Landing page", &["/a", "/b", "/a", "/b"])),
        (Role::Sessions, num("Sessions", &[100.0, 50.0, 200.0, 50.0])),
        (Role::Users, num("Users", &[80.0, 45.0, 150.0, 40.0])),
        (Role::NewUsers, num("New users", &[60.0, 15.0, 120.0, 10.0])),
        (
            Role::EngagedSessions,
            num("Engaged sessions", &[60.0, 20.0, 150.0, 25.0]),
        ),
        (Role::Pageviews, num("Views", &[300.0, 100.0, 500.0, 150.0])),
        (
            Role::AvgEngagementTime,
            num("Engagement time", &[50.0, 80.0, 40.0, 60.0]),
        ),
        (Role::ProductViews, num("Item views", &[40.0, 20.0, 80.0, 10.0])),
        (Role::AddToCarts, num("Add to carts", &[10.0, 5.0, 20.0, 4.0])),
        (Role::Checkouts, num("Checkouts", &[5.0, 3.0, 8.0, 2.0])),
        (Role::Purchases, num("Purchases", &[2.0, 1.0, 4.0, 2.0])),
        (Role::Leads, num("Form submits", &[1.0, 2.0, 0.0, 3.0])),
    ];
    dataset(
        "traffic.csv",
        Kind::Traffic,
        columns.into_iter().filter(|(r, _)| roles.contains(r)).collect(),
    )
}

fn comparison(r: &KpiReport, id: &str) -> Option<f64> {
    r.get(id).and_then(|x| x.comparison)
}

fn breakdown_rows(r: &KpiReport, id: &str, role: Role) -> Vec<(String, f64)> {
    r.get(id)
        .and_then(|x| x.breakdowns.iter().find(|b| b.dimension == role))
        .map(|b| b.rows.clone())
        .unwrap_or_default()
}

#[test]
fn sessions_and_channel_groups() {
    let r = compute(&[traffic()], &february());
    close(r.value("sessions"), 250.0); // rows 3 + 4: 200 + 50
    close(comparison(&r, "sessions"), 150.0); // rows 1 + 2
    close(r.get("sessions").and_then(|x| x.change), 100.0 / 150.0);
    // Users are given next to sessions: 150 + 40.
    assert_eq!(
        r.get("sessions").and_then(|x| x.special.clone()),
        Some(Special::Figures(vec![("users".to_string(), 190.0)]))
    );
    close(r.value("traffic_by_source"), 250.0);
    // google / cpc → paid search (200); newsletter / email → email (50).
    let rows = vec![("Paid search".to_string(), 200.0), ("Email".to_string(), 50.0)];
    assert_eq!(breakdown_rows(&r, "traffic_by_source", Role::Channel), rows);
    assert_eq!(
        r.get("traffic_by_source").and_then(|x| x.special.clone()),
        Some(Special::Figures(rows))
    );
    // Monthly series of all the data: January 150, February 250.
    let all = compute(&[traffic()], &Query::default());
    let s = all.get("sessions").map(|x| x.series.clone()).unwrap_or_default();
    assert_eq!(s.len(), 2);
    close(s[0].value, 150.0);
    close(s[1].value, 250.0);
    // January: organic search 100, direct 50.
    let jan = Query {
        period: Some(Period::new(d("2024-01-01"), d("2024-02-01"))),
        ..Query::default()
    };
    assert_eq!(
        breakdown_rows(&compute(&[traffic()], &jan), "traffic_by_source", Role::Channel),
        vec![
            ("Organic search".to_string(), 100.0),
            ("Direct".to_string(), 50.0)
        ]
    );
}

#[test]
fn returning_bounce_and_conversion_rates() {
    let r = compute(&[traffic()], &february());
    // Returning = users − new users: (190 − 130) ÷ 190; January (125 − 75) ÷ 125 = 0.4.
    close(r.value("returning_rate"), 60.0 / 190.0);
    close(comparison(&r, "returning_rate"), 0.4);
    // Percent unit: the change is in points, 60/190 − 0.4.
    close(r.get("returning_rate").and_then(|x| x.change), 60.0 / 190.0 - 0.4);
    // Bounce from engaged sessions: 1 − 175 ÷ 250 = 0.3; January 1 − 80 ÷ 150.
    close(r.value("bounce_rate"), 0.3);
    close(comparison(&r, "bounce_rate"), 70.0 / 150.0);
    // Conversion: purchases 4 + 2 over 250 sessions; January 3 ÷ 150.
    close(r.value("conversion_rate"), 6.0 / 250.0);
    close(comparison(&r, "conversion_rate"), 3.0 / 150.0);
    // Lead conversion: (0 + 3) ÷ 250.
    close(r.value("lead_conversion_rate"), 3.0 / 250.0);
    // Landing pages: /a 4 ÷ 200, /b 2 ÷ 50 (largest denominator first).
    close(r.value("landing_conversion"), 6.0 / 250.0);
    assert_eq!(
        breakdown_rows(&r, "landing_conversion", Role::LandingPage),
        vec![("/a".to_string(), 0.02), ("/b".to_string(), 0.04)]
    );
    // Cart abandonment: 1 − 6 ÷ 24 = 0.75.
    close(r.value("cart_abandonment"), 0.75);
    // Page views 500 + 150; engagement time weighted by sessions (40 × 200 + 60 × 50) ÷ 250 = 44.
    close(r.value("page_views"), 650.0);
    close(r.value("time_on_page"), 44.0);
}

#[test]
fn funnel_steps_and_rates() {
    let r = compute(&[traffic()], &february());
    // Sessions 250 → product views 90 → carts 24 → checkouts 10 → purchases 6.
    close(r.value("funnel"), 6.0 / 250.0);
    let Some(Special::Funnel(steps)) = r.get("funnel").and_then(|x| x.special.clone()) else {
        panic!("funnel has no steps");
    };
    let counts: Vec<f64> = steps.iter().map(|s| s.count).collect();
    assert_eq!(counts, vec![250.0, 90.0, 24.0, 10.0, 6.0]);
    assert_eq!(steps[0].step_rate, None);
    close(steps[1].step_rate, 90.0 / 250.0);
    close(steps[2].step_rate, 24.0 / 90.0);
    close(steps[3].step_rate, 10.0 / 24.0);
    close(steps[4].step_rate, 0.6);
    assert!(!r.warnings.iter().any(|w| w.contains("Funnel")));

    // A step larger than the one before is flagged: 10 sessions, 30 product views.
    let ds = dataset(
        "ga.csv",
        Kind::Traffic,
        vec![
            (Role::Date, dates("Date", &["2024-02-01"])),
            (Role::Sessions, num("Sessions", &[10.0])),
            (Role::ProductViews, num("Item views", &[30.0])),
        ],
    );
    let r = compute(&[ds], &february());
    close(r.value("funnel"), 3.0);
    assert!(
        r.warnings.iter().any(|w| w.contains("Product views")),
        "{:?}",
        r.warnings
    );
}

#[test]
fn bounce_rate_variants() {
    // Bounces variant without a bounces column: no result, with the reason.
    let q = Query {
        variants: Variants {
            bounce: BounceVariant::Bounces,
            ..Variants::default()
        },
        ..february()
    };
    let r = compute(&[traffic()], &q);
    assert_eq!(r.value("bounce_rate"), None);
    assert!(r
        .unavailable_reason("bounce_rate")
        .is_some_and(|s| s.contains("bounces")));

    // Per-row bounce rate in percent, session-weighted: (100 × 40 % + 300 × 20 %) ÷ 400 = 0.25.
    let ds = dataset(
        "matomo.csv",
        Kind::Traffic,
        vec![
            (Role::Date, dates("Date", &["2024-02-01", "2024-02-02"])),
            (Role::Sessions, num("Visits", &[100.0, 300.0])),
            (Role::BounceRate, num("Bounce rate", &[40.0, 20.0])),
        ],
    );
    close(compute(&[ds], &february()).value("bounce_rate"), 0.25);

    // Bounces count: (10 + 30) ÷ (100 + 300); the engaged variant then has no source.
    let ds = dataset(
        "bounces.csv",
        Kind::Traffic,
        vec![
            (Role::Date, dates("Date", &["2024-02-01", "2024-02-02"])),
            (Role::Sessions, num("Sessions", &[100.0, 300.0])),
            (Role::Bounces, num("Bounces", &[10.0, 30.0])),
        ],
    );
    close(
        compute(std::slice::from_ref(&ds), &february()).value("bounce_rate"),
        0.1,
    );
    let q = Query {
        variants: Variants {
            bounce: BounceVariant::EngagedSessions,
            ..Variants::default()
        },
        ..february()
    };
    assert_eq!(compute(&[ds], &q).value("bounce_rate"), None);
}

#[test]
fn conversion_from_orders_when_traffic_has_no_purchases() {
    // February: completed orders O4 and O5 (2) over 250 sessions.
    let ds = traffic_with(&[Role::Date, Role::Sessions]);
    let r = compute(&[ds, small_orders()], &february());
    close(r.value("conversion_rate"), 2.0 / 250.0);
    // Previous period: O1 and O2 (2) over 150 sessions.
    close(comparison(&r, "conversion_rate"), 2.0 / 150.0);
    // Without orders: unavailable, with what would unlock it.
    let r = compute(&[traffic_with(&[Role::Date, Role::Sessions])], &february());
    assert!(r
        .unavailable_reason("conversion_rate")
        .is_some_and(|s| s.contains("orders")));
    assert!(r.unavailable_reason("traffic_by_source").is_some());
    assert!(r.unavailable_reason("landing_conversion").is_some());
    assert!(r.unavailable_reason("funnel").is_some());
}

#[test]
fn zero_sessions_have_no_rates() {
    let ds = dataset(
        "ga.csv",
        Kind::Traffic,
        vec![
            (Role::Date, dates("Date", &["2024-02-01"])),
            (Role::Sessions, num("Sessions", &[0.0])),
            (Role::EngagedSessions, num("Engaged", &[0.0])),
            (Role::Purchases, num("Purchases", &[0.0])),
            (Role::AddToCarts, num("Carts", &[0.0])),
        ],
    );
    let r = compute(&[ds], &february());
    close(r.value("sessions"), 0.0);
    for id in ["bounce_rate", "conversion_rate", "cart_abandonment", "funnel"] {
        assert_eq!(r.value(id), None, "{id}");
        assert!(r.get(id).is_some(), "{id} has a result with a reason");
    }
}

#[test]
fn filters_and_no_comparison() {
    let q = Query {
        filters: vec![Filter {
            role: Role::Source,
            values: vec!["google".to_string()],
        }],
        ..february()
    };
    let r = compute(&[traffic()], &q);
    // Only row 3 in February: 200 sessions, 4 purchases; row 1 in the comparison period.
    close(r.value("sessions"), 200.0);
    close(comparison(&r, "sessions"), 100.0);
    close(r.value("conversion_rate"), 0.02);
    let q = Query {
        comparison: Comparison::None,
        ..february()
    };
    let r = compute(&[traffic()], &q);
    assert_eq!(comparison(&r, "sessions"), None);
    assert_eq!(r.get("sessions").and_then(|x| x.change), None);
}

#[test]
fn pages_export_without_dates() {
    // /home: 100 views, 30 s, 5 CTA clicks; /pricing: 300 views, 70 s, 30 clicks.
    let ds = dataset(
        "pages.csv",
        Kind::Pages,
        vec![
            (Role::Page, text("Page", &["/home", "/pricing"])),
            (Role::Views, num("Views", &[100.0, 300.0])),
            (Role::AvgTimeOnPage, num("Avg. time", &[30.0, 70.0])),
            (Role::CtaClicks, num("CTA clicks", &[5.0, 30.0])),
        ],
    );
    let r = compute(&[ds, traffic()], &february());
    // Pages take precedence over traffic page views: 100 + 300 whatever the period.
    close(r.value("page_views"), 400.0);
    assert_eq!(
        breakdown_rows(&r, "page_views", Role::Page),
        vec![("/pricing".to_string(), 300.0), ("/home".to_string(), 100.0)]
    );
    // (30 × 100 + 70 × 300) ÷ 400 = 60 s.
    close(r.value("time_on_page"), 60.0);
    // 35 ÷ 400.
    close(r.value("cta_ctr"), 0.0875);
    assert_eq!(comparison(&r, "cta_ctr"), None);
    assert!(r.warnings.iter().any(|w| w.contains("pages.csv has no date")));
}

#[test]
fn search_console_ctr_and_position() {
    // q1: 10 clicks, 100 impressions, position 2; q2: 5 clicks, 400 impressions, position 8.
    let ds = dataset(
        "search.csv",
        Kind::Search,
        vec![
            (Role::Date, dates("Date", &["2024-02-01", "2024-02-02"])),
            (Role::Query, text("Query", &["q1", "q2"])),
            (Role::Clicks, num("Clicks", &[10.0, 5.0])),
            (Role::Impressions, num("Impressions", &[100.0, 400.0])),
            (Role::Position, num("Position", &[2.0, 8.0])),
        ],
    );
    let r = compute(&[ds], &february());
    close(r.value("organic_ctr"), 15.0 / 500.0);
    // (2 × 100 + 8 × 400) ÷ 500 = 6.8.
    close(r.value("search_position"), 6.8);
    assert_eq!(
        breakdown_rows(&r, "search_position", Role::Query),
        vec![("q2".to_string(), 8.0), ("q1".to_string(), 2.0)]
    );
}

#[test]
fn sample_matches_golden() {
    let r = kpi2_support::sample_report();
    kpi2_support::check_golden(
        &r,
        &[
            "sessions",
            "bounce_rate",
            "conversion_rate",
            "cart_abandonment",
            "lead_conversion_rate",
            "returning_rate",
            "organic_ctr",
            "search_position",
        ],
    );
    // Channel groups add up to the sessions.
    let total: f64 = breakdown_rows(&r, "traffic_by_source", Role::Channel)
        .iter()
        .map(|x| x.1)
        .sum();
    close(Some(total), 222303.0);
}

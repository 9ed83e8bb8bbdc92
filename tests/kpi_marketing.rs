//! Golden tests of the Marketing KPIs on small datasets built in code (hand computations in the comments),
//! edge cases, and the sample data check against `tests/golden/sample_kpis.json`.

mod kpi2_support;
mod kpi_support;

use kpi_support::*;
use kpiboard::core::kpi::query::CacVariant;
use kpiboard::core::kpi::report::Special;
use kpiboard::core::kpi::{compute, Filter, KpiReport, Query, Variants};
use kpiboard::core::schema::dataset::Dataset;
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

/// | row | date       | channel | campaign | impressions | clicks | spend | conversions | value |
/// |-----|------------|---------|----------|-------------|--------|-------|-------------|-------|
/// | 1   | 2024-02-01 | Google  | Brand    | 1000        | 50     | 100   | 5           | 500   |
/// | 2   | 2024-02-10 | Google  | Generic  | 3000        | 60     | 300   | 3           | 300   |
/// | 3   | 2024-02-20 | Meta    | Retarget | 1000        | 40     | 200   | 2           | 400   |
/// | 4   | 2024-01-15 | Google  | Brand    | 2000        | 100    | 150   | 5           | 600   |
///
/// February: 5000 impressions, 150 clicks, 600 spend, 10 conversions, 1200 value.
fn ads() -> Dataset {
    ads_with(true, ["Google", "Google", "Meta", "Google"])
}

fn ads_with(value: bool, channels: [&str; 4]) -> Dataset {
    let mut columns = vec![
        (
            Role::Date,
            dates("Day", &["2024-02-01", "2024-02-10", "2024-02-20", "2024-01-15"]),
        ),
        (Role::Channel, text("Network", &channels)),
        (
            Role::Campaign,
            text("Campaign", &["Brand", "Generic", "Retarget", "Brand"]),
        ),
        (Role::Impressions, num("Impr.", &[1000.0, 3000.0, 1000.0, 2000.0])),
        (Role::Clicks, num("Clicks", &[50.0, 60.0, 40.0, 100.0])),
        (Role::Spend, num("Cost", &[100.0, 300.0, 200.0, 150.0])),
        (Role::Conversions, num("Conversions", &[5.0, 3.0, 2.0, 5.0])),
    ];
    if value {
        columns.push((
            Role::ConversionValue,
            num("Conv. value", &[500.0, 300.0, 400.0, 600.0]),
        ));
    }
    dataset("ads.csv", Kind::Ads, columns)
}

/// | row | date       | category  | amount |
/// |-----|------------|-----------|--------|
/// | a   | 2024-02-01 | Marketing | 400    |
/// | b   | 2024-02-01 | Sales     | 1000   |
/// | c   | 2024-02-01 | Rent      | 600    |
/// | d   | 2024-01-10 | marketing | 300    |
fn ledger() -> Dataset {
    dataset(
        "costs.csv",
        Kind::Costs,
        vec![
            (
                Role::Date,
                dates("Date", &["2024-02-01", "2024-02-01", "2024-02-01", "2024-01-10"]),
            ),
            (
                Role::CostCategory,
                text("Category", &["Marketing", "Sales", "Rent", "marketing"]),
            ),
            (Role::Amount, num("Amount", &[400.0, 1000.0, 600.0, 300.0])),
        ],
    )
}

fn comparison(r: &KpiReport, id: &str) -> Option<f64> {
    r.get(id).and_then(|x| x.comparison)
}

fn figure(r: &KpiReport, id: &str, name: &str) -> Option<f64> {
    match r.get(id).and_then(|x| x.special.as_ref()) {
        Some(Special::Figures(f)) => f.iter().find(|(n, _)| n == name).map(|x| x.1),
        _ => None,
    }
}

#[test]
fn spend_and_ad_performance() {
    let r = compute(&[ads(), ledger()], &february());
    // Ads 600 + marketing costs 400; the comparison: ads 150 + marketing costs 300.
    close(r.value("spend"), 1000.0);
    close(comparison(&r, "spend"), 450.0);
    close(figure(&r, "spend", "ad_spend"), 600.0);
    // The campaign breakdown adds up to the spend, with the ledger as its own row.
    let rows = r
        .get("spend")
        .and_then(|x| x.breakdowns.iter().find(|b| b.dimension == Role::Campaign))
        .map(|b| b.rows.clone())
        .unwrap_or_default();
    assert_eq!(
        rows,
        vec![
            ("Cost ledger: marketing".to_string(), 400.0),
            ("Generic".to_string(), 300.0),
            ("Retarget".to_string(), 200.0),
            ("Brand".to_string(), 100.0),
        ]
    );
    close(r.value("ctr"), 150.0 / 5000.0);
    close(comparison(&r, "ctr"), 100.0 / 2000.0);
    close(r.value("cpc"), 4.0); // 600 ÷ 150
    close(r.value("cpa"), 60.0); // 600 ÷ 10
    close(r.value("roas"), 2.0); // 1200 ÷ 600
    close(comparison(&r, "roas"), 4.0); // 600 ÷ 150
                                        // Marketing ROI: (1200 − 1000) ÷ 1000.
    close(r.value("marketing_roi"), 0.2);
    close(comparison(&r, "marketing_roi"), (600.0 - 450.0) / 450.0);
}

#[test]
fn ad_filters_and_zero_denominators() {
    let q = Query {
        filters: vec![Filter {
            role: Role::Campaign,
            values: vec!["Brand".to_string()],
        }],
        ..february()
    };
    let r = compute(&[ads()], &q);
    close(r.value("ctr"), 0.05); // row 1: 50 ÷ 1000
    close(r.value("spend"), 100.0);
    // No ads in the period: rates have no value but a reason.
    let q = Query {
        period: Some(Period::new(d("2024-03-01"), d("2024-04-01"))),
        ..Query::default()
    };
    let r = compute(&[ads()], &q);
    close(r.value("spend"), 0.0);
    for id in ["ctr", "cpc", "cpa", "roas"] {
        assert_eq!(r.value(id), None, "{id}");
        assert!(r.get(id).is_some(), "{id}");
    }
}

#[test]
fn roas_from_orders_of_matching_channels() {
    // No conversion value: revenue of the orders whose channel is an ads channel ("web": row 5, 200)
    // over the ads spend 600.
    let r = compute(
        &[ads_with(false, ["web", "web", "web", "web"]), small_orders()],
        &february(),
    );
    close(r.value("roas"), 200.0 / 600.0);
    assert_eq!(comparison(&r, "roas"), None);
    // No match: unavailable with the reason.
    let r = compute(
        &[
            ads_with(false, ["Google", "Google", "Meta", "Google"]),
            small_orders(),
        ],
        &february(),
    );
    assert!(r
        .unavailable_reason("roas")
        .is_some_and(|s| s.contains("conversion value")));
}

#[test]
fn cac_and_its_ratios() {
    let r = compute(&[ads(), ledger(), small_orders()], &february());
    // New customers in February: C3 (first order O5); C2 ordered first in January.
    // Marketing + sales: (600 + 400 + 1000) ÷ 1 = 2000 (rent is neither).
    close(r.value("cac"), 2000.0);
    close(figure(&r, "cac", "new_customers"), 1.0);
    // Marketing share: 1000 ÷ (1000 + 1000).
    close(r.value("marketing_cac_share"), 0.5);
    // Comparison: January has no sales costs: 450 ÷ 450.
    close(comparison(&r, "marketing_cac_share"), 1.0);
    // Payback: monthly revenue per active customer = 290 ÷ 2 ÷ (29 ÷ 30.4375) months, × margin 0.5
    // (row 5: (200 − 100) ÷ 200, row 6 has no cost).
    let monthly = 290.0 / 2.0 / (29.0 / (365.25 / 12.0)) * 0.5;
    close(r.value("cac_payback"), 2000.0 / monthly);
    // LTV : CAC is the Customers area's predicted CLV over the CAC.
    // (Both are computed: 56 days of orders give two 28-day windows.)
    let clv = r.value("clv_predicted");
    assert!(clv.is_some());
    close(r.value("ltv_cac"), clv.unwrap_or(f64::NAN) / 2000.0);
    close(figure(&r, "ltv_cac", "cac"), 2000.0);
    // Marketing-only variant: 1000 ÷ 1.
    let q = Query {
        variants: Variants {
            cac: CacVariant::MarketingOnly,
            ..Variants::default()
        },
        ..february()
    };
    close(
        compute(&[ads(), ledger(), small_orders()], &q).value("cac"),
        1000.0,
    );
}

#[test]
fn cac_from_won_deals_without_orders() {
    // Two deals won in February (by close date), one in January.
    let leads = dataset(
        "deals.csv",
        Kind::Leads,
        vec![
            (Role::LeadId, text("Id", &["D1", "D2", "D3"])),
            (
                Role::CreatedDate,
                dates("Created", &["2024-01-02", "2024-01-05", "2024-01-06"]),
            ),
            (
                Role::CloseDate,
                dates("Closed", &["2024-02-03", "2024-02-04", "2024-01-20"]),
            ),
            (
                Role::Stage,
                text("Stage", &["Closed Won", "Closed Won", "Closed Won"]),
            ),
        ],
    );
    let r = compute(&[ads(), ledger(), leads], &february());
    close(r.value("cac"), 2000.0 / 2.0);
    close(comparison(&r, "cac"), 450.0);
    assert!(r.unavailable_reason("ltv_cac").is_some());
}

#[test]
fn mixed_currencies() {
    let ds = dataset(
        "ads.csv",
        Kind::Ads,
        vec![
            (Role::Date, dates("Day", &["2024-02-01", "2024-02-02"])),
            (Role::Spend, num("Spend", &[100.0, 50.0])),
            (Role::Clicks, num("Clicks", &[10.0, 10.0])),
            (Role::Currency, text("Currency", &["EUR", "USD"])),
        ],
    );
    let r = compute(std::slice::from_ref(&ds), &february());
    assert_eq!(r.value("spend"), None);
    assert_eq!(r.value("cpc"), None);
    let q = Query {
        currency: Some("EUR".to_string()),
        ..february()
    };
    let r = compute(&[ds], &q);
    close(r.value("spend"), 100.0);
    close(r.value("cpc"), 10.0);
    assert_eq!(
        r.get("spend").and_then(|x| x.currency.clone()),
        Some("EUR".to_string())
    );
}

#[test]
fn sales_by_source_with_ads_side_by_side() {
    let r = compute(&[ads(), small_orders()], &february());
    close(r.value("sales_by_source"), 290.0);
    let rows = r
        .get("sales_by_source")
        .and_then(|x| x.breakdowns.iter().find(|b| b.dimension == Role::Channel))
        .map(|b| b.rows.clone())
        .unwrap_or_default();
    assert_eq!(
        rows,
        vec![("web".to_string(), 200.0), ("store".to_string(), 90.0)]
    );
    close(figure(&r, "sales_by_source", "ad_spend"), 600.0);
    close(figure(&r, "sales_by_source", "roas"), 2.0);
}

/// | campaign | send date  | sent | bounces | opens | clicks | unsubscribes |
/// |----------|------------|------|---------|-------|--------|--------------|
/// | E1       | 2024-02-01 | 1000 | 50      | 300   | 40     | 5            |
/// | E2       | 2024-02-15 | 2000 | 50      | 500   | 60     | 10           |
/// | E0       | 2024-01-15 | 1000 | 0       | 100   | 10     | 1            |
fn email() -> Dataset {
    dataset(
        "email.csv",
        Kind::Email,
        vec![
            (Role::Campaign, text("Campaign", &["E1", "E2", "E0"])),
            (
                Role::SendDate,
                dates("Sent on", &["2024-02-01", "2024-02-15", "2024-01-15"]),
            ),
            (Role::Sent, num("Sent", &[1000.0, 2000.0, 1000.0])),
            (Role::Bounces, num("Bounces", &[50.0, 50.0, 0.0])),
            (Role::Opens, num("Opens", &[300.0, 500.0, 100.0])),
            (Role::Clicks, num("Clicks", &[40.0, 60.0, 10.0])),
            (Role::Unsubscribes, num("Unsubscribes", &[5.0, 10.0, 1.0])),
        ],
    )
}

#[test]
fn email_rates() {
    let r = compute(&[email()], &february());
    // Delivered = 3000 − 100 = 2900.
    close(r.value("email_open_rate"), 800.0 / 2900.0);
    close(comparison(&r, "email_open_rate"), 0.1);
    close(r.value("email_ctr"), 100.0 / 2900.0);
    close(figure(&r, "email_ctr", "click_to_open"), 100.0 / 800.0);
    close(r.value("unsubscribe_rate"), 15.0 / 2900.0);
    // Per campaign: E2 500 ÷ 1950, E1 300 ÷ 950 (largest delivered first).
    let rows = r
        .get("email_open_rate")
        .and_then(|x| x.breakdowns.first())
        .map(|b| b.rows.clone())
        .unwrap_or_default();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].0, "E2");
    close(Some(rows[0].1), 500.0 / 1950.0);
    // Nothing delivered: no value.
    let q = Query {
        period: Some(Period::new(d("2024-03-01"), d("2024-04-01"))),
        ..Query::default()
    };
    assert_eq!(compute(&[email()], &q).value("email_open_rate"), None);
}

/// | date       | platform | reach | impressions | followers | reactions | comments | shares |
/// |------------|----------|-------|-------------|-----------|-----------|----------|--------|
/// | 2024-01-31 | LinkedIn | 100   | 200         | 1000      | 10        | 2        | 1      |
/// | 2024-02-10 | LinkedIn | 300   | 600         | 1050      | 30        | 5        | 5      |
/// | 2024-02-20 | LinkedIn | 200   | 400         | 1100      | 20        | 4        | 2      |
/// | 2024-02-12 | Facebook | 500   | 800         | 500       | 40        | 10       | 10     |
/// | 2024-02-25 | Facebook | 100   | 200         | 520       | 5         | 1        | 0      |
fn social() -> Dataset {
    dataset(
        "social.csv",
        Kind::Social,
        vec![
            (
                Role::Date,
                dates(
                    "Date",
                    &[
                        "2024-01-31",
                        "2024-02-10",
                        "2024-02-20",
                        "2024-02-12",
                        "2024-02-25",
                    ],
                ),
            ),
            (
                Role::Platform,
                text(
                    "Network",
                    &["LinkedIn", "LinkedIn", "LinkedIn", "Facebook", "Facebook"],
                ),
            ),
            (Role::Reach, num("Reach", &[100.0, 300.0, 200.0, 500.0, 100.0])),
            (
                Role::Impressions,
                num("Impressions", &[200.0, 600.0, 400.0, 800.0, 200.0]),
            ),
            (
                Role::Followers,
                num("Followers", &[1000.0, 1050.0, 1100.0, 500.0, 520.0]),
            ),
            (Role::Reactions, num("Likes", &[10.0, 30.0, 20.0, 40.0, 5.0])),
            (Role::Comments, num("Comments", &[2.0, 5.0, 4.0, 10.0, 1.0])),
            (Role::Shares, num("Shares", &[1.0, 5.0, 2.0, 10.0, 0.0])),
        ],
    )
}

#[test]
fn social_reach_followers_engagement() {
    let r = compute(&[social()], &february());
    close(r.value("social_reach"), 1100.0);
    close(figure(&r, "social_reach", "impressions"), 2000.0);
    // Last totals in February: LinkedIn 1100 + Facebook 520; January: LinkedIn 1000.
    close(r.value("followers"), 1620.0);
    close(comparison(&r, "followers"), 1000.0);
    // Net change: LinkedIn 1100 − 1000 (last before February), Facebook 520 − 500 (first in February).
    close(figure(&r, "followers", "net_change"), 120.0);
    // Engagements (40 + 26 + 60 + 6) ÷ 2000 impressions.
    close(r.value("social_engagement"), 132.0 / 2000.0);
    close(figure(&r, "social_engagement", "engagements"), 132.0);
    // From new followers only: Σ.
    let ds = dataset(
        "social.csv",
        Kind::Social,
        vec![
            (Role::Date, dates("Date", &["2024-02-01", "2024-02-02"])),
            (Role::NewFollowers, num("New followers", &[7.0, 5.0])),
        ],
    );
    let r = compute(&[ds], &february());
    close(r.value("followers"), 12.0);
    assert!(r.unavailable_reason("social_engagement").is_some());
}

#[test]
fn nothing_loaded_means_unavailable() {
    let r = compute(&[email()], &february());
    for id in [
        "spend",
        "ctr",
        "cac",
        "ltv_cac",
        "marketing_cac_share",
        "followers",
    ] {
        assert!(r.get(id).is_none(), "{id}");
        assert!(r.unavailable_reason(id).is_some(), "{id}");
    }
}

#[test]
fn sample_matches_golden() {
    let r = kpi2_support::sample_report();
    kpi2_support::check_golden(
        &r,
        &[
            "spend",
            "ctr",
            "cpc",
            "cpa",
            "roas",
            "email_open_rate",
            "email_ctr",
            "unsubscribe_rate",
        ],
    );
    // Every Marketing KPI has a value on the sample data.
    for id in [
        "marketing_roi",
        "cac",
        "marketing_cac_share",
        "ltv_cac",
        "cac_payback",
        "sales_by_source",
        "social_reach",
        "followers",
        "social_engagement",
    ] {
        assert!(r.value(id).is_some(), "{id}: {:?}", r.get(id).map(|x| &x.value));
    }
}

//! Golden tests of the Marketing KPIs (hand computations in comments) and the sample data check.

mod kpi2_support;

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
        "email_ctr",
    ] {
        println!(
            "{id}: {:?}",
            r.get(id).map(|x| (&x.value, &x.special, x.breakdowns.len()))
        );
    }
    println!("{:?}", r.warnings);
}

//! Golden tests of the Traffic & content KPIs (hand computations in comments) and the sample data check.

mod kpi2_support;

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
    for id in [
        "traffic_by_source",
        "landing_conversion",
        "funnel",
        "page_views",
        "time_on_page",
    ] {
        println!(
            "{id}: {:?}",
            r.get(id).map(|x| (&x.value, &x.special, x.breakdowns.len()))
        );
    }
    println!("{:?}", r.warnings);
}

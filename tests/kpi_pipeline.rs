//! Golden tests of the Pipeline KPIs (hand computations in comments) and the sample data check.

mod kpi2_support;

#[test]
fn sample_matches_golden() {
    let r = kpi2_support::sample_report();
    kpi2_support::check_golden(
        &r,
        &[
            "leads",
            "win_rate",
            "lead_to_close",
            "mql_to_sql",
            "sales_cycle",
            "marketing_originated",
        ],
    );
    for id in ["mql", "sql", "pipeline_funnel"] {
        println!(
            "{id}: {:?}",
            r.get(id).map(|x| (&x.value, &x.special, x.breakdowns.len()))
        );
    }
}

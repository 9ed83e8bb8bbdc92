//! Golden tests of the cost-ledger Finance KPIs (hand computations in comments) and the sample data check.

mod kpi2_support;

#[test]
fn sample_matches_golden() {
    let r = kpi2_support::sample_report();
    kpi2_support::check_golden(&r, &["budget_use", "cpi", "cost_variance"]);
    assert!(r.value("roi").is_some());
}

//! Screen-reader summaries and table views of each chart type.

mod chart_support;

use chart_support::*;
use kpiboard::core::chart::{text_summary, to_export_table, to_table, ChartSpec};

fn row(cells: &[&str]) -> Vec<String> {
    strings(cells)
}

#[test]
fn summaries_name_range_extremes_and_latest() {
    let cases = [
        (
            ChartSpec::Line(revenue_line()),
            // comparison = 2023 values shown at 2024: 9,800 (Jan) .. 20,000 + 900 × 11 = 29,900 (Dec)
            "Revenue by month, Jan 2023 to Dec 2024; \
             Revenue: highest 41,200 EUR in Nov 2024, lowest 9,800 EUR in Jan 2023, latest 40,700 EUR in Dec 2024; \
             Same month last year: highest 29,900 EUR in Dec 2024, lowest 9,800 EUR in Jan 2024, latest 29,900 EUR in Dec 2024.",
        ),
        (
            ChartSpec::Bar(channel_bars()),
            // 1,250 + 980 + 640 + 310 + 95 = 3,275
            "Orders by channel, 5 categories; highest 1,250 for Organic; lowest 95 for Referral; total 3,275.",
        ),
        (
            ChartSpec::StackedBar(sessions_stacked()),
            // Dec = 15,200 + 7,400 + 4,100 + 1,600 = 28,300; Organic = 12,000 + 12,500 + 13,100
            // + 12,800 + 14,000 + 15,200 = 79,600; Paid 35,800; Email 16,500; Social 7,300
            "Sessions by source, 6 categories in 4 series; largest total 28,300 for Dec; \
             Organic 79,600; Paid 35,800; Email 16,500; Social 7,300.",
        ),
        (
            ChartSpec::Funnel(checkout_funnel()),
            // 6,000/10,000 = 60%, 1,200/6,000 = 20%, 600/1,200 = 50%, 300/600 = 50%, 300/10,000 = 3%
            "Checkout funnel: Visits 10,000; Product view 6,000 (60% of previous step); \
             Add to cart 1,200 (20% of previous step); Checkout 600 (50% of previous step); \
             Purchase 300 (50% of previous step); overall conversion 3%.",
        ),
        (
            ChartSpec::Heatmap(cohort_heatmap()),
            // lowest = 0.6 - 0.05 × 5 - 0.01 × 0 = 0.35; 36 - 21 = 15 empty cells
            "Customer retention by cohort, 6 rows by 6 columns; highest 100% at Jan 2024, M0; \
             lowest 35% at Jan 2024, M5; 15 cells without data.",
        ),
        (
            ChartSpec::Waterfall(mrr_waterfall()),
            "MRR movements: Starting MRR +10,000 EUR; New +1,200 EUR; Expansion +400 EUR; \
             Contraction -250 EUR; Churn -600 EUR; Ending MRR 10,750 EUR.",
        ),
        (
            ChartSpec::Sparkline(trend_sparkline()),
            "Trend of 7 points; from 3 to 7; highest 7, lowest 3.",
        ),
    ];
    for (spec, expected) in cases {
        assert_eq!(text_summary(&spec), expected);
    }
}

#[test]
fn line_table_has_a_column_per_series() {
    let (header, rows) = to_table(&ChartSpec::Line(revenue_line()));
    assert_eq!(header, row(&["Period", "Revenue", "Same month last year"]));
    assert_eq!(rows.len(), 24);
    assert_eq!(rows[0], row(&["Jan 2023", "9,800 EUR", "—"]));
    // i = 13: 20,000 + 900 × 13 = 31,700; previous = i 1: 20,900
    assert_eq!(rows[13], row(&["Feb 2024", "31,700 EUR", "20,900 EUR"]));
    let (header, rows) = to_export_table(&ChartSpec::Line(revenue_line()));
    assert_eq!(
        header,
        row(&["Period", "Revenue (EUR)", "Same month last year (EUR)"])
    );
    assert_eq!(rows[0], row(&["Jan 2023", "9800", ""]));
}

#[test]
fn bar_and_stacked_tables() {
    let (header, rows) = to_table(&ChartSpec::Bar(country_bars()));
    assert_eq!(header, row(&["Category", "Value"]));
    assert_eq!(rows[2], row(&["日本", "18,751 EUR"]));
    let (header, rows) = to_export_table(&ChartSpec::Bar(country_bars()));
    assert_eq!(header, row(&["Category", "Value (EUR)"]));
    assert_eq!(rows[2], row(&["日本", "18750.5"]));
    assert_eq!(rows[5], row(&["Refunds & adjustments", "-2500"]));

    let (header, rows) = to_table(&ChartSpec::StackedBar(sessions_stacked()));
    assert_eq!(
        header,
        row(&["Category", "Organic", "Paid", "Email", "Social", "Total"])
    );
    assert_eq!(
        rows[0],
        row(&["Jul", "12,000", "5,000", "2,000", "1,100", "20,100"])
    );
}

#[test]
fn funnel_table_has_step_and_overall_rates() {
    let (header, rows) = to_table(&ChartSpec::Funnel(checkout_funnel()));
    assert_eq!(
        header,
        row(&["Step", "Count", "Of previous step", "Of first step"])
    );
    assert_eq!(rows[0], row(&["Visits", "10,000", "—", "100%"]));
    // 1,200 / 6,000 = 20%; 1,200 / 10,000 = 12%
    assert_eq!(rows[2], row(&["Add to cart", "1,200", "20%", "12%"]));
    let (header, rows) = to_export_table(&ChartSpec::Funnel(checkout_funnel()));
    assert_eq!(header[2], "Of previous step (%)");
    assert_eq!(rows[2], row(&["Add to cart", "1200", "20", "12"]));
}

#[test]
fn heatmap_and_waterfall_tables() {
    let (header, rows) = to_table(&ChartSpec::Heatmap(cohort_heatmap()));
    assert_eq!(header, row(&["", "M0", "M1", "M2", "M3", "M4", "M5"]));
    // Jun 2024 cohort has only M0
    assert_eq!(rows[5], row(&["Jun 2024", "100%", "—", "—", "—", "—", "—"]));
    let (header, rows) = to_export_table(&ChartSpec::Heatmap(cohort_heatmap()));
    assert_eq!(header[0], "(%)");
    // 0.6 - 0.05 - 0.01 = 0.54 → 54
    assert_eq!(rows[1][..3], row(&["Feb 2024", "100", "54"])[..]);

    let (header, rows) = to_table(&ChartSpec::Waterfall(mrr_waterfall()));
    assert_eq!(header, row(&["Step", "Change", "Running total"]));
    assert_eq!(rows.len(), 6);
    assert_eq!(rows[4], row(&["Churn", "-600 EUR", "10,750 EUR"]));
    assert_eq!(rows[5], row(&["Ending MRR", "—", "10,750 EUR"]));
}

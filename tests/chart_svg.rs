//! Each chart type renders well-formed SVG with its labels, hover titles and the right number of
//! marks.

mod chart_support;

use chart_support::*;
use kpiboard::core::chart::{layout, to_svg, ChartSpec};

fn render(spec: &ChartSpec) -> String {
    to_svg(spec, 640, 360)
}

#[test]
fn line_chart_has_a_titled_point_per_value_and_a_dashed_comparison() {
    let svg = render(&ChartSpec::Line(revenue_line()));
    let doc = parse(&svg);
    // 24 revenue points + 12 comparison points (2024 only)
    assert_eq!(with_class(&doc, "kb-chart__point").len(), 36);
    let titles = titles(&doc);
    assert!(
        titles.contains(&"Nov 2024 · Revenue: 41,200 EUR".to_string()),
        "{titles:?}"
    );
    assert!(titles.contains(&"Jan 2024 · Same month last year: 9,800 EUR".to_string()));
    // the comparison line is dashed, the main line is not
    let lines = with_class(&doc, "kb-chart__line");
    assert_eq!(lines.len(), 2);
    assert_eq!(
        lines
            .iter()
            .filter(|l| l.attribute("stroke-dasharray").is_some())
            .count(),
        1
    );
    // area under the main series, legend with both names, title text, money ticks
    assert_eq!(with_class(&doc, "kb-chart__area").len(), 1);
    let texts = texts(&doc);
    for expected in [
        "Revenue by month",
        "Revenue",
        "Same month last year",
        "Jan 2023",
        "Dec 2024",
        "€0",
    ] {
        assert!(
            texts.iter().any(|t| t == expected),
            "missing {expected:?} in {texts:?}"
        );
    }
    // 0..41,200 → nice scale 0..50k in 10k steps: 6 tick labels
    assert!(texts.iter().any(|t| t == "€50k"));
}

#[test]
fn line_gaps_split_the_line() {
    let mut chart = revenue_line();
    chart.series.truncate(1);
    chart.area = false;
    // a gap at index 5 and one at 6 → runs 0..=4 and 7..=23
    chart.series[0].values[5] = None;
    chart.series[0].values[6] = Some(f64::NAN);
    let svg = render(&ChartSpec::Line(chart));
    let doc = parse(&svg);
    assert_eq!(with_class(&doc, "kb-chart__line").len(), 2);
    assert_eq!(with_class(&doc, "kb-chart__point").len(), 22);
    // a single series without comparison has no legend
    assert!(with_class(&doc, "kb-chart__legend").is_empty());
}

#[test]
fn vertical_bars_one_per_category_with_values() {
    let svg = render(&ChartSpec::Bar(channel_bars()));
    let doc = parse(&svg);
    assert_eq!(with_class(&doc, "kb-chart__bar").len(), 5);
    assert_eq!(
        titles(&doc),
        [
            "Organic: 1,250",
            "Paid search: 980",
            "Email: 640",
            "Social: 310",
            "Referral: 95"
        ]
    );
    let texts = texts(&doc);
    for expected in ["Orders by channel", "Organic", "Paid search", "1,250", "95"] {
        assert!(
            texts.iter().any(|t| t == expected),
            "missing {expected:?} in {texts:?}"
        );
    }
}

#[test]
fn horizontal_bars_keep_non_ascii_names_and_escape_markup() {
    let svg = render(&ChartSpec::Bar(country_bars()));
    assert!(svg.contains("Refunds &amp; adjustments"));
    let doc = parse(&svg);
    assert_eq!(with_class(&doc, "kb-chart__bar").len(), 6);
    let titles = titles(&doc);
    assert!(titles.contains(&"대한민국: 31,000 EUR".to_string()), "{titles:?}");
    // 18,750.5 ≥ 10,000 → no decimals, rounded half up
    assert!(titles.contains(&"日本: 18,751 EUR".to_string()));
    assert!(titles.contains(&"Refunds & adjustments: -2,500 EUR".to_string()));
    let texts = texts(&doc);
    assert!(texts.iter().any(|t| t == "日本"));
    // the long name is shortened with an ellipsis
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("United Kingdom") && t.ends_with('…')),
        "{texts:?}"
    );
    // the negative bar lies left of the zero line: its rect ends where the positive ones start
    let bars = with_class(&doc, "kb-chart__bar");
    let x = |n: &roxmltree::Node<'_, '_>| n.attribute("x").and_then(|v| v.parse::<i32>().ok());
    let zero = x(&bars[0]).expect("x");
    let negative = &bars[5];
    let width: i32 = negative
        .attribute("width")
        .and_then(|v| v.parse().ok())
        .expect("width");
    assert_eq!(x(negative).expect("x") + width, zero);
}

#[test]
fn stacked_bars_one_segment_per_series_and_category() {
    let svg = render(&ChartSpec::StackedBar(sessions_stacked()));
    let doc = parse(&svg);
    // 6 months × 4 sources
    assert_eq!(with_class(&doc, "kb-chart__bar").len(), 24);
    assert_eq!(with_class(&doc, "kb-chart__legend-key").len(), 4);
    let titles = titles(&doc);
    assert!(titles.contains(&"Dec · Social: 1,600".to_string()), "{titles:?}");
    // Dec total = 15,200 + 7,400 + 4,100 + 1,600 = 28,300 → "28.3k" above the stack
    assert!(texts(&doc).iter().any(|t| t == "28.3k"));
}

#[test]
fn funnel_shows_counts_and_step_rates() {
    let svg = render(&ChartSpec::Funnel(checkout_funnel()));
    let doc = parse(&svg);
    assert_eq!(with_class(&doc, "kb-chart__bar").len(), 5);
    let texts = texts(&doc);
    // 6,000 / 10,000 = 60%; 1,200 / 6,000 = 20%
    for expected in ["10,000", "6,000 (60%)", "1,200 (20%)", "600 (50%)", "300 (50%)"] {
        assert!(
            texts.iter().any(|t| t == expected),
            "missing {expected:?} in {texts:?}"
        );
    }
    // 300 / 10,000 = 3% of the first step
    assert!(titles(&doc).contains(&"Purchase: 300 · 50% of previous step · 3% of first step".to_string()));
    // bar widths follow the counts: Visits is the widest, Purchase 3% of it (min 2 px)
    let widths: Vec<i32> = with_class(&doc, "kb-chart__bar")
        .iter()
        .filter_map(|b| b.attribute("width")?.parse().ok())
        .collect();
    assert!(widths.windows(2).all(|w| w[0] >= w[1]), "{widths:?}");
}

#[test]
fn cohort_heatmap_has_every_cell_and_marks_missing_ones() {
    let svg = render(&ChartSpec::Heatmap(cohort_heatmap()));
    let doc = parse(&svg);
    // cohort r has 6 - r months: 6+5+4+3+2+1 = 21 cells with data, 36 - 21 = 15 without
    assert_eq!(with_class(&doc, "kb-chart__cell").len(), 21);
    assert_eq!(with_class(&doc, "kb-chart__cell--empty").len(), 15);
    let titles = titles(&doc);
    // 0.6 - 0.05·1 - 0.01·1 = 0.54
    assert!(titles.contains(&"Feb 2024, M1: 54%".to_string()), "{titles:?}");
    assert!(titles.contains(&"Jun 2024, M5: no data".to_string()));
    let texts = texts(&doc);
    for expected in ["Jan 2024", "M0", "M5", "100%", "35%"] {
        assert!(
            texts.iter().any(|t| t == expected),
            "missing {expected:?} in {texts:?}"
        );
    }
}

#[test]
fn weekday_hour_heatmap_has_168_cells() {
    let svg = render(&ChartSpec::Heatmap(weekday_hour_heatmap()));
    let doc = parse(&svg);
    assert_eq!(with_class(&doc, "kb-chart__cell").len(), 7 * 24);
    // Mon 09h: (40 + 27) × 1.0 = 67
    assert!(titles(&doc).contains(&"Mon, 09: 67".to_string()));
}

#[test]
fn waterfall_colours_increases_decreases_and_total() {
    let svg = render(&ChartSpec::Waterfall(mrr_waterfall()));
    let doc = parse(&svg);
    assert_eq!(with_class(&doc, "kb-chart__bar").len(), 6);
    assert_eq!(with_class(&doc, "kb-chart__bar--increase").len(), 3);
    assert_eq!(with_class(&doc, "kb-chart__bar--decrease").len(), 2);
    assert_eq!(with_class(&doc, "kb-chart__bar--total").len(), 1);
    // one connector between consecutive movements (5 movements → 5 connectors incl. to total)
    assert_eq!(with_class(&doc, "kb-chart__connector").len(), 5);
    let titles = titles(&doc);
    // 10,000 + 1,200 + 400 - 250 - 600 = 10,750
    assert!(
        titles.contains(&"Churn: -600 EUR (running total 10,750 EUR)".to_string()),
        "{titles:?}"
    );
    assert!(titles.contains(&"Ending MRR: 10,750 EUR".to_string()));
    let texts = texts(&doc);
    for expected in ["+€1.2k", "-€600", "€10.8k", "Ending MRR"] {
        assert!(
            texts.iter().any(|t| t == expected),
            "missing {expected:?} in {texts:?}"
        );
    }
}

#[test]
fn sparkline_is_a_bare_line_with_the_latest_value() {
    let svg = to_svg(&ChartSpec::Sparkline(trend_sparkline()), 120, 32);
    let doc = parse(&svg);
    // a gap after the 3rd value: two runs
    assert_eq!(with_class(&doc, "kb-chart__line").len(), 2);
    assert_eq!(titles(&doc), ["Latest: 7"]);
    assert!(texts(&doc).is_empty(), "a sparkline has no text");
    assert!(
        with_class(&doc, "kb-chart__bg").is_empty(),
        "transparent on the card"
    );
}

#[test]
fn every_titled_mark_gets_its_title_and_the_root_its_summary() {
    for (name, spec) in samples() {
        let scene = layout(&spec, 640, 360);
        let svg = to_svg(&spec, 640, 360);
        let doc = parse(&svg);
        let expected = scene.marks.iter().filter(|m| m.title.is_some()).count();
        assert!(expected > 0, "{name}");
        assert_eq!(titles(&doc).len(), expected, "{name}");
        let label = doc.root_element().attribute("aria-label").unwrap_or("");
        assert_eq!(label, kpiboard::core::chart::text_summary(&spec), "{name}");
        // every text stays inside the chart horizontally
        for text in doc.descendants().filter(|n| n.has_tag_name("text")) {
            let x: i32 = text.attribute("x").and_then(|v| v.parse().ok()).unwrap_or(-1);
            assert!((0..=640).contains(&x), "{name}: text at x={x}");
        }
    }
}

#[test]
fn text_uses_exact_font_sizes() {
    let svg = render(&ChartSpec::Bar(channel_bars()));
    let doc = parse(&svg);
    let sizes: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.attribute("font-size"))
        .collect();
    assert!(!sizes.is_empty());
    assert!(
        sizes.iter().all(|s| ["11", "12", "13", "14"].contains(s)),
        "{sizes:?}"
    );
}

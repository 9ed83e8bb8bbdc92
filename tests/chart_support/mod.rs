//! Sample chart specs and an SVG checker shared by the chart tests.
#![allow(dead_code)]

use kpiboard::core::chart::{
    BarChart, ChartSpec, FunnelChart, Heatmap, LineChart, Series, Sparkline, StackedBarChart, ValueFormat,
    Waterfall,
};

pub fn eur() -> ValueFormat {
    ValueFormat::Money {
        currency: "EUR".to_string(),
    }
}

pub fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

pub const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// 24 months, Jan 2023 .. Dec 2024.
pub fn month_labels() -> Vec<String> {
    (2023..=2024)
        .flat_map(|y| MONTHS.iter().map(move |m| format!("{m} {y}")))
        .collect()
}

/// Revenue: 20,000 + 900 × i, except Nov 2024 (i = 22) = 41,200 (the peak) and Jan 2023 = 9,800
/// (the low); comparison = previous year's value (none for 2023).
pub fn revenue_line() -> LineChart {
    let values: Vec<Option<f64>> = (0..24)
        .map(|i| match i {
            0 => Some(9_800.0),
            22 => Some(41_200.0),
            i => Some(20_000.0 + 900.0 * i as f64),
        })
        .collect();
    let previous: Vec<Option<f64>> = (0..24)
        .map(|i| if i < 12 { None } else { values[i - 12] })
        .collect();
    LineChart {
        title: "Revenue by month".to_string(),
        x_labels: month_labels(),
        series: vec![
            Series {
                name: "Revenue".to_string(),
                values,
                dashed: false,
            },
            Series {
                name: "Same month last year".to_string(),
                values: previous,
                dashed: true,
            },
        ],
        y_format: eur(),
        area: true,
    }
}

pub fn channel_bars() -> BarChart {
    BarChart {
        title: "Orders by channel".to_string(),
        categories: strings(&["Organic", "Paid search", "Email", "Social", "Referral"]),
        values: vec![1_250.0, 980.0, 640.0, 310.0, 95.0],
        y_format: ValueFormat::Number,
        horizontal: false,
    }
}

pub fn country_bars() -> BarChart {
    BarChart {
        title: "Revenue by country".to_string(),
        categories: strings(&[
            "Germany",
            "대한민국",
            "日本",
            "United Kingdom of Great Britain and Northern Ireland",
            "France",
            "Refunds & adjustments",
        ]),
        values: vec![52_300.0, 31_000.0, 18_750.5, 12_000.0, 4_200.0, -2_500.0],
        y_format: eur(),
        horizontal: true,
    }
}

pub fn sessions_stacked() -> StackedBarChart {
    StackedBarChart {
        title: "Sessions by source".to_string(),
        categories: strings(&["Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]),
        series: vec![
            (
                "Organic".to_string(),
                vec![12_000.0, 12_500.0, 13_100.0, 12_800.0, 14_000.0, 15_200.0],
            ),
            (
                "Paid".to_string(),
                vec![5_000.0, 5_500.0, 4_800.0, 6_100.0, 7_000.0, 7_400.0],
            ),
            (
                "Email".to_string(),
                vec![2_000.0, 1_800.0, 2_200.0, 2_500.0, 3_900.0, 4_100.0],
            ),
            (
                "Social".to_string(),
                vec![1_100.0, 1_300.0, 900.0, 1_000.0, 1_400.0, 1_600.0],
            ),
        ],
        y_format: ValueFormat::Number,
    }
}

pub fn checkout_funnel() -> FunnelChart {
    FunnelChart {
        title: "Checkout funnel".to_string(),
        steps: vec![
            ("Visits".to_string(), 10_000.0),
            ("Product view".to_string(), 6_000.0),
            ("Add to cart".to_string(), 1_200.0),
            ("Checkout".to_string(), 600.0),
            ("Purchase".to_string(), 300.0),
        ],
    }
}

/// 6 monthly cohorts × 6 months; cohort r has 6 - r months of data; retention
/// 1.0 at month 0 then 0.6 - 0.05·k - 0.01·r.
pub fn cohort_heatmap() -> Heatmap {
    let rows = strings(&[
        "Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024", "May 2024", "Jun 2024",
    ]);
    let cells = (0..6)
        .map(|r| {
            (0..6)
                .map(|k| {
                    if k >= 6 - r {
                        None
                    } else if k == 0 {
                        Some(1.0)
                    } else {
                        Some(0.6 - 0.05 * k as f64 - 0.01 * r as f64)
                    }
                })
                .collect()
        })
        .collect();
    Heatmap {
        title: "Customer retention by cohort".to_string(),
        rows,
        columns: (0..6).map(|k| format!("M{k}")).collect(),
        cells,
        value_format: ValueFormat::Percent,
    }
}

/// Orders per weekday × hour: value = (hour-based curve) × (1 + weekday / 10), integer.
pub fn weekday_hour_heatmap() -> Heatmap {
    let cells = (0..7)
        .map(|d| {
            (0..24)
                .map(|h| {
                    let base = if (9..=21).contains(&h) {
                        40.0 + 3.0 * h as f64
                    } else {
                        5.0
                    };
                    Some((base * (1.0 + d as f64 / 10.0)).round())
                })
                .collect()
        })
        .collect();
    Heatmap {
        title: "Orders by weekday and hour".to_string(),
        rows: strings(&["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]),
        columns: (0..24).map(|h| format!("{h:02}")).collect(),
        cells,
        value_format: ValueFormat::Number,
    }
}

/// 10,000 + 1,200 + 400 - 250 - 600 = 10,750.
pub fn mrr_waterfall() -> Waterfall {
    Waterfall {
        title: "MRR movements".to_string(),
        steps: vec![
            ("Starting MRR".to_string(), 10_000.0),
            ("New".to_string(), 1_200.0),
            ("Expansion".to_string(), 400.0),
            ("Contraction".to_string(), -250.0),
            ("Churn".to_string(), -600.0),
        ],
        total_label: "Ending MRR".to_string(),
        value_format: eur(),
    }
}

pub fn trend_sparkline() -> Sparkline {
    Sparkline {
        values: vec![
            Some(3.0),
            Some(4.0),
            Some(3.5),
            None,
            Some(5.0),
            Some(6.0),
            Some(5.5),
            Some(7.0),
        ],
    }
}

/// 365 daily conversion rates (fractions) with a weekly pattern and a 5-day gap.
pub fn daily_conversion() -> LineChart {
    let values = (0..365)
        .map(|d| {
            if (100..105).contains(&d) {
                None
            } else {
                Some(0.021 + 0.004 * ((d % 7) as f64 / 6.0) + 0.00002 * d as f64)
            }
        })
        .collect();
    LineChart {
        title: "Conversion rate by day".to_string(),
        x_labels: (0..365)
            .map(|d| format!("2024-{:02}-{:02}", 1 + d / 31, 1 + d % 31))
            .collect(),
        series: vec![Series {
            name: "Conversion rate".to_string(),
            values,
            dashed: false,
        }],
        y_format: ValueFormat::Percent,
        area: false,
    }
}

/// Every sample with a file name.
pub fn samples() -> Vec<(&'static str, ChartSpec)> {
    vec![
        ("line", ChartSpec::Line(revenue_line())),
        ("line_daily", ChartSpec::Line(daily_conversion())),
        ("bar", ChartSpec::Bar(channel_bars())),
        ("bar_horizontal", ChartSpec::Bar(country_bars())),
        ("stacked_bar", ChartSpec::StackedBar(sessions_stacked())),
        ("funnel", ChartSpec::Funnel(checkout_funnel())),
        ("heatmap_cohort", ChartSpec::Heatmap(cohort_heatmap())),
        ("heatmap_weekday_hour", ChartSpec::Heatmap(weekday_hour_heatmap())),
        ("waterfall", ChartSpec::Waterfall(mrr_waterfall())),
        ("sparkline", ChartSpec::Sparkline(trend_sparkline())),
    ]
}

/// Parses `svg` as XML (panics with the parser's message if it is not well formed) and checks
/// the root is an `<svg>` with `role="img"`.
pub fn parse(svg: &str) -> roxmltree::Document<'_> {
    assert!(
        svg.starts_with("<svg"),
        "does not start with <svg: {}",
        &svg[..svg.len().min(80)]
    );
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("invalid XML: {e}\n{svg}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(root.attribute("role"), Some("img"));
    doc
}

/// Elements whose class list contains `class`.
pub fn with_class<'a>(doc: &'a roxmltree::Document<'a>, class: &str) -> Vec<roxmltree::Node<'a, 'a>> {
    doc.descendants()
        .filter(|n| {
            n.attribute("class")
                .is_some_and(|c| c.split_whitespace().any(|x| x == class))
        })
        .collect()
}

/// The hover `<title>` texts, in document order.
pub fn titles(doc: &roxmltree::Document<'_>) -> Vec<String> {
    doc.descendants()
        .filter(|n| n.has_tag_name("title"))
        .map(|n| n.text().unwrap_or("").to_string())
        .collect()
}

/// The trimmed texts of all `<text>` elements.
pub fn texts(doc: &roxmltree::Document<'_>) -> Vec<String> {
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| {
            n.children()
                .filter(|c| c.is_text())
                .filter_map(|c| c.text())
                .collect::<String>()
                .trim()
                .to_string()
        })
        .collect()
}

//! One or two sentences describing a chart, for screen readers (the SVG's `aria-label`).

use super::labels::full;
use super::plot::bar::bar_value;
use super::plot::funnel::{ratio, step_count, step_rate};
use super::plot::heatmap::{cell, dimensions};
use super::plot::line::value_at;
use super::plot::stacked::stack_extent;
use super::plot::waterfall::{bars, signed};
use super::spec::{ChartSpec, ValueFormat};

/// A sentence summarising `spec`: its title, range and extremes, e.g.
/// `Revenue by month, Jan 2023 to Dec 2024; highest 41,200 EUR in Nov 2024; lowest 9,800 EUR in
/// Jan 2023; latest 38,000 EUR in Dec 2024.`
pub fn text_summary(spec: &ChartSpec) -> String {
    let parts = match spec {
        ChartSpec::Line(c) => line(c),
        ChartSpec::Bar(c) => bar(c),
        ChartSpec::StackedBar(c) => stacked(c),
        ChartSpec::Funnel(c) => funnel(c),
        ChartSpec::Heatmap(c) => heatmap(c),
        ChartSpec::Waterfall(c) => waterfall(c),
        ChartSpec::Sparkline(c) => sparkline(c),
    };
    let title = if matches!(spec, ChartSpec::Sparkline(_)) {
        "Trend"
    } else if spec.title().is_empty() {
        "Chart"
    } else {
        spec.title()
    };
    match parts {
        None => format!("{title}: no data."),
        Some((head, details)) => {
            let mut text = title.to_string();
            text.push_str(&head);
            for (i, d) in details.iter().enumerate() {
                // "Funnel: Visits 10,000; Cart 1,200 …" when there is no head
                text.push_str(if i == 0 && head.is_empty() { ": " } else { "; " });
                text.push_str(d);
            }
            text.push('.');
            text
        }
    }
}

/// `(text after the title, clauses)`; `None` when there is nothing to describe.
type Parts = Option<(String, Vec<String>)>;

/// First index of the largest and of the smallest value.
fn extremes(values: impl Iterator<Item = (usize, f64)>) -> Option<((usize, f64), (usize, f64))> {
    values.fold(None, |acc, (i, v)| match acc {
        None => Some(((i, v), (i, v))),
        Some((hi, lo)) => Some((
            if v > hi.1 { (i, v) } else { hi },
            if v < lo.1 { (i, v) } else { lo },
        )),
    })
}

fn line(c: &super::spec::LineChart) -> Parts {
    let n = c.positions();
    let label = |i: usize| c.x_labels.get(i).map(String::as_str).unwrap_or("?");
    let named = c.series.len() > 1;
    let mut details = Vec::new();
    for s in &c.series {
        let points = (0..n).filter_map(|i| value_at(&s.values, i).map(|v| (i, v)));
        let Some(((hi_i, hi), (lo_i, lo))) = extremes(points) else {
            continue;
        };
        let f = |v: f64| full(v, &c.y_format);
        let prefix = if named {
            format!("{}: ", s.name)
        } else {
            String::new()
        };
        let latest = (0..n).rev().find_map(|i| value_at(&s.values, i).map(|v| (i, v)));
        if hi_i == lo_i {
            details.push(format!("{prefix}{} in {}", f(hi), label(hi_i)));
            continue;
        }
        let mut clause = format!(
            "{prefix}highest {} in {}, lowest {} in {}",
            f(hi),
            label(hi_i),
            f(lo),
            label(lo_i)
        );
        if let Some((i, v)) = latest {
            clause.push_str(&format!(", latest {} in {}", f(v), label(i)));
        }
        details.push(clause);
    }
    if details.is_empty() {
        return None;
    }
    let head = match (c.x_labels.first(), c.x_labels.last()) {
        (Some(a), Some(b)) if c.x_labels.len() > 1 => format!(", {a} to {b}"),
        (Some(a), _) => format!(", {a}"),
        _ => String::new(),
    };
    Some((head, details))
}

fn additive(format: &ValueFormat) -> bool {
    matches!(format, ValueFormat::Number | ValueFormat::Money { .. })
}

fn bar(c: &super::spec::BarChart) -> Parts {
    let n = c.categories.len().max(c.values.len());
    let name = |i: usize| c.categories.get(i).map(String::as_str).unwrap_or("?");
    let values: Vec<(usize, f64)> = (0..n)
        .filter_map(|i| bar_value(&c.values, i).map(|v| (i, v)))
        .collect();
    let ((hi_i, hi), (lo_i, lo)) = extremes(values.iter().copied())?;
    let f = |v: f64| full(v, &c.y_format);
    let mut details = vec![format!("highest {} for {}", f(hi), name(hi_i))];
    if values.len() > 1 {
        details.push(format!("lowest {} for {}", f(lo), name(lo_i)));
    }
    if additive(&c.y_format) && values.len() > 1 {
        details.push(format!("total {}", f(values.iter().map(|(_, v)| v).sum::<f64>())));
    }
    Some((format!(", {n} categories"), details))
}

fn stacked(c: &super::spec::StackedBarChart) -> Parts {
    let n = c
        .series
        .iter()
        .map(|(_, v)| v.len())
        .max()
        .unwrap_or(0)
        .max(c.categories.len());
    let has_values = c
        .series
        .iter()
        .any(|(_, values)| values.iter().any(|v| v.is_finite()));
    if n == 0 || !has_values {
        return None;
    }
    let f = |v: f64| full(v, &c.y_format);
    let name = |i: usize| c.categories.get(i).map(String::as_str).unwrap_or("?");
    let totals = (0..n).map(|i| {
        let (neg, pos) = stack_extent(c, i);
        (i, neg + pos)
    });
    let mut details = Vec::new();
    if let Some(((hi_i, hi), _)) = extremes(totals) {
        details.push(format!("largest total {} for {}", f(hi), name(hi_i)));
    }
    if additive(&c.y_format) {
        for (series, values) in &c.series {
            let sum: f64 = (0..n).filter_map(|i| bar_value(values, i)).sum();
            details.push(format!("{series} {}", f(sum)));
        }
    }
    Some((format!(", {n} categories in {} series", c.series.len()), details))
}

fn funnel(c: &super::spec::FunnelChart) -> Parts {
    if !(0..c.steps.len()).any(|i| step_count(c, i).is_some()) {
        return None;
    }
    let pct = |r: Option<f64>| r.map_or_else(|| "—".to_string(), |r| full(r, &ValueFormat::Percent));
    let mut details = Vec::new();
    for (i, (name, _)) in c.steps.iter().enumerate() {
        let count = step_count(c, i).map_or_else(|| "—".to_string(), |v| full(v, &ValueFormat::Number));
        if i == 0 {
            details.push(format!("{name} {count}"));
        } else {
            details.push(format!(
                "{name} {count} ({} of previous step)",
                pct(step_rate(c, i))
            ));
        }
    }
    if c.steps.len() > 1 {
        let overall = ratio(step_count(c, c.steps.len() - 1), step_count(c, 0));
        details.push(format!("overall conversion {}", pct(overall)));
    }
    Some((String::new(), details))
}

fn heatmap(c: &super::spec::Heatmap) -> Parts {
    let (rows, columns) = dimensions(c);
    let row = |r: usize| c.rows.get(r).map(String::as_str).unwrap_or("?");
    let column = |k: usize| c.columns.get(k).map(String::as_str).unwrap_or("?");
    let values = (0..rows * columns).filter_map(|i| {
        let (r, k) = (i / columns.max(1), i % columns.max(1));
        cell(c, r, k).map(|v| (i, v))
    });
    let ((hi_i, hi), (lo_i, lo)) = extremes(values)?;
    let at = |i: usize| format!("{}, {}", row(i / columns), column(i % columns));
    let f = |v: f64| full(v, &c.value_format);
    let mut details = vec![
        format!("highest {} at {}", f(hi), at(hi_i)),
        format!("lowest {} at {}", f(lo), at(lo_i)),
    ];
    let empty = (0..rows * columns)
        .filter(|i| cell(c, i / columns, i % columns).is_none())
        .count();
    if empty > 0 {
        details.push(format!(
            "{empty} cell{} without data",
            if empty == 1 { "" } else { "s" }
        ));
    }
    Some((format!(", {rows} rows by {columns} columns"), details))
}

fn waterfall(c: &super::spec::Waterfall) -> Parts {
    let bars = bars(c);
    if bars.is_empty() {
        return None;
    }
    let details = bars
        .iter()
        .map(|(name, from, to, total)| {
            if *total {
                format!("{name} {}", full(*to, &c.value_format))
            } else {
                format!("{name} {}", signed(to - from, &c.value_format, false))
            }
        })
        .collect();
    Some((String::new(), details))
}

fn sparkline(c: &super::spec::Sparkline) -> Parts {
    let n = c.values.len();
    let points: Vec<(usize, f64)> = (0..n)
        .filter_map(|i| value_at(&c.values, i).map(|v| (i, v)))
        .collect();
    let ((_, hi), (_, lo)) = extremes(points.iter().copied())?;
    let f = |v: f64| full(v, &ValueFormat::Number);
    let (first, last) = (points.first()?.1, points.last()?.1);
    let head = format!(
        " of {} point{}",
        points.len(),
        if points.len() == 1 { "" } else { "s" }
    );
    Some((
        head,
        vec![
            format!("from {} to {}", f(first), f(last)),
            format!("highest {}, lowest {}", f(hi), f(lo)),
        ],
    ))
}

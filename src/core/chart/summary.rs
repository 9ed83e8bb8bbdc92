//! One or two sentences describing a chart, for screen readers (the SVG's `aria-label`).

use super::labels::full_in;
use super::plot::bar::bar_value;
use super::plot::funnel::{ratio, step_count, step_rate};
use super::plot::heatmap::{cell, dimensions};
use super::plot::line::value_at;
use super::plot::stacked::stack_extent;
use super::plot::waterfall::{bars, signed};
use super::spec::{ChartSpec, ValueFormat};
use crate::core::i18n::{Arg, Lang, Text};

/// A sentence summarising `spec`: its title, range and extremes, e.g.
/// `Revenue by month, Jan 2023 to Dec 2024; highest 41,200 EUR in Nov 2024; lowest 9,800 EUR in
/// Jan 2023; latest 38,000 EUR in Dec 2024.` (in English; [`summary_text`] gives it in any language).
pub fn text_summary(spec: &ChartSpec) -> String {
    summary_text(spec).to_string()
}

/// The summary of `spec` as a translatable [`Text`], values written in English (see [`summary_text_in`]).
pub fn summary_text(spec: &ChartSpec) -> Text {
    summary_text_in(Lang::En, spec)
}

/// The summary of `spec` as a translatable [`Text`] (render it with [`crate::core::i18n::render`]), its
/// values written as `lang` writes numbers.
pub fn summary_text_in(lang: Lang, spec: &ChartSpec) -> Text {
    let parts = match spec {
        ChartSpec::Line(c) => line(lang, c),
        ChartSpec::Bar(c) => bar(lang, c),
        ChartSpec::StackedBar(c) => stacked(lang, c),
        ChartSpec::Funnel(c) => funnel(lang, c),
        ChartSpec::Heatmap(c) => heatmap(lang, c),
        ChartSpec::Waterfall(c) => waterfall(lang, c),
        ChartSpec::Sparkline(c) => sparkline(lang, c),
    };
    let title = if matches!(spec, ChartSpec::Sparkline(_)) {
        Arg::phrase(crate::phrase!("Trend"))
    } else if spec.title().is_empty() {
        Arg::phrase(crate::phrase!("Chart"))
    } else {
        Arg::from(spec.title())
    };
    match parts {
        None => crate::text!("{title}: no data.", title = title),
        Some((None, details)) => crate::text!(
            "{title}: {details}.",
            title = title,
            details = Arg::Texts(details)
        ),
        Some((Some(head), details)) => crate::text!(
            "{title}{head}; {details}.",
            title = title,
            head = head,
            details = Arg::Texts(details)
        ),
    }
}

/// `(text after the title, clauses)`; `None` when there is nothing to describe.
type Parts = Option<(Option<Text>, Vec<Text>)>;

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

fn line(lang: Lang, c: &super::spec::LineChart) -> Parts {
    let n = c.positions();
    let label = |i: usize| c.x_labels.get(i).map(String::as_str).unwrap_or("?");
    let named = c.series.len() > 1;
    let mut details = Vec::new();
    for s in &c.series {
        let points = (0..n).filter_map(|i| value_at(&s.values, i).map(|v| (i, v)));
        let Some(((hi_i, hi), (lo_i, lo))) = extremes(points) else {
            continue;
        };
        let f = |v: f64| full_in(lang, v, &c.y_format);
        let latest = (0..n).rev().find_map(|i| value_at(&s.values, i).map(|v| (i, v)));
        let clause = if hi_i == lo_i {
            crate::text!("{value} in {at}", value = f(hi), at = label(hi_i))
        } else if let Some((i, v)) = latest {
            crate::text!(
                "highest {high} in {high_at}, lowest {low} in {low_at}, latest {latest} in {latest_at}",
                high = f(hi),
                high_at = label(hi_i),
                low = f(lo),
                low_at = label(lo_i),
                latest = f(v),
                latest_at = label(i)
            )
        } else {
            crate::text!(
                "highest {high} in {high_at}, lowest {low} in {low_at}",
                high = f(hi),
                high_at = label(hi_i),
                low = f(lo),
                low_at = label(lo_i)
            )
        };
        details.push(if named {
            crate::text!("{series}: {clause}", series = &s.name, clause = clause)
        } else {
            clause
        });
    }
    if details.is_empty() {
        return None;
    }
    let head = match (c.x_labels.first(), c.x_labels.last()) {
        (Some(a), Some(b)) if c.x_labels.len() > 1 => {
            Some(crate::text!(", {first} to {last}", first = a, last = b))
        }
        (Some(a), _) => Some(crate::text!(", {first}", first = a)),
        _ => None,
    };
    Some((head, details))
}

fn additive(format: &ValueFormat) -> bool {
    matches!(format, ValueFormat::Number | ValueFormat::Money { .. })
}

fn bar(lang: Lang, c: &super::spec::BarChart) -> Parts {
    let n = c.categories.len().max(c.values.len());
    let name = |i: usize| c.categories.get(i).map(String::as_str).unwrap_or("?");
    let values: Vec<(usize, f64)> = (0..n)
        .filter_map(|i| bar_value(&c.values, i).map(|v| (i, v)))
        .collect();
    let ((hi_i, hi), (lo_i, lo)) = extremes(values.iter().copied())?;
    let f = |v: f64| full_in(lang, v, &c.y_format);
    let mut details = vec![crate::text!(
        "highest {value} for {name}",
        value = f(hi),
        name = name(hi_i)
    )];
    if values.len() > 1 {
        details.push(crate::text!(
            "lowest {value} for {name}",
            value = f(lo),
            name = name(lo_i)
        ));
    }
    if additive(&c.y_format) && values.len() > 1 {
        details.push(crate::text!(
            "total {value}",
            value = f(values.iter().map(|(_, v)| v).sum::<f64>())
        ));
    }
    Some((
        Some(crate::text_n!(
            ", {count} category",
            ", {count} categories",
            count = n
        )),
        details,
    ))
}

fn stacked(lang: Lang, c: &super::spec::StackedBarChart) -> Parts {
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
    let f = |v: f64| full_in(lang, v, &c.y_format);
    let name = |i: usize| c.categories.get(i).map(String::as_str).unwrap_or("?");
    let totals = (0..n).map(|i| {
        let (neg, pos) = stack_extent(c, i);
        (i, neg + pos)
    });
    let mut details = Vec::new();
    if let Some(((hi_i, hi), _)) = extremes(totals) {
        details.push(crate::text!(
            "largest total {value} for {name}",
            value = f(hi),
            name = name(hi_i)
        ));
    }
    if additive(&c.y_format) {
        for (series, values) in &c.series {
            let sum: f64 = (0..n).filter_map(|i| bar_value(values, i)).sum();
            details.push(crate::text!("{name} {value}", name = series, value = f(sum)));
        }
    }
    Some((
        Some(crate::text!(
            ", {categories} categories in {series} series",
            categories = n,
            series = c.series.len()
        )),
        details,
    ))
}

fn funnel(lang: Lang, c: &super::spec::FunnelChart) -> Parts {
    if !(0..c.steps.len()).any(|i| step_count(c, i).is_some()) {
        return None;
    }
    let pct = |r: Option<f64>| r.map_or_else(|| "—".to_string(), |r| full_in(lang, r, &ValueFormat::Percent));
    let mut details = Vec::new();
    for (i, (name, _)) in c.steps.iter().enumerate() {
        let count =
            step_count(c, i).map_or_else(|| "—".to_string(), |v| full_in(lang, v, &ValueFormat::Number));
        if i == 0 {
            details.push(crate::text!("{name} {value}", name = name, value = count));
        } else {
            details.push(crate::text!(
                "{name} {value} ({rate} of previous step)",
                name = name,
                value = count,
                rate = pct(step_rate(c, i))
            ));
        }
    }
    if c.steps.len() > 1 {
        let overall = ratio(step_count(c, c.steps.len() - 1), step_count(c, 0));
        details.push(crate::text!("overall conversion {rate}", rate = pct(overall)));
    }
    Some((None, details))
}

fn heatmap(lang: Lang, c: &super::spec::Heatmap) -> Parts {
    let (rows, columns) = dimensions(c);
    let row = |r: usize| c.rows.get(r).map(String::as_str).unwrap_or("?");
    let column = |k: usize| c.columns.get(k).map(String::as_str).unwrap_or("?");
    let values = (0..rows * columns).filter_map(|i| {
        let (r, k) = (i / columns.max(1), i % columns.max(1));
        cell(c, r, k).map(|v| (i, v))
    });
    let ((hi_i, hi), (lo_i, lo)) = extremes(values)?;
    let f = |v: f64| full_in(lang, v, &c.value_format);
    let mut details = vec![
        crate::text!(
            "highest {value} at {row}, {column}",
            value = f(hi),
            row = row(hi_i / columns),
            column = column(hi_i % columns)
        ),
        crate::text!(
            "lowest {value} at {row}, {column}",
            value = f(lo),
            row = row(lo_i / columns),
            column = column(lo_i % columns)
        ),
    ];
    let empty = (0..rows * columns)
        .filter(|i| cell(c, i / columns, i % columns).is_none())
        .count();
    if empty > 0 {
        details.push(crate::text_n!(
            "{count} cell without data",
            "{count} cells without data",
            count = empty
        ));
    }
    Some((
        Some(crate::text!(
            ", {rows} rows by {columns} columns",
            rows = rows,
            columns = columns
        )),
        details,
    ))
}

fn waterfall(lang: Lang, c: &super::spec::Waterfall) -> Parts {
    let bars = bars(c);
    if bars.is_empty() {
        return None;
    }
    let details = bars
        .iter()
        .map(|(name, from, to, total)| {
            let value = if *total {
                full_in(lang, *to, &c.value_format)
            } else {
                signed(lang, to - from, &c.value_format, false)
            };
            crate::text!("{name} {value}", name = name.to_string(), value = value)
        })
        .collect();
    Some((None, details))
}

fn sparkline(lang: Lang, c: &super::spec::Sparkline) -> Parts {
    let n = c.values.len();
    let points: Vec<(usize, f64)> = (0..n)
        .filter_map(|i| value_at(&c.values, i).map(|v| (i, v)))
        .collect();
    let ((_, hi), (_, lo)) = extremes(points.iter().copied())?;
    let f = |v: f64| full_in(lang, v, &ValueFormat::Number);
    let (first, last) = (points.first()?.1, points.last()?.1);
    Some((
        Some(crate::text_n!(
            " of {count} point",
            " of {count} points",
            count = points.len()
        )),
        vec![
            crate::text!("from {first} to {last}", first = f(first), last = f(last)),
            crate::text!("highest {high}, lowest {low}", high = f(hi), low = f(lo)),
        ],
    ))
}

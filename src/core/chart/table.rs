//! The table view of a chart (`to_table`, formatted for reading) and its spreadsheet form
//! (`to_export_table`, plain numbers for CSV).

use super::labels::full_in;
use super::plot::bar::bar_value;
use super::plot::funnel::{ratio, step_count, step_rate};
use super::plot::heatmap::{cell, dimensions};
use super::plot::line::value_at;
use super::plot::waterfall::bars;
use super::spec::{ChartSpec, ValueFormat};
use crate::core::i18n::{phrase, Lang};

/// A table: header cells and rows of cells.
pub type TableView = (Vec<String>, Vec<Vec<String>>);

/// How numbers are written in a table.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    /// `41,200 EUR`, `12.3%` — for people.
    Display,
    /// `41200`, `12.3` (unit in the header) — for spreadsheets.
    Plain,
}

/// The chart's data as a readable table: values formatted as on the chart's hovers
/// (`41,200 EUR`, `12.3%`), `—` for missing values.
pub fn to_table(spec: &ChartSpec) -> TableView {
    build(spec, Style::Display, Lang::En)
}

/// [`to_table`] with its header words in `lang`.
pub fn to_table_in(lang: Lang, spec: &ChartSpec) -> TableView {
    build(spec, Style::Display, lang)
}

/// The chart's data for a spreadsheet: plain numbers with `.` as decimal separator and no
/// grouping, percentages as numbers of percent (`12.3` for 12.3%), the unit in the header
/// (`Revenue (EUR)`, `Conversion (%)`), empty cells for missing values.
pub fn to_export_table(spec: &ChartSpec) -> TableView {
    build(spec, Style::Plain, Lang::En)
}

/// [`to_export_table`] with its header words in `lang`.
pub fn to_export_table_in(lang: Lang, spec: &ChartSpec) -> TableView {
    build(spec, Style::Plain, lang)
}

/// A number with at most 10 decimals, no exponent, no grouping, trailing zeros removed.
pub fn plain_number(v: f64) -> String {
    if !v.is_finite() {
        return String::new();
    }
    if v.abs() >= 1e15 {
        return format!("{v}");
    }
    let text = format!("{v:.10}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_string()
    } else {
        text.to_string()
    }
}

fn cell_text(lang: Lang, v: Option<f64>, format: &ValueFormat, style: Style) -> String {
    match (v.filter(|v| v.is_finite()), style) {
        (None, Style::Display) => "—".to_string(),
        (None, Style::Plain) => String::new(),
        (Some(v), Style::Display) => full_in(lang, v, format),
        (Some(v), Style::Plain) => match format {
            ValueFormat::Percent => plain_number(v * 100.0),
            _ => plain_number(v),
        },
    }
}

/// A header word in `lang` (names that are not translatable phrases, such as series names, stay).
fn word(lang: Lang, english: &str) -> String {
    phrase(lang, english)
}

fn header(lang: Lang, name: &str, format: &ValueFormat, style: Style) -> String {
    let name = word(lang, name);
    if style == Style::Display {
        return name;
    }
    match format {
        ValueFormat::Money { currency } if !currency.is_empty() => format!("{name} ({currency})"),
        ValueFormat::Percent => format!("{name} (%)"),
        ValueFormat::Days => format!("{name} ({})", word(lang, crate::phrase!("days"))),
        _ => name,
    }
}

fn build(spec: &ChartSpec, style: Style, lang: Lang) -> TableView {
    let label = |labels: &[String], i: usize| labels.get(i).cloned().unwrap_or_default();
    match spec {
        ChartSpec::Line(c) => {
            let n = c.positions();
            let mut head = vec![word(lang, crate::phrase!("Period"))];
            head.extend(c.series.iter().map(|s| header(lang, &s.name, &c.y_format, style)));
            let rows = (0..n)
                .map(|i| {
                    let mut row = vec![label(&c.x_labels, i)];
                    row.extend(
                        c.series
                            .iter()
                            .map(|s| cell_text(lang, value_at(&s.values, i), &c.y_format, style)),
                    );
                    row
                })
                .collect();
            (head, rows)
        }
        ChartSpec::Bar(c) => {
            let n = c.categories.len().max(c.values.len());
            let head = vec![
                word(lang, crate::phrase!("Category")),
                header(lang, crate::phrase!("Value"), &c.y_format, style),
            ];
            let rows = (0..n)
                .map(|i| {
                    vec![
                        label(&c.categories, i),
                        cell_text(lang, bar_value(&c.values, i), &c.y_format, style),
                    ]
                })
                .collect();
            (head, rows)
        }
        ChartSpec::StackedBar(c) => {
            let n = c
                .series
                .iter()
                .map(|(_, v)| v.len())
                .max()
                .unwrap_or(0)
                .max(c.categories.len());
            let mut head = vec![word(lang, crate::phrase!("Category"))];
            head.extend(
                c.series
                    .iter()
                    .map(|(name, _)| header(lang, name, &c.y_format, style)),
            );
            head.push(header(lang, crate::phrase!("Total"), &c.y_format, style));
            let rows = (0..n)
                .map(|i| {
                    let mut row = vec![label(&c.categories, i)];
                    let mut total = 0.0;
                    for (_, values) in &c.series {
                        let v = bar_value(values, i);
                        total += v.unwrap_or(0.0);
                        row.push(cell_text(lang, v, &c.y_format, style));
                    }
                    row.push(cell_text(lang, Some(total), &c.y_format, style));
                    row
                })
                .collect();
            (head, rows)
        }
        ChartSpec::Funnel(c) => {
            let pct = ValueFormat::Percent;
            let head = vec![
                word(lang, crate::phrase!("Step")),
                word(lang, crate::phrase!("Count")),
                header(lang, crate::phrase!("Of previous step"), &pct, style),
                header(lang, crate::phrase!("Of first step"), &pct, style),
            ];
            let first = step_count(c, 0);
            let rows = c
                .steps
                .iter()
                .enumerate()
                .map(|(i, (name, _))| {
                    let count = step_count(c, i);
                    vec![
                        name.clone(),
                        cell_text(lang, count, &ValueFormat::Number, style),
                        cell_text(lang, step_rate(c, i), &pct, style),
                        cell_text(lang, ratio(count, first), &pct, style),
                    ]
                })
                .collect();
            (head, rows)
        }
        ChartSpec::Heatmap(c) => {
            let (rows, columns) = dimensions(c);
            let mut head = vec![String::new()];
            head.extend((0..columns).map(|k| label(&c.columns, k)));
            let body = (0..rows)
                .map(|r| {
                    let mut row = vec![label(&c.rows, r)];
                    row.extend((0..columns).map(|k| cell_text(lang, cell(c, r, k), &c.value_format, style)));
                    row
                })
                .collect();
            if style == Style::Plain {
                if let Some(corner) = head.first_mut() {
                    *corner = header(lang, "", &c.value_format, style).trim().to_string();
                }
            }
            (head, body)
        }
        ChartSpec::Waterfall(c) => {
            let f = &c.value_format;
            let head = vec![
                word(lang, crate::phrase!("Step")),
                header(lang, crate::phrase!("Change"), f, style),
                header(lang, crate::phrase!("Running total"), f, style),
            ];
            let rows = bars(c)
                .into_iter()
                .map(|(name, from, to, total)| {
                    let change = if total {
                        match style {
                            Style::Display => "—".to_string(),
                            Style::Plain => String::new(),
                        }
                    } else {
                        cell_text(lang, Some(to - from), f, style)
                    };
                    vec![name.to_string(), change, cell_text(lang, Some(to), f, style)]
                })
                .collect();
            (head, rows)
        }
        ChartSpec::Sparkline(c) => {
            let head = vec![
                word(lang, crate::phrase!("Point")),
                word(lang, crate::phrase!("Value")),
            ];
            let rows = (0..c.values.len())
                .map(|i| {
                    vec![
                        (i + 1).to_string(),
                        cell_text(lang, value_at(&c.values, i), &ValueFormat::Number, style),
                    ]
                })
                .collect();
            (head, rows)
        }
    }
}

//! Line and area chart, with dashed comparison series and a hover title on every point.

use super::frame::{self, Area, LegendItem, PAD};
use crate::core::chart::labels::full_in;
use crate::core::chart::palette::{self};
use crate::core::chart::scene::{px, Mark, Point, Scene, Shape};
use crate::core::chart::spec::LineChart;
use crate::core::chart::ticks::{finite, Scale, LIMIT};

/// The value at `i` if present and finite (clamped to the drawable range).
pub fn value_at(values: &[Option<f64>], i: usize) -> Option<f64> {
    values
        .get(i)
        .copied()
        .flatten()
        .filter(|v| v.is_finite())
        .map(|v| v.clamp(-LIMIT, LIMIT))
}

/// Whether a value axis should start at zero: always for areas, and when the data does not sit
/// far from zero (otherwise small changes of a rate would be flattened).
pub fn wants_zero(lo: f64, hi: f64, area: bool) -> bool {
    area || lo.signum() != hi.signum() || lo.abs().min(hi.abs()) <= 0.5 * lo.abs().max(hi.abs())
}

/// Lays out a line chart.
pub fn layout(chart: &LineChart, scene: &mut Scene) {
    let top = frame::begin(scene, &chart.title);
    let n = chart.positions();
    let all = finite(
        chart
            .series
            .iter()
            .flat_map(|s| s.values.iter().map(|v| v.unwrap_or(f64::NAN))),
    );
    let (lo, hi) = all.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    if n == 0 || lo > hi {
        frame::no_data(scene, top);
        return;
    }
    let (w, h) = (f64::from(scene.width), f64::from(scene.height));
    let mut top = top;
    let with_legend = chart.series.len() > 1 || chart.series.iter().any(|s| s.dashed);
    if with_legend {
        let items: Vec<LegendItem<'_>> = chart
            .series
            .iter()
            .enumerate()
            .map(|(i, s)| LegendItem {
                name: &s.name,
                color: palette::series_color(i),
                dashed: s.dashed,
            })
            .collect();
        top = frame::legend(scene, &items, PAD, top, w - PAD);
    }
    let target_ticks = ((h - top) / 50.0).clamp(2.0, 8.0) as usize;
    let scale = Scale::nice(lo, hi, target_ticks, wants_zero(lo, hi, chart.area));
    let axis_w = frame::value_axis_width(scene.lang, &scale, &chart.y_format);
    let area = Area {
        left: PAD + axis_w,
        top: top + 6.0,
        right: w - PAD - 8.0,
        bottom: h - PAD - 20.0,
    };
    frame::value_grid_horizontal(scene, &scale, &chart.y_format, area);

    let xs: Vec<f64> = if n == 1 {
        vec![(area.left + area.right) / 2.0]
    } else {
        let inset = 6.0;
        let span = (area.width() - 2.0 * inset).max(0.0);
        (0..n)
            .map(|i| area.left + inset + span * i as f64 / (n - 1) as f64)
            .collect()
    };
    let y_of = |v: f64| scale.to_px(v, area.bottom, area.top);
    let label = |i: usize| chart.x_labels.get(i).map(String::as_str).unwrap_or("");

    // area under the main series (first solid one)
    if chart.area {
        if let Some((index, main)) = chart.series.iter().enumerate().find(|(_, s)| !s.dashed) {
            let base = px(y_of(0.0f64.clamp(scale.min, scale.max)));
            for run in runs(&main.values, n) {
                let mut points: Vec<Point> = run
                    .iter()
                    .filter_map(|&i| Some((px(*xs.get(i)?), px(y_of(value_at(&main.values, i)?)))))
                    .collect();
                if let (Some(first), Some(last)) = (points.first().copied(), points.last().copied()) {
                    points.push((last.0, base));
                    points.push((first.0, base));
                    scene.add(
                        "kb-chart__area",
                        Shape::Polygon {
                            points,
                            fill: palette::series_color(index),
                            opacity: 0.15,
                        },
                    );
                }
            }
        }
    }

    // lines, solid series last so they sit on top of the comparison
    let mut order: Vec<usize> = (0..chart.series.len()).collect();
    order.sort_by_key(|&i| chart.series.get(i).map(|s| !s.dashed));
    let radius = if n <= 60 { 3 } else { 2 };
    for i in order {
        let Some(series) = chart.series.get(i) else {
            continue;
        };
        let color = palette::series_color(i);
        for run in runs(&series.values, n) {
            let points: Vec<Point> = run
                .iter()
                .filter_map(|&k| Some((px(*xs.get(k)?), px(y_of(value_at(&series.values, k)?)))))
                .collect();
            if points.len() >= 2 {
                scene.marks.push(Mark {
                    shape: Shape::Path {
                        points,
                        color,
                        width: 2,
                    },
                    class: "kb-chart__line",
                    title: None,
                    dashed: series.dashed,
                });
            }
        }
        for (k, x) in xs.iter().enumerate() {
            let Some(v) = value_at(&series.values, k) else {
                continue;
            };
            let name = if series.name.is_empty() {
                String::new()
            } else {
                format!(" · {}", series.name)
            };
            scene.add_titled(
                "kb-chart__point",
                Shape::Circle {
                    center: (px(*x), px(y_of(v))),
                    radius,
                    fill: color,
                },
                format!("{}{name}: {}", label(k), full_in(scene.lang, v, &chart.y_format)),
            );
        }
    }
    let labels: Vec<&str> = (0..n).map(label).collect();
    frame::category_labels(scene, &labels, &xs, area.bottom + 12.0, frame::Crowded::Thin);
}

/// Runs of consecutive positions that have a value (gaps split the line).
fn runs(values: &[Option<f64>], n: usize) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut current = Vec::new();
    for i in 0..n {
        if value_at(values, i).is_some() {
            current.push(i);
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

//! Bar chart, vertical or horizontal, with value labels and a hover title on every bar.

use super::frame::{self, look, Area, LABEL_PX, PAD};
use crate::core::chart::labels::{compact_in, fit, full_in, text_width};
use crate::core::chart::palette;
use crate::core::chart::scene::{px, Align, Scene, Shape};
use crate::core::chart::spec::BarChart;
use crate::core::chart::ticks::{finite, Scale, LIMIT};

/// The value of bar `i` if present and finite.
pub fn bar_value(values: &[f64], i: usize) -> Option<f64> {
    values
        .get(i)
        .copied()
        .filter(|v| v.is_finite())
        .map(|v| v.clamp(-LIMIT, LIMIT))
}

/// Lays out a bar chart.
pub fn layout(chart: &BarChart, scene: &mut Scene) {
    let top = frame::begin(scene, &chart.title);
    let n = chart.categories.len().max(chart.values.len());
    let (lo, hi) = finite(chart.values.iter().copied())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    if n == 0 || lo > hi {
        frame::no_data(scene, top);
        return;
    }
    if chart.horizontal {
        horizontal(chart, scene, top, n, lo, hi);
    } else {
        vertical(chart, scene, top, n, lo, hi);
    }
}

fn category(chart: &BarChart, i: usize) -> &str {
    chart.categories.get(i).map(String::as_str).unwrap_or("")
}

fn vertical(chart: &BarChart, scene: &mut Scene, top: f64, n: usize, lo: f64, hi: f64) {
    let (w, h) = (f64::from(scene.width), f64::from(scene.height));
    let target_ticks = ((h - top) / 50.0).clamp(2.0, 8.0) as usize;
    let scale = Scale::nice(lo, hi, target_ticks, true);
    let axis_w = frame::value_axis_width(scene.lang, &scale, &chart.y_format);
    let area = Area {
        left: PAD + axis_w,
        top: top + 14.0,
        right: w - PAD,
        bottom: h - PAD - 20.0,
    };
    frame::value_grid_horizontal(scene, &scale, &chart.y_format, area);
    let slot = area.width() / n as f64;
    let bar_w = (slot * 0.7).clamp(1.0, 80.0);
    let zero = scale.to_px(0.0, area.bottom, area.top);
    let size = f64::from(LABEL_PX);
    let centers: Vec<f64> = (0..n).map(|i| area.left + slot * (i as f64 + 0.5)).collect();
    for (i, x) in centers.iter().enumerate() {
        let Some(v) = bar_value(&chart.values, i) else {
            continue;
        };
        let y = scale.to_px(v, area.bottom, area.top);
        scene.add_titled(
            "kb-chart__bar",
            Shape::Rect {
                from: (px(x - bar_w / 2.0), px(y)),
                to: (px(x + bar_w / 2.0), px(zero)),
                fill: palette::series_color(0),
            },
            format!(
                "{}: {}",
                category(chart, i),
                full_in(scene.lang, v, &chart.y_format)
            ),
        );
        // the full value when it fits above the bar, else the compact one
        let text = [
            full_in(scene.lang, v, &chart.y_format),
            compact_in(scene.lang, v, &chart.y_format),
        ]
        .into_iter()
        .find(|t| text_width(t, size) + 4.0 <= slot);
        if let Some(text) = text {
            let label_y = if v >= 0.0 { y - 7.0 } else { y + 8.0 };
            scene.text(
                "kb-chart__value",
                (px(*x), px(label_y)),
                &text,
                look(LABEL_PX, palette::TEXT, Align::Middle),
            );
        }
    }
    let labels: Vec<&str> = (0..n).map(|i| category(chart, i)).collect();
    frame::category_labels(
        scene,
        &labels,
        &centers,
        area.bottom + 12.0,
        frame::Crowded::Shorten,
    );
}

fn horizontal(chart: &BarChart, scene: &mut Scene, top: f64, n: usize, lo: f64, hi: f64) {
    let (w, h) = (f64::from(scene.width), f64::from(scene.height));
    let size = f64::from(LABEL_PX);
    let widest = (0..n)
        .map(|i| text_width(category(chart, i), size))
        .fold(0.0, f64::max);
    let label_w = widest.min(w * 0.35) + 8.0;
    let scale = Scale::nice(lo, hi, ((w - label_w) / 60.0).clamp(2.0, 8.0) as usize, true);
    let value_w = text_width(&compact_in(scene.lang, hi.max(-lo), &chart.y_format), size) + 12.0;
    let area = Area {
        left: PAD + label_w,
        top,
        right: w - PAD - value_w,
        bottom: h - PAD - 20.0,
    };
    frame::value_grid_vertical(scene, &scale, &chart.y_format, area);
    let slot = area.height() / n as f64;
    let bar_h = (slot * 0.7).clamp(1.0, 28.0);
    let zero = scale.to_px(0.0, area.left, area.right);
    let every = frame::label_step(size + 2.0, slot);
    for i in 0..n {
        let y = area.top + slot * (i as f64 + 0.5);
        if i % every == 0 {
            scene.text(
                "kb-chart__tick",
                (px(area.left - 6.0), px(y)),
                &fit(category(chart, i), label_w - 8.0, size),
                look(LABEL_PX, palette::MUTED_TEXT, Align::End),
            );
        }
        let Some(v) = bar_value(&chart.values, i) else {
            continue;
        };
        let x = scale.to_px(v, area.left, area.right);
        scene.add_titled(
            "kb-chart__bar",
            Shape::Rect {
                from: (px(zero), px(y - bar_h / 2.0)),
                to: (px(x), px(y + bar_h / 2.0)),
                fill: palette::series_color(0),
            },
            format!(
                "{}: {}",
                category(chart, i),
                full_in(scene.lang, v, &chart.y_format)
            ),
        );
        if slot >= size {
            let text = compact_in(scene.lang, v, &chart.y_format);
            let fits_left = x - area.left >= text_width(&text, size) + 6.0;
            let (at, align) = if v >= 0.0 {
                (x + 4.0, Align::Start)
            } else if fits_left {
                (x - 4.0, Align::End)
            } else {
                // no room left of a short negative bar: write it right of the zero line
                (zero + 4.0, Align::Start)
            };
            scene.text(
                "kb-chart__value",
                (px(at), px(y)),
                &text,
                look(LABEL_PX, palette::TEXT, align),
            );
        }
    }
}

//! Stacked bar chart: positive parts stack up from zero, negative parts down.

use super::bar::bar_value;
use super::frame::{self, look, Area, LegendItem, LABEL_PX, PAD};
use crate::core::chart::labels::{compact_in, full_in, text_width};
use crate::core::chart::palette;
use crate::core::chart::scene::{px, Align, Scene, Shape};
use crate::core::chart::spec::StackedBarChart;
use crate::core::chart::ticks::Scale;

/// `(sum of negative parts, sum of positive parts)` of category `i`.
pub fn stack_extent(chart: &StackedBarChart, i: usize) -> (f64, f64) {
    chart
        .series
        .iter()
        .filter_map(|(_, values)| bar_value(values, i))
        .fold(
            (0.0, 0.0),
            |(neg, pos), v| {
                if v < 0.0 {
                    (neg + v, pos)
                } else {
                    (neg, pos + v)
                }
            },
        )
}

/// Lays out a stacked bar chart.
pub fn layout(chart: &StackedBarChart, scene: &mut Scene) {
    let top = frame::begin(scene, &chart.title);
    let n = chart
        .series
        .iter()
        .map(|(_, v)| v.len())
        .max()
        .unwrap_or(0)
        .max(chart.categories.len());
    let any_value = chart
        .series
        .iter()
        .any(|(_, values)| values.iter().any(|v| v.is_finite()));
    if n == 0 || !any_value {
        frame::no_data(scene, top);
        return;
    }
    let (w, h) = (f64::from(scene.width), f64::from(scene.height));
    let items: Vec<LegendItem<'_>> = chart
        .series
        .iter()
        .enumerate()
        .map(|(i, (name, _))| LegendItem {
            name,
            color: palette::series_color(i),
            dashed: false,
        })
        .collect();
    let top = frame::legend(scene, &items, PAD, top, w - PAD);
    let (lo, hi) = (0..n)
        .map(|i| stack_extent(chart, i))
        .fold((0.0f64, 0.0f64), |(lo, hi), (neg, pos)| {
            (lo.min(neg), hi.max(pos))
        });
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
    let y_of = |v: f64| scale.to_px(v, area.bottom, area.top);
    let centers: Vec<f64> = (0..n).map(|i| area.left + slot * (i as f64 + 0.5)).collect();
    let category = |i: usize| chart.categories.get(i).map(String::as_str).unwrap_or("");
    for (i, x) in centers.iter().enumerate() {
        let (mut up, mut down) = (0.0, 0.0);
        for (s, (name, values)) in chart.series.iter().enumerate() {
            let Some(v) = bar_value(values, i) else {
                continue;
            };
            let base = if v < 0.0 { &mut down } else { &mut up };
            let (from, to) = (*base, *base + v);
            *base = to;
            scene.add_titled(
                "kb-chart__bar",
                Shape::Rect {
                    from: (px(x - bar_w / 2.0), px(y_of(to))),
                    to: (px(x + bar_w / 2.0), px(y_of(from))),
                    fill: palette::series_color(s),
                },
                format!(
                    "{} · {name}: {}",
                    category(i),
                    full_in(scene.lang, v, &chart.y_format)
                ),
            );
        }
        let total = up + down;
        let text = compact_in(scene.lang, total, &chart.y_format);
        if text_width(&text, f64::from(LABEL_PX)) + 2.0 <= slot && up > 0.0 {
            scene.text(
                "kb-chart__value",
                (px(*x), px(y_of(up) - 7.0)),
                &text,
                look(LABEL_PX, palette::TEXT, Align::Middle),
            );
        }
    }
    let labels: Vec<&str> = (0..n).map(category).collect();
    frame::category_labels(scene, &labels, &centers, area.bottom + 12.0, frame::Crowded::Thin);
}

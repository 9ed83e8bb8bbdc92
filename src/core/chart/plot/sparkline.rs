//! Sparkline: the trend line of a KPI card, no axes, a dot on the latest value.

use super::frame;
use super::line::value_at;
use crate::core::chart::labels::full_in;
use crate::core::chart::palette;
use crate::core::chart::scene::{px, Point, Scene, Shape};
use crate::core::chart::spec::{Sparkline, ValueFormat};
use crate::core::chart::ticks::{finite, Scale};

/// Lays out a sparkline (transparent background, so it sits on any card).
pub fn layout(chart: &Sparkline, scene: &mut Scene) {
    let n = chart.values.len();
    let (lo, hi) = finite(chart.values.iter().map(|v| v.unwrap_or(f64::NAN)))
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    if n == 0 || lo > hi {
        frame::no_data(scene, 0.0);
        return;
    }
    let (w, h) = (f64::from(scene.width), f64::from(scene.height));
    let pad = 3.0;
    let scale = if lo == hi {
        Scale {
            min: lo - 1.0,
            max: hi + 1.0,
            step: 1.0,
        }
    } else {
        Scale {
            min: lo,
            max: hi,
            step: hi - lo,
        }
    };
    let x_of = |i: usize| {
        if n == 1 {
            w / 2.0
        } else {
            pad + (w - 2.0 * pad) * i as f64 / (n - 1) as f64
        }
    };
    let y_of = |v: f64| scale.to_px(v, h - pad, pad);
    let color = palette::series_color(0);
    let mut run: Vec<Point> = Vec::new();
    let flush = |run: &mut Vec<Point>, scene: &mut Scene| {
        if run.len() >= 2 {
            scene.add(
                "kb-chart__line",
                Shape::Path {
                    points: std::mem::take(run),
                    color,
                    width: 2,
                },
            );
        }
        run.clear();
    };
    for i in 0..n {
        match value_at(&chart.values, i) {
            Some(v) => run.push((px(x_of(i)), px(y_of(v)))),
            None => flush(&mut run, scene),
        }
    }
    flush(&mut run, scene);
    if let Some((i, v)) = (0..n)
        .rev()
        .find_map(|i| value_at(&chart.values, i).map(|v| (i, v)))
    {
        scene.add_titled(
            "kb-chart__point",
            Shape::Circle {
                center: (px(x_of(i)), px(y_of(v))),
                radius: 2,
                fill: color,
            },
            crate::core::i18n::render(
                scene.lang,
                &crate::text!(
                    "Latest: {value}",
                    value = full_in(scene.lang, v, &ValueFormat::Number)
                ),
            ),
        );
    }
}

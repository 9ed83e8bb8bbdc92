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
            Some(v) => push_thinned(&mut run, (px(x_of(i)), px(y_of(v)))),
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

/// Appends `point` to a line, keeping at most the highest and the lowest point of each pixel column
/// (in their order): a card's 160-pixel line of two years of days draws the same shape from a few
/// hundred points instead of 730, which the browser then lays out and paints faster.
fn push_thinned(run: &mut Vec<Point>, point: Point) {
    let column = point.0;
    // The points already in this column (at most two: its extremes so far).
    let start = run.len() - run.iter().rev().take_while(|p| p.0 == column).count();
    match run.len() - start {
        0 | 1 => run.push(point),
        _ => {
            let (a, b) = (run[start].1, run[start + 1].1);
            let (low, high) = (a.min(b), a.max(b));
            if point.1 < low {
                // A new extreme replaces the one of the same side, keeping the column's order.
                let keep = if a == high { start } else { start + 1 };
                let kept = run[keep];
                run.truncate(start);
                run.push(kept);
                run.push(point);
            } else if point.1 > high {
                let keep = if a == low { start } else { start + 1 };
                let kept = run[keep];
                run.truncate(start);
                run.push(kept);
                run.push(point);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_column_keeps_its_highest_and_lowest_points_in_order() {
        let mut run = Vec::new();
        for p in [(0, 5), (1, 4), (1, 9), (1, 2), (1, 6), (2, 3)] {
            push_thinned(&mut run, p);
        }
        assert_eq!(run, vec![(0, 5), (1, 9), (1, 2), (2, 3)]);
        let mut run = Vec::new();
        for p in [(1, 1), (1, 8), (1, 5), (1, 0)] {
            push_thinned(&mut run, p);
        }
        assert_eq!(
            run,
            vec![(1, 8), (1, 0)],
            "the first extreme is replaced by a lower one"
        );
    }

    #[test]
    fn a_long_series_is_drawn_with_at_most_two_points_per_pixel() {
        let values: Vec<Option<f64>> = (0..730).map(|i| Some(((i * 37) % 101) as f64)).collect();
        let svg = crate::core::chart::draw::to_svg_in(
            crate::core::i18n::Lang::En,
            &crate::core::chart::spec::ChartSpec::Sparkline(Sparkline { values }),
            160,
            36,
        );
        let points = svg
            .split("points=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .map_or(0, |p| p.split_whitespace().count());
        assert!((150..=320).contains(&points), "{points} points");
    }
}

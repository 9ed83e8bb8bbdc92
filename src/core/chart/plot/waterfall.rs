//! Waterfall: each movement floats from the running total, increases in blue and decreases in
//! vermillion (signed labels, so colour is never the only cue), ending in a total bar.

use super::frame::{self, look, Area, LABEL_PX, PAD};
use crate::core::chart::labels::{compact_in, full_in, text_width};
use crate::core::chart::palette;
use crate::core::chart::scene::{px, Align, Scene, Shape};
use crate::core::chart::spec::{ValueFormat, Waterfall};
use crate::core::chart::ticks::{Scale, LIMIT};
use crate::core::i18n::{render, Lang};

/// One bar of a waterfall: `(name, from, to, is_total)`.
pub type WaterfallBar<'a> = (&'a str, f64, f64, bool);

/// The bars: each finite step from the running total, then the total bar (if named).
pub fn bars(chart: &Waterfall) -> Vec<WaterfallBar<'_>> {
    let mut out = Vec::with_capacity(chart.steps.len() + 1);
    let mut running = 0.0f64;
    for (name, v) in &chart.steps {
        if !v.is_finite() {
            continue;
        }
        let next = (running + v).clamp(-LIMIT, LIMIT);
        out.push((name.as_str(), running, next, false));
        running = next;
    }
    if !chart.total_label.is_empty() && !out.is_empty() {
        out.push((chart.total_label.as_str(), 0.0, running, true));
    }
    out
}

/// `+1,200`-style signed text of a movement, as `lang` writes numbers (compact: `+1.2만`).
pub fn signed(lang: Lang, v: f64, format: &ValueFormat, compact_form: bool) -> String {
    let text = if compact_form {
        compact_in(lang, v, format)
    } else {
        full_in(lang, v, format)
    };
    if v > 0.0 {
        format!("+{text}")
    } else {
        text
    }
}

/// Lays out a waterfall.
pub fn layout(chart: &Waterfall, scene: &mut Scene) {
    let top = frame::begin(scene, &chart.title);
    let bars = bars(chart);
    if bars.is_empty() {
        frame::no_data(scene, top);
        return;
    }
    let (w, h) = (f64::from(scene.width), f64::from(scene.height));
    let format = &chart.value_format;
    let (lo, hi) = bars.iter().fold((0.0f64, 0.0f64), |(lo, hi), b| {
        (lo.min(b.1).min(b.2), hi.max(b.1).max(b.2))
    });
    let target_ticks = ((h - top) / 50.0).clamp(2.0, 8.0) as usize;
    let scale = Scale::nice(lo, hi, target_ticks, true);
    let axis_w = frame::value_axis_width(scene.lang, &scale, format);
    let area = Area {
        left: PAD + axis_w,
        top: top + 14.0,
        right: w - PAD,
        bottom: h - PAD - 20.0,
    };
    frame::value_grid_horizontal(scene, &scale, format, area);
    let n = bars.len();
    let slot = area.width() / n as f64;
    let bar_w = (slot * 0.7).clamp(1.0, 80.0);
    let y_of = |v: f64| scale.to_px(v, area.bottom, area.top);
    let centers: Vec<f64> = (0..n).map(|i| area.left + slot * (i as f64 + 0.5)).collect();
    let size = f64::from(LABEL_PX);
    for (i, ((name, from, to, total), x)) in bars.iter().zip(&centers).enumerate() {
        let delta = to - from;
        let (fill, class) = if *total {
            (palette::TOTAL, "kb-chart__bar kb-chart__bar--total")
        } else if delta < 0.0 {
            (palette::DECREASE, "kb-chart__bar kb-chart__bar--decrease")
        } else {
            (palette::INCREASE, "kb-chart__bar kb-chart__bar--increase")
        };
        let hover = if *total {
            format!("{name}: {}", full_in(scene.lang, *to, format))
        } else {
            render(
                scene.lang,
                &crate::text!(
                    "{name}: {change} (running total {total})",
                    name = name.to_string(),
                    change = signed(scene.lang, delta, format, false),
                    total = full_in(scene.lang, *to, format)
                ),
            )
        };
        scene.add_titled(
            class,
            Shape::Rect {
                from: (px(x - bar_w / 2.0), px(y_of(*from))),
                to: (px(x + bar_w / 2.0), px(y_of(*to))),
                fill,
            },
            hover,
        );
        // connector to the next bar at the running total
        if !*total {
            if let Some(next_x) = centers.get(i + 1) {
                let y = px(y_of(*to));
                scene.add(
                    "kb-chart__connector",
                    Shape::Line {
                        from: (px(x + bar_w / 2.0), y),
                        to: (px(next_x - bar_w / 2.0), y),
                        color: palette::AXIS,
                        width: 1,
                    },
                );
            }
        }
        let text = if *total {
            compact_in(scene.lang, *to, format)
        } else {
            signed(scene.lang, delta, format, true)
        };
        if text_width(&text, size) + 2.0 <= slot {
            let top_y = y_of(from.max(*to));
            let bottom_y = y_of(from.min(*to));
            let label_y = if delta >= 0.0 || *total && *to >= 0.0 {
                top_y - 7.0
            } else {
                bottom_y + 8.0
            };
            scene.text(
                "kb-chart__value",
                (px(*x), px(label_y)),
                &text,
                look(LABEL_PX, palette::TEXT, Align::Middle),
            );
        }
    }
    let labels: Vec<&str> = bars.iter().map(|b| b.0).collect();
    frame::category_labels(
        scene,
        &labels,
        &centers,
        area.bottom + 12.0,
        frame::Crowded::Shorten,
    );
}

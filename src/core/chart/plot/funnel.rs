//! Funnel: one centred bar per step, its width proportional to the count, with the count and the
//! step-to-step conversion written beside it.

use super::frame::{self, look, LABEL_PX, PAD};
use crate::core::chart::labels::{fit, full, grouped};
use crate::core::chart::palette;
use crate::core::chart::scene::{px, Align, Scene, Shape};
use crate::core::chart::spec::{FunnelChart, ValueFormat};
use crate::core::chart::ticks::LIMIT;

/// Count of step `i`, if finite (negative counts are drawn as empty bars).
pub fn step_count(chart: &FunnelChart, i: usize) -> Option<f64> {
    chart
        .steps
        .get(i)
        .map(|(_, v)| *v)
        .filter(|v| v.is_finite())
        .map(|v| v.clamp(-LIMIT, LIMIT))
}

/// `part / whole` when both are finite and `whole > 0`.
pub fn ratio(part: Option<f64>, whole: Option<f64>) -> Option<f64> {
    match (part, whole) {
        (Some(p), Some(w)) if w > 0.0 => Some(p / w),
        _ => None,
    }
}

/// Conversion of step `i` from the previous step (`None` for the first step).
pub fn step_rate(chart: &FunnelChart, i: usize) -> Option<f64> {
    let previous = i.checked_sub(1)?;
    ratio(step_count(chart, i), step_count(chart, previous))
}

fn percent(r: Option<f64>) -> String {
    match r {
        Some(r) => full(r, &ValueFormat::Percent),
        None => "—".to_string(),
    }
}

/// Lays out a funnel.
pub fn layout(chart: &FunnelChart, scene: &mut Scene) {
    let top = frame::begin(scene, &chart.title);
    let n = chart.steps.len();
    let max = (0..n)
        .filter_map(|i| step_count(chart, i))
        .fold(f64::NEG_INFINITY, f64::max);
    if n == 0 || !max.is_finite() {
        frame::no_data(scene, top);
        return;
    }
    let (w, h) = (f64::from(scene.width), f64::from(scene.height));
    let size = f64::from(LABEL_PX);
    let label_w = (w * 0.25).clamp(40.0, 180.0);
    let stats_w = (w * 0.25).clamp(60.0, 170.0);
    let left = PAD + label_w;
    let right = w - PAD - stats_w;
    let bar_space = (right - left).max(1.0);
    let center = (left + right) / 2.0;
    let slot = (h - top - PAD) / n as f64;
    let bar_h = (slot * 0.75).clamp(1.0, 40.0);
    let first = step_count(chart, 0);
    for (i, (name, _)) in chart.steps.iter().enumerate() {
        let y = top + slot * (i as f64 + 0.5);
        scene.text(
            "kb-chart__tick",
            (px(PAD + label_w - 8.0), px(y)),
            &fit(name, label_w - 8.0, size),
            look(LABEL_PX, palette::TEXT, Align::End),
        );
        let count = step_count(chart, i);
        let share = match count {
            Some(c) if max > 0.0 => (c / max).clamp(0.0, 1.0),
            _ => 0.0,
        };
        let half = (bar_space * share / 2.0).max(1.0);
        let count_text = count.map_or_else(|| "—".to_string(), |c| grouped(c, 0, false));
        let from_previous = step_rate(chart, i);
        let from_first = ratio(count, first);
        let hover = if i == 0 {
            format!("{name}: {count_text}")
        } else {
            format!(
                "{name}: {count_text} · {} of previous step · {} of first step",
                percent(from_previous),
                percent(from_first)
            )
        };
        scene.add_titled(
            "kb-chart__bar",
            Shape::Rect {
                from: (px(center - half), px(y - bar_h / 2.0)),
                to: (px(center + half), px(y + bar_h / 2.0)),
                fill: palette::series_color(0),
            },
            hover,
        );
        let stats = if i == 0 {
            count_text
        } else {
            format!("{count_text} ({})", percent(from_previous))
        };
        scene.text(
            "kb-chart__value",
            (px(right + 8.0), px(y)),
            &fit(&stats, stats_w - 8.0, size),
            look(LABEL_PX, palette::TEXT, Align::Start),
        );
    }
}

//! Pieces shared by the charts: background, title, legend, value axis, category labels and the
//! "No data" message.

use crate::core::chart::labels::{compact_in, fit, text_width};
use crate::core::chart::palette::{self, Rgb};
use crate::core::chart::scene::{px, Align, Scene, Shape, TextLook};
use crate::core::chart::spec::ValueFormat;
use crate::core::chart::ticks::Scale;
use crate::core::i18n::Lang;

/// Title font size.
pub const TITLE_PX: u32 = 14;
/// Axis and value label font size.
pub const LABEL_PX: u32 = 11;
/// Legend font size.
pub const LEGEND_PX: u32 = 12;
/// Outer padding.
pub const PAD: f64 = 10.0;
/// Shown instead of a chart when there is nothing to draw.
pub const NO_DATA: &str = crate::phrase!("No data");

/// The plotting rectangle, in pixels.
#[derive(Debug, Clone, Copy)]
pub struct Area {
    /// Left edge.
    pub left: f64,
    /// Top edge.
    pub top: f64,
    /// Right edge.
    pub right: f64,
    /// Bottom edge.
    pub bottom: f64,
}

impl Area {
    /// Width (never negative).
    pub fn width(&self) -> f64 {
        (self.right - self.left).max(0.0)
    }
    /// Height (never negative).
    pub fn height(&self) -> f64 {
        (self.bottom - self.top).max(0.0)
    }
}

/// Text look helper.
pub fn look(size: u32, color: Rgb, align: Align) -> TextLook {
    TextLook {
        size,
        color,
        align,
        bold: false,
    }
}

/// Draws the background and the title; returns the y where the content may start.
pub fn begin(scene: &mut Scene, title: &str) -> f64 {
    let (w, h) = (scene.width as i32, scene.height as i32);
    scene.add(
        "kb-chart__bg",
        Shape::Rect {
            from: (0, 0),
            to: (w, h),
            fill: palette::BACKGROUND,
        },
    );
    if title.is_empty() {
        return PAD;
    }
    let max = f64::from(scene.width) - 2.0 * PAD;
    let text = fit(title, max, f64::from(TITLE_PX));
    let style = TextLook {
        bold: true,
        ..look(TITLE_PX, palette::TEXT, Align::Start)
    };
    scene.text("kb-chart__title", (px(PAD), px(PAD + 8.0)), &text, style);
    PAD + 26.0
}

/// The "No data" message centred below `top`.
pub fn no_data(scene: &mut Scene, top: f64) {
    let x = f64::from(scene.width) / 2.0;
    let y = (top + f64::from(scene.height)) / 2.0;
    let size = if scene.height < 40 { 9 } else { 13 };
    scene.text(
        "kb-chart__empty",
        (px(x), px(y)),
        &crate::core::i18n::phrase(scene.lang, NO_DATA),
        look(size, palette::MUTED_TEXT, Align::Middle),
    );
}

/// One legend entry.
pub struct LegendItem<'a> {
    /// Series name.
    pub name: &'a str,
    /// Series colour.
    pub color: Rgb,
    /// Drawn as a dashed line (comparison) instead of a block.
    pub dashed: bool,
}

/// Draws legend entries left to right from `(left, top)`, wrapping before `right`; returns the y
/// below the legend.
pub fn legend(scene: &mut Scene, items: &[LegendItem<'_>], left: f64, top: f64, right: f64) -> f64 {
    if items.is_empty() {
        return top;
    }
    let row_h = 18.0;
    let (mut x, mut y) = (left, top + row_h / 2.0);
    let size = f64::from(LEGEND_PX);
    let max_name = ((right - left) - 30.0).max(20.0);
    for item in items {
        let name = fit(item.name, max_name, size);
        let w = 22.0 + text_width(&name, size) + 14.0;
        if x > left && x + w > right {
            x = left;
            y += row_h;
        }
        if item.dashed {
            scene.marks.push(crate::core::chart::scene::Mark {
                shape: Shape::Line {
                    from: (px(x), px(y)),
                    to: (px(x + 16.0), px(y)),
                    color: item.color,
                    width: 2,
                },
                class: "kb-chart__legend-key",
                title: None,
                dashed: true,
            });
        } else {
            scene.add(
                "kb-chart__legend-key",
                Shape::Rect {
                    from: (px(x), px(y - 5.0)),
                    to: (px(x + 16.0), px(y + 5.0)),
                    fill: item.color,
                },
            );
        }
        scene.text(
            "kb-chart__legend",
            (px(x + 22.0), px(y)),
            &name,
            look(LEGEND_PX, palette::MUTED_TEXT, Align::Start),
        );
        x += w;
    }
    y + row_h / 2.0 + 4.0
}

/// Width needed by the labels of a vertical value axis.
pub fn value_axis_width(lang: Lang, scale: &Scale, format: &ValueFormat) -> f64 {
    scale
        .ticks()
        .iter()
        .map(|t| text_width(&compact_in(lang, *t, format), f64::from(LABEL_PX)))
        .fold(0.0, f64::max)
        + 8.0
}

/// Horizontal grid lines with their value labels left of `area` (vertical value axis).
pub fn value_grid_horizontal(scene: &mut Scene, scale: &Scale, format: &ValueFormat, area: Area) {
    for t in scale.ticks() {
        let y = px(scale.to_px(t, area.bottom, area.top));
        let class = if t == 0.0 {
            "kb-chart__axis"
        } else {
            "kb-chart__grid"
        };
        let color = if t == 0.0 { palette::AXIS } else { palette::GRID };
        scene.add(
            class,
            Shape::Line {
                from: (px(area.left), y),
                to: (px(area.right), y),
                color,
                width: 1,
            },
        );
        scene.text(
            "kb-chart__tick",
            (px(area.left - 6.0), y),
            &compact_in(scene.lang, t, format),
            look(LABEL_PX, palette::MUTED_TEXT, Align::End),
        );
    }
}

/// Vertical grid lines with their value labels below `area` (horizontal value axis).
pub fn value_grid_vertical(scene: &mut Scene, scale: &Scale, format: &ValueFormat, area: Area) {
    let ticks = scale.ticks();
    let size = f64::from(LABEL_PX);
    let widest = ticks
        .iter()
        .map(|t| text_width(&compact_in(scene.lang, *t, format), size))
        .fold(0.0, f64::max);
    let spacing = area.width() / (ticks.len().max(2) - 1) as f64;
    let every = label_step(widest + 8.0, spacing);
    for (i, t) in ticks.iter().enumerate() {
        let x = px(scale.to_px(*t, area.left, area.right));
        let class = if *t == 0.0 {
            "kb-chart__axis"
        } else {
            "kb-chart__grid"
        };
        let color = if *t == 0.0 { palette::AXIS } else { palette::GRID };
        scene.add(
            class,
            Shape::Line {
                from: (x, px(area.top)),
                to: (x, px(area.bottom)),
                color,
                width: 1,
            },
        );
        if i % every == 0 {
            scene.text(
                "kb-chart__tick",
                (x, px(area.bottom + 12.0)),
                &compact_in(scene.lang, *t, format),
                look(LABEL_PX, palette::MUTED_TEXT, Align::Middle),
            );
        }
    }
}

/// Show every n-th label so labels `needed` px wide fit slots `available` px apart.
pub fn label_step(needed: f64, available: f64) -> usize {
    if available <= 0.0 || !available.is_finite() || !needed.is_finite() {
        return 1;
    }
    ((needed / available).ceil() as usize).max(1)
}

/// How crowded category labels make room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Crowded {
    /// Show every n-th label in full (ordered periods: the reader can interpolate).
    Thin,
    /// Shorten labels with `…` first, thin out only below a minimum width (named categories).
    Shorten,
}

/// Category labels centred under `centers` at `y`, kept inside the chart, shortened or thinned
/// out when crowded (the last label is kept when there is room for it).
pub fn category_labels(scene: &mut Scene, labels: &[&str], centers: &[f64], y: f64, mode: Crowded) {
    let n = centers.len();
    if n == 0 {
        return;
    }
    let size = f64::from(LABEL_PX);
    let width = f64::from(scene.width);
    let spacing = if n > 1 {
        (centers[n - 1] - centers[0]) / (n - 1) as f64
    } else {
        width
    };
    let widest = labels.iter().map(|l| text_width(l, size)).fold(0.0, f64::max);
    let wanted = match mode {
        Crowded::Thin => widest,
        // shorten to the slot while slots are at least 36 px wide, then thin out
        Crowded::Shorten if spacing >= 36.0 => widest.min(spacing - 8.0),
        Crowded::Shorten => widest.min(28.0),
    };
    let every = label_step(wanted + 8.0, spacing);
    let room = (spacing * every as f64 - 8.0).max(size);
    let mut shown: Vec<usize> = (0..n).step_by(every).collect();
    if let Some(&last_shown) = shown.last() {
        if last_shown != n - 1 && (n - 1 - last_shown) * 2 >= every {
            shown.pop();
            shown.push(n - 1);
        }
    }
    // (text, anchor, alignment, left and right edges) of each label to draw
    let mut placed: Vec<(String, f64, Align, f64, f64)> = Vec::with_capacity(shown.len());
    for i in shown {
        let (Some(label), Some(x)) = (labels.get(i), centers.get(i)) else {
            continue;
        };
        let text = fit(label, room, size);
        let text_w = text_width(&text, size);
        let half = text_w / 2.0;
        // keep the label inside the chart: align it to the edge it would cross
        let (at, align, left) = if x - half < 2.0 {
            (2.0, Align::Start, 2.0)
        } else if x + half > width - 2.0 {
            (width - 2.0, Align::End, width - 2.0 - text_w)
        } else {
            (*x, Align::Middle, x - half)
        };
        // labels pushed back from an edge must not run into their neighbours: a label against the
        // right edge (the last period) replaces those it would touch; any other touching label is left out
        let touches = |p: &(String, f64, Align, f64, f64)| p.4 + 4.0 > left;
        if align == Align::End {
            while placed.last().is_some_and(touches) {
                placed.pop();
            }
        } else if placed.last().is_some_and(touches) {
            continue;
        }
        placed.push((text, at, align, left, left + text_w));
    }
    for (text, at, align, _, _) in placed {
        scene.text(
            "kb-chart__tick",
            (px(at), px(y)),
            &text,
            look(LABEL_PX, palette::MUTED_TEXT, align),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (left, right) edges of the tick labels of a scene, by their estimated widths.
    fn tick_edges(scene: &Scene) -> Vec<(f64, f64)> {
        scene
            .marks
            .iter()
            .filter_map(|m| match &m.shape {
                Shape::Text {
                    at,
                    text,
                    size,
                    align,
                    ..
                } if m.class == "kb-chart__tick" => {
                    let w = text_width(text, f64::from(*size));
                    let x = f64::from(at.0);
                    Some(match align {
                        Align::Start => (x, x + w),
                        Align::End => (x - w, x),
                        Align::Middle => (x - w / 2.0, x + w / 2.0),
                    })
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn long_period_labels_never_touch() {
        // 106 Japanese week labels: the last one is pushed back from the right edge
        let labels: Vec<String> = (0..106)
            .map(|i| format!("{}年第{}週", 2023 + i / 53, i % 53 + 1))
            .collect();
        let refs: Vec<&str> = labels.iter().map(String::as_str).collect();
        for width in [480u32, 620, 760, 903] {
            let mut scene = Scene::new(width, 300);
            let step = (f64::from(width) - 60.0) / 105.0;
            let centers: Vec<f64> = (0..106).map(|i| 40.0 + step * f64::from(i)).collect();
            category_labels(&mut scene, &refs, &centers, 280.0, Crowded::Thin);
            let edges = tick_edges(&scene);
            assert!(edges.len() >= 2, "{width}: {edges:?}");
            for pair in edges.windows(2) {
                assert!(pair[0].1 + 4.0 <= pair[1].0 + 1e-9, "{width}: {pair:?}");
            }
        }
    }
}

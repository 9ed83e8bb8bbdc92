//! Heatmap: a grid of cells coloured on a light-to-dark blue scale, values written in the cells
//! when they fit, a colour legend below.

use super::frame::{self, look, Area, LABEL_PX, PAD};
use crate::core::chart::labels::{compact_in, fit, full_in, text_width};
use crate::core::chart::palette;
use crate::core::chart::scene::{px, Align, Scene, Shape};
use crate::core::chart::spec::Heatmap;
use crate::core::chart::ticks::{finite, LIMIT};

/// The value of cell `(row, column)` if present and finite.
pub fn cell(chart: &Heatmap, row: usize, column: usize) -> Option<f64> {
    chart
        .cells
        .get(row)?
        .get(column)
        .copied()
        .flatten()
        .filter(|v| v.is_finite())
        .map(|v| v.clamp(-LIMIT, LIMIT))
}

/// `(rows, columns)` drawn: the larger of the labels and the cell matrix.
pub fn dimensions(chart: &Heatmap) -> (usize, usize) {
    let rows = chart.rows.len().max(chart.cells.len());
    let widest = chart.cells.iter().map(Vec::len).max().unwrap_or(0);
    (rows, chart.columns.len().max(widest))
}

/// Lays out a heatmap.
pub fn layout(chart: &Heatmap, scene: &mut Scene) {
    let top = frame::begin(scene, &chart.title);
    let (rows, columns) = dimensions(chart);
    let (lo, hi) = finite(chart.cells.iter().flatten().map(|v| v.unwrap_or(f64::NAN)))
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    if rows == 0 || columns == 0 || lo > hi {
        frame::no_data(scene, top);
        return;
    }
    let (w, h) = (f64::from(scene.width), f64::from(scene.height));
    let size = f64::from(LABEL_PX);
    let row_label = |r: usize| chart.rows.get(r).map(String::as_str).unwrap_or("");
    let column_label = |c: usize| chart.columns.get(c).map(String::as_str).unwrap_or("");
    let widest = (0..rows)
        .map(|r| text_width(row_label(r), size))
        .fold(0.0, f64::max);
    let label_w = widest.min(w * 0.3) + 8.0;
    let area = Area {
        left: PAD + label_w,
        top: top + 18.0,
        right: w - PAD,
        bottom: h - PAD - 30.0,
    };
    let cell_w = area.width() / columns as f64;
    let cell_h = area.height() / rows as f64;
    let gap = if cell_w > 4.0 && cell_h > 4.0 { 1.0 } else { 0.0 };

    // column labels on top, thinned out when crowded
    let widest_column = (0..columns)
        .map(|c| text_width(column_label(c), size))
        .fold(0.0, f64::max);
    let every = frame::label_step(widest_column.min(cell_w * 3.0) + 4.0, cell_w);
    for c in (0..columns).step_by(every) {
        let x = area.left + cell_w * (c as f64 + 0.5);
        scene.text(
            "kb-chart__tick",
            (px(x), px(area.top - 9.0)),
            &fit(column_label(c), cell_w * every as f64 - 4.0, size),
            look(LABEL_PX, palette::MUTED_TEXT, Align::Middle),
        );
    }
    let row_every = frame::label_step(size + 1.0, cell_h);
    // values are written in the cells only if every one of them fits
    let widest_value = (0..rows)
        .flat_map(|r| (0..columns).filter_map(move |c| cell(chart, r, c)))
        .map(|v| text_width(&compact_in(scene.lang, v, &chart.value_format), size))
        .fold(0.0, f64::max);
    let show_values = widest_value + 6.0 <= cell_w && cell_h >= size + 2.0;
    let span = hi - lo;
    for r in 0..rows {
        let y0 = area.top + cell_h * r as f64;
        if r % row_every == 0 {
            scene.text(
                "kb-chart__tick",
                (px(area.left - 6.0), px(y0 + cell_h / 2.0)),
                &fit(row_label(r), label_w - 8.0, size),
                look(LABEL_PX, palette::MUTED_TEXT, Align::End),
            );
        }
        for c in 0..columns {
            let x0 = area.left + cell_w * c as f64;
            let corners = ((px(x0 + gap), px(y0 + gap)), (px(x0 + cell_w), px(y0 + cell_h)));
            let place = format!("{}, {}", row_label(r), column_label(c));
            let Some(v) = cell(chart, r, c) else {
                scene.add_titled(
                    "kb-chart__cell--empty",
                    Shape::Rect {
                        from: corners.0,
                        to: corners.1,
                        fill: palette::EMPTY_CELL,
                    },
                    format!("{place}: no data"),
                );
                continue;
            };
            let t = if span > 0.0 { (v - lo) / span } else { 0.5 };
            let fill = palette::sequential(t);
            scene.add_titled(
                "kb-chart__cell",
                Shape::Rect {
                    from: corners.0,
                    to: corners.1,
                    fill,
                },
                format!("{place}: {}", full_in(scene.lang, v, &chart.value_format)),
            );
            if show_values {
                scene.text(
                    "kb-chart__cell-value",
                    (px(x0 + cell_w / 2.0), px(y0 + cell_h / 2.0)),
                    &compact_in(scene.lang, v, &chart.value_format),
                    look(LABEL_PX, palette::text_on(fill), Align::Middle),
                );
            }
        }
    }
    // colour legend: low value, gradient, high value
    let y = area.bottom + 18.0;
    let low = compact_in(scene.lang, lo, &chart.value_format);
    let high = compact_in(scene.lang, hi, &chart.value_format);
    let x = area.left;
    scene.text(
        "kb-chart__legend",
        (px(x), px(y)),
        &low,
        look(LABEL_PX, palette::MUTED_TEXT, Align::Start),
    );
    let bar_left = x + text_width(&low, size) + 6.0;
    let steps = 10;
    for i in 0..steps {
        let x0 = bar_left + 12.0 * i as f64;
        scene.add(
            "kb-chart__legend-key",
            Shape::Rect {
                from: (px(x0), px(y - 5.0)),
                to: (px(x0 + 12.0), px(y + 5.0)),
                fill: palette::sequential(i as f64 / (steps - 1) as f64),
            },
        );
    }
    scene.text(
        "kb-chart__legend",
        (px(bar_left + 12.0 * steps as f64 + 6.0), px(y)),
        &high,
        look(LABEL_PX, palette::MUTED_TEXT, Align::Start),
    );
}

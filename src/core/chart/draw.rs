//! Drawing chart specs: to an SVG string, or on any plotters backend.
//!
//! The SVG is drawn for a white background with WCAG AA colours. Every mark carries a class so
//! the page can restyle charts (CSS properties override SVG presentation attributes), e.g. for a
//! dark theme:
//!
//! | class | mark |
//! | --- | --- |
//! | `kb-chart` | the root `<svg>` |
//! | `kb-chart__bg` | background rectangle (absent on sparklines) |
//! | `kb-chart__title`, `kb-chart__tick`, `kb-chart__legend`, `kb-chart__value`, `kb-chart__empty` | texts: title, axis labels, legend names, value labels, "No data" |
//! | `kb-chart__cell-value` | value written inside a heatmap cell (black or white for contrast) |
//! | `kb-chart__grid`, `kb-chart__axis`, `kb-chart__connector` | grid lines, zero line, waterfall connectors |
//! | `kb-chart__bar` (+ `--increase`, `--decrease`, `--total`), `kb-chart__point`, `kb-chart__line`, `kb-chart__area` | data marks |
//! | `kb-chart__cell`, `kb-chart__cell--empty` | heatmap cells with and without data |
//! | `kb-chart__legend-key` | legend swatches and the heatmap colour scale |
//!
//! For PNG export the page can draw the SVG string on a canvas (`Image` + `drawImage`); the
//! standalone SVG needs no stylesheet.

use plotters::backend::SVGBackend;
use plotters_backend::{DrawingBackend, DrawingErrorKind};

use super::plot;
use super::scene::{decorate_svg, render, Scene};
use super::spec::ChartSpec;
use super::summary::summary_text_in;
use crate::core::i18n::{self, Lang};

/// Smallest drawable size; smaller requests are raised to it.
const MIN_SIZE: u32 = 16;
/// Largest drawable size; larger requests are lowered to it.
const MAX_SIZE: u32 = 8192;

/// Lays out `spec` in a `width` × `height` pixel box (sizes clamped to 16..=8192).
pub fn layout(spec: &ChartSpec, width: u32, height: u32) -> Scene {
    layout_in(Lang::En, spec, width, height)
}

/// [`layout`] with the scene's own words ("No data", hover texts) in `lang`.
pub fn layout_in(lang: Lang, spec: &ChartSpec, width: u32, height: u32) -> Scene {
    let mut scene = Scene::new(width.clamp(MIN_SIZE, MAX_SIZE), height.clamp(MIN_SIZE, MAX_SIZE));
    scene.lang = lang;
    match spec {
        ChartSpec::Line(c) => plot::line::layout(c, &mut scene),
        ChartSpec::Bar(c) => plot::bar::layout(c, &mut scene),
        ChartSpec::StackedBar(c) => plot::stacked::layout(c, &mut scene),
        ChartSpec::Funnel(c) => plot::funnel::layout(c, &mut scene),
        ChartSpec::Heatmap(c) => plot::heatmap::layout(c, &mut scene),
        ChartSpec::Waterfall(c) => plot::waterfall::layout(c, &mut scene),
        ChartSpec::Sparkline(c) => plot::sparkline::layout(c, &mut scene),
    }
    scene
}

/// Draws `spec` on any plotters backend, filling the backend's whole size.
pub fn draw_on<DB: DrawingBackend>(
    spec: &ChartSpec,
    backend: &mut DB,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    let (width, height) = backend.get_size();
    render(&layout(spec, width, height), backend)
}

/// The chart as a standalone SVG document: `role="img"` with the text summary as its
/// `aria-label`, CSS classes `kb-chart__*` on every mark (so the page can restyle it, e.g. for a
/// dark theme) and a hover `<title>` on every bar, point and cell. Never panics; a chart without
/// data says "No data".
pub fn to_svg(spec: &ChartSpec, width: u32, height: u32) -> String {
    to_svg_in(Lang::En, spec, width, height)
}

/// [`to_svg`] in `lang`: "No data", hover texts and the summary (`aria-label`) in that language (titles,
/// labels and legends are the spec's, already in the page's language).
pub fn to_svg_in(lang: Lang, spec: &ChartSpec, width: u32, height: u32) -> String {
    let scene = layout_in(lang, spec, width, height);
    let mut raw = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut raw, (scene.width, scene.height));
        // writing to a String cannot fail; on the impossible error we still return what was drawn
        let _ = render(&scene, &mut backend);
    }
    decorate_svg(&raw, &scene, &i18n::render(lang, &summary_text_in(lang, spec)))
}

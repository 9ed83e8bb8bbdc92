//! A laid-out chart: a flat list of marks (rectangles, lines, text…) in pixel coordinates,
//! drawn through any plotters backend. Each mark becomes exactly one backend call, which lets the
//! SVG output be decorated afterwards with what plotters does not write: hover `<title>`s,
//! CSS classes (for dark themes) and dash patterns.

use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, FontDesc, FontFamily, FontStyle, RGBColor, ShapeStyle, TextStyle};
use plotters_backend::{DrawingBackend, DrawingErrorKind};

use super::palette::Rgb;

/// Font stack written into the SVG.
pub const FONT_FAMILY: &str = "system-ui, sans-serif";

/// A pixel position (x to the right, y down).
pub type Point = (i32, i32);

/// Horizontal text alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// The position is the left end of the text.
    Start,
    /// The position is the middle of the text.
    Middle,
    /// The position is the right end of the text.
    End,
}

/// One drawable primitive.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A filled rectangle between two corners.
    Rect {
        /// Upper-left corner.
        from: Point,
        /// Lower-right corner.
        to: Point,
        /// Fill colour.
        fill: Rgb,
    },
    /// A straight line.
    Line {
        /// Start.
        from: Point,
        /// End.
        to: Point,
        /// Stroke colour.
        color: Rgb,
        /// Stroke width in pixels.
        width: u32,
    },
    /// An open polyline.
    Path {
        /// The vertices.
        points: Vec<Point>,
        /// Stroke colour.
        color: Rgb,
        /// Stroke width in pixels.
        width: u32,
    },
    /// A filled polygon.
    Polygon {
        /// The vertices.
        points: Vec<Point>,
        /// Fill colour.
        fill: Rgb,
        /// Opacity, 0 to 1 (0 is raised to a minimum so the mark still exists).
        opacity: f64,
    },
    /// A filled circle.
    Circle {
        /// Centre.
        center: Point,
        /// Radius in pixels.
        radius: u32,
        /// Fill colour.
        fill: Rgb,
    },
    /// A line of text, vertically centred on `at`.
    Text {
        /// Anchor position.
        at: Point,
        /// The text (written as is; escaped by the SVG backend).
        text: String,
        /// Font size in pixels.
        size: u32,
        /// Colour.
        color: Rgb,
        /// Horizontal alignment on `at`.
        align: Align,
        /// Bold weight.
        bold: bool,
    },
}

/// A shape with its decorations.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// What to draw.
    pub shape: Shape,
    /// CSS class (`kb-chart__bar`, …), so the page can restyle marks (dark theme).
    pub class: &'static str,
    /// Hover text, written as an SVG `<title>` child.
    pub title: Option<String>,
    /// Stroke drawn dashed (SVG only; other backends draw it solid).
    pub dashed: bool,
}

/// A laid-out chart.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scene {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// The marks, drawn in order.
    pub marks: Vec<Mark>,
    /// The language of the words the scene writes ("No data", hover texts).
    pub lang: crate::core::i18n::Lang,
}

impl Scene {
    /// An empty scene of the given size.
    pub fn new(width: u32, height: u32) -> Scene {
        Scene {
            width,
            height,
            marks: Vec::new(),
            lang: crate::core::i18n::Lang::En,
        }
    }

    /// Adds a mark without hover text.
    pub fn add(&mut self, class: &'static str, shape: Shape) {
        self.marks.push(Mark {
            shape,
            class,
            title: None,
            dashed: false,
        });
    }

    /// Adds a mark with a hover text.
    pub fn add_titled(&mut self, class: &'static str, shape: Shape, title: String) {
        self.marks.push(Mark {
            shape,
            class,
            title: Some(title),
            dashed: false,
        });
    }

    /// Adds a text mark.
    pub fn text(&mut self, class: &'static str, at: Point, text: &str, style: TextLook) {
        if text.is_empty() {
            return;
        }
        self.add(
            class,
            Shape::Text {
                at,
                text: text.to_string(),
                size: style.size,
                color: style.color,
                align: style.align,
                bold: style.bold,
            },
        );
    }

    /// Number of marks of a CSS class.
    pub fn count(&self, class: &str) -> usize {
        self.marks.iter().filter(|m| m.class == class).count()
    }
}

/// Size, colour and alignment of a text mark.
#[derive(Debug, Clone, Copy)]
pub struct TextLook {
    /// Font size in pixels.
    pub size: u32,
    /// Colour.
    pub color: Rgb,
    /// Horizontal alignment.
    pub align: Align,
    /// Bold weight.
    pub bold: bool,
}

/// Rounds a pixel coordinate, keeping it in a sane range whatever the input.
pub fn px(v: f64) -> i32 {
    if v.is_finite() {
        v.round().clamp(-100_000.0, 100_000.0) as i32
    } else {
        0
    }
}

fn rgb(c: Rgb) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

/// plotters writes `font-size = size / 1.24` in SVG; the decorator rewrites the exact size.
const SVG_FONT_RATIO: f64 = 1.24;

/// Draws every mark of `scene` on any plotters backend, one backend call per mark.
///
/// Text goes through the backend's own `draw_text` (the SVG backend writes `<text>` elements and
/// needs no font); a raster backend would need plotters' `ttf` feature for text.
pub fn render<DB: DrawingBackend>(
    scene: &Scene,
    backend: &mut DB,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    backend.ensure_prepared()?;
    for mark in &scene.marks {
        match &mark.shape {
            Shape::Rect { from, to, fill } => {
                // SVG forbids negative sizes: normalise the corners
                let upper_left = (from.0.min(to.0), from.1.min(to.1));
                let lower_right = (from.0.max(to.0), from.1.max(to.1));
                let style = ShapeStyle::from(&rgb(*fill)).filled();
                backend.draw_rect(upper_left, lower_right, &style, true)?
            }
            Shape::Line {
                from,
                to,
                color,
                width,
            } => backend.draw_line(*from, *to, &rgb(*color).stroke_width(*width))?,
            Shape::Path { points, color, width } => {
                backend.draw_path(points.iter().copied(), &rgb(*color).stroke_width(*width))?
            }
            Shape::Polygon {
                points,
                fill,
                opacity,
            } => {
                let alpha = if opacity.is_finite() {
                    opacity.clamp(0.01, 1.0)
                } else {
                    1.0
                };
                backend.fill_polygon(points.iter().copied(), &rgb(*fill).mix(alpha))?
            }
            Shape::Circle { center, radius, fill } => {
                backend.draw_circle(*center, *radius, &rgb(*fill).filled(), true)?
            }
            Shape::Text {
                at,
                text,
                size,
                color,
                align,
                bold,
            } => {
                let weight = if *bold { FontStyle::Bold } else { FontStyle::Normal };
                let font = FontDesc::new(
                    FontFamily::Name(FONT_FAMILY),
                    f64::from(*size) * SVG_FONT_RATIO,
                    weight,
                );
                let h = match align {
                    Align::Start => HPos::Left,
                    Align::Middle => HPos::Center,
                    Align::End => HPos::Right,
                };
                let text_color = rgb(*color);
                let style = TextStyle::from(font)
                    .color(&text_color)
                    .pos(Pos::new(h, VPos::Center));
                backend.draw_text(text, &style, *at)?
            }
        }
    }
    backend.present()
}

/// Escapes text for XML content and attribute values.
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
    out
}

/// Adds to plotters' SVG what it cannot write: on the root `role="img"`, an `aria-label` and a
/// class; on each mark its class, dash pattern, exact font size and hover `<title>`.
///
/// plotters writes one element per backend call, each starting on a new line with `<`; text
/// content is escaped, so no content line starts with `<`. If the element count does not match
/// the marks (it would be a bug), the marks are left undecorated rather than mislabelled.
pub fn decorate_svg(svg: &str, scene: &Scene, label: &str) -> String {
    let mut out = String::with_capacity(svg.len() + scene.marks.len() * 48);
    let starts: Vec<usize> = line_starts(svg)
        .filter(|&i| svg[i..].starts_with('<') && !svg[i..].starts_with("</"))
        .collect();
    let decorate_marks = starts.len() == scene.marks.len() + 1;
    let mut element = 0usize;
    for line in svg.split_inclusive('\n') {
        let is_start = line.starts_with('<') && !line.starts_with("</");
        if !is_start {
            out.push_str(line);
            continue;
        }
        if element == 0 {
            out.push_str(&decorate_root(line, label));
        } else if let Some(mark) = scene.marks.get(element - 1).filter(|_| decorate_marks) {
            out.push_str(&decorate_element(line, mark));
        } else {
            out.push_str(line);
        }
        element += 1;
    }
    out
}

fn line_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(0).chain(
        text.char_indices()
            .filter(|(_, c)| *c == '\n')
            .map(|(i, _)| i + 1)
            .filter(move |&i| i < text.len()),
    )
}

fn decorate_root(line: &str, label: &str) -> String {
    let body = line.trim_end();
    let Some(head) = body.strip_suffix('>') else {
        return line.to_string();
    };
    format!(
        "{head} role=\"img\" aria-label=\"{}\" class=\"kb-chart\" font-family=\"{FONT_FAMILY}\">\n",
        escape_xml(label)
    )
}

fn decorate_element(line: &str, mark: &Mark) -> String {
    let body = line.trim_end();
    let (tag, rest) = match body.find(' ') {
        Some(i) => (&body[1..i], &body[i..]),
        None => return line.to_string(),
    };
    let mut attrs = format!(" class=\"{}\"", mark.class);
    if mark.dashed {
        attrs.push_str(" stroke-dasharray=\"6 4\"");
    }
    let mut rest = rest.to_string();
    if let Shape::Text { size, .. } = &mark.shape {
        rest = replace_attr(&rest, "font-size", &size.to_string());
    }
    let title = mark
        .title
        .as_deref()
        .map(|t| format!("<title>{}</title>", escape_xml(t)));
    match (rest.strip_suffix("/>"), title) {
        (Some(open), Some(title)) => format!("<{tag}{attrs}{open}>{title}</{tag}>\n"),
        (Some(open), None) => format!("<{tag}{attrs}{open}/>\n"),
        (None, Some(title)) => format!("<{tag}{attrs}{rest}{title}\n"),
        (None, None) => format!("<{tag}{attrs}{rest}\n"),
    }
}

fn replace_attr(attrs: &str, name: &str, value: &str) -> String {
    let key = format!(" {name}=\"");
    let Some(start) = attrs.find(&key) else {
        return attrs.to_string();
    };
    let value_start = start + key.len();
    let Some(len) = attrs[value_start..].find('"') else {
        return attrs.to_string();
    };
    format!(
        "{}{}{}",
        &attrs[..value_start],
        value,
        &attrs[value_start + len..]
    )
}

//! Colours: the Okabe–Ito colour-blind-safe palette, neutral greys and a sequential scale,
//! with WCAG contrast helpers so that text drawn in a series colour stays readable on white.

/// An opaque sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#RRGGBB`.
    pub fn hex(self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }

    /// WCAG 2 relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        fn channel(c: u8) -> f64 {
            let s = f64::from(c) / 255.0;
            if s <= 0.04045 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// Linear mix towards `other`; `t = 0` is `self`, `t = 1` is `other`.
    pub fn mix(self, other: Rgb, t: f64) -> Rgb {
        let t = if t.is_finite() { t.clamp(0.0, 1.0) } else { 0.0 };
        let lerp = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        Rgb(
            lerp(self.0, other.0),
            lerp(self.1, other.1),
            lerp(self.2, other.2),
        )
    }
}

/// WCAG 2 contrast ratio between two colours (1 to 21).
pub fn contrast_ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// WCAG AA minimum contrast for normal text.
pub const AA_TEXT: f64 = 4.5;
/// WCAG AA minimum contrast for graphical objects (lines, bars).
pub const AA_GRAPHIC: f64 = 3.0;

/// Page background the charts are designed for.
pub const BACKGROUND: Rgb = Rgb(0xFF, 0xFF, 0xFF);
/// Main text (titles, values): contrast 15.4 on white.
pub const TEXT: Rgb = Rgb(0x1F, 0x29, 0x37);
/// Secondary text (axis labels, legends): contrast 7.6 on white.
pub const MUTED_TEXT: Rgb = Rgb(0x4B, 0x55, 0x63);
/// Grid lines.
pub const GRID: Rgb = Rgb(0xE5, 0xE7, 0xEB);
/// Axis base lines.
pub const AXIS: Rgb = Rgb(0x9C, 0xA3, 0xAF);
/// Empty heatmap cells.
pub const EMPTY_CELL: Rgb = Rgb(0xF3, 0xF4, 0xF6);

/// Okabe–Ito colours, ordered so that the first ones have the best contrast on white.
/// (Yellow `#F0E442` is left out: it is invisible on white.)
pub const SERIES: [Rgb; 7] = [
    Rgb(0x00, 0x72, 0xB2), // blue
    Rgb(0xD5, 0x5E, 0x00), // vermillion
    Rgb(0x00, 0x9E, 0x73), // bluish green
    Rgb(0xCC, 0x79, 0xA7), // reddish purple
    Rgb(0xE6, 0x9F, 0x00), // orange
    Rgb(0x56, 0xB4, 0xE9), // sky blue
    Rgb(0x00, 0x00, 0x00), // black
];

/// Colour of the `index`-th series (cycles through [`SERIES`]).
pub fn series_color(index: usize) -> Rgb {
    SERIES[index % SERIES.len()]
}

/// Waterfall increase (Okabe–Ito blue).
pub const INCREASE: Rgb = SERIES[0];
/// Waterfall decrease (Okabe–Ito vermillion).
pub const DECREASE: Rgb = SERIES[1];
/// Waterfall total and funnel bars (dark grey-blue).
pub const TOTAL: Rgb = Rgb(0x47, 0x55, 0x69);

/// Darkens `color` until it reaches `min_ratio` contrast against `background`.
pub fn readable_on(color: Rgb, background: Rgb, min_ratio: f64) -> Rgb {
    let mut step = 0;
    let mut current = color;
    while contrast_ratio(current, background) < min_ratio && step < 20 {
        step += 1;
        current = color.mix(Rgb(0, 0, 0), f64::from(step) * 0.05);
    }
    current
}

/// A series colour darkened if needed so text in it passes WCAG AA on white.
pub fn series_text_color(index: usize) -> Rgb {
    readable_on(series_color(index), BACKGROUND, AA_TEXT)
}

/// Sequential light-to-dark blue scale for heatmaps; `t` in `[0, 1]`.
pub fn sequential(t: f64) -> Rgb {
    const STOPS: [Rgb; 4] = [
        Rgb(0xEF, 0xF6, 0xFC),
        Rgb(0x9E, 0xCA, 0xE9),
        Rgb(0x3A, 0x8B, 0xC8),
        Rgb(0x08, 0x3D, 0x77),
    ];
    let t = if t.is_finite() { t.clamp(0.0, 1.0) } else { 0.0 };
    let scaled = t * (STOPS.len() - 1) as f64;
    let low = (scaled.floor() as usize).min(STOPS.len() - 2);
    STOPS[low].mix(STOPS[low + 1], scaled - low as f64)
}

/// Black-ish or white text, whichever contrasts more with `fill`.
pub fn text_on(fill: Rgb) -> Rgb {
    if contrast_ratio(TEXT, fill) >= contrast_ratio(BACKGROUND, fill) {
        TEXT
    } else {
        BACKGROUND
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_of_black_on_white_is_21() {
        // (1 + 0.05) / (0 + 0.05) = 21
        assert!((contrast_ratio(Rgb(0, 0, 0), BACKGROUND) - 21.0).abs() < 1e-9);
    }

    #[test]
    fn text_colours_pass_aa() {
        for color in [TEXT, MUTED_TEXT] {
            assert!(contrast_ratio(color, BACKGROUND) >= AA_TEXT, "{}", color.hex());
        }
        for i in 0..SERIES.len() {
            let c = series_text_color(i);
            assert!(contrast_ratio(c, BACKGROUND) >= AA_TEXT, "{}", c.hex());
        }
    }

    #[test]
    fn sequential_ends_are_the_stops() {
        assert_eq!(sequential(0.0), Rgb(0xEF, 0xF6, 0xFC));
        assert_eq!(sequential(1.0), Rgb(0x08, 0x3D, 0x77));
        assert_eq!(sequential(f64::NAN), Rgb(0xEF, 0xF6, 0xFC));
    }
}

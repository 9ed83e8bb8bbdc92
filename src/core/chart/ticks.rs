//! Nice value axes: a range rounded out to steps of 1, 2, 2.5 or 5 × 10ⁿ.

/// Largest magnitude a chart handles; bigger values are clamped so arithmetic cannot overflow.
pub const LIMIT: f64 = 1e300;

/// A value axis: from `min` to `max` in steps of `step` (all finite, `min < max`, `step > 0`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    /// Lowest value on the axis (a multiple of `step`).
    pub min: f64,
    /// Highest value on the axis (a multiple of `step`).
    pub max: f64,
    /// Distance between ticks.
    pub step: f64,
}

/// The finite values among `values`, clamped to `±LIMIT`.
pub fn finite(values: impl IntoIterator<Item = f64>) -> impl Iterator<Item = f64> {
    values
        .into_iter()
        .filter(|v| v.is_finite())
        .map(|v| v.clamp(-LIMIT, LIMIT))
}

/// A nice step near `span / target` (1, 2, 2.5 or 5 × 10ⁿ).
fn nice_step(span: f64, target: usize) -> f64 {
    let raw = span / target.max(1) as f64;
    if !(raw.is_finite() && raw > 0.0) {
        return 1.0;
    }
    let magnitude = 10f64.powf(raw.log10().floor());
    let normalized = raw / magnitude;
    let factor = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .find(|f| *f >= normalized - 1e-9)
        .unwrap_or(10.0);
    factor * magnitude
}

impl Scale {
    /// A scale covering `lo..=hi` with about `target` ticks; with `include_zero` the range is
    /// extended to 0. Non-finite or reversed bounds give `0..1`.
    pub fn nice(lo: f64, hi: f64, target: usize, include_zero: bool) -> Scale {
        let (mut lo, mut hi) = if lo.is_finite() && hi.is_finite() && lo <= hi {
            (lo.clamp(-LIMIT, LIMIT), hi.clamp(-LIMIT, LIMIT))
        } else {
            (0.0, 1.0)
        };
        // A bound within rounding noise of zero on the other side of it (a sum of sums that should be
        // 0 and is -4e-9) is zero: it must not add a whole step below the axis.
        let noise = hi.abs().max(lo.abs()) * 1e-9;
        if lo < 0.0 && -lo <= noise && hi > 0.0 {
            lo = 0.0;
        }
        if hi > 0.0 && hi <= noise && lo < 0.0 {
            hi = 0.0;
        }
        if include_zero {
            lo = lo.min(0.0);
            hi = hi.max(0.0);
        }
        if hi - lo <= hi.abs().max(lo.abs()) * 1e-12 {
            // a single value: give it some room
            let pad = if hi == 0.0 { 1.0 } else { hi.abs() * 0.1 };
            if lo >= 0.0 && include_zero {
                hi += pad;
            } else {
                lo -= pad;
                hi += pad;
            }
        }
        // the smallest nice step that needs at most target + 1 intervals
        let target = target.max(1);
        let mut step = nice_step(hi - lo, target * 2);
        for _ in 0..8 {
            let intervals = (hi / step).ceil() - (lo / step).floor();
            if intervals <= (target + 1) as f64 {
                break;
            }
            step = nice_step(step * 1.0001, 1);
        }
        let min = (lo / step).floor() * step;
        let max = (hi / step).ceil() * step;
        if min.is_finite() && max.is_finite() && min < max {
            Scale { min, max, step }
        } else {
            Scale {
                min: lo,
                max: hi,
                step: hi - lo,
            }
        }
    }

    /// The tick values from `min` to `max` (at most 50).
    pub fn ticks(&self) -> Vec<f64> {
        let count = ((self.max - self.min) / self.step).round();
        let count = if count.is_finite() {
            (count as usize).min(50)
        } else {
            1
        };
        (0..=count)
            .map(|i| {
                let t = self.min + self.step * i as f64;
                if t.abs() < self.step * 1e-9 {
                    0.0
                } else {
                    t
                }
            })
            .collect()
    }

    /// Position of `v` between pixel `px_at_min` and `px_at_max` (clamped to the axis).
    pub fn to_px(&self, v: f64, px_at_min: f64, px_at_max: f64) -> f64 {
        let v = if v.is_finite() { v } else { self.min };
        let t = ((v - self.min) / (self.max - self.min)).clamp(0.0, 1.0);
        let t = if t.is_finite() { t } else { 0.0 };
        px_at_min + (px_at_max - px_at_min) * t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_ranges() {
        // span 0..41,200 over ~5 ticks: raw 8,240 → normalized 8.24 → step 10,000 → 0..50,000
        let s = Scale::nice(1_000.0, 41_200.0, 5, true);
        assert_eq!((s.min, s.max, s.step), (0.0, 50_000.0, 10_000.0));
        // span 0..0.37 (fractions): raw 0.074 → 0.1 → 0..0.4
        let s = Scale::nice(0.05, 0.37, 5, true);
        assert_eq!((s.min, s.step), (0.0, 0.1));
        assert!((s.max - 0.4).abs() < 1e-12);
        // negatives: -800..1,200 with zero: span 2,000 → raw 400 → 500 → -1,000..1,500
        let s = Scale::nice(-800.0, 1_200.0, 5, true);
        assert_eq!((s.min, s.max, s.step), (-1_000.0, 1_500.0, 500.0));
    }

    #[test]
    fn rounding_noise_around_zero_adds_no_step() {
        let s = Scale::nice(-4.2e-9, 3_000_000.0, 5, true);
        assert_eq!(s.min, 0.0);
        let s = Scale::nice(-1.4e-15, 0.62, 5, true);
        assert_eq!(s.min, 0.0);
        let s = Scale::nice(-250.0, 3e-12, 5, true);
        assert_eq!(s.max, 0.0);
        // A real small negative stays below the axis.
        assert!(Scale::nice(-0.01, 0.62, 5, true).min < 0.0);
    }

    #[test]
    fn degenerate_inputs_give_a_usable_scale() {
        for (lo, hi) in [
            (5.0, 5.0),
            (0.0, 0.0),
            (f64::NAN, 1.0),
            (3.0, -3.0),
            (-f64::MAX, f64::MAX),
        ] {
            let s = Scale::nice(lo, hi, 5, true);
            assert!(s.min < s.max && s.step > 0.0, "{lo} {hi} {s:?}");
            let ticks = s.ticks();
            assert!(!ticks.is_empty() && ticks.len() <= 51);
        }
    }
}

//! Prints how long it takes to lay out and write each sample chart as SVG (native build).
//! Run: `cargo bench --bench chart_render`.

#[path = "../chart_support/mod.rs"]
mod chart_support;

use kpiboard::core::chart::{text_summary, to_svg, to_table};
use std::time::Instant;

fn main() {
    const RUNS: u32 = 200;
    println!(
        "{:<22} {:>10} {:>10} {:>12}",
        "chart", "svg µs", "svg bytes", "summary+table µs"
    );
    for (name, spec) in chart_support::samples() {
        let start = Instant::now();
        let mut bytes = 0;
        for _ in 0..RUNS {
            bytes = std::hint::black_box(to_svg(&spec, 640, 360)).len();
        }
        let svg_us = start.elapsed().as_secs_f64() * 1e6 / f64::from(RUNS);
        let start = Instant::now();
        for _ in 0..RUNS {
            std::hint::black_box(text_summary(&spec));
            std::hint::black_box(to_table(&spec));
        }
        let text_us = start.elapsed().as_secs_f64() * 1e6 / f64::from(RUNS);
        println!("{name:<22} {svg_us:>10.1} {bytes:>10} {text_us:>12.1}");
    }
}

//! Writes every sample chart to `target/charts/*.svg` for people to look at, and checks each is
//! well-formed SVG.

mod chart_support;

use kpiboard::core::chart::to_svg;
use std::path::PathBuf;

#[test]
fn writes_gallery_of_every_chart_type() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/charts");
    std::fs::create_dir_all(&dir).expect("create target/charts");
    for (name, spec) in chart_support::samples() {
        let (w, h) = if name == "sparkline" {
            (120, 32)
        } else {
            (640, 360)
        };
        let svg = to_svg(&spec, w, h);
        chart_support::parse(&svg);
        std::fs::write(dir.join(format!("{name}.svg")), &svg).expect("write svg");
        let narrow = to_svg(&spec, w / 2, h);
        chart_support::parse(&narrow);
        std::fs::write(dir.join(format!("{name}_narrow.svg")), &narrow).expect("write svg");
    }
}

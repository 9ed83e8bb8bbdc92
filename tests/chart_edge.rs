//! Charts never panic: empty, missing, non-finite, single, negative and huge values, and odd
//! sizes all give well-formed SVG, with "No data" when there is nothing to draw.

mod chart_support;

use chart_support::*;
use kpiboard::core::chart::{
    draw_on, layout, to_svg, BarChart, ChartSpec, FunnelChart, Heatmap, LineChart, Series, Sparkline,
    StackedBarChart, ValueFormat, Waterfall,
};
use proptest::prelude::*;

fn line(values: Vec<Option<f64>>) -> ChartSpec {
    ChartSpec::Line(LineChart {
        title: "T".into(),
        x_labels: (0..values.len()).map(|i| format!("P{i}")).collect(),
        series: vec![Series {
            name: "S".into(),
            values,
            dashed: false,
        }],
        y_format: eur(),
        area: true,
    })
}

fn bar(values: Vec<f64>, horizontal: bool) -> ChartSpec {
    ChartSpec::Bar(BarChart {
        title: "T".into(),
        categories: (0..values.len()).map(|i| format!("C{i}")).collect(),
        values,
        y_format: ValueFormat::Number,
        horizontal,
    })
}

/// Specs with nothing to draw, one per chart type.
fn empty_specs() -> Vec<ChartSpec> {
    vec![
        line(vec![]),
        line(vec![None, None, Some(f64::NAN), Some(f64::INFINITY)]),
        ChartSpec::Line(LineChart {
            title: "No series".into(),
            x_labels: strings(&["a", "b"]),
            series: vec![],
            y_format: ValueFormat::Percent,
            area: false,
        }),
        bar(vec![], false),
        bar(vec![f64::NAN, f64::NEG_INFINITY], true),
        ChartSpec::StackedBar(StackedBarChart {
            title: "T".into(),
            categories: strings(&["a"]),
            series: vec![("s".into(), vec![f64::NAN])],
            y_format: ValueFormat::Number,
        }),
        ChartSpec::Funnel(FunnelChart {
            title: "T".into(),
            steps: vec![],
        }),
        ChartSpec::Heatmap(Heatmap {
            title: "T".into(),
            rows: strings(&["r"]),
            columns: strings(&["c"]),
            cells: vec![vec![None]],
            value_format: ValueFormat::Percent,
        }),
        ChartSpec::Waterfall(Waterfall {
            title: "T".into(),
            steps: vec![("x".into(), f64::NAN)],
            total_label: "Total".into(),
            value_format: ValueFormat::Number,
        }),
        ChartSpec::Sparkline(Sparkline { values: vec![] }),
        ChartSpec::Sparkline(Sparkline {
            values: vec![None, None],
        }),
    ]
}

#[test]
fn nothing_to_draw_says_no_data() {
    for spec in empty_specs() {
        for (w, h) in [(640, 360), (120, 32)] {
            let svg = to_svg(&spec, w, h);
            let doc = parse(&svg);
            assert!(
                texts(&doc).iter().any(|t| t == "No data"),
                "{spec:?} at {w}×{h}: {svg}"
            );
            assert!(titles(&doc).is_empty());
            assert!(kpiboard::core::chart::text_summary(&spec).ends_with("no data."));
        }
    }
}

#[test]
fn single_point_and_single_bar_render() {
    let svg = to_svg(&line(vec![Some(5.0)]), 400, 200);
    let doc = parse(&svg);
    assert_eq!(with_class(&doc, "kb-chart__point").len(), 1);
    assert!(
        with_class(&doc, "kb-chart__line").is_empty(),
        "no line through one point"
    );
    let svg = to_svg(&bar(vec![0.0], false), 400, 200);
    assert_eq!(with_class(&parse(&svg), "kb-chart__bar").len(), 1);
    let svg = to_svg(
        &ChartSpec::Sparkline(Sparkline {
            values: vec![Some(2.0)],
        }),
        80,
        20,
    );
    assert_eq!(titles(&parse(&svg)), ["Latest: 2"]);
}

#[test]
fn extreme_values_render_without_panicking() {
    let extremes = vec![
        f64::MAX,
        -f64::MAX,
        1e300,
        -1e-300,
        0.0,
        -0.0,
        f64::MIN_POSITIVE,
        f64::NAN,
        f64::INFINITY,
    ];
    let specs = vec![
        line(extremes.iter().map(|v| Some(*v)).collect()),
        bar(extremes.clone(), false),
        bar(extremes.clone(), true),
        ChartSpec::Funnel(FunnelChart {
            title: "T".into(),
            steps: extremes.iter().map(|v| ("s".to_string(), *v)).collect(),
        }),
        ChartSpec::Waterfall(Waterfall {
            title: "T".into(),
            steps: extremes.iter().map(|v| ("s".to_string(), *v)).collect(),
            total_label: "Total".into(),
            value_format: eur(),
        }),
        ChartSpec::Heatmap(Heatmap {
            title: "T".into(),
            rows: strings(&["a"]),
            columns: vec![],
            cells: vec![extremes.iter().map(|v| Some(*v)).collect()],
            value_format: ValueFormat::Days,
        }),
        ChartSpec::Sparkline(Sparkline {
            values: extremes.iter().map(|v| Some(*v)).collect(),
        }),
    ];
    for spec in specs {
        for (w, h) in [(640, 360), (0, 0), (1, 1), (100_000, 50)] {
            let svg = to_svg(&spec, w, h);
            parse(&svg);
        }
        kpiboard::core::chart::text_summary(&spec);
        kpiboard::core::chart::to_table(&spec);
    }
}

#[test]
fn all_negative_bars_hang_from_zero() {
    let svg = to_svg(&bar(vec![-5.0, -10.0], false), 400, 300);
    let doc = parse(&svg);
    let bars = with_class(&doc, "kb-chart__bar");
    assert_eq!(bars.len(), 2);
    // both start at the same y (the zero line at the top) and -10 is twice as long as -5
    let y: Vec<i32> = bars
        .iter()
        .filter_map(|b| b.attribute("y")?.parse().ok())
        .collect();
    let h: Vec<i32> = bars
        .iter()
        .filter_map(|b| b.attribute("height")?.parse().ok())
        .collect();
    assert_eq!(y[0], y[1]);
    assert!((h[1] - 2 * h[0]).abs() <= 1, "{h:?}");
}

#[test]
fn sizes_are_clamped() {
    let scene = layout(&ChartSpec::Bar(channel_bars()), 0, 1_000_000);
    assert_eq!((scene.width, scene.height), (16, 8192));
}

/// A backend that only counts calls, to show the drawing is generic over plotters backends.
struct Counting {
    calls: usize,
}

impl plotters_backend::DrawingBackend for Counting {
    type ErrorType = std::fmt::Error;
    fn get_size(&self) -> (u32, u32) {
        (500, 300)
    }
    fn ensure_prepared(&mut self) -> Result<(), plotters_backend::DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }
    fn present(&mut self) -> Result<(), plotters_backend::DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }
    fn draw_pixel(
        &mut self,
        _: plotters_backend::BackendCoord,
        _: plotters_backend::BackendColor,
    ) -> Result<(), plotters_backend::DrawingErrorKind<Self::ErrorType>> {
        self.calls += 1;
        Ok(())
    }
    fn draw_line<S: plotters_backend::BackendStyle>(
        &mut self,
        _: plotters_backend::BackendCoord,
        _: plotters_backend::BackendCoord,
        _: &S,
    ) -> Result<(), plotters_backend::DrawingErrorKind<Self::ErrorType>> {
        self.calls += 1;
        Ok(())
    }
    fn draw_rect<S: plotters_backend::BackendStyle>(
        &mut self,
        _: plotters_backend::BackendCoord,
        _: plotters_backend::BackendCoord,
        _: &S,
        _: bool,
    ) -> Result<(), plotters_backend::DrawingErrorKind<Self::ErrorType>> {
        self.calls += 1;
        Ok(())
    }
    fn draw_path<
        S: plotters_backend::BackendStyle,
        I: IntoIterator<Item = plotters_backend::BackendCoord>,
    >(
        &mut self,
        _: I,
        _: &S,
    ) -> Result<(), plotters_backend::DrawingErrorKind<Self::ErrorType>> {
        self.calls += 1;
        Ok(())
    }
    fn fill_polygon<
        S: plotters_backend::BackendStyle,
        I: IntoIterator<Item = plotters_backend::BackendCoord>,
    >(
        &mut self,
        _: I,
        _: &S,
    ) -> Result<(), plotters_backend::DrawingErrorKind<Self::ErrorType>> {
        self.calls += 1;
        Ok(())
    }
    fn draw_circle<S: plotters_backend::BackendStyle>(
        &mut self,
        _: plotters_backend::BackendCoord,
        _: u32,
        _: &S,
        _: bool,
    ) -> Result<(), plotters_backend::DrawingErrorKind<Self::ErrorType>> {
        self.calls += 1;
        Ok(())
    }
    fn draw_text<S: plotters_backend::BackendTextStyle>(
        &mut self,
        _: &str,
        _: &S,
        _: plotters_backend::BackendCoord,
    ) -> Result<(), plotters_backend::DrawingErrorKind<Self::ErrorType>> {
        self.calls += 1;
        Ok(())
    }
}

#[test]
fn draws_on_any_backend_one_call_per_mark() {
    for (name, spec) in samples() {
        let mut backend = Counting { calls: 0 };
        draw_on(&spec, &mut backend).expect("counting never fails");
        assert_eq!(backend.calls, layout(&spec, 500, 300).marks.len(), "{name}");
    }
}

fn value() -> impl Strategy<Value = f64> {
    prop_oneof![
        -1e7..1e7f64,
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(0.0),
        Just(1e250),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_lines_and_bars_are_always_well_formed(
        values in proptest::collection::vec(proptest::option::of(value()), 0..40),
        w in 0u32..1200,
        h in 0u32..800,
    ) {
        let specs = [
            line(values.clone()),
            bar(values.iter().map(|v| v.unwrap_or(f64::NAN)).collect(), w % 2 == 0),
            ChartSpec::Sparkline(Sparkline { values: values.clone() }),
        ];
        for spec in specs {
            let svg = to_svg(&spec, w, h);
            prop_assert!(svg.starts_with("<svg"));
            prop_assert!(roxmltree::Document::parse(&svg).is_ok());
        }
    }
}

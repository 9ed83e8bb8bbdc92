//! Hand-over benchmark: what the page does with a large orders file once a parsing worker has read it.
//! A generated orders export (1M lines by default, `HANDOVER_ROWS` to change) is read and recognised;
//! its orders index and the index's figures of no filters are built as in the worker; the whole is
//! encoded as for the page, then decoded a step at a time as the page does (at most a million values
//! per step); it is prepared with the index it brought, the first report is computed and every card laid
//! out (texts and sparklines). Prints each step's wall time in milliseconds (median of 5 runs) and the
//! longest decode step with its number (the table's columns come first, then the index's parts). Run
//! with `cargo bench --bench handover`.

use kpiboard::core::i18n::Lang;
use kpiboard::core::ingest::ImportOptions;
use kpiboard::core::kpi::registry;
use kpiboard::core::kpi::{compute_prepared, Query};
use kpiboard::core::pipeline::{self, LoadedFile};
use kpiboard::core::present;
use kpiboard::core::time::Preset;
use kpiboard::core::transfer::{encode_loaded, LoadedDecoder, SliceSource};
use kpiboard::core::warm_up::generated_orders;
use std::time::Instant;

fn rows() -> usize {
    std::env::var("HANDOVER_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000)
}

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// The times of one hand-over, in milliseconds.
struct Run {
    index: f64,
    encode: f64,
    decode: f64,
    /// Each decode step's time, in order.
    steps: Vec<f64>,
    prepare: f64,
    report: f64,
    /// Every card's text and sparkline.
    cards: f64,
}

fn hand_over(loaded: &LoadedFile) -> Run {
    let started = Instant::now();
    let indexed = loaded.clone().with_orders_index();
    let index = ms(started);
    let started = Instant::now();
    let bytes = encode_loaded(&indexed);
    let encode = ms(started);
    drop(indexed);
    let started = Instant::now();
    let mut decoder = LoadedDecoder::start(SliceSource(&bytes)).expect("starts");
    let mut steps = Vec::new();
    loop {
        let step = Instant::now();
        if !decoder.step().expect("decodes") {
            break;
        }
        steps.push(ms(step));
    }
    let back = decoder.finish().expect("finishes");
    let decode = ms(started);
    let started = Instant::now();
    let prepared = pipeline::prepare(&[&back]);
    let prepare = ms(started);
    let started = Instant::now();
    let mut query = Query::default();
    query.period = prepared
        .data_range
        .map(|range| Preset::AllData.resolve(range, query.calendar()));
    let report = compute_prepared(&prepared, &query);
    let report_ms = ms(started);
    let started = Instant::now();
    let cards = registry::all()
        .iter()
        .filter(|def| present::card(Lang::En, def, &report).raw.is_some())
        .count();
    assert!(cards > 0);
    Run {
        index,
        encode,
        decode,
        steps,
        prepare,
        report: report_ms,
        cards: ms(started),
    }
}

fn main() {
    let rows = rows();
    let csv = generated_orders(rows);
    let loaded = pipeline::load("orders.csv", &csv, &ImportOptions::default()).expect("reads");
    drop(csv);
    let runs: Vec<Run> = (0..5).map(|_| hand_over(&loaded)).collect();
    let pick = |f: fn(&Run) -> f64| median(runs.iter().map(f).collect());
    let (longest, at) = runs
        .iter()
        .flat_map(|r| r.steps.iter().copied().zip(1..))
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .unwrap_or_default();
    println!(
        "hand-over of {rows} order lines (ms, median of 5): orders index {:.1}, encode {:.1}, decode {:.1} in {} steps \
         (longest: step {at}, {longest:.1}), prepare with the index {:.1}, first report {:.1}, cards {:.1}",
        pick(|r| r.index),
        pick(|r| r.encode),
        pick(|r| r.decode),
        runs[0].steps.len(),
        pick(|r| r.prepare),
        pick(|r| r.report),
        pick(|r| r.cards),
    );
}

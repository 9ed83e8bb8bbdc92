//! Engine benchmark: what the parsing worker does with a large orders file once it is read, and what
//! each later view costs. A generated orders export (1M lines by default, `ENGINE_BENCH_ROWS` to change)
//! is read and recognised; then, timed (median of 5 runs, milliseconds): its orders index with the
//! figures of no filters, keeping it in an [`Engine`] (its preview made), the first answer, that
//! answer written as JSON for the page and read back (its size printed), the answer to a period change,
//! to a channel filter and to that filter taken off again. Run with `cargo bench --bench engine`.

use kpiboard::core::engine::{Answer, Engine};
use kpiboard::core::ingest::ImportOptions;
use kpiboard::core::kpi::query::Filter;
use kpiboard::core::kpi::Query;
use kpiboard::core::pipeline::{self, LoadedFile};
use kpiboard::core::schema::Role;
use kpiboard::core::time::Preset;
use kpiboard::core::warm_up::generated_orders;
use std::time::Instant;

fn rows() -> usize {
    std::env::var("ENGINE_BENCH_ROWS")
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

/// The times of one run, in milliseconds, and the answer's JSON size in bytes.
struct Run {
    index: f64,
    keep: f64,
    answer: f64,
    write: f64,
    read: f64,
    json_bytes: usize,
    period: f64,
    filter: f64,
    /// That filter taken off again.
    unfiltered: f64,
    /// All the data by day with the filter: answer, JSON written, JSON read, bytes written, bytes read (ms).
    daily: [f64; 5],
    /// Sizes of that answer as JSON and as the bytes the worker hands over.
    daily_sizes: [usize; 2],
}

fn timed<T>(work: impl FnOnce() -> T) -> (T, f64) {
    let started = Instant::now();
    let out = work();
    (out, ms(started))
}

fn run(loaded: &LoadedFile) -> Run {
    let (indexed, index) = timed(|| loaded.clone().with_orders_index());
    let mut engine = Engine::default();
    let (_, keep) = timed(|| engine.insert(1, indexed, &[]));
    let (first, answer) = timed(|| engine.answer(None));
    let (json, write) = timed(|| serde_json::to_string(&first).expect("writes"));
    let (back, read) = timed(|| serde_json::from_str::<Answer>(&json).expect("reads"));
    assert_eq!(back.generation, first.generation);
    let known = Some(first.generation);
    engine.set_view(Query::default(), Preset::LastFullQuarter);
    let (quarter, period) = timed(|| engine.answer(known));
    assert!(quarter.options.is_none());
    let channel = first
        .options
        .as_ref()
        .and_then(|o| o.filters.iter().find(|(role, _)| *role == Role::Channel))
        .and_then(|(_, values)| values.first().cloned())
        .expect("a channel to filter on");
    let query = Query {
        filters: vec![Filter {
            role: Role::Channel,
            values: vec![channel],
        }],
        ..Query::default()
    };
    engine.set_view(query.clone(), Preset::LastFullQuarter);
    let (_, filter) = timed(|| engine.answer(known));
    // The filter taken off again (the figures of no filters are kept from the index).
    engine.set_view(Query::default(), Preset::LastFullQuarter);
    let (_, unfiltered) = timed(|| engine.answer(known));
    engine.set_view(query.clone(), Preset::LastFullQuarter);
    // The detail-view case of the browser bench: that filter, all the data, one bucket per day.
    let daily = Query {
        granularity: kpiboard::core::time::Granularity::Day,
        ..query
    };
    engine.set_view(daily, Preset::AllData);
    let (days, daily_answer) = timed(|| engine.answer(known));
    let (daily_json, daily_write) = timed(|| serde_json::to_string(&days).expect("writes"));
    let (_, daily_read) = timed(|| serde_json::from_str::<Answer>(&daily_json).expect("reads"));
    let (daily_bytes, bytes_write) = timed(|| days.to_bytes());
    let (_, bytes_read) = timed(|| Answer::from_bytes(&daily_bytes).expect("reads"));
    Run {
        index,
        keep,
        answer,
        write,
        read,
        json_bytes: json.len(),
        period,
        filter,
        unfiltered,
        daily: [daily_answer, daily_write, daily_read, bytes_write, bytes_read],
        daily_sizes: [daily_json.len(), daily_bytes.len()],
    }
}

fn main() {
    let rows = rows();
    let csv = generated_orders(rows);
    let loaded = pipeline::load("orders.csv", &csv, &ImportOptions::default()).expect("reads");
    drop(csv);
    let runs: Vec<Run> = (0..5).map(|_| run(&loaded)).collect();
    let pick = |f: fn(&Run) -> f64| median(runs.iter().map(f).collect());
    println!(
        "engine over {rows} order lines (ms, median of 5): orders index {:.1}, keep (preview) {:.1}, first answer {:.1}, \
         answer as JSON {:.0} kB written {:.1} / read {:.1}, period change {:.1}, channel filter {:.1}, that filter taken off {:.1}",
        pick(|r| r.index),
        pick(|r| r.keep),
        pick(|r| r.answer),
        runs[0].json_bytes as f64 / 1000.0,
        pick(|r| r.write),
        pick(|r| r.read),
        pick(|r| r.period),
        pick(|r| r.filter),
        pick(|r| r.unfiltered),
    );
    println!(
        "  by day over all the data with that filter: answer {:.1} ms; as JSON {:.0} kB written {:.1} / read {:.1} ms; \
         as the bytes handed over {:.0} kB written {:.1} / read {:.1} ms",
        pick(|r| r.daily[0]),
        runs[0].daily_sizes[0] as f64 / 1000.0,
        pick(|r| r.daily[1]),
        pick(|r| r.daily[2]),
        runs[0].daily_sizes[1] as f64 / 1000.0,
        pick(|r| r.daily[3]),
        pick(|r| r.daily[4]),
    );
}

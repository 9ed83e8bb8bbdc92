//! Warm-up: the page's whole pipeline run once on small data while the page is idle, before the user's
//! first file arrives.
//!
//! A browser runs WebAssembly first with quickly compiled baseline code and recompiles a function with
//! its optimising compiler only once it has run a while; a call already running keeps its baseline code
//! until it returns. The long calls of a first load (parsing a slice, preparing a million order lines)
//! would so run almost entirely on baseline code, measured about twice as slow. Running the same
//! functions on small data first makes the engine optimise them in the background, so the user's file
//! gets the optimised code. The work is the real pipeline (nothing is faked) on the embedded sample
//! exports plus a generated orders file shaped like a large export (many distinct orders and customers),
//! so that the paths taken only by large dictionaries are warmed up too.

use crate::core::i18n::Lang;
use crate::core::ingest::{ImportOptions, Importer};
use crate::core::kpi::query::{Filter, Query};
use crate::core::kpi::{self, options, registry, Prepared};
use crate::core::pipeline::{self, LoadedFile};
use crate::core::present;
use crate::core::sample;
use crate::core::time::{Granularity, Preset};
use crate::core::transfer;

/// Bytes pushed to the importer at a time (the worker pushes its file slice by slice, too).
const SLICE: usize = 64 * 1024;

/// Rows of the generated orders file.
const GENERATED_ROWS: usize = 40_000;

/// What one warm-up pass went through (returned so that none of the work can be optimised away, and
/// so that a test can check the pipeline really ran).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WarmUpSummary {
    /// Files read (the sample exports and the generated orders file).
    pub files: usize,
    /// Rows accepted over all the files.
    pub rows: usize,
    /// Cards with a value in the report for all the data.
    pub kpis_with_value: usize,
    /// KPI results of the reports computed after a granularity change and with a filter.
    pub results: usize,
}

/// Runs the pipeline once with the hand-over of [`transfer`] through a byte vector; see [`run_with`].
pub fn run() -> WarmUpSummary {
    run_with(|loaded| transfer::decode_loaded(&transfer::encode_loaded(&loaded)).ok())
}

/// Runs the pipeline once: every file is read slice by slice and recognised, then goes through
/// `hand_over` (the page passes its own encoding into JavaScript memory and decoding back, so that
/// those functions are warmed up too); then the datasets are prepared, the KPI report is computed for
/// all the data, a granularity change and a filter, and the cards are laid out.
pub fn run_with(mut hand_over: impl FnMut(LoadedFile) -> Option<LoadedFile>) -> WarmUpSummary {
    let mut summary = WarmUpSummary::default();
    let generated = generated_orders(GENERATED_ROWS);
    let inputs = sample::FILES
        .iter()
        .map(|f| (f.name, f.bytes))
        .chain(std::iter::once(("warm-up-orders.csv", generated.as_slice())));
    let mut loaded: Vec<LoadedFile> = Vec::new();
    for (name, bytes) in inputs {
        let Some(file) = read_in_slices(name, bytes).and_then(&mut hand_over) else {
            continue;
        };
        summary.files += 1;
        summary.rows += file.table().row_count;
        loaded.push(file);
    }
    let prepared = Prepared::new(loaded.iter().filter_map(LoadedFile::dataset));
    let mut query = Query::default();
    query.period = prepared
        .data_range
        .map(|range| Preset::AllData.resolve(range, query.calendar()));
    let report = kpi::compute_prepared(&prepared, &query);
    for def in registry::all() {
        let card = present::card(Lang::En, def, &report);
        summary.kpis_with_value += usize::from(card.raw.is_some());
    }
    query.granularity = Granularity::Week;
    summary.results += kpi::compute_prepared(&prepared, &query).results.len();
    if let Some((role, values)) = options::filter_options(&prepared).into_iter().next() {
        query.filters = vec![Filter {
            role,
            values: values.into_iter().take(1).collect(),
        }];
        summary.results += kpi::compute_prepared(&prepared, &query).results.len();
    }
    summary
}

/// Reads one file as the parsing worker does: slice by slice, then recognised.
fn read_in_slices(name: &str, bytes: &[u8]) -> Option<LoadedFile> {
    let mut importer = Importer::new(name, ImportOptions::default());
    importer.expect_total_bytes(bytes.len());
    for slice in bytes.chunks(SLICE) {
        importer.push(slice).ok()?;
    }
    Some(pipeline::recognise(name, importer.finish().ok()?))
}

/// An orders export shaped like a large one: about 2.5 order lines per order, a customer id out of a
/// quarter of the rows, timestamps over two years, a few categories, channels and countries (also used
/// by the hand-over benchmark).
pub fn generated_orders(rows: usize) -> Vec<u8> {
    use std::fmt::Write as _;
    const CHANNELS: [&str; 5] = ["organic search", "paid search", "email", "referral", "direct"];
    const COUNTRIES: [&str; 6] = ["FR", "DE", "KR", "JP", "TW", "US"];
    const CATEGORIES: [&str; 4] = ["Tools", "Parts", "Hydraulics", "Safety"];
    let mut text = String::with_capacity(rows * 96);
    text.push_str("order_id,order_date,customer_id,product,category,channel,country,quantity,unit_price,amount,status\n");
    // A small linear congruential generator: the same file on every run.
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |n: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % n
    };
    for i in 0..rows {
        let order = 100_000 + i * 2 / 5;
        let day = next(730);
        let (year, day_of_year) = (2023 + day / 365, day % 365);
        let (month, day_of_month) = (1 + day_of_year / 31 % 12, 1 + day_of_year % 28);
        let quantity = 1 + next(9);
        let cents = 500 + next(40_000);
        let status = if next(20) == 0 { "cancelled" } else { "completed" };
        let _ = writeln!(
            text,
            "SO-{order},{year}-{month:02}-{day_of_month:02} {hour:02}:{minute:02},C{customer},P{product},{category},{channel},{country},{quantity},{price}.{cents:02},{amount}.{amount_cents:02},{status}",
            hour = next(24),
            minute = next(60),
            customer = next((rows / 4) as u64),
            product = next(500),
            category = CATEGORIES[i % CATEGORIES.len()],
            channel = CHANNELS[next(CHANNELS.len() as u64) as usize],
            country = COUNTRIES[next(COUNTRIES.len() as u64) as usize],
            price = cents / 100,
            cents = cents % 100,
            amount = quantity * cents / 100,
            amount_cents = quantity * cents % 100,
        );
    }
    text.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_warm_up_reads_every_file_and_computes_kpis() {
        let summary = run();
        assert_eq!(summary.files, sample::FILES.len() + 1);
        assert!(summary.rows > GENERATED_ROWS, "{summary:?}");
        assert!(summary.kpis_with_value > 20, "{summary:?}");
        assert!(
            summary.results > 2 * 20,
            "both recomputed reports have results: {summary:?}"
        );
    }

    #[test]
    fn every_file_goes_through_the_hand_over() {
        let mut handed = 0;
        let summary = run_with(|loaded| {
            handed += 1;
            Some(loaded)
        });
        assert_eq!(handed, summary.files);
        assert_eq!(run_with(|_| None).files, 0, "a failed hand-over keeps nothing");
    }

    #[test]
    fn the_generated_orders_are_read_as_orders_with_every_row() {
        let bytes = generated_orders(1_000);
        let file = read_in_slices("warm-up-orders.csv", &bytes).expect("readable");
        assert_eq!(file.table().row_count, 1_000);
        assert!(file.dataset().is_some(), "recognised as a usable dataset");
        assert_eq!((file.report.rows_rejected, file.report.cells_rejected), (0, 0));
    }
}

//! A file read in the parsing worker brings its own orders index and the index's figures of no filters
//! (`LoadedFile::with_orders_index`): the engine uses them when the file is the only orders export, and
//! the figures are those of an index built from the tables.

use kpiboard::core::ingest::ImportOptions;
use kpiboard::core::kpi::{self, Prepared, Query};
use kpiboard::core::pipeline::{self, LoadedFile};
use kpiboard::core::sample;
use kpiboard::core::schema::Kind;
use kpiboard::core::time::Preset;

fn sample_bytes(name: &str) -> &'static [u8] {
    sample::FILES
        .iter()
        .find(|f| f.name == name)
        .map(|f| f.bytes)
        .expect("sample file")
}

// The sample orders export, read, recognised and indexed as in a parsing worker.
fn indexed_orders() -> LoadedFile {
    pipeline::load(
        "orders.csv",
        sample_bytes("orders.csv"),
        &ImportOptions::default(),
    )
    .expect("loads")
    .with_orders_index()
}

/// The report for all the data, written out (a report's numbers may be NaN: compared as text).
fn report_text(prepared: &Prepared) -> String {
    let mut query = Query::default();
    query.period = prepared
        .data_range
        .map(|range| Preset::AllData.resolve(range, query.calendar()));
    format!("{:?}", kpi::compute_prepared(prepared, &query))
}

#[test]
fn the_history_a_file_brought_is_used_for_it() {
    let orders = indexed_orders();
    let csv = "order_id,order_date,customer_id,amount\nZ1,2024-02-05,C9,1000\nZ2,2024-02-06,C8,2000\n";
    let other = pipeline::load("other.csv", csv.as_bytes(), &ImportOptions::default())
        .expect("loads")
        .with_orders_index();
    // Another file's history on this index: using it changes the figures (so the test can tell).
    let mut mixed = orders.clone();
    mixed.orders_history = other.orders_history.clone();
    assert_ne!(
        report_text(&pipeline::prepare(&[&mixed])),
        report_text(&pipeline::prepare(&[&orders]))
    );
}

#[test]
fn only_a_usable_orders_export_gets_an_index_and_a_new_mapping_drops_it() {
    let nps = pipeline::load("nps.csv", sample_bytes("nps.csv"), &ImportOptions::default())
        .expect("loads")
        .with_orders_index();
    assert!(nps.orders_index.is_none());
    let orders = indexed_orders();
    let amount = orders.roles().iter().position(|r| r.is_some()).unwrap_or(0);
    assert!(orders.with_role(amount, None).orders_index.is_none());
    assert!(orders.with_kind(Kind::Leads).orders_index.is_none());
}

#[test]
fn the_index_a_file_brought_gives_the_report_built_from_its_table() {
    let others: Vec<LoadedFile> = sample::FILES
        .iter()
        .filter(|f| f.name != "orders.csv")
        .map(|f| pipeline::load(f.name, f.bytes, &ImportOptions::default()).expect("loads"))
        .collect();
    let orders = indexed_orders();
    let mut files: Vec<&LoadedFile> = others.iter().collect();
    files.push(&orders);
    let built_here = Prepared::new(files.iter().filter_map(|f| f.dataset()));
    assert_eq!(report_text(&pipeline::prepare(&files)), report_text(&built_here));
}

#[test]
fn with_two_orders_files_their_own_indexes_are_not_used() {
    let first = indexed_orders();
    let csv = "order_id,order_date,customer_id,amount\nZ1,2024-02-05,C9,1000\nZ2,2024-02-06,C8,2000\n";
    let mut second = pipeline::load("more.csv", csv.as_bytes(), &ImportOptions::default())
        .expect("loads")
        .with_orders_index();
    // An index that belongs to another file: using it would change the figures.
    second.orders_index = first.orders_index.clone();
    let files = [&first, &second];
    let merged = Prepared::new(files.iter().filter_map(|f| f.dataset()));
    assert_eq!(report_text(&pipeline::prepare(&files)), report_text(&merged));
    assert_ne!(
        report_text(&pipeline::prepare(&[&second])),
        report_text(&Prepared::new(second.dataset())),
        "a lone file's index is used (the test can tell)"
    );
}

//! The worker → page hand-over format (a file's preview, see `core::engine::preview`): every sample
//! export survives the round trip bit for bit, and a damaged buffer is an error, never a panic.

use kpiboard::core::ingest::table::{ColumnData, Table};
use kpiboard::core::ingest::{self, Import, ImportOptions};
use kpiboard::core::pipeline::{self, LoadedFile, Mapped};
use kpiboard::core::sample;
use kpiboard::core::transfer::{decode, decode_loaded, encode, encode_loaded, LoadedEncoding};

/// Tables are equal when every value is, comparing numbers by bits (a missing number is NaN).
fn same_table(a: &Table, b: &Table) -> bool {
    a.row_count == b.row_count
        && a.columns.len() == b.columns.len()
        && a.columns.iter().zip(&b.columns).all(|(x, y)| {
            x.name == y.name
                && x.column_type == y.column_type
                && x.currency == y.currency
                && match (&x.data, &y.data) {
                    (ColumnData::Number(p), ColumnData::Number(q)) => {
                        p.len() == q.len() && p.iter().zip(q).all(|(u, v)| u.to_bits() == v.to_bits())
                    }
                    (p, q) => p == q,
                }
        })
}

fn sample_import(name: &str) -> Import {
    let file = sample::FILES
        .iter()
        .find(|f| f.name == name)
        .expect("sample file");
    ingest::read(file.name, file.bytes, &ImportOptions::default()).expect("sample reads")
}

#[test]
fn every_sample_export_round_trips() {
    for file in sample::FILES {
        let import = ingest::read(file.name, file.bytes, &ImportOptions::default()).expect("reads");
        let back = decode(&encode(&import)).expect("decodes");
        assert!(
            same_table(&import.table, &back.table),
            "{} table differs",
            file.name
        );
        assert_eq!(import.report, back.report, "{} report differs", file.name);
    }
}

#[test]
fn every_column_layout_round_trips_including_missing_values() {
    let csv = "day,when,amount,paid,client\n\
               2024-01-02,2024-01-02 10:30,12.5,yes,Alice\n\
               ,,,,\n\
               2024-01-03,2024-01-03 11:00,-3,no,Bob\n";
    let import = ingest::read("mixed.csv", csv.as_bytes(), &ImportOptions::default()).expect("reads");
    let layouts: Vec<u8> = import
        .table
        .columns
        .iter()
        .map(|c| match c.data {
            ColumnData::Number(_) => 0,
            ColumnData::Time { .. } => 1,
            ColumnData::Bool(_) => 2,
            ColumnData::Text { .. } => 3,
        })
        .collect();
    assert_eq!(layouts, vec![1, 1, 0, 2, 3], "fixture must cover every layout");
    let back = decode(&encode(&import)).expect("decodes");
    assert!(same_table(&import.table, &back.table));
}

#[test]
fn a_damaged_buffer_is_an_error_not_a_panic() {
    let bytes = encode(&sample_import("nps.csv"));
    for cut in (0..bytes.len()).step_by(7) {
        assert!(
            decode(&bytes[..cut]).is_err(),
            "a buffer cut at {cut} must not decode"
        );
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(decode(&longer).is_err(), "trailing bytes are rejected");
    let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
    for _ in 0..500 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut damaged = bytes.clone();
        let at = (seed % damaged.len() as u64) as usize;
        damaged[at] ^= (seed >> 32) as u8 | 1;
        let _ = decode(&damaged);
    }
}

#[test]
fn the_announced_length_is_the_written_length() {
    for file in sample::FILES {
        let import = ingest::read(file.name, file.bytes, &ImportOptions::default()).expect("reads");
        assert_eq!(
            kpiboard::core::transfer::encoded_len(&import),
            encode(&import).len(),
            "{}",
            file.name
        );
    }
}

#[test]
fn a_source_read_in_small_pieces_decodes_the_same() {
    /// Hands out at most 3 bytes per call, as a buffered browser source may at a piece boundary.
    struct Dribble<'a>(&'a [u8]);
    impl kpiboard::core::transfer::Source for Dribble<'_> {
        fn remaining(&self) -> usize {
            self.0.len()
        }
        fn fill(&mut self, out: &mut [u8]) {
            for chunk in out.chunks_mut(3) {
                let (head, rest) = self.0.split_at(chunk.len());
                chunk.copy_from_slice(head);
                self.0 = rest;
            }
        }
    }
    let import = sample_import("orders.csv");
    let bytes = encode(&import);
    let back = kpiboard::core::transfer::decode_from(&mut Dribble(&bytes)).expect("decodes");
    assert!(same_table(&import.table, &back.table));
}

/// A loaded file (read and recognised in the worker) comes back with the same name, report, detection,
/// mapping and table.
fn assert_same_loaded(a: &LoadedFile, b: &LoadedFile) {
    assert_eq!(a.name, b.name);
    assert_eq!(a.report, b.report, "{} report differs", a.name);
    assert_eq!(a.detection, b.detection, "{} detection differs", a.name);
    assert_eq!(a.date_range, b.date_range, "{} date range differs", a.name);
    assert!(same_table(a.table(), b.table()), "{} table differs", a.name);
    match (&a.mapped, &b.mapped) {
        (Mapped::Ready(x), Mapped::Ready(y)) => {
            assert_eq!(
                (x.kind, &x.roles, &x.name),
                (y.kind, &y.roles, &y.name),
                "{}",
                a.name
            )
        }
        (Mapped::Incomplete { message: x, .. }, Mapped::Incomplete { message: y, .. }) => {
            assert_eq!(x, y, "{}", a.name)
        }
        _ => panic!("{}: the mapping changed state", a.name),
    }
}

#[test]
fn every_recognised_sample_file_round_trips_with_its_mapping() {
    for file in sample::FILES {
        let loaded = pipeline::load(file.name, file.bytes, &ImportOptions::default()).expect("loads");
        assert!(loaded.dataset().is_some(), "{} is usable", file.name);
        let bytes = encode_loaded(&loaded);
        assert_eq!(
            LoadedEncoding::new(loaded.clone()).byte_len(),
            bytes.len(),
            "{}: announced length",
            file.name
        );
        let back = decode_loaded(&bytes).expect("decodes");
        assert_same_loaded(&loaded, &back);
    }
}

#[test]
fn a_preview_keeps_the_whole_file_s_date_range() {
    use kpiboard::core::time::{day, Period};
    let file = sample::FILES
        .iter()
        .find(|f| f.name == "orders.csv")
        .expect("the sample has orders");
    let loaded = pipeline::load(file.name, file.bytes, &ImportOptions::default()).expect("loads");
    // The sample's first order is on 2 January 2023, its last on 31 December 2024.
    let whole = Period::new(day(2023, 1, 2), day(2025, 1, 1));
    assert_eq!(loaded.date_range, Some(whole));
    let preview = kpiboard::core::engine::preview(&loaded);
    assert!(preview.table().row_count < loaded.table().row_count);
    let back = decode_loaded(&encode_loaded(&preview)).expect("decodes");
    assert_eq!(back.date_range, Some(whole));
}

#[test]
fn a_file_waiting_for_its_mapping_round_trips_with_its_reason() {
    let csv = "Order ID,date,Total\nA1,120.5,1\nA2,80,2\nA3,42,3\n";
    let loaded = pipeline::load("mystery.csv", csv.as_bytes(), &ImportOptions::default()).expect("loads");
    assert!(
        matches!(loaded.mapped, Mapped::Incomplete { .. }),
        "fixture must not be usable"
    );
    let back = decode_loaded(&encode_loaded(&loaded)).expect("decodes");
    assert_same_loaded(&loaded, &back);
}

#[test]
fn a_known_export_format_keeps_its_name_and_an_unknown_one_is_dropped() {
    let mut loaded =
        pipeline::load("nps.csv", sample_bytes("nps.csv"), &ImportOptions::default()).expect("loads");
    let known = kpiboard::core::schema::presets::PRESETS[0].name;
    loaded.detection.preset = Some(known);
    let back = decode_loaded(&encode_loaded(&loaded)).expect("decodes");
    assert_eq!(back.detection.preset, Some(known));
    loaded.detection.preset = Some("Not an export format");
    let back = decode_loaded(&encode_loaded(&loaded)).expect("decodes");
    assert_eq!(back.detection.preset, None);
}

fn sample_bytes(name: &str) -> &'static [u8] {
    sample::FILES
        .iter()
        .find(|f| f.name == name)
        .expect("sample file")
        .bytes
}

#[test]
fn a_damaged_loaded_file_is_an_error_not_a_panic() {
    let loaded = pipeline::load(
        "orders.csv",
        sample_bytes("orders.csv"),
        &ImportOptions::default(),
    )
    .expect("loads");
    let bytes = encode_loaded(&loaded);
    let header = bytes.len() - encode(&sample_import("orders.csv")).len();
    let cuts = (0..header + 64).chain((header..bytes.len()).step_by(bytes.len() / 300 + 1));
    for cut in cuts.filter(|&c| c < bytes.len()) {
        assert!(
            decode_loaded(&bytes[..cut]).is_err(),
            "cut at {cut} must not decode"
        );
    }
    assert!(decode(&bytes).is_err(), "a loaded file is not an import");
    assert!(
        decode_loaded(&encode(&sample_import("nps.csv"))).is_err(),
        "an import is not a loaded file"
    );
}

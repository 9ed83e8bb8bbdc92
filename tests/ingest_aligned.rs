//! Whitespace-aligned text exports ("text report" files without a delimiter): recognised by the dialect
//! sniffing only when no delimiter fits, and cut where the header's columns start.

use kpiboard::core::ingest::table::{days_from_civil, ColumnData, ColumnType, SECONDS_PER_DAY};
use kpiboard::core::ingest::{read, Import, ImportOptions, Importer};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/ingest/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn import(name: &str, bytes: &[u8]) -> Import {
    read(name, bytes, &ImportOptions::default()).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn names(import: &Import) -> Vec<&str> {
    import.table.columns.iter().map(|c| c.name.as_str()).collect()
}

fn types(import: &Import) -> Vec<ColumnType> {
    import.table.columns.iter().map(|c| c.column_type).collect()
}

/// Every cell as displayed (empty when missing), row by row.
fn cells(import: &Import) -> Vec<Vec<String>> {
    (0..import.table.row_count)
        .map(|r| import.table.columns.iter().map(|c| c.data.display(r)).collect())
        .collect()
}

fn numbers(import: &Import, column: usize) -> Vec<f64> {
    match &import.table.columns[column].data {
        ColumnData::Number(v) => v.clone(),
        other => panic!("column {column} is not numbers: {other:?}"),
    }
}

#[test]
fn aligned_orders_are_cut_at_the_header_columns() {
    let got = import("aligned_orders.txt", &fixture("aligned_orders.txt"));
    assert_eq!(got.report.delimiter, "aligned");
    assert_eq!(
        names(&got),
        vec!["Date", "Order ID", "Customer name", "Amount", "Status"]
    );
    assert_eq!(
        types(&got),
        vec![
            ColumnType::Date,
            ColumnType::Number,
            ColumnType::Text,
            ColumnType::Number,
            ColumnType::Text
        ]
    );
    // Right-aligned amounts start before their header; "1200.00" is wider than the column.
    assert_eq!(numbers(&got, 3), vec![12.5, 112.5, 7.25, 1200.0]);
    let rows = cells(&got);
    assert_eq!(rows[1][2], "Zoé Martin");
    assert_eq!(rows[2][2], "", "an empty cell stays empty");
    assert_eq!(rows[3][4], "completed");
    match &got.table.columns[0].data {
        ColumnData::Time { values, .. } => {
            assert_eq!(values[0], days_from_civil(2022, 1, 5) * SECONDS_PER_DAY)
        }
        other => panic!("dates: {other:?}"),
    }
    assert!(
        got.report.notes.iter().any(|n| n.contains("aligned with spaces")),
        "{:?}",
        got.report.notes
    );
    assert_eq!((got.report.rows_accepted, got.report.rows_rejected), (4, 0));
}

#[test]
fn aligned_report_with_title_rule_and_crlf() {
    let got = import("aligned_report.txt", &fixture("aligned_report.txt"));
    assert_eq!(got.report.delimiter, "aligned");
    assert_eq!(names(&got), vec!["Product", "Qty", "Unit price", "Region"]);
    // The title (line 1) and the blank line are skipped; the header is line 3; the rule line is not data.
    assert_eq!(got.report.header_line, 3);
    assert_eq!(got.table.row_count, 4);
    assert_eq!(numbers(&got, 1), vec![3.0, 12.0, 1200.0, 1.0]);
    assert_eq!(numbers(&got, 2), vec![24.99, 89.99, 39.99, 249.99]);
    let rows = cells(&got);
    assert_eq!(rows[1][0], "Mechanical Keyboard");
    assert_eq!(rows[2][3], "");
    assert_eq!(rows[3][3], "APAC");
}

#[test]
fn chunked_pushes_read_aligned_text_like_one_shot() {
    for name in ["aligned_orders.txt", "aligned_report.txt"] {
        let bytes = fixture(name);
        let whole = import(name, &bytes);
        for size in [1, 7, 64] {
            let mut importer = Importer::new(name, ImportOptions::default());
            for piece in bytes.chunks(size) {
                importer.push(piece).unwrap_or_else(|e| panic!("{name}: {e}"));
            }
            let chunked = importer.finish().unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(chunked.table, whole.table, "{name} in {size}-byte pushes");
        }
    }
}

#[test]
fn delimited_files_with_double_spaces_keep_their_delimiter() {
    // (text, report delimiter, column count)
    let cases: &[(&str, &str, usize)] = &[
        ("name,note\nAnn  Lee,x  y\nBob  K,z  w\n", ",", 2),
        ("a;b\n1  2;3\n4  5;6\n", ";", 2),
        ("a\tb c\n1  2\t3\n4  5\t6\n", "tab", 2),
        ("a|b\nx  y|1\nz  w|2\n", "|", 2),
        // One column whose values hold double spaces: not a text report.
        ("name\nAnn  Lee\nBob  Smith\n", ",", 1),
        // A plain delimited file whose rows are also padded into columns.
        ("Date,    Amount\n2022-01-05,  12.5\n2022-01-06,  3\n", ",", 2),
    ];
    for (text, delimiter, width) in cases {
        let got = import("t.csv", text.as_bytes());
        assert_eq!(&got.report.delimiter, delimiter, "{text:?}");
        assert_eq!(got.table.columns.len(), *width, "{text:?}");
    }
}

#[test]
fn aligned_header_alone_or_forced_delimiter() {
    // A forced delimiter is obeyed: the whole line is one field.
    let options = ImportOptions {
        delimiter: Some(b','),
        ..ImportOptions::default()
    };
    let got = read("t.txt", &fixture("aligned_orders.txt"), &options).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(got.report.delimiter, ",");
    assert_eq!(got.table.columns.len(), 1);
    // Names separated by two spaces with rows under them, short and simple.
    let got = import("t.txt", b"Region  Sales\nEU         10\nUS          5\n");
    assert_eq!(got.report.delimiter, "aligned");
    assert_eq!(numbers(&got, 1), vec![10.0, 5.0]);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
    /// Text made of spaces, words and line ends (so that many inputs look aligned) never makes the
    /// importer panic, and reads the same whole and in small pushes.
    #[test]
    fn spaced_text_never_panics(
        text in proptest::collection::vec(
            proptest::sample::select(vec![" ", "  ", "ab", "Zoé", "12", "3.5", "\n", "\r\n", "-", "注"]),
            0..80,
        ),
        size in 1usize..9,
    ) {
        let bytes = text.concat().into_bytes();
        let whole = read("t.txt", &bytes, &ImportOptions::default());
        let mut importer = Importer::new("t.txt", ImportOptions::default());
        let mut pushed = Ok(());
        for piece in bytes.chunks(size) {
            pushed = pushed.and(importer.push(piece));
        }
        let chunked = pushed.and_then(|()| importer.finish());
        // Compared as text: NaN (a missing number) is not equal to itself.
        proptest::prop_assert_eq!(
            format!("{:?}", whole.map(|i| i.table)),
            format!("{:?}", chunked.map(|i| i.table))
        );
    }
}

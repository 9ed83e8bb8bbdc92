//! Excel workbooks: sheet choice, typed cells, dates, errors.

use kpiboard::core::ingest::table::{days_from_civil, ColumnData, ColumnType, SECONDS_PER_DAY};
use kpiboard::core::ingest::{read, ImportOptions, Importer, IngestError};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/ingest/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_largest_sheet_is_read_with_types() {
    let got = read(
        "orders.xlsx",
        &fixture("orders_two_sheets.xlsx"),
        &ImportOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(got.report.sheets, vec!["Notes", "Orders"]);
    assert_eq!(
        got.table.headers(),
        vec!["Order", "Date", "Product", "Quantity", "Amount", "Paid"]
    );
    let day = |d: u32| days_from_civil(2022, 10, d) * SECONDS_PER_DAY;
    // Serial 44840 is 2022-10-06; 44843.5 is noon on 2022-10-09.
    assert_eq!(
        got.table.columns[1].data,
        ColumnData::Time {
            values: vec![day(6), day(7), day(8), day(9) + 43_200],
            has_time: true
        }
    );
    assert_eq!(got.table.columns[1].column_type, ColumnType::DateTime);
    assert_eq!(got.table.columns[2].data.display(1), "注文番号");
    assert_eq!(
        got.table.columns[3].data,
        ColumnData::Number(vec![2.0, 1.0, 3.0, 1.0])
    );
    match &got.table.columns[4].data {
        ColumnData::Number(v) => {
            assert_eq!(v[..2], [12.5, 1234.25]);
            // "#N/A" in a cell is a missing value, not a rejected one.
            assert!(v[2].is_nan());
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(got.table.columns[5].column_type, ColumnType::Bool);
    assert_eq!(got.report.cells_rejected, 0);
    assert_eq!(got.report.encoding, "xlsx");

    // The same through the chunked importer.
    let mut importer = Importer::new("orders.xlsx", ImportOptions::default());
    for chunk in fixture("orders_two_sheets.xlsx").chunks(100) {
        importer.push(chunk).unwrap_or_else(|e| panic!("{e}"));
    }
    // NaN is never equal to itself, so compare the printed forms.
    let streamed = importer.finish().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(format!("{streamed:?}"), format!("{got:?}"));
}

#[test]
fn a_sheet_can_be_chosen_and_a_missing_one_is_named() {
    let notes = ImportOptions {
        sheet: Some("Notes".into()),
        ..Default::default()
    };
    let got =
        read("orders.xlsx", &fixture("orders_two_sheets.xlsx"), &notes).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(got.table.headers(), vec!["Note"]);
    assert_eq!(got.table.columns[0].data.display(0), "Exported from the shop");

    let missing = ImportOptions {
        sheet: Some("Ventes".into()),
        ..Default::default()
    };
    match read("orders.xlsx", &fixture("orders_two_sheets.xlsx"), &missing) {
        Err(e @ IngestError::SheetNotFound { .. }) => {
            assert_eq!(
                e.to_string(),
                "orders.xlsx has no sheet named \"Ventes\"; its sheets are: Notes, Orders."
            )
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_zip_that_is_not_a_workbook_is_refused_in_one_sentence() {
    match read(
        "archive.zip",
        &fixture("not_a_workbook.zip"),
        &ImportOptions::default(),
    ) {
        Err(e) => assert!(
            e.to_string()
                .starts_with("archive.zip looks like a zip archive that is not an Excel workbook"),
            "{e}"
        ),
        Ok(_) => panic!("a zip of text is not a table"),
    }
}

#[test]
fn the_second_sheet_chosen_by_name_in_one_shot_and_in_chunks() {
    let bytes = fixture("orders_two_sheets.xlsx");
    // The second sheet, named loosely (case and spaces do not matter).
    let orders = ImportOptions {
        sheet: Some("  orders ".into()),
        ..Default::default()
    };
    let got = read("orders.xlsx", &bytes, &orders).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(got.report.sheets, vec!["Notes", "Orders"]);
    assert_eq!(
        got.table.headers(),
        vec!["Order", "Date", "Product", "Quantity", "Amount", "Paid"]
    );
    assert_eq!(got.table.row_count, 4);
    assert_eq!(
        got.report.notes.first().map(|n| n.to_string()),
        Some("Read the sheet \"Orders\" (2 sheets in the workbook).".to_string())
    );
    // The page streams the file: the chosen sheet must hold there too (here the first, not the largest).
    let notes = ImportOptions {
        sheet: Some("Notes".into()),
        ..Default::default()
    };
    let mut importer = Importer::new("orders.xlsx", notes);
    for chunk in bytes.chunks(64) {
        importer.push(chunk).unwrap_or_else(|e| panic!("{e}"));
    }
    let streamed = importer.finish().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(streamed.table.headers(), vec!["Note"]);
    assert_eq!(streamed.report.sheets, vec!["Notes", "Orders"]);
}

#[test]
fn a_bad_sheet_name_is_an_error_listing_the_sheets() {
    let bytes = fixture("orders_two_sheets.xlsx");
    for wanted in ["", "Orders 2", "Sheet1"] {
        let options = ImportOptions {
            sheet: Some(wanted.into()),
            ..Default::default()
        };
        let mut importer = Importer::new("orders.xlsx", options);
        importer.push(&bytes).unwrap_or_else(|e| panic!("{e}"));
        match importer.finish() {
            Err(e @ IngestError::SheetNotFound { .. }) => assert_eq!(
                e.to_string(),
                format!("orders.xlsx has no sheet named \"{wanted}\"; its sheets are: Notes, Orders.")
            ),
            other => panic!("{wanted:?}: {other:?}"),
        }
    }
}

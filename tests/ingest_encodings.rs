//! One fixture per encoding and language, written as those countries' tools write them
//! (made by `tests/fixtures/ingest/make_fixtures.py`).

use kpiboard::core::ingest::table::{days_from_civil, ColumnData, ColumnType, SECONDS_PER_DAY};
use kpiboard::core::ingest::{read, Import, ImportOptions, Importer};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/ingest/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn import(name: &str) -> Import {
    read(name, &fixture(name), &ImportOptions::default()).unwrap_or_else(|e| panic!("{e}"))
}

fn column<'a>(import: &'a Import, name: &str) -> &'a kpiboard::core::ingest::table::Column {
    import
        .table
        .columns
        .iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no column {name} in {:?}", import.table.headers()))
}

fn first_number(import: &Import, name: &str) -> f64 {
    match &column(import, name).data {
        ColumnData::Number(v) => v[0],
        other => panic!("{name} is not numbers: {other:?}"),
    }
}

fn first_time(import: &Import, name: &str) -> i64 {
    match &column(import, name).data {
        ColumnData::Time { values, .. } => values[0],
        other => panic!("{name} is not dates: {other:?}"),
    }
}

/// 2022-10-06 at midnight, the first order date of every fixture.
fn october_sixth() -> i64 {
    days_from_civil(2022, 10, 6) * SECONDS_PER_DAY
}

struct Case {
    file: &'static str,
    encoding: &'static str,
    delimiter: &'static str,
    first_header: &'static str,
    date_column: &'static str,
    amount_column: &'static str,
    amount: f64,
    currency: Option<&'static str>,
    text_column: &'static str,
    text: &'static str,
}

const CASES: &[Case] = &[
    Case {
        file: "orders_ko_cp949.csv",
        encoding: "EUC-KR",
        delimiter: ",",
        first_header: "주문번호",
        date_column: "주문일자",
        amount_column: "결제금액",
        amount: 15_000.0,
        currency: Some("KRW"),
        text_column: "상품명",
        text: "무선 마우스",
    },
    Case {
        file: "orders_ko_utf8_bom.csv",
        encoding: "UTF-8",
        delimiter: ",",
        first_header: "주문번호",
        date_column: "주문일자",
        amount_column: "결제금액",
        amount: 15_000.0,
        currency: Some("KRW"),
        text_column: "고객명",
        text: "김민수",
    },
    Case {
        file: "orders_ja_shift_jis.csv",
        encoding: "Shift_JIS",
        delimiter: ",",
        first_header: "注文番号",
        date_column: "注文日",
        amount_column: "金額",
        amount: 2_980.0,
        currency: Some("JPY"),
        text_column: "商品名",
        text: "ワイヤレスマウス",
    },
    Case {
        file: "orders_zh_tw_big5.csv",
        encoding: "Big5",
        delimiter: ",",
        first_header: "訂單編號",
        date_column: "訂單日期",
        amount_column: "金額",
        amount: 1_200.0,
        currency: Some("TWD"),
        text_column: "產品名稱",
        text: "無線滑鼠",
    },
    Case {
        file: "orders_zh_cn_gbk.csv",
        encoding: "GBK",
        delimiter: ",",
        first_header: "订单号",
        date_column: "下单日期",
        amount_column: "金额",
        amount: 120.0,
        currency: Some("CNY"),
        text_column: "商品名称",
        text: "无线鼠标",
    },
    Case {
        file: "commandes_fr_windows1252.csv",
        encoding: "windows-1252",
        delimiter: ";",
        first_header: "N° commande",
        date_column: "Date",
        amount_column: "Montant TTC",
        amount: 1_234.5,
        currency: Some("EUR"),
        text_column: "Produit",
        text: "Crème brûlée",
    },
    Case {
        file: "ads_utf16le.tsv",
        encoding: "UTF-16LE",
        delimiter: "tab",
        first_header: "Date",
        date_column: "Date",
        amount_column: "Cost",
        amount: 125.5,
        currency: None,
        text_column: "Campaign",
        text: "Automne",
    },
];

#[test]
fn every_language_fixture_decodes_and_types() {
    for case in CASES {
        let got = import(case.file);
        let report = &got.report;
        assert_eq!(report.encoding, case.encoding, "{}", case.file);
        assert_eq!(report.delimiter, case.delimiter, "{}", case.file);
        assert_eq!(got.table.headers()[0], case.first_header, "{}", case.file);
        assert_eq!(
            first_time(&got, case.date_column),
            october_sixth(),
            "{}",
            case.file
        );
        assert_eq!(
            column(&got, case.date_column).column_type,
            ColumnType::Date,
            "{}",
            case.file
        );
        assert_eq!(
            first_number(&got, case.amount_column),
            case.amount,
            "{}",
            case.file
        );
        assert_eq!(
            column(&got, case.amount_column).currency.as_deref(),
            case.currency,
            "{}",
            case.file
        );
        assert_eq!(
            column(&got, case.text_column).data.display(0),
            case.text,
            "{}",
            case.file
        );
        assert_eq!(report.cells_rejected, 0, "{}: {:?}", case.file, report.problems);
        assert!(
            report.notes.iter().any(|n| n.contains(case.encoding)),
            "{:?}",
            report.notes
        );
    }
}

#[test]
fn french_file_reads_decimal_commas_day_first_and_yes_no() {
    let got = import("commandes_fr_windows1252.csv");
    assert_eq!(got.report.decimal_separator, ',');
    assert_eq!(got.report.grouping, Some('\u{a0}'));
    // "13/10/2022" only reads day first, which settles "06/10/2022" as the 6th of October.
    assert_eq!(got.report.date_format.as_deref(), Some("DD/MM/YYYY"));
    assert_eq!(
        column(&got, "Payé").data,
        ColumnData::Bool(vec![
            Some(true),
            Some(true),
            Some(false),
            Some(true),
            Some(true),
            Some(false)
        ])
    );
    assert_eq!(column(&got, "Client").data.display(3), "Jérôme Bœuf");
}

#[test]
fn korean_and_chinese_date_forms() {
    let ko = import("orders_ko_cp949.csv");
    assert_eq!(ko.report.date_format.as_deref(), Some("YYYY. MM. DD."));
    assert_eq!(column(&ko, "결제여부").column_type, ColumnType::Bool);
    let cn = import("orders_zh_cn_gbk.csv");
    assert_eq!(cn.report.date_format.as_deref(), Some("YYYY年MM月DD日"));
}

#[test]
fn google_analytics_export() {
    let got = import("ga_pages.csv");
    // Five "#" lines and a blank line come first: the header is line 7.
    assert_eq!(got.report.header_line, 7);
    assert_eq!(first_number(&got, "Pageviews"), 12_345.0);
    assert_eq!(first_number(&got, "Bounce Rate"), 0.4567);
    assert_eq!(column(&got, "% Exit").column_type, ColumnType::Percent);
    // The totals row has no page: kept, with the page missing.
    assert_eq!(got.table.row_count, 4);
    assert!(column(&got, "Page").data.is_missing(3));
}

#[test]
fn encoding_can_be_forced_and_fixtures_stream_byte_by_byte() {
    let forced = ImportOptions {
        encoding: Some("windows-1252".into()),
        ..Default::default()
    };
    let got = read("x.csv", &fixture("orders_ja_shift_jis.csv"), &forced).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(got.report.encoding, "windows-1252");
    assert_ne!(got.table.headers()[0], "注文番号");

    for case in CASES {
        let bytes = fixture(case.file);
        let mut importer = Importer::new(case.file, ImportOptions::default());
        for byte in bytes.chunks(1) {
            importer.push(byte).unwrap_or_else(|e| panic!("{e}"));
        }
        let streamed = importer.finish().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(streamed, import(case.file), "{}", case.file);
    }
}

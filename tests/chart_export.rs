//! CSV export bytes: BOM, RFC 4180 quoting, CRLF, formula-injection neutralisation, non-ASCII.

mod chart_support;

use chart_support::{checkout_funnel, strings};
use kpiboard::core::chart::export::{is_plain_number, neutralise};
use kpiboard::core::chart::{csv_export, to_export_table, ChartSpec};

#[test]
fn bytes_have_bom_quotes_crlf_and_neutralised_formulas() {
    let header = strings(&["Name", "Note"]);
    let rows = vec![
        strings(&["=SUM(A1:A9)", "-12.5"]),
        strings(&["+1", "@cmd"]),
        strings(&["-", "a,b"]),
        strings(&["say \"hi\"", "line\nbreak"]),
        strings(&["\tTab", "매출 売上"]),
        strings(&["-1e5", "−3"]),
        strings(&["\rCR", ""]),
        strings(&["+33 6 12 34 56 78", "-2+3"]),
    ];
    let expected = "\u{FEFF}Name,Note\r\n\
                    '=SUM(A1:A9),-12.5\r\n\
                    +1,'@cmd\r\n\
                    '-,\"a,b\"\r\n\
                    \"say \"\"hi\"\"\",\"line\nbreak\"\r\n\
                    '\tTab,매출 売上\r\n\
                    -1e5,−3\r\n\
                    \"'\rCR\",\r\n\
                    '+33 6 12 34 56 78,'-2+3\r\n";
    let bytes = csv_export(&header, &rows);
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF");
    assert_eq!(String::from_utf8(bytes).expect("utf-8"), expected);
}

#[test]
fn plain_numbers_are_recognised() {
    for yes in ["-12.5", "+3", "0", ".5", "5.", "-1e5", "2E+10"] {
        assert!(is_plain_number(yes), "{yes}");
    }
    for no in [
        "", "-", "+", ".", "1e", "-1,000", "1-2", "=1", "- 1", "1e5x", "--1",
    ] {
        assert!(!is_plain_number(no), "{no}");
    }
    assert_eq!(neutralise("=1+1"), "'=1+1");
    assert_eq!(neutralise("plain"), "plain");
}

#[test]
fn export_of_a_chart_table() {
    let (header, rows) = to_export_table(&ChartSpec::Funnel(checkout_funnel()));
    let text = String::from_utf8(csv_export(&header, &rows)).expect("utf-8");
    let mut lines = text.split("\r\n");
    assert_eq!(
        lines.next(),
        Some("\u{FEFF}Step,Count,Of previous step (%),Of first step (%)")
    );
    assert_eq!(lines.next(), Some("Visits,10000,,100"));
    // 6,000 / 10,000 = 60% of both the previous and the first step
    assert_eq!(lines.next(), Some("Product view,6000,60,60"));
}

#[test]
fn empty_table_is_just_the_bom_and_header() {
    assert_eq!(csv_export(&[], &[]), b"\xEF\xBB\xBF\r\n");
}

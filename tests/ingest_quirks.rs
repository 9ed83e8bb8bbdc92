//! Table-driven tests of the importer on small files with one quirk each.

use kpiboard::core::ingest::table::{days_from_civil, ColumnData, ColumnType, MISSING_TIME, SECONDS_PER_DAY};
use kpiboard::core::ingest::{read, Import, ImportOptions, Importer, IngestError};

fn import_with(text: &str, options: &ImportOptions) -> Import {
    match read("test.csv", text.as_bytes(), options) {
        Ok(i) => i,
        Err(e) => panic!("{e}\n--- file ---\n{text}"),
    }
}

fn import(text: &str) -> Import {
    import_with(text, &ImportOptions::default())
}

fn numbers(import: &Import, column: usize) -> Vec<f64> {
    match &import.table.columns[column].data {
        ColumnData::Number(v) => v.clone(),
        other => panic!("column {column} is not numbers: {other:?}"),
    }
}

fn times(import: &Import, column: usize) -> Vec<i64> {
    match &import.table.columns[column].data {
        ColumnData::Time { values, .. } => values.clone(),
        other => panic!("column {column} is not times: {other:?}"),
    }
}

fn texts(import: &Import, column: usize) -> Vec<String> {
    let data = &import.table.columns[column].data;
    (0..data.len()).map(|r| data.display(r)).collect()
}

fn day(y: i64, m: u32, d: u32) -> i64 {
    days_from_civil(y, m, d) * SECONDS_PER_DAY
}

#[test]
fn delimiters_quotes_and_line_ends() {
    // (file, delimiter shown in the report, names, second column as text)
    let cases: &[(&str, &str, &[&str], &[&str])] = &[
        ("a,b\n1,x\n2,y\n", ",", &["a", "b"], &["x", "y"]),
        ("a;b\r\n1;x\r\n2;y\r\n", ";", &["a", "b"], &["x", "y"]),
        ("a\tb\r1\tx\r2\ty\r", "tab", &["a", "b"], &["x", "y"]),
        ("a|b\n1|x\n2|y", "|", &["a", "b"], &["x", "y"]),
        (
            "a,b\n1,\"x, \"\"quoted\"\"\"\n2,\"two\nlines\"\n",
            ",",
            &["a", "b"],
            &["x, \"quoted\"", "two\nlines"],
        ),
        ("sep=;\na;b\n1;x\n2;y\n", ";", &["a", "b"], &["x", "y"]),
        ("a,b\n1,x\n2,y\n\n\n\n", ",", &["a", "b"], &["x", "y"]),
        ("\u{feff}a,b\n1,x\n2,y\n", ",", &["a", "b"], &["x", "y"]),
    ];
    for (text, delimiter, names, second) in cases {
        let got = import(text);
        assert_eq!(got.report.delimiter, *delimiter, "{text:?}");
        assert_eq!(got.table.headers(), *names, "{text:?}");
        assert_eq!(texts(&got, 1), *second, "{text:?}");
        assert_eq!(numbers(&got, 0), vec![1.0, 2.0], "{text:?}");
    }
}

#[test]
fn google_analytics_comment_lines_and_titles() {
    let ga = "# ----------------------------------------\n# All Web Site Data\n# Pages\n# 20220101-20220131\n# ----------------------------------------\n\nPage,Pageviews,Bounce Rate\n/home,\"1,234\",45.10%\n/pricing,567,30.00%\n";
    let got = import(ga);
    assert_eq!(got.report.header_line, 7);
    assert_eq!(got.table.headers(), vec!["Page", "Pageviews", "Bounce Rate"]);
    assert_eq!(numbers(&got, 1), vec![1234.0, 567.0]);
    // 45.10% is the fraction 0.451.
    assert_eq!(numbers(&got, 2), vec![0.451, 0.3]);
    assert_eq!(got.table.columns[2].column_type, ColumnType::Percent);

    let titled =
        "Sales report;;\nExported 2022-10-06;;\nDate;Product;Amount\n2022-10-01;A;3\n2022-10-02;B;4\n";
    let got = import(titled);
    assert_eq!(got.report.header_line, 3);
    assert_eq!(got.table.headers(), vec!["Date", "Product", "Amount"]);
    assert_eq!(got.table.row_count, 2);
}

#[test]
fn header_names_are_made_unique_and_survey_headers_joined() {
    let got = import("Amount,,Amount\n1,2,3\n");
    assert_eq!(got.table.headers(), vec!["Amount", "Column 2", "Amount (2)"]);

    let survey = "Respondent ID,How likely are you to recommend us?,Which channels?,\n,Response,Email,Social\n101,9,Email,\n102,10,,Social\n103,6,Email,Social\n";
    let got = import(survey);
    assert_eq!(
        got.table.headers(),
        vec![
            "Respondent ID",
            "How likely are you to recommend us?",
            "Which channels? - Email",
            "Which channels? - Social"
        ]
    );
    assert_eq!(numbers(&got, 1), vec![9.0, 10.0, 6.0]);
}

#[test]
fn ragged_rows_are_padded_or_flagged() {
    let got = import("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12,\n");
    assert_eq!(got.table.row_count, 4);
    // Line 3 lacks c: it is missing. Line 4 has a fourth value: the row is flagged. Line 5 ends with an
    // empty extra field: nothing is lost, nothing flagged.
    assert!(got.table.columns[2].data.is_missing(1));
    assert_eq!(got.report.rows_rejected, 1);
    assert_eq!(got.report.rows_accepted, 3);
    assert_eq!(got.report.problems.len(), 1);
    assert!(
        got.report.problems[0].starts_with("line 4 has 4 values but the header has 3"),
        "{:?}",
        got.report.problems
    );
}

#[test]
fn numbers_money_percent_and_negatives_per_column() {
    // (column of values, decimal comma?, expected values, type, currency)
    type Case<'a> = (&'a [&'a str], &'a [f64], ColumnType, Option<&'a str>);
    let dot: &[Case] = &[
        (
            &["12", "-3", "1,234"],
            &[12.0, -3.0, 1234.0],
            ColumnType::Number,
            None,
        ),
        (
            &["(12.00)", "12-", "3.5"],
            &[-12.0, -12.0, 3.5],
            ColumnType::Number,
            None,
        ),
        (
            &["$1,200.50", "$3", "-$4"],
            &[1200.5, 3.0, -4.0],
            ColumnType::Money,
            Some("USD"),
        ),
        (
            &["USD 12", "USD 3.5", "USD 0"],
            &[12.0, 3.5, 0.0],
            ColumnType::Money,
            Some("USD"),
        ),
        (
            &["¥1,200", "¥300", "¥5"],
            &[1200.0, 300.0, 5.0],
            ColumnType::Money,
            Some("JPY"),
        ),
        (
            &["1,200円", "300円", "5円"],
            &[1200.0, 300.0, 5.0],
            ColumnType::Money,
            Some("JPY"),
        ),
        (
            &["₩15,000", "15,000원", "3원"],
            &[15000.0, 15000.0, 3.0],
            ColumnType::Money,
            Some("KRW"),
        ),
        (
            &["120元", "3.5元", "1元"],
            &[120.0, 3.5, 1.0],
            ColumnType::Money,
            Some("CNY"),
        ),
        (
            &["CHF 1'200.00", "CHF 3", "CHF 4"],
            &[1200.0, 3.0, 4.0],
            ColumnType::Money,
            Some("CHF"),
        ),
        (
            &["12.5%", "100%", "-3%"],
            &[0.125, 1.0, -0.03],
            ColumnType::Percent,
            None,
        ),
    ];
    for (values, expected, column_type, currency) in dot {
        let text = format!(
            "v\n{}\n",
            values.join("\n").replace(',', "\",\"").replace("\",\"", ",")
        );
        let quoted: String = values.iter().map(|v| format!("\"{v}\"\n")).collect();
        let got = import(&format!("v\n{quoted}"));
        let _ = text;
        assert_eq!(numbers(&got, 0), *expected, "{values:?}");
        assert_eq!(got.table.columns[0].column_type, *column_type, "{values:?}");
        assert_eq!(got.table.columns[0].currency.as_deref(), *currency, "{values:?}");
    }
    let comma: &[Case] = &[
        (
            &["1 234,50 €", "12,00 €", "-3,25 €"],
            &[1234.5, 12.0, -3.25],
            ColumnType::Money,
            Some("EUR"),
        ),
        (
            &["1.234,5", "2,25", "3"],
            &[1234.5, 2.25, 3.0],
            ColumnType::Number,
            None,
        ),
        (
            &["1\u{a0}234,5", "1\u{202f}000,0", "7"],
            &[1234.5, 1000.0, 7.0],
            ColumnType::Number,
            None,
        ),
        (
            &["12,5 %", "3 %", "0,5 %"],
            &[0.125, 0.03, 0.005],
            ColumnType::Percent,
            None,
        ),
    ];
    for (values, expected, column_type, currency) in comma {
        let got = import(&format!(
            "v;w\n{}",
            values.iter().map(|v| format!("{v};x\n")).collect::<String>()
        ));
        assert_eq!(got.report.decimal_separator, ',', "{values:?}");
        assert_eq!(numbers(&got, 0), *expected, "{values:?}");
        assert_eq!(got.table.columns[0].column_type, *column_type, "{values:?}");
        assert_eq!(got.table.columns[0].currency.as_deref(), *currency, "{values:?}");
    }
}

#[test]
fn ambiguous_thousands_are_settled_by_the_file_and_explained() {
    // Semicolon file whose price column writes "3,5": decimal commas, so "12,345" is 12.345.
    let got = import("Qty;Price\n12,345;3,5\n1,500;4,25\n");
    assert_eq!(numbers(&got, 0), vec![12.345, 1.5]);
    let note = got.report.columns[0].note.clone().unwrap_or_default();
    assert!(note.contains("\"12,345\"") && note.contains("decimal"), "{note}");
    // Comma file whose price column writes "3.5": "12,345" (quoted) is twelve thousand three hundred forty-five.
    let got = import("Qty,Price\n\"12,345\",3.5\n\"1,500\",4.25\n");
    assert_eq!(numbers(&got, 0), vec![12345.0, 1500.0]);
    // The user can force it.
    let forced = ImportOptions {
        decimal_comma: Some(true),
        ..Default::default()
    };
    let got = import_with("Qty,Price\n\"12,345\",\"3,5\"\n", &forced);
    assert_eq!(numbers(&got, 0), vec![12.345]);
}

#[test]
fn dates_in_every_form() {
    // (values, options day_first, expected seconds, reported pattern)
    type Case<'a> = (&'a [&'a str], Option<bool>, &'a [i64], &'a str);
    let cases: &[Case] = &[
        (
            &["2022-10-06", "2022-10-31"],
            None,
            &[day(2022, 10, 6), day(2022, 10, 31)],
            "YYYY-MM-DD",
        ),
        (
            &["2022/10/06", "2022/10/31"],
            None,
            &[day(2022, 10, 6), day(2022, 10, 31)],
            "YYYY/MM/DD",
        ),
        (
            &["2022.10.06", "2022.10.31"],
            None,
            &[day(2022, 10, 6), day(2022, 10, 31)],
            "YYYY.MM.DD",
        ),
        (
            &["2022. 10. 6.", "2022. 10. 31."],
            None,
            &[day(2022, 10, 6), day(2022, 10, 31)],
            "YYYY. MM. DD.",
        ),
        (
            &["2022年10月6日", "2022年10月31日"],
            None,
            &[day(2022, 10, 6), day(2022, 10, 31)],
            "YYYY年MM月DD日",
        ),
        (
            &["06/10/2022", "31/10/2022"],
            None,
            &[day(2022, 10, 6), day(2022, 10, 31)],
            "DD/MM/YYYY",
        ),
        (
            &["10/06/2022", "10/31/2022"],
            None,
            &[day(2022, 10, 6), day(2022, 10, 31)],
            "MM/DD/YYYY",
        ),
        (
            &["06/10/2022", "07/10/2022"],
            Some(true),
            &[day(2022, 10, 6), day(2022, 10, 7)],
            "DD/MM/YYYY",
        ),
        (
            &["10/06/22", "10/07/22"],
            Some(false),
            &[day(2022, 10, 6), day(2022, 10, 7)],
            "MM/DD/YY",
        ),
        (
            &["6 Oct 2022", "31 Oct 2022"],
            None,
            &[day(2022, 10, 6), day(2022, 10, 31)],
            "D Month YYYY",
        ),
        (
            &["6 octobre 2022", "1er novembre 2022"],
            None,
            &[day(2022, 10, 6), day(2022, 11, 1)],
            "D Month YYYY",
        ),
    ];
    for (values, day_first, expected, pattern) in cases {
        let options = ImportOptions {
            day_first: *day_first,
            ..Default::default()
        };
        let body: String = values.iter().map(|v| format!("{v},1\n")).collect();
        let got = import_with(&format!("Date,n\n{body}"), &options);
        assert_eq!(times(&got, 0), *expected, "{values:?}");
        assert_eq!(got.table.columns[0].column_type, ColumnType::Date, "{values:?}");
        assert_eq!(got.report.date_format.as_deref(), Some(*pattern), "{values:?}");
    }
}

#[test]
fn date_times_offsets_serials_and_unix_seconds() {
    // The offset is not applied: 14:30 at +09:00 stays 14:30.
    let got = import("Created,n\n2022-10-06T14:30:00+09:00,1\n2022-10-06T08:00:00Z,2\n");
    assert_eq!(
        times(&got, 0),
        vec![
            day(2022, 10, 6) + 14 * 3600 + 30 * 60,
            day(2022, 10, 6) + 8 * 3600
        ]
    );
    assert_eq!(got.table.columns[0].column_type, ColumnType::DateTime);
    // Excel serial 44840 is 2022-10-06 (25569 days from 1899-12-30 to 1970-01-01, 44840 - 25569 = 19271).
    let got = import("Order Date,Amount\n44840,3\n44841,4\n");
    assert_eq!(times(&got, 0), vec![day(2022, 10, 6), day(2022, 10, 7)]);
    // The same numbers under another header stay numbers.
    let got = import("Views,Amount\n44840,3\n44841,4\n");
    assert_eq!(numbers(&got, 0), vec![44840.0, 44841.0]);
    // Unix seconds: 1665000000 = 19270 days + 72000 s, i.e. 2022-10-05 20:00.
    let got = import("timestamp,n\n1665000000,1\n1665003600,2\n");
    assert_eq!(
        times(&got, 0),
        vec![day(2022, 10, 5) + 72_000, day(2022, 10, 5) + 75_600]
    );
}

#[test]
fn a_date_column_and_a_time_column_are_joined() {
    let got = import("Date,Time,Sales\n2022-10-06,14:30,3\n2022-10-07,09:05,4\n");
    assert_eq!(
        times(&got, 0),
        vec![day(2022, 10, 6) + 52_200, day(2022, 10, 7) + 9 * 3600 + 300]
    );
    assert_eq!(got.table.columns[0].column_type, ColumnType::DateTime);
    assert_eq!(texts(&got, 1), vec!["14:30", "09:05"]);
}

#[test]
fn booleans_and_missing_values() {
    let cases: &[(&[&str], &[Option<bool>])] = &[
        (&["true", "false", ""], &[Some(true), Some(false), None]),
        (&["Yes", "no", "N/A"], &[Some(true), Some(false), None]),
        (&["Y", "N", "null"], &[Some(true), Some(false), None]),
        (&["oui", "non", "-"], &[Some(true), Some(false), None]),
        (&["예", "아니오", "#N/A"], &[Some(true), Some(false), None]),
        (&["はい", "いいえ", "NA"], &[Some(true), Some(false), None]),
        (&["是", "否", ""], &[Some(true), Some(false), None]),
        (&["1", "0", ""], &[Some(true), Some(false), None]),
    ];
    for (values, expected) in cases {
        let body: String = values.iter().map(|v| format!("{v},x\n")).collect();
        let got = import(&format!("Subscribed,n\n{body}"));
        assert_eq!(
            got.table.columns[0].data,
            ColumnData::Bool(expected.to_vec()),
            "{values:?}"
        );
    }
    let got = import("v,w\n1,a\nNA,b\nN/A,c\nnull,d\n-,e\n#N/A,f\n,g\n2,h\n");
    let v = numbers(&got, 0);
    assert_eq!(v.iter().filter(|x| x.is_nan()).count(), 6);
    assert_eq!(got.report.cells_rejected, 0);
}

#[test]
fn a_value_that_does_not_fit_is_missing_counted_and_explained() {
    // 1,210 rows of amounts; the one on line 1,204 (data row 1,202, since the header is line 1) is "12,5,0".
    let mut text = String::from("Date;Montant\n");
    for row in 0..1210 {
        let amount = if row == 1202 {
            "12,5,0".to_string()
        } else {
            format!("{},{:02}", row, row % 100)
        };
        text.push_str(&format!("2022-01-01;{amount}\n"));
    }
    let got = import(&text);
    let amounts = numbers(&got, 1);
    assert!(amounts[1202].is_nan());
    // Row 3 is written "3,03".
    assert_eq!(amounts[3], 3.03);
    assert_eq!(got.report.rows_rejected, 1);
    assert_eq!(got.report.rows_accepted, 1209);
    assert_eq!(got.report.cells_rejected, 1);
    assert!(
        got.report.problems[0].starts_with("line 1,204, column \"Montant\": \"12,5,0\" is not a number"),
        "{:?}",
        got.report.problems
    );
}

#[test]
fn a_column_that_turns_out_to_be_text_keeps_its_values() {
    // The first 6,000 rows look numeric, the rest are codes: more than one value in ten does not fit,
    // so the column falls back to text and nothing is lost.
    let mut text = String::from("code,n\n");
    for row in 0..8000 {
        if row < 6000 {
            text.push_str(&format!("{row},1\n"));
        } else {
            text.push_str(&format!("A-{row},1\n"));
        }
    }
    let got = import(&text);
    assert_eq!(got.table.columns[0].column_type, ColumnType::Text);
    assert_eq!(got.table.columns[0].data.display(7999), "A-7999");
    assert_eq!(got.table.columns[0].data.display(12), "12");
    assert_eq!(got.report.cells_rejected, 0);
}

#[test]
fn a_column_empty_in_the_first_rows_is_typed_from_the_rest() {
    let mut text = String::from("id,discount\n");
    for row in 0..6000 {
        text.push_str(&format!("{row},\n"));
    }
    text.push_str("6000,2.5\n6001,3\n");
    let got = import(&text);
    let discount = numbers(&got, 1);
    assert_eq!(discount[6000], 2.5);
    assert_eq!(discount[6001], 3.0);
}

#[test]
fn repeated_headers_and_comment_rows_inside_data_are_skipped() {
    let got = import("a,b\n1,2\na,b\n3,4\n");
    assert_eq!(numbers(&got, 0), vec![1.0, 3.0]);
}

#[test]
fn not_tabular_files_get_one_sentence() {
    // (bytes, start of the message)
    let cases: &[(&[u8], &str)] = &[
        (b"", "test.csv is empty"),
        (b"\n\n  \n", "test.csv is empty"),
        (
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
            "test.csv looks like a PDF document",
        ),
        (
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
            "test.csv looks like a PNG image",
        ),
        (b"PK\x03\x04\x14\0\0\0\x08\0", "test.csv"),
        (
            b"Date,Amount\n",
            "test.csv has a header on line 1 but no data rows",
        ),
        (
            b"\0\x01\x02\x03\x04\x05\x06\x07\x08",
            "test.csv looks like a binary file",
        ),
    ];
    for (bytes, start) in cases {
        match read("test.csv", bytes, &ImportOptions::default()) {
            Ok(_) => panic!("{bytes:?} should not import"),
            Err(e) => {
                let message = e.to_string();
                assert!(message.starts_with(start), "{message}");
                // One sentence: at most one ": " or "; " joining its parts, one final period.
                assert!(message.matches(". ").count() == 0, "{message}");
            }
        }
    }
    let forced = ImportOptions {
        encoding: Some("klingon".into()),
        ..Default::default()
    };
    assert!(matches!(
        read("x.csv", b"a\n1\n", &forced),
        Err(IngestError::UnknownEncoding { .. })
    ));
}

#[test]
fn chunked_import_equals_one_shot_import() {
    let mut text = String::from("# export\nDate;Produit;Montant;Payé\n");
    for row in 0..3000 {
        text.push_str(&format!(
            "{:02}/{:02}/2022;\"Café {}\nspécial\";{},{:02} €;{}\n",
            row % 28 + 1,
            row % 12 + 1,
            row % 7,
            row,
            row % 100,
            if row % 2 == 0 { "oui" } else { "non" }
        ));
    }
    let bytes = text.as_bytes();
    let whole = import(&text);
    for chunk_size in [1usize, 7, 4096, 1 << 20] {
        let mut importer = Importer::new("test.csv", ImportOptions::default());
        for chunk in bytes.chunks(chunk_size) {
            if let Err(e) = importer.push(chunk) {
                panic!("{e}");
            }
        }
        assert!(importer.rows_so_far() > 0 || bytes.len() < (1 << 20));
        match importer.finish() {
            Ok(chunked) => assert_eq!(chunked, whole, "chunk size {chunk_size}"),
            Err(e) => panic!("{e}"),
        }
    }
    assert_eq!(whole.table.row_count, 3000);
    assert_eq!(whole.report.decimal_separator, ',');
    assert_eq!(times(&whole, 0)[0], day(2022, 1, 1));
    assert!(!times(&whole, 0).contains(&MISSING_TIME));
}

/// Regression (found by the round-trip property test): a `;` file with decimal commas and quoted
/// multi-line labels containing commas was read as `,`-delimited, because the broken-up quoted cells made
/// more `,` records than there are `;` records.
#[test]
fn quoted_multiline_cells_do_not_make_a_wrong_delimiter_win() {
    let text = "count;amount;order date;paid;label\n0;0,00;2000-01-01;no;xa\n0;0,00;2000-01-01;no;\n0;0,00;2000-01-01;no;\"x\n,a\"\n0;0,00;2000-01-01;no;\"x\n,\"\n";
    let import = kpiboard::core::ingest::read("roundtrip.csv", text.as_bytes(), &Default::default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(import.report.delimiter, ";");
    assert_eq!(
        import.table.headers(),
        vec!["count", "amount", "order date", "paid", "label"]
    );
    assert_eq!(import.table.row_count, 4);
}

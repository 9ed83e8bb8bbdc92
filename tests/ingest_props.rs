//! Properties: any table written out in any supported dialect and encoding reads back identically, and
//! no input — random bytes or a mangled CSV, whole or in chunks — makes the importer panic.

use kpiboard::core::ingest::table::{days_from_civil, Column, ColumnData};
use kpiboard::core::ingest::{read, ImportOptions, Importer};
use proptest::prelude::*;

/// One generated row: count, amount in cents, day number, flag, label.
type Row = (i64, i64, i64, bool, Option<String>);

/// Labels start with a letter that no typed reading accepts and avoid leading/trailing spaces.
fn label(alphabet: &'static [char]) -> impl Strategy<Value = String> {
    (
        prop::sample::select(alphabet),
        prop::collection::vec(prop::sample::select(alphabet), 0..8),
    )
        .prop_map(|(first, rest)| {
            let mut s = String::from("x");
            s.push(first);
            s.extend(rest);
            s.trim_end().to_string()
        })
}

const LATIN: &[char] = &[
    'a', 'b', 'é', 'ü', 'ç', ' ', ',', ';', '"', '|', '\t', '\n', 'Z', '€', 'œ',
];
const JAPANESE: &[char] = &['注', '文', '番', '号', 'ア', 'イ', 'a', ' ', ',', '"'];
const KOREAN: &[char] = &['주', '문', '번', '호', '가', 'b', ' ', ',', '"'];
const ANY: &[char] = &[
    'a', 'é', '注', '주', '北', '😀', ' ', ',', ';', '"', '|', '\t', '\n',
];

/// (encoding label or None for UTF-8, byte-order mark, label alphabet, whether to force it in the options)
const ENCODINGS: &[(Option<&str>, &[u8], &[char])] = &[
    (None, b"", ANY),
    (None, b"\xEF\xBB\xBF", ANY),
    (Some("UTF-16LE"), b"\xFF\xFE", ANY),
    (Some("UTF-16BE"), b"\xFE\xFF", ANY),
    (Some("windows-1252"), b"", LATIN),
    (Some("Shift_JIS"), b"", JAPANESE),
    (Some("EUC-KR"), b"", KOREAN),
];

fn quote(field: &str, delimiter: char) -> String {
    if field.contains([delimiter, '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

fn write_table(rows: &[Row], delimiter: char, line_end: &str, decimal_comma: bool) -> String {
    let d = delimiter.to_string();
    let mut out = ["count", "amount", "order date", "paid", "label"].join(&d);
    out.push_str(line_end);
    for (count, cents, day, flag, text) in rows {
        let sign = if *cents < 0 { "-" } else { "" };
        let amount = format!(
            "{sign}{}{}{:02}",
            cents.abs() / 100,
            if decimal_comma { ',' } else { '.' },
            cents.abs() % 100
        );
        let (y, m, dd) = kpiboard::core::ingest::table::civil_from_days(*day);
        let fields = [
            count.to_string(),
            amount,
            format!("{y:04}-{m:02}-{dd:02}"),
            if *flag { "yes".into() } else { "no".into() },
            quote(text.as_deref().unwrap_or(""), delimiter),
        ];
        out.push_str(&fields.join(&d));
        out.push_str(line_end);
    }
    out
}

fn expected_columns(rows: &[Row]) -> Vec<Column> {
    let labels: Vec<Option<&str>> = rows.iter().map(|r| r.4.as_deref()).collect();
    let days: Vec<Option<i64>> = rows.iter().map(|r| Some(r.2)).collect();
    let mut paid = Column::text("paid", &[]);
    paid.data = ColumnData::Bool(rows.iter().map(|r| Some(r.3)).collect());
    vec![
        Column::number("count", rows.iter().map(|r| r.0 as f64).collect()),
        // cents / 100 is what the reader computes from the digits (one correctly rounded division).
        Column::number("amount", rows.iter().map(|r| r.1 as f64 / 100.0).collect()),
        Column::dates("order date", &days),
        paid,
        Column::text("label", &labels),
    ]
}

fn row_strategy(alphabet: &'static [char]) -> impl Strategy<Value = Row> {
    let first_day = days_from_civil(2000, 1, 1);
    (
        -1_000_000i64..1_000_000,
        -10_000_000i64..10_000_000,
        first_day..first_day + 11_000,
        any::<bool>(),
        prop::option::weighted(0.9, label(alphabet)),
    )
}

fn rows_strategy(alphabet: &'static [char]) -> impl Strategy<Value = Vec<Row>> {
    // The first row always has a label, so the column has evidence of being text.
    (
        row_strategy(alphabet),
        label(alphabet),
        prop::collection::vec(row_strategy(alphabet), 0..30),
    )
        .prop_map(|(mut first, text, rest)| {
            first.4 = Some(text);
            std::iter::once(first).chain(rest).collect()
        })
}

/// (encoding index, delimiter, line end, decimal comma, rows)
fn case_strategy() -> impl Strategy<Value = (usize, char, &'static str, bool, Vec<Row>)> {
    (0..ENCODINGS.len()).prop_flat_map(|i| {
        (
            Just(i),
            prop::sample::select(vec![',', ';', '\t', '|']),
            prop::sample::select(vec!["\n", "\r\n", "\r"]),
            any::<bool>(),
            rows_strategy(ENCODINGS[i].2),
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_table_in_any_dialect_and_encoding_reads_back(
        (encoding_index, delimiter, line_end, decimal_comma, rows) in case_strategy(),
    ) {
        let (label_name, bom, _) = ENCODINGS[encoding_index];
        let decimal_comma = decimal_comma && delimiter != ',';
        let text = write_table(&rows, delimiter, line_end, decimal_comma);
        let mut bytes = bom.to_vec();
        match label_name {
            None => bytes.extend_from_slice(text.as_bytes()),
            Some("UTF-16LE") => bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes)),
            Some("UTF-16BE") => bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes)),
            Some(name) => {
                let encoding = encoding_rs::Encoding::for_label(name.as_bytes()).ok_or_else(|| TestCaseError::fail("label"))?;
                let (encoded, _, unmappable) = encoding.encode(&text);
                prop_assert!(!unmappable);
                bytes.extend_from_slice(&encoded);
            }
        }
        // Legacy encodings of a few random words cannot be told apart reliably: the user picks them.
        let options = ImportOptions {
            encoding: label_name.filter(|n| !n.starts_with("UTF")).map(str::to_string),
            ..Default::default()
        };
        let got = read("roundtrip.csv", &bytes, &options).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        let columns: Vec<(String, ColumnData)> = got.table.columns.iter().map(|c| (c.name.clone(), c.data.clone())).collect();
        let expected: Vec<(String, ColumnData)> = expected_columns(&rows).into_iter().map(|c| (c.name, c.data)).collect();
        prop_assert_eq!(columns, expected, "file:\n{}\nreport: {:?}", text, got.report);
        prop_assert_eq!(got.report.rows_rejected, 0);
    }
}

const VALID: &str = "# title\nsep=;\nDate;Montant;Client;Payé\n06/10/2022;1 234,50 €;\"Dupont; Jean\";oui\n07/10/2022;12,5;Durand;non\n13/10/2022;(3,25);\"multi\nline\";1\n";

/// Applies byte edits (position, operation, byte) to a valid file.
fn mutate(base: &[u8], edits: &[(usize, u8, u8)]) -> Vec<u8> {
    let mut bytes = base.to_vec();
    for &(at, op, byte) in edits {
        let at = if bytes.is_empty() {
            0
        } else {
            at % (bytes.len() + 1)
        };
        match op % 3 {
            0 => bytes.insert(at, byte),
            1 if at < bytes.len() => {
                bytes.remove(at);
            }
            _ if at < bytes.len() => bytes[at] = byte,
            _ => bytes.push(byte),
        }
    }
    bytes
}

fn import_in_chunks(bytes: &[u8], chunk: usize) {
    let mut importer = Importer::new("fuzz.csv", ImportOptions::default());
    for piece in bytes.chunks(chunk.max(1)) {
        if importer.push(piece).is_err() {
            return;
        }
    }
    let _ = importer.finish();
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600), chunk in 1usize..64) {
        let _ = read("fuzz.csv", &bytes, &ImportOptions::default());
        import_in_chunks(&bytes, chunk);
    }

    #[test]
    fn mangled_csv_never_panics(
        edits in prop::collection::vec((any::<usize>(), any::<u8>(), prop::sample::select(b"\"\n\r;,\t|#0123456789.-/ %$\xC3\xA9\xFF\0".to_vec())), 0..12),
        chunk in 1usize..40,
        day_first in prop::option::of(any::<bool>()),
    ) {
        let bytes = mutate(VALID.as_bytes(), &edits);
        let options = ImportOptions { day_first, ..Default::default() };
        if let Ok(import) = read("fuzz.csv", &bytes, &options) {
            prop_assert_eq!(import.report.rows_accepted + import.report.rows_rejected, import.table.row_count);
            prop_assert!(import.report.problems.len() <= 20);
        }
        import_in_chunks(&bytes, chunk);
    }
}

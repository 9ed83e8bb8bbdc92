//! Sentences built by the core (import problems and notes, file errors, KPI reasons) rendered in the
//! page's languages: translated, with the values in place and numbers written as the language writes them.

use kpiboard::core::i18n::{render, Lang, Text};
use kpiboard::core::ingest::{read, ImportOptions};

/// A `;` file with decimal commas whose row 1,204 (file line) holds a value that is not a number.
fn bad_amount_report() -> kpiboard::core::ingest::ImportReport {
    let mut text = String::from("Date;Montant\n");
    for row in 0..1210 {
        let amount = if row == 1202 {
            "12,5,0".to_string()
        } else {
            format!("{},{:02}", row, row % 100)
        };
        text.push_str(&format!("2022-01-01;{amount}\n"));
    }
    match read("ventes.csv", text.as_bytes(), &ImportOptions::default()) {
        Ok(import) => import.report,
        Err(e) => panic!("{e}"),
    }
}

fn first_problem() -> Text {
    bad_amount_report().problems.first().cloned().unwrap_or_default()
}

#[test]
fn a_cell_problem_is_translated_with_a_locale_formatted_line_number() {
    let problem = first_problem();
    assert!(problem
        .to_string()
        .starts_with("line 1,204, column \"Montant\": \"12,5,0\" is not a number"));
    let table = [
        (Lang::Ko, &["1,204행", "“Montant” 열", "“12,5,0”", "숫자"][..]),
        (
            Lang::Ja,
            &["1,204 行目", "「Montant」列", "「12,5,0」", "数値"][..],
        ),
        (
            Lang::Fr,
            &[
                "ligne\u{A0}1\u{202F}204",
                "colonne «\u{A0}Montant\u{A0}»",
                "«\u{A0}12,5,0\u{A0}»",
                "un nombre",
            ][..],
        ),
        (Lang::ZhTw, &["第 1,204 列", "「Montant」欄", "數字"][..]),
        (Lang::ZhCn, &["第 1,204 行", "“Montant”列", "数字"][..]),
    ];
    for (lang, parts) in table {
        let text = render(lang, &problem);
        for part in parts {
            assert!(text.contains(part), "{lang:?}: {text:?} lacks {part:?}");
        }
        assert!(!text.contains("line"), "{lang:?}: {text:?}");
        assert!(problem.untranslated(lang).is_empty(), "{lang:?}");
    }
}

#[test]
fn every_note_of_real_imports_is_translated() {
    let mut notes: Vec<Text> = bad_amount_report().notes;
    let files = [
        "# exported 2024\nsep=;\nDate;Qty;Price\n01/02/2022;12,345;3,5\n03/04/2022;1,500;4,25\n",
        "Report title\n\nDay,Amount,Amount\n2022-01-05,\"1,5\",x\n2022-01-06,2,y\n2022-01-07,3\n",
    ];
    for file in files {
        match read("f.csv", file.as_bytes(), &ImportOptions::default()) {
            Ok(import) => {
                notes.extend(import.report.notes);
                notes.extend(import.report.problems);
                notes.extend(import.report.columns.into_iter().filter_map(|c| c.note));
            }
            Err(e) => panic!("{e}"),
        }
    }
    assert!(notes.len() >= 5, "{notes:?}");
    for lang in Lang::ALL {
        for note in &notes {
            assert!(note.untranslated(lang).is_empty(), "{lang:?}: {note}");
            assert!(
                !render(lang, note).contains('{'),
                "{lang:?}: {}",
                render(lang, note)
            );
        }
    }
    // The encoding note names its reason in the language.
    let encoding = notes
        .iter()
        .find(|n| n.starts_with("Encoding "))
        .cloned()
        .unwrap_or_default();
    assert_eq!(render(Lang::Fr, &encoding), "Encodage UTF-8 (UTF-8 valide).");
    assert_eq!(render(Lang::Ja, &encoding), "文字コード UTF-8（正しい UTF-8）。");
}

#[test]
fn a_file_that_is_not_a_table_is_explained_in_the_language() {
    let error = match read("photo.png", b"\x89PNG\r\n\x1a\nrest", &ImportOptions::default()) {
        Err(e) => e.text(),
        Ok(_) => panic!("a PNG is not a table"),
    };
    assert!(error
        .to_string()
        .starts_with("photo.png looks like a PNG image, not a table"));
    assert!(
        render(Lang::Ko, &error).contains("PNG 이미지"),
        "{}",
        render(Lang::Ko, &error)
    );
    assert!(
        render(Lang::Fr, &error).contains("une image PNG"),
        "{}",
        render(Lang::Fr, &error)
    );
    assert!(render(Lang::ZhCn, &error).starts_with("photo.png 看起来是PNG 图片"));
}

#[test]
fn texts_round_trip_through_json_and_render_the_same() {
    let problem = first_problem();
    let json = serde_json::to_string(&problem).unwrap_or_default();
    let back: Option<Text> = serde_json::from_str(&json).ok();
    assert_eq!(
        back.as_ref().map(|t| render(Lang::Ko, t)),
        Some(render(Lang::Ko, &problem))
    );
}

#[test]
fn unknown_sentences_fall_back_to_english() {
    let text = Text::plain("not a known sentence".to_string());
    assert_eq!(render(Lang::Ja, &text), "not a known sentence");
    assert_eq!(
        text.untranslated(Lang::Ja),
        vec!["not a known sentence".to_string()]
    );
    assert!(text.untranslated(Lang::En).is_empty());
}

/// Every reason and warning of a KPI report, with what it is about.
fn kpi_texts(report: &kpiboard::core::kpi::KpiReport) -> Vec<(String, Text)> {
    use kpiboard::core::kpi::KpiValue;
    let mut out: Vec<(String, Text)> = report.unavailable.clone();
    for r in &report.results {
        if let KpiValue::NoValue { reason } = &r.value {
            out.push((r.id.clone(), reason.clone()));
        }
    }
    out.extend(report.warnings.iter().map(|w| ("warning".to_string(), w.clone())));
    out
}

#[test]
fn every_kpi_reason_is_translated_with_nothing_loaded_and_with_the_sample() {
    use kpiboard::core::kpi::{self, Comparison, Query};
    use kpiboard::core::pipeline;
    use kpiboard::core::sample;
    let nothing = kpi::compute(&[], &Query::default());
    let datasets: Vec<_> = sample::FILES
        .iter()
        .filter_map(|f| pipeline::load(f.name, f.bytes, &ImportOptions::default()).ok())
        .filter_map(|l| l.dataset().cloned())
        .collect();
    let no_comparison = Query {
        comparison: Comparison::None,
        ..Query::default()
    };
    let sample = kpi::compute(&datasets, &no_comparison);
    let all_data = kpi::compute(&datasets, &Query::default());
    let mut texts = kpi_texts(&nothing);
    texts.extend(kpi_texts(&sample));
    texts.extend(kpi_texts(&all_data));
    assert!(texts.len() >= 71, "{}", texts.len());
    for lang in Lang::ALL {
        for (id, text) in &texts {
            assert!(text.untranslated(lang).is_empty(), "{lang:?} {id}: {text}");
            if lang != Lang::En {
                assert_ne!(render(lang, text), text.to_string(), "{lang:?} {id}");
            }
        }
    }
    // Growth without a comparison says how to get one, in the language.
    let growth_reason = |report: &kpi::KpiReport| match report.get("growth").map(|r| &r.value) {
        Some(kpi::KpiValue::NoValue { reason }) => reason.clone(),
        other => panic!("growth: {other:?}"),
    };
    let growth = growth_reason(&sample);
    assert!(growth.starts_with("Choose a comparison"));
    assert_eq!(
        render(Lang::Ko, &growth),
        "성장률을 보려면 비교 기준(이전 기간 또는 전년)을 선택하세요"
    );
    assert!(render(Lang::Fr, &growth).starts_with("Choisissez une comparaison"));
    assert!(render(Lang::Ja, &growth).contains("比較対象"));
    // Over all the data (the default), the previous period lies before the data: it says so.
    let growth = growth_reason(&all_data);
    assert!(growth.starts_with("The comparison period ("), "{growth}");
    assert!(render(Lang::Ko, &growth).starts_with("비교 기간("));
    assert!(render(Lang::Fr, &growth).starts_with("La période de comparaison ("));
    assert!(render(Lang::Ja, &growth).contains("比較期間"));
    // What unlocks revenue when nothing is loaded.
    let needs = nothing.unavailable_reason("revenue").cloned().unwrap_or_default();
    assert!(
        render(Lang::Ja, &needs).contains("注文データのエクスポートが必要です"),
        "{}",
        render(Lang::Ja, &needs)
    );
}

#[test]
fn counts_in_kpi_warnings_are_written_as_the_language_writes_numbers() {
    use kpiboard::core::kpi::{self, Query};
    use kpiboard::core::pipeline;
    // 1,500 orders without a date are left out of the order KPIs.
    let mut csv = String::from("order_id,order_date,amount\n1,2024-01-05,10\n");
    for i in 0..1500 {
        csv.push_str(&format!("{},,5\n", i + 2));
    }
    let loaded = match pipeline::load("orders.csv", csv.as_bytes(), &ImportOptions::default()) {
        Ok(l) => l,
        Err(e) => panic!("{e}"),
    };
    let datasets: Vec<_> = loaded.dataset().cloned().into_iter().collect();
    assert_eq!(datasets.len(), 1, "{:?}", loaded.mapping_message());
    let report = kpi::compute(&datasets, &Query::default());
    let warning = report
        .warnings
        .iter()
        .find(|w| w.contains("without an order date"))
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        warning.to_string(),
        "orders.csv: 1,500 rows without an order date were left out"
    );
    assert_eq!(
        render(Lang::Fr, &warning),
        "orders.csv\u{A0}: 1\u{202F}500\u{A0}lignes sans date de commande ont été écartées"
    );
    assert_eq!(
        render(Lang::Ko, &warning),
        "orders.csv: 주문일이 없는 1,500개 행을 제외했습니다"
    );
    assert_eq!(
        render(Lang::Ja, &warning),
        "orders.csv：注文日のない 1,500 行を除外しました"
    );
}

#[test]
fn chart_words_summaries_and_table_headers_are_translated() {
    use kpiboard::core::chart::draw::{to_svg, to_svg_in};
    use kpiboard::core::chart::spec::{ChartSpec, FunnelChart, LineChart, Series, ValueFormat};
    use kpiboard::core::chart::summary::{summary_text, summary_text_in, text_summary};
    use kpiboard::core::chart::table::{to_export_table_in, to_table_in};
    let empty = ChartSpec::Line(LineChart {
        title: "Chiffre".into(),
        x_labels: Vec::new(),
        series: Vec::new(),
        y_format: ValueFormat::Number,
        area: false,
    });
    assert!(to_svg(&empty, 300, 200).contains("No data"));
    let svg = to_svg_in(Lang::Ko, &empty, 300, 200);
    assert!(svg.contains("데이터 없음") && !svg.contains("No data"), "{svg}");
    assert!(
        svg.contains("Chiffre: 데이터 없음."),
        "the aria-label summary is in Korean"
    );

    let line = ChartSpec::Line(LineChart {
        title: "売上".into(),
        x_labels: vec!["2024-01".into(), "2024-02".into(), "2024-03".into()],
        series: vec![Series {
            name: "今期".into(),
            values: vec![Some(10.0), Some(30.0), Some(20.0)],
            dashed: false,
        }],
        y_format: ValueFormat::Number,
        area: false,
    });
    let english = text_summary(&line);
    assert!(
        english.starts_with("売上, 2024-01 to 2024-03; highest 30 in 2024-02"),
        "{english}"
    );
    let ja = render(Lang::Ja, &summary_text(&line));
    assert_eq!(
        ja,
        "売上、2024-01～2024-03：最高 30（2024-02）、最低 10（2024-01）、直近 20（2024-03）。"
    );

    let funnel = ChartSpec::Funnel(FunnelChart {
        title: "Entonnoir".into(),
        steps: vec![("Sessions".into(), 100.0), ("Achats".into(), 5.0)],
    });
    let (head, _) = to_table_in(Lang::Fr, &funnel);
    assert_eq!(
        head,
        vec!["Étape", "Nombre", "De l’étape précédente", "De la première étape"]
    );
    let (head, _) = to_export_table_in(Lang::Ja, &funnel);
    assert_eq!(
        head,
        vec!["ステップ", "件数", "前のステップ比 (%)", "最初のステップ比 (%)"]
    );
    let fr = render(Lang::Fr, &summary_text_in(Lang::Fr, &funnel));
    assert!(
        fr.contains("de l’étape précédente") && fr.contains("conversion globale"),
        "{fr}"
    );
    assert!(fr.contains("5\u{A0}%"), "{fr}");

    // Values are written as the language writes numbers, in the summary, the table and the SVG.
    let money = ChartSpec::Line(LineChart {
        title: "CA".into(),
        x_labels: vec!["T1".into(), "T2".into()],
        series: vec![Series {
            name: "Période".into(),
            values: vec![Some(41_200.0), Some(1234.5)],
            dashed: false,
        }],
        y_format: ValueFormat::Money {
            currency: "EUR".into(),
        },
        area: false,
    });
    let fr = render(Lang::Fr, &summary_text_in(Lang::Fr, &money));
    assert!(
        fr.contains("maximum 41\u{202F}200 EUR en T1") && fr.contains("1\u{202F}234,50 EUR"),
        "{fr}"
    );
    let (_, rows) = to_table_in(Lang::Fr, &money);
    assert_eq!(rows[0][1], "41\u{202F}200 EUR");
    assert!(to_svg_in(Lang::Fr, &money, 400, 200).contains("41\u{202F}200 EUR"));
    let (_, rows) = to_table_in(Lang::Ko, &money);
    assert_eq!(rows[0][1], "41,200 EUR");
    let days = ChartSpec::Line(LineChart {
        title: "Cycle".into(),
        x_labels: vec!["T1".into()],
        series: vec![Series {
            name: "x".into(),
            values: vec![Some(3.5)],
            dashed: false,
        }],
        y_format: ValueFormat::Days,
        area: false,
    });
    assert_eq!(to_table_in(Lang::Ja, &days).1[0][1], "3.5 日");
    assert_eq!(to_table_in(Lang::Fr, &days).1[0][1], "3,5\u{A0}jours");
}

#[test]
fn generated_column_names_and_reading_progress_read_in_each_language() {
    use kpiboard::core::i18n::column_name;
    use kpiboard::core::present::reading_progress;
    assert_eq!(column_name(Lang::En, "Column 2"), "Column 2");
    assert_eq!(column_name(Lang::Fr, "Column 2"), "Colonne\u{A0}2");
    assert_eq!(column_name(Lang::Ko, "Column 2"), "열 2");
    assert_eq!(column_name(Lang::ZhTw, "Column 12"), "第 12 欄");
    // a real header is never touched
    assert_eq!(column_name(Lang::Fr, "Columns 2"), "Columns 2");
    assert_eq!(column_name(Lang::Fr, "Column x"), "Column x");
    assert_eq!(
        reading_progress(Lang::En, 12_500_000.0, 78_000_000.0, 152_000),
        "12.5 / 78.0 MB · 152,000 rows"
    );
    assert_eq!(
        reading_progress(Lang::Fr, 12_500_000.0, 78_000_000.0, 152_000),
        "12,5 / 78,0\u{A0}Mo · 152\u{202F}000\u{A0}lignes"
    );
    assert_eq!(
        reading_progress(Lang::Ko, 12_500_000.0, 78_000_000.0, 152_000),
        "12.5 / 78.0 MB · 152,000행"
    );
}

#[test]
fn kpi_warnings_are_listed_once_as_data_quality_notes() {
    use kpiboard::core::kpi::KpiReport;
    use kpiboard::core::present::data_quality_notes;
    let warning = kpiboard::text!(
        "{file}: {count} rows without an order date were left out",
        file = "a.csv",
        count = 3i64
    );
    let report = KpiReport {
        warnings: vec![warning.clone(), warning],
        ..KpiReport::default()
    };
    let notes = data_quality_notes(Lang::Ja, &report);
    assert_eq!(notes, vec!["a.csv：注文日のない 3 行を除外しました".to_string()]);
    assert!(data_quality_notes(Lang::Fr, &KpiReport::default()).is_empty());
}

#[test]
fn one_row_is_singular_where_the_language_has_a_plural() {
    use kpiboard::core::present::row_count;
    assert_eq!(row_count(Lang::En, 1), "1 row");
    assert_eq!(row_count(Lang::En, 2763), "2,763 rows");
    assert_eq!(row_count(Lang::Fr, 1), "1\u{A0}ligne");
    assert_eq!(row_count(Lang::Fr, 2763), "2\u{202F}763\u{A0}lignes");
    assert_eq!(row_count(Lang::Ko, 1), "1행");
}

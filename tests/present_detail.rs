//! The detail views of the sample data: every special result (cohorts, weekday × hour, funnels, NPS mix,
//! MRR movements) is drawn, with its table view, and every KPI with a value has a series chart.

use kpiboard::core::i18n::Lang;
use kpiboard::core::ingest::ImportOptions;
use kpiboard::core::kpi::{self, registry, Query};
use kpiboard::core::{pipeline, present, sample};

fn sample_report() -> kpi::KpiReport {
    let datasets: Vec<_> = sample::FILES
        .iter()
        .filter_map(|f| pipeline::load(f.name, f.bytes, &ImportOptions::default()).ok())
        .filter_map(|l| l.dataset().cloned())
        .collect();
    kpi::compute(&datasets, &Query::default())
}

/// Every KPI of the registry that has a result in `report`, with it.
fn results(report: &kpi::KpiReport) -> impl Iterator<Item = (&'static registry::KpiDef, &kpi::KpiResult)> {
    registry::all()
        .iter()
        .filter_map(|def| report.get(def.id).map(|result| (def, result)))
}

#[test]
fn special_results_are_drawn_with_a_table_view() {
    let report = sample_report();
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/charts-detail");
    let _ = std::fs::create_dir_all(&out);
    for (id, min_rows) in [
        ("cohorts", 12),
        ("peak_times", 7),
        ("funnel", 5),
        ("nps_mix", 11),
        ("mrr_movements", 5),
        ("pipeline_funnel", 4),
    ] {
        let detail = present::detail(Lang::En, id, &report).unwrap_or_else(|| panic!("{id} is registered"));
        // Under the time series, or the main chart when there is none (cohorts).
        let (svg, rows) = match detail.breakdowns.iter().find(|b| b.title == detail.name) {
            Some(special) => (&special.chart_svg, special.table.1.len()),
            None => (&detail.chart_svg, detail.table_rows.len()),
        };
        assert!(svg.starts_with("<svg"), "{id}");
        assert!(rows >= min_rows, "{id}: {rows} table rows");
        let _ = std::fs::write(out.join(format!("{id}.svg")), svg);
    }
}

#[test]
fn every_kpi_with_a_value_has_a_series_chart_and_csv() {
    let report = sample_report();
    for def in registry::all() {
        let Some(detail) = present::detail(Lang::Ko, def.id, &report) else {
            panic!("{}", def.id)
        };
        assert!(detail.chart_svg.starts_with("<svg"), "{}", def.id);
        assert!(
            detail.table_csv.starts_with(&[0xEF, 0xBB, 0xBF]),
            "{} CSV has a BOM",
            def.id
        );
        assert!(!detail.formula.is_empty(), "{}", def.id);
    }
}

#[test]
fn mrr_movements_are_also_drawn_month_by_month_as_stacked_bars() {
    let report = sample_report();
    let detail = present::detail(Lang::En, "mrr_movements", &report).expect("registered");
    let monthly = detail
        .breakdowns
        .get(1)
        .expect("a second chart: movements by month");
    assert!(monthly.title.ends_with("Month"), "{}", monthly.title);
    assert!(monthly.chart_svg.starts_with("<svg"));
    // One table row per month: the month, each movement, the net total.
    let (header, rows) = &monthly.table;
    assert_eq!(header.len(), 7, "{header:?}");
    assert!(
        rows.len() >= 12,
        "the sample spans more than a year of months: {}",
        rows.len()
    );
    // Losses are drawn below zero and gains above: read the plain numbers of the CSV export.
    let csv = String::from_utf8(monthly.csv[3..].to_vec()).expect("UTF-8");
    let numbers: Vec<Vec<f64>> = csv
        .split("\r\n")
        .skip(1)
        .filter(|line| !line.is_empty())
        .map(|line| {
            line.split(',')
                .skip(1)
                .map(|v| v.parse().unwrap_or(0.0))
                .collect()
        })
        .collect();
    assert_eq!(numbers.len(), rows.len());
    assert!(
        numbers.iter().all(|r| r[0] >= 0.0 && r[3] <= 0.0 && r[4] <= 0.0),
        "{numbers:?}"
    );
    assert!(numbers.iter().any(|r| r[4] < 0.0), "some churn in the sample");
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/charts-detail");
    let _ = std::fs::create_dir_all(&out);
    let _ = std::fs::write(out.join("mrr_movements_monthly.svg"), &monthly.chart_svg);
}

#[test]
fn series_labels_read_in_the_page_language_and_exports_stay_iso() {
    let report = sample_report();
    let series = &report
        .get("revenue")
        .unwrap_or_else(|| panic!("revenue is computed"))
        .series;
    let first = series.first().unwrap_or_else(|| panic!("revenue has a series"));
    // the default granularity is the month: `2024-03`
    assert_eq!(first.label.len(), 7, "{}", first.label);
    let (year, month) = first.label.split_at(4);
    let month: u32 = month.trim_start_matches('-').parse().unwrap_or(0);
    for (lang, want) in [
        (Lang::Ja, format!("{year}年{month}月")),
        (Lang::Ko, format!("{year}년 {month}월")),
        (Lang::ZhTw, format!("{year}年{month}月")),
    ] {
        let detail = present::detail(lang, "revenue", &report).unwrap_or_else(|| panic!("revenue"));
        assert_eq!(detail.table_rows[0][0], want, "{lang:?} table");
        assert!(detail.chart_svg.contains(&want), "{lang:?} chart axis or hover");
        let csv = String::from_utf8_lossy(&detail.table_csv).to_string();
        assert!(
            csv.contains(&format!("\n{}", first.label)),
            "{lang:?} CSV keeps ISO: {csv}"
        );
        assert!(!csv.contains(&want), "{lang:?} CSV has no localised label");
    }
    let fr = present::detail(Lang::Fr, "revenue", &report).unwrap_or_else(|| panic!("revenue"));
    assert!(
        fr.table_rows[0][0].ends_with(year) && !fr.table_rows[0][0].contains('-'),
        "{}",
        fr.table_rows[0][0]
    );
}

#[test]
fn a_kpi_without_a_time_series_shows_its_special_chart_as_the_main_one_once() {
    let report = sample_report();
    for (def, result) in results(&report) {
        let detail = present::detail(Lang::En, def.id, &report).unwrap_or_else(|| panic!("{}", def.id));
        if result.special.is_none() {
            continue;
        }
        if result.series.is_empty() {
            // The special chart is the main one: its table has rows, and it is not repeated below.
            assert!(
                !detail.table_rows.is_empty(),
                "{}: the main table is empty",
                def.id
            );
            assert!(
                detail.breakdowns.iter().all(|b| b.chart_svg != detail.chart_svg),
                "{}: the special chart is drawn twice",
                def.id
            );
        } else {
            assert!(
                detail.breakdowns.iter().any(|b| b.title == detail.name),
                "{}: the special chart is under the time series",
                def.id
            );
        }
    }
    // The cohorts of the sample have no time series: their matrix is the main chart, one row a month.
    let cohorts = present::detail(Lang::En, "cohorts", &report).expect("registered");
    assert!(cohorts.chart_svg.starts_with("<svg"));
    assert!(
        cohorts.table_rows.len() >= 12,
        "{} rows",
        cohorts.table_rows.len()
    );
    assert!(String::from_utf8_lossy(&cohorts.table_csv).contains("+1"));
}

#[test]
fn breakdowns_of_a_rate_are_rates_too() {
    // A breakdown is drawn and tabled in its KPI's unit: the rows of a rate must be fractions (a share
    // of 0.27, not €275,424.67 shown as 27,542,467 %).
    let report = sample_report();
    for (def, result) in results(&report).filter(|(def, _)| def.unit == registry::Unit::Percent) {
        for b in &result.breakdowns {
            for (label, v) in &b.rows {
                assert!(
                    v.abs() <= 10.0,
                    "{} by {:?}: {label} = {v} is no rate",
                    def.id,
                    b.dimension
                );
            }
        }
    }
}

#[test]
fn no_breakdown_row_is_rounding_noise() {
    // The sample's revenue by customer left a "(not set)" row of -4e-9 (what remained of the total
    // once every customer's revenue was taken off), drawn as a bar and an axis step below zero.
    let report = sample_report();
    for (def, result) in results(&report) {
        for b in &result.breakdowns {
            let largest = b.rows.iter().map(|(_, v)| v.abs()).fold(0.0, f64::max);
            for (label, v) in &b.rows {
                // A true zero (no lead from a channel) is a figure; a nonzero speck is noise.
                assert!(
                    *v == 0.0 || v.abs() > largest * 1e-9,
                    "{} by {:?}: {label} = {v:e}",
                    def.id,
                    b.dimension
                );
            }
        }
    }
}

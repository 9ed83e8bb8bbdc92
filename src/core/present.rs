//! What the page shows for a KPI, computed from the report: formatted value, change and its colour,
//! the reason when there is no value, and the detail view's charts and tables. Pure, so the UI only
//! binds these strings to elements.

use crate::core::chart::draw::to_svg_in;
use crate::core::chart::export::csv_export;
use crate::core::chart::spec::{BarChart, ChartSpec, LineChart, Series, Sparkline, ValueFormat};
use crate::core::chart::summary::summary_text_in;
use crate::core::chart::table::{to_export_table_in, to_table_in};
use crate::core::format;
use crate::core::i18n::{self, Lang, Msg};
use crate::core::kpi::registry::{self, Area, Direction, KpiDef, TimeUnit, Unit};
use crate::core::kpi::report::{KpiReport, KpiResult, KpiValue, SeriesPoint};

/// Whether a change is good news, bad news or neither, given the KPI's direction.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sentiment {
    /// Moving the right way.
    Good,
    /// Moving the wrong way.
    Bad,
    /// No change, no comparison, or a neutral KPI.
    #[default]
    Neutral,
}

/// Everything a KPI card shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CardView {
    /// The raw value (for `data-value`), `None` when the KPI has no value.
    pub raw: Option<f64>,
    /// The formatted value, or "—".
    pub value_text: String,
    /// The change against the comparison period, formatted (empty when none).
    pub change_text: String,
    /// Colour of the change.
    pub sentiment: Sentiment,
    /// Why there is no value, or which export unlocks the KPI.
    pub reason: String,
    /// The data does not allow this KPI at all.
    pub locked: bool,
    /// One-line explanation of the KPI.
    pub explanation: String,
    /// A small SVG line of the time series (empty when there is none).
    pub sparkline_svg: String,
    /// Progress towards the target, when one is set ("62% of target · on track · Mina").
    pub target_text: String,
    /// Target state class suffix (`on_track`, `at_risk`, `missed`, `met`), empty without a target.
    pub target_state: &'static str,
}

/// The name of an area in `lang`.
pub fn area_name(lang: Lang, area: Area) -> &'static str {
    i18n::tr(
        lang,
        match area {
            Area::Sales => Msg::AreaSales,
            Area::Customers => Msg::AreaCustomers,
            Area::Marketing => Msg::AreaMarketing,
            Area::TrafficContent => Msg::AreaTraffic,
            Area::Pipeline => Msg::AreaPipeline,
            Area::Finance => Msg::AreaFinance,
        },
    )
}

/// A stable id of an area (for `data-area`).
pub fn area_id(area: Area) -> &'static str {
    match area {
        Area::Sales => "sales",
        Area::Customers => "customers",
        Area::Marketing => "marketing",
        Area::TrafficContent => "traffic",
        Area::Pipeline => "pipeline",
        Area::Finance => "finance",
    }
}

/// A KPI's name in `lang` (the registry's English name as a fallback).
pub fn kpi_name(lang: Lang, def: &KpiDef) -> &'static str {
    i18n::kpi_name(lang, def.id).unwrap_or(def.name)
}

/// Formats a value of `unit` for people.
pub fn value_text(lang: Lang, unit: Unit, value: f64, currency: Option<&str>) -> String {
    match unit {
        Unit::Count => format::number(lang, value, if value.fract() == 0.0 { 0 } else { 1 }),
        Unit::Money => match currency {
            Some(code) => format::money(lang, value, code),
            None => format::number(lang, value, 2),
        },
        Unit::Percent => format::percent(lang, value, 1),
        Unit::Ratio => format::number_trimmed(lang, value, 2),
        Unit::Score => format::number_trimmed(lang, value, 1),
        Unit::Duration(TimeUnit::Days) => format::duration_days(lang, value),
        Unit::Duration(TimeUnit::Seconds) => i18n::render(
            lang,
            &crate::text!("{value} s", value = format::number(lang, value, 0)),
        ),
        Unit::Duration(TimeUnit::Months) => i18n::render(
            lang,
            &crate::text!("{value} mo", value = format::number_trimmed(lang, value, 1)),
        ),
    }
}

/// The chart value format of a unit.
pub fn value_format(unit: Unit, currency: Option<&str>) -> ValueFormat {
    match (unit, currency) {
        (Unit::Money, Some(code)) => ValueFormat::Money {
            currency: code.to_string(),
        },
        (Unit::Percent, _) => ValueFormat::Percent,
        (Unit::Duration(TimeUnit::Days), _) => ValueFormat::Days,
        _ => ValueFormat::Number,
    }
}

fn change_text(lang: Lang, unit: Unit, change: f64) -> String {
    match unit {
        // Rates change in percentage points, scores in points.
        Unit::Percent => {
            let points = format::number_trimmed(lang, change * 100.0, 1);
            format!("{}{points} pt", if change > 0.0 { "+" } else { "" })
        }
        Unit::Score => format!(
            "{}{}",
            if change > 0.0 { "+" } else { "" },
            format::number_trimmed(lang, change, 1)
        ),
        _ => format::percent_change(lang, change, 1),
    }
}

fn sentiment(direction: Direction, change: f64) -> Sentiment {
    let up = change > 0.0;
    match direction {
        _ if change == 0.0 => Sentiment::Neutral,
        Direction::HigherIsBetter if up => Sentiment::Good,
        Direction::HigherIsBetter => Sentiment::Bad,
        Direction::LowerIsBetter if up => Sentiment::Bad,
        Direction::LowerIsBetter => Sentiment::Good,
        Direction::Neutral => Sentiment::Neutral,
    }
}

/// The card of `def` for `report`.
pub fn card(lang: Lang, def: &KpiDef, report: &KpiReport) -> CardView {
    let explanation = i18n::kpi_explanation(lang, def.id)
        .unwrap_or(def.formula)
        .to_string();
    let Some(result) = report.get(def.id) else {
        let reason = report
            .unavailable_reason(def.id)
            .map_or_else(|| i18n::phrase(lang, def.needs), |r| i18n::render(lang, r));
        return CardView {
            value_text: "—".into(),
            reason,
            locked: true,
            explanation,
            ..CardView::default()
        };
    };
    let currency = result.currency.as_deref();
    let mut view = CardView {
        explanation,
        ..CardView::default()
    };
    match &result.value {
        KpiValue::Value(v) => {
            view.raw = Some(*v);
            view.value_text = value_text(lang, def.unit, *v, currency);
        }
        KpiValue::NoValue { reason } => {
            view.value_text = "—".into();
            view.reason = i18n::render(lang, reason);
        }
    }
    if let Some(change) = result.change.filter(|c| c.is_finite()) {
        view.change_text = change_text(lang, def.unit, change);
        view.sentiment = sentiment(def.direction, change);
    }
    if let Some(target) = &result.target {
        use crate::core::kpi::report::TargetState;
        let (state, msg) = match target.state {
            TargetState::OnTrack => ("on_track", Msg::TargetOnTrack),
            TargetState::AtRisk => ("at_risk", Msg::TargetAtRisk),
            TargetState::Missed => ("missed", Msg::TargetMissed),
            TargetState::Met => ("met", Msg::TargetMet),
        };
        let progress = i18n::fill(
            i18n::tr(lang, Msg::TargetProgress),
            &[("percent", &format::percent(lang, target.progress, 0))],
        );
        let mut text = format!("{progress} · {}", i18n::tr(lang, msg));
        if !target.owner.is_empty() {
            text.push_str(&format!(" · {}", target.owner));
        }
        view.target_text = text;
        view.target_state = state;
    }
    if result.series.len() > 1 {
        let values = result.series.iter().map(|p| p.value).collect();
        view.sparkline_svg = to_svg_in(lang, &ChartSpec::Sparkline(Sparkline { values }), 160, 36);
    }
    view
}

/// One breakdown of the detail view.
#[derive(Clone, Debug, PartialEq)]
pub struct BreakdownView {
    /// "Revenue by channel".
    pub title: String,
    /// Its bar chart.
    pub chart_svg: String,
    /// Its table, for screen readers and export.
    pub table: (Vec<String>, Vec<Vec<String>>),
    /// The raw value of each table row, for sorting by value (empty when the table keeps its order,
    /// e.g. a cohort matrix).
    pub values: Vec<f64>,
    /// The label of each table row, for sorting by label (empty like `values`).
    pub labels: Vec<String>,
    /// The table as CSV bytes (UTF-8 with BOM, formula injection neutralised).
    pub csv: Vec<u8>,
}

/// Everything the detail view of a KPI shows.
#[derive(Clone, Debug, PartialEq)]
pub struct DetailView {
    /// KPI id.
    pub id: String,
    /// Name in the chosen language.
    pub name: String,
    /// Formatted value for the period.
    pub value_text: String,
    /// One-line explanation.
    pub explanation: String,
    /// The formula in words.
    pub formula: String,
    /// The time series chart (SVG).
    pub chart_svg: String,
    /// The chart's text alternative.
    pub chart_summary: String,
    /// The chart's table view: header.
    pub table_header: Vec<String>,
    /// The chart's table view: rows.
    pub table_rows: Vec<Vec<String>>,
    /// The table as CSV bytes (UTF-8 with BOM, formula injection neutralised).
    pub table_csv: Vec<u8>,
    /// Breakdowns by dimension.
    pub breakdowns: Vec<BreakdownView>,
    /// The files and columns used.
    pub sources: Vec<String>,
}

impl DetailView {
    /// The table view as HTML (a `<thead>` and a `<tbody>`, every cell escaped), set in one go: a
    /// day-by-day table has hundreds of rows, which the browser parses far faster than it takes them
    /// node by node.
    pub fn table_html(&self) -> String {
        table_html(&self.table_header, &self.table_rows)
    }
}

/// A table's header and rows as the HTML inside `<table>`, with every text escaped.
pub fn table_html(header: &[String], rows: &[Vec<String>]) -> String {
    use crate::core::chart::scene::escape_xml;
    let cells: usize = rows
        .iter()
        .map(|r| r.iter().map(|c| c.len() + 9).sum::<usize>())
        .sum();
    let mut html = String::with_capacity(64 + cells + 9 * rows.len());
    // One row: each text escaped between `open` and `close`.
    let push_row = |html: &mut String, cells: &[String], open: &str, close: &str| {
        html.push_str("<tr>");
        for cell in cells {
            html.push_str(open);
            html.push_str(&escape_xml(cell));
            html.push_str(close);
        }
        html.push_str("</tr>");
    };
    html.push_str("<thead>");
    push_row(&mut html, header, "<th scope=\"col\">", "</th>");
    html.push_str("</thead><tbody>");
    for row in rows {
        push_row(&mut html, row, "<td>", "</td>");
    }
    html.push_str("</tbody>");
    html
}

/// The detail view of KPI `id`, when it is in the registry.
pub fn detail(lang: Lang, id: &str, report: &KpiReport) -> Option<DetailView> {
    let def = registry::get(id)?;
    let name = kpi_name(lang, def).to_string();
    let result = report.get(id);
    let currency = result.and_then(|r| r.currency.as_deref());
    let value_text = match result.map(|r| &r.value) {
        Some(KpiValue::Value(v)) => value_text(lang, def.unit, *v, currency),
        Some(KpiValue::NoValue { reason }) => format!("— ({})", i18n::render(lang, reason)),
        None => format!(
            "— ({})",
            report
                .unavailable_reason(id)
                .map_or_else(|| i18n::phrase(lang, def.needs), |r| i18n::render(lang, r))
        ),
    };
    let series = series_chart(lang, def, &name, result, Labels::Display);
    let special = result.and_then(|r| special_chart(lang, &name, def, r).map(|chart| (r, chart)));
    // A KPI without a time series (a cohort matrix) shows its special chart as the main one, not an
    // empty line chart above it.
    let series_is_empty = result.is_none_or(|r| r.series.is_empty());
    let (main, special) = match special {
        Some((r, chart)) if series_is_empty => (MainChart::special(lang, r, chart), None),
        special => (
            MainChart::series(
                lang,
                series,
                &series_chart(lang, def, &name, result, Labels::Export),
            ),
            special.map(|(r, chart)| chart.breakdown(lang, r)),
        ),
    };
    let monthly = result.and_then(|r| monthly_movements_chart(lang, &name, def, r));
    let breakdowns = special
        .into_iter()
        .chain(monthly)
        .chain(result.into_iter().flat_map(|r| {
            r.breakdowns
                .iter()
                .map(|b| {
                    let title = format!("{name} — {}", i18n::role_name(lang, b.dimension));
                    let spec = ChartSpec::Bar(BarChart {
                        title: title.clone(),
                        categories: b.rows.iter().map(|(k, _)| i18n::phrase(lang, k)).collect(),
                        values: b.rows.iter().map(|(_, v)| *v).collect(),
                        y_format: value_format(def.unit, currency),
                        horizontal: true,
                    });
                    BreakdownView {
                        title,
                        chart_svg: to_svg_in(lang, &spec, 640, 40 + 28 * b.rows.len() as u32),
                        table: to_table_in(lang, &spec),
                        values: b.rows.iter().map(|(_, v)| *v).collect(),
                        labels: b
                            .rows
                            .iter()
                            .map(|(k, _)| i18n::phrase(lang, k).to_string())
                            .collect(),
                        csv: export_csv(lang, &spec),
                    }
                })
                .collect::<Vec<_>>()
        }))
        .collect();
    Some(DetailView {
        id: id.to_string(),
        name,
        value_text,
        explanation: i18n::kpi_explanation(lang, id).unwrap_or_default().to_string(),
        formula: i18n::kpi_formula(lang, id).unwrap_or(def.formula).to_string(),
        chart_svg: main.svg,
        chart_summary: main.summary,
        table_csv: main.csv,
        table_header: main.table.0,
        table_rows: main.table.1,
        breakdowns,
        sources: result.map(|r| r.sources.clone()).unwrap_or_default(),
    })
}

/// The chart of a KPI's special result and the size it is drawn at.
struct SpecialChart {
    title: String,
    spec: ChartSpec,
    width: u32,
    height: u32,
}

impl SpecialChart {
    /// As the first "breakdown" of the detail view (under the time series).
    fn breakdown(self, lang: Lang, result: &KpiResult) -> BreakdownView {
        BreakdownView {
            title: self.title,
            chart_svg: to_svg_in(lang, &self.spec, self.width, self.height),
            table: to_table_in(lang, &self.spec),
            values: Vec::new(),
            labels: Vec::new(),
            csv: export_csv(lang, &export_form(result, self.spec)),
        }
    }
}

/// The main chart of a detail view, drawn, with its text alternative, table and CSV.
struct MainChart {
    svg: String,
    summary: String,
    table: (Vec<String>, Vec<Vec<String>>),
    csv: Vec<u8>,
}

impl MainChart {
    /// The KPI's time series (`export`: the same with ISO labels, for the CSV).
    fn series(lang: Lang, spec: ChartSpec, export: &ChartSpec) -> Self {
        MainChart {
            svg: to_svg_in(lang, &spec, 760, 320),
            summary: i18n::render(lang, &summary_text_in(lang, &spec)),
            table: to_table_in(lang, &spec),
            csv: export_csv(lang, export),
        }
    }

    /// The KPI's special result, for a KPI that has no time series.
    fn special(lang: Lang, result: &KpiResult, chart: SpecialChart) -> Self {
        MainChart {
            svg: to_svg_in(lang, &chart.spec, chart.width, chart.height),
            summary: i18n::render(lang, &summary_text_in(lang, &chart.spec)),
            table: to_table_in(lang, &chart.spec),
            csv: export_csv(lang, &export_form(result, chart.spec)),
        }
    }
}

/// The chart of a KPI's special result (cohort matrix, weekday × hour grid, funnel, NPS mix, MRR
/// movements, figures).
fn special_chart(lang: Lang, name: &str, def: &KpiDef, result: &KpiResult) -> Option<SpecialChart> {
    use crate::core::chart::spec::{FunnelChart, Heatmap, Waterfall};
    use crate::core::kpi::report::Special;
    let title = name.to_string();
    let (spec, width, height) = match result.special.as_ref()? {
        Special::CohortMatrix(rows) => {
            let months = rows.iter().map(|r| r.shares.len()).max().unwrap_or(0);
            let spec = ChartSpec::Heatmap(Heatmap {
                title: title.clone(),
                rows: rows
                    .iter()
                    .map(|r| {
                        let month = format::period_label(lang, &r.label, r.month_start);
                        format!("{month} ({})", format::number(lang, r.size as f64, 0))
                    })
                    .collect(),
                columns: (0..months).map(|m| format!("+{m}")).collect(),
                cells: rows
                    .iter()
                    .map(|r| (0..months).map(|m| r.shares.get(m).copied()).collect())
                    .collect(),
                value_format: ValueFormat::Percent,
            });
            (spec, 760, 60 + 22 * rows.len() as u32)
        }
        Special::WeekHourGrid { orders, .. } => {
            let spec = ChartSpec::Heatmap(Heatmap {
                title: title.clone(),
                rows: (0..7)
                    .map(|d| format::weekday_short(lang, d).to_string())
                    .collect(),
                columns: (0..24).map(|h| format!("{h}")).collect(),
                cells: orders
                    .iter()
                    .map(|row| row.iter().map(|v| Some(*v)).collect())
                    .collect(),
                value_format: ValueFormat::Number,
            });
            (spec, 760, 260)
        }
        Special::Funnel(steps) => {
            let spec = ChartSpec::Funnel(FunnelChart {
                title: title.clone(),
                steps: steps
                    .iter()
                    .map(|s| (i18n::phrase(lang, &s.name), s.count))
                    .collect(),
            });
            (spec, 640, 60 + 44 * steps.len() as u32)
        }
        Special::NpsDistribution { histogram, .. } => {
            let spec = ChartSpec::Bar(BarChart {
                title: title.clone(),
                categories: (0..histogram.len()).map(|s| s.to_string()).collect(),
                values: histogram.iter().map(|&n| n as f64).collect(),
                y_format: ValueFormat::Number,
                horizontal: false,
            });
            (spec, 640, 300)
        }
        Special::MrrMovements(months) => {
            let sum =
                |f: fn(&crate::core::kpi::report::MrrMovement) -> f64| months.iter().map(f).sum::<f64>();
            let spec = ChartSpec::Waterfall(Waterfall {
                title: title.clone(),
                steps: vec![
                    (i18n::tr(lang, Msg::MrrNew).to_string(), sum(|m| m.new)),
                    (
                        i18n::tr(lang, Msg::MrrExpansion).to_string(),
                        sum(|m| m.expansion),
                    ),
                    (
                        i18n::tr(lang, Msg::MrrReactivation).to_string(),
                        sum(|m| m.reactivation),
                    ),
                    (
                        i18n::tr(lang, Msg::MrrContraction).to_string(),
                        -sum(|m| m.contraction.abs()),
                    ),
                    (
                        i18n::tr(lang, Msg::MrrChurned).to_string(),
                        -sum(|m| m.churned.abs()),
                    ),
                ],
                total_label: i18n::tr(lang, Msg::MrrNetNew).to_string(),
                value_format: value_format(def.unit, result.currency.as_deref()),
            });
            (spec, 640, 320)
        }
        Special::Figures(figures) => {
            let spec = ChartSpec::Bar(BarChart {
                title: title.clone(),
                categories: figures.iter().map(|(k, _)| figure_label(lang, k)).collect(),
                values: figures.iter().map(|(_, v)| *v).collect(),
                y_format: ValueFormat::Number,
                horizontal: true,
            });
            (spec, 640, 40 + 28 * figures.len() as u32)
        }
    };
    Some(SpecialChart {
        title,
        spec,
        width,
        height,
    })
}

/// The chart of a special result as exported: a cohort matrix keeps its ISO month labels
/// (`2024-03 (12)`), as the time series do ([`Labels::Export`]).
fn export_form(result: &KpiResult, mut spec: ChartSpec) -> ChartSpec {
    use crate::core::kpi::report::Special;
    if let (Some(Special::CohortMatrix(rows)), ChartSpec::Heatmap(map)) = (&result.special, &mut spec) {
        map.rows = rows.iter().map(|r| format!("{} ({})", r.label, r.size)).collect();
    }
    spec
}

/// A chart's data as a spreadsheet-safe CSV file, headers in `lang`.
fn export_csv(lang: Lang, spec: &ChartSpec) -> Vec<u8> {
    let (header, rows) = to_export_table_in(lang, spec);
    csv_export(&header, &rows)
}

/// The label of a figure of a KPI's special result: the KPI's name for a KPI id (`cac`), else the
/// translated phrase of the figure id (`start_mrr` → "MRR at the start"), else the id as it is.
fn figure_label(lang: Lang, key: &str) -> String {
    if let Some(name) = i18n::kpi_name(lang, key) {
        return name.to_string();
    }
    let english = match key {
        "users" => crate::phrase!("Users"),
        "start_mrr" => crate::phrase!("MRR at the start"),
        "churned" => crate::phrase!("Churned MRR"),
        "contraction" => crate::phrase!("Contraction MRR"),
        "expansion" => crate::phrase!("Expansion MRR"),
        "net_revenue_retention" => crate::phrase!("Net revenue retention"),
        "mean" => crate::phrase!("Mean"),
        "median" => crate::phrase!("Median"),
        "ad_spend" => crate::phrase!("Ad spend"),
        "ad_clicks" => crate::phrase!("Ad clicks"),
        "ad_conversions" => crate::phrase!("Ad conversions"),
        "ad_conversion_value" => crate::phrase!("Ad conversion value"),
        "marketing_costs" => crate::phrase!("Marketing costs"),
        "marketing_spend" => crate::phrase!("Marketing spend"),
        "attributed_revenue" => crate::phrase!("Attributed revenue"),
        "costs" | "cost" => crate::phrase!("Costs"),
        "actual" => crate::phrase!("Actual costs"),
        "return" => crate::phrase!("Return"),
        "return_multiple" => crate::phrase!("Return multiple"),
        "new_customers" => crate::phrase!("New customers"),
        "customers" => crate::phrase!("Customers"),
        "window_days" => crate::phrase!("Window (days)"),
        "click_to_open" => crate::phrase!("Click-to-open rate"),
        "net_change" => crate::phrase!("Net change"),
        "earned_value" => crate::core::i18n::role_english(crate::core::schema::roles::Role::EarnedValue),
        "planned" => crate::core::i18n::role_english(crate::core::schema::roles::Role::Planned),
        other => other,
    };
    i18n::phrase(lang, english)
}

/// The data-quality notes of a report in `lang` (rows left out, unknown statuses, filters that could
/// not apply…), each once, in the report's order; shown under the list of files.
pub fn data_quality_notes(lang: Lang, report: &KpiReport) -> Vec<String> {
    let mut notes: Vec<String> = Vec::with_capacity(report.warnings.len());
    for warning in &report.warnings {
        let note = i18n::render(lang, warning);
        if !notes.contains(&note) {
            notes.push(note);
        }
    }
    notes
}

/// How far the reading of a file is, in `lang`: en `12.5 / 78.0 MB · 152,000 rows`,
/// fr `12,5 / 78,0 Mo · 152 000 lignes`, ko `12.5 / 78.0 MB · 152,000행`.
pub fn reading_progress(lang: Lang, read_bytes: f64, total_bytes: f64, rows: usize) -> String {
    let megabytes = |bytes: f64| format::number(lang, bytes / 1_000_000.0, 1);
    let size = i18n::render(
        lang,
        &crate::text!(
            "{read} / {total} MB",
            read = megabytes(read_bytes),
            total = megabytes(total_bytes)
        ),
    );
    format!("{size} · {}", row_count(lang, rows))
}

/// "1 row", "2,763 rows" in the page's language.
pub fn row_count(lang: Lang, rows: usize) -> String {
    let msg = if rows == 1 { Msg::RowsOne } else { Msg::Rows };
    i18n::fill(
        i18n::tr(lang, msg),
        &[("count", &format::number(lang, rows as f64, 0))],
    )
}

/// Which labels a time series chart gets.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Labels {
    /// The page language's date style (`Mar 2024`, `2024年第1四半期`, `T1 2024`), for reading.
    Display,
    /// ISO-like, language-neutral labels (`2024-03`, `2024-Q1`, `2024-W10`, a Sunday week as its first
    /// day `2024-03-03`), for CSV exports: spreadsheets read ISO dates, and a file exported in one
    /// language sorts and joins like one exported in another.
    Export,
}

/// The label of a series point as `labels` asks.
fn bucket_label(lang: Lang, point: &SeriesPoint, labels: Labels) -> String {
    match labels {
        Labels::Display => format::period_label(lang, &point.label, point.bucket_start),
        Labels::Export => point
            .label
            .strip_prefix("week of ")
            .unwrap_or(&point.label)
            .to_string(),
    }
}

fn series_chart(
    lang: Lang,
    def: &KpiDef,
    name: &str,
    result: Option<&KpiResult>,
    labels: Labels,
) -> ChartSpec {
    let currency = result.and_then(|r| r.currency.as_deref());
    let points = result.map(|r| r.series.as_slice()).unwrap_or_default();
    let mut series = vec![Series {
        name: i18n::tr(lang, Msg::LegendCurrent).to_string(),
        values: points.iter().map(|p| p.value).collect(),
        dashed: false,
    }];
    if points.iter().any(|p| p.comparison.is_some()) {
        series.push(Series {
            name: i18n::tr(lang, Msg::LegendComparison).to_string(),
            values: points.iter().map(|p| p.comparison).collect(),
            dashed: true,
        });
    }
    ChartSpec::Line(LineChart {
        title: name.to_string(),
        x_labels: points.iter().map(|p| bucket_label(lang, p, labels)).collect(),
        series,
        y_format: value_format(def.unit, currency),
        area: matches!(def.unit, Unit::Money | Unit::Count),
    })
}

/// MRR movements month by month as a stacked bar chart (gains up, losses down), shown under the
/// period's waterfall when the period spans several months.
fn monthly_movements_chart(
    lang: Lang,
    name: &str,
    def: &KpiDef,
    result: &KpiResult,
) -> Option<BreakdownView> {
    use crate::core::chart::spec::StackedBarChart;
    use crate::core::kpi::report::{MrrMovement, Special};
    let Some(Special::MrrMovements(months)) = result.special.as_ref() else {
        return None;
    };
    if months.len() < 2 {
        return None;
    }
    let series = |msg: Msg, value: fn(&MrrMovement) -> f64| {
        (
            i18n::tr(lang, msg).to_string(),
            months.iter().map(value).collect(),
        )
    };
    let title = format!("{name} — {}", i18n::tr(lang, Msg::GranMonth));
    let chart = |categories: Vec<String>| {
        ChartSpec::StackedBar(StackedBarChart {
            title: title.clone(),
            categories,
            series: vec![
                series(Msg::MrrNew, |m| m.new),
                series(Msg::MrrExpansion, |m| m.expansion),
                series(Msg::MrrReactivation, |m| m.reactivation),
                series(Msg::MrrContraction, |m| -m.contraction.abs()),
                series(Msg::MrrChurned, |m| -m.churned.abs()),
            ],
            y_format: value_format(def.unit, result.currency.as_deref()),
        })
    };
    // Months in the page's date style on screen, ISO in the CSV (as the time series).
    let spec = chart(
        months
            .iter()
            .map(|m| format::period_label(lang, &m.label, m.month_start))
            .collect(),
    );
    let export = chart(months.iter().map(|m| m.label.clone()).collect());
    Some(BreakdownView {
        title: title.clone(),
        chart_svg: to_svg_in(lang, &spec, 760, 340),
        table: to_table_in(lang, &spec),
        values: Vec::new(),
        labels: Vec::new(),
        csv: export_csv(lang, &export),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_html_escapes_every_text_and_keeps_rows_and_cells() {
        let header = vec!["Date".to_string(), "<Revenue> & co".to_string()];
        let rows = vec![
            vec!["2024-01-01".to_string(), "1 200 €".to_string()],
            vec!["<script>\"x\"</script>".to_string(), "a & b".to_string()],
        ];
        let html = table_html(&header, &rows);
        assert_eq!(html.matches("<tr>").count(), 3);
        assert_eq!(html.matches("<td>").count(), 4);
        assert_eq!(html.matches("<th scope=\"col\">").count(), 2);
        assert!(!html.contains("<script>"), "{html}");
        assert!(
            html.contains("&lt;script&gt;&quot;x&quot;&lt;/script&gt;"),
            "{html}"
        );
        assert!(html.contains("&lt;Revenue&gt; &amp; co"), "{html}");
        assert!(
            html.starts_with("<thead><tr>") && html.ends_with("</tr></tbody>"),
            "{html}"
        );
    }

    #[test]
    fn a_rising_churn_is_bad_and_a_rising_revenue_is_good() {
        assert_eq!(sentiment(Direction::LowerIsBetter, 0.02), Sentiment::Bad);
        assert_eq!(sentiment(Direction::HigherIsBetter, 0.02), Sentiment::Good);
        assert_eq!(sentiment(Direction::HigherIsBetter, 0.0), Sentiment::Neutral);
    }

    #[test]
    fn rate_changes_are_in_points() {
        // 0.125 → 0.137 is +1.2 percentage points
        assert_eq!(change_text(Lang::En, Unit::Percent, 0.137 - 0.125), "+1.2 pt");
    }

    #[test]
    fn a_kpi_missing_from_the_report_is_locked_with_what_unlocks_it() {
        let report = KpiReport::default();
        let def = registry::get("revenue").unwrap_or_else(|| panic!("revenue is in the registry"));
        let view = card(Lang::En, def, &report);
        assert!(view.locked);
        assert_eq!(view.raw, None);
        assert_eq!(view.value_text, "—");
        assert!(!view.reason.is_empty());
    }
}

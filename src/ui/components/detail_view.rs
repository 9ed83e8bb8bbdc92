//! The detail view of one KPI: its time series, breakdowns, formula, sources, and exports.

use crate::core::i18n::{self, Msg};
use crate::core::present;
use crate::ui::browser;
use crate::ui::components::breakdown::Breakdown;
use crate::ui::components::target_editor::TargetEditor;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The open KPI's detail, as a dialog over the dashboard.
#[component]
pub fn DetailView() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Escape closes the dialog wherever the focus is.
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && state.detail.get_untracked().is_some() {
            state.detail.set(None);
        }
    });
    on_cleanup(move || escape.remove());
    let detail = Memo::new(move |_| {
        let id = state.detail.get()?;
        let lang = state.lang.get();
        // Its charts drawn (timed as the User Timing measure `kb-detail`).
        state
            .report
            .with(|report| crate::ui::browser::timed("kb-detail", || present::detail(lang, &id, report)))
    });
    // The table view stays open (or closed) while the figures change: its hundreds of rows are laid out
    // only when the user asks for them.
    let table_open = RwSignal::new(false);
    // A printed detail view has its table: it is opened for the print, then put back as it was.
    let open_before_print = StoredValue::new(false);
    let before_print = window_event_listener_untyped("beforeprint", move |_| {
        open_before_print.set_value(table_open.get_untracked());
        table_open.set(true);
    });
    let after_print = window_event_listener_untyped("afterprint", move |_| {
        table_open.set(open_before_print.get_value());
    });
    on_cleanup(move || {
        before_print.remove();
        after_print.remove();
    });
    // The dialog stays while the figures change (a file finishing, a view restored from the address):
    // only what shows figures is drawn again, so its scroll position and a target being typed are kept.
    let shown = Memo::new(move |_| detail.with(|d| d.as_ref().map(|d| d.id.clone())));
    move || {
        shown.get().map(|id| {
            view! {
                <div class="kb-detail__backdrop" on:click=move |_| state.detail.set(None)></div>
                <section
                    class="kb-detail"
                    role="dialog"
                    aria-modal="true"
                    aria-labelledby="kb-detail-title"
                    data-testid="detail-view"
                    data-detail=id.clone()
                >
                    {move || detail.get().map(|d| figures(state, d, table_open))}
                    <TargetEditor kpi=id.clone() />
                    {move || detail.get().map(|d| formula(state, d))}
                </section>
            }
        })
    }
}

/// The figures of the detail view: its header with the value, the chart (or why there is none) with its
/// exports and table view, and the breakdowns.
fn figures(state: AppState, d: present::DetailView, table_open: RwSignal<bool>) -> impl IntoView {
    let t = move |msg: Msg| i18n::tr(state.lang.get(), msg);
    let rows = d.table_rows.len();
    let table_html = d.table_html();
    let (id, svg, csv) = (d.id.clone(), d.chart_svg.clone(), d.table_csv.clone());
    let (id_svg, id_png, svg_png) = (d.id.clone(), d.id.clone(), d.chart_svg.clone());
    // A KPI with no time series here (growth without a comparison period that has data, a share of the
    // period as a whole) says so in a sentence instead of an empty chart.
    let chart = match rows > 0 {
        true => view! {
            <figure class="kb-detail__chart">
                <div role="img" aria-label=d.chart_summary.clone() inner_html=d.chart_svg.clone()></div>
                <figcaption>{d.chart_summary.clone()}</figcaption>
            </figure>
            <div class="kb-detail__exports">
                <button class="kb-button kb-button--small" on:click=move |_| browser::download(&format!("{id_svg}.svg"), "image/svg+xml", svg.as_bytes())>
                    {move || t(Msg::ExportSvg)}
                </button>
                <button class="kb-button kb-button--small" data-testid="export-png" on:click=move |_| browser::download_svg_as_png(&format!("{id_png}.png"), &svg_png)>
                    {move || t(Msg::ExportPng)}
                </button>
                <button class="kb-button kb-button--small" data-testid="export-csv" on:click=move |_| browser::download(&format!("{id}.csv"), "text/csv;charset=utf-8", &csv)>
                    {move || t(Msg::ExportCsv)}
                </button>
                <button class="kb-button kb-button--small" on:click=move |_| { if let Some(w) = web_sys::window() { let _ = w.print(); } }>
                    {move || t(Msg::Print)}
                </button>
            </div>
            <details
                class="kb-detail__table-view"
                prop:open=move || table_open.get()
                on:toggle=move |ev| table_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
            >
                <summary>{move || format!("{} · {}", t(Msg::TableView), present::row_count(state.lang.get(), rows))}</summary>
                {move || table_open.get().then(|| view! {
                    <table class="kb-table kb-detail__table" inner_html=table_html.clone()></table>
                })}
            </details>
        }
        .into_any(),
        false => view! {
            <p class="kb-detail__no-series" data-testid="no-series">{move || t(Msg::NoSeries)}</p>
        }
        .into_any(),
    };
    view! {
        <header class="kb-detail__header">
            <h2 id="kb-detail-title">{d.name.clone()}</h2>
            <p class="kb-detail__value">{d.value_text.clone()}</p>
            <button class="kb-button" autofocus on:click=move |_| state.detail.set(None)>{move || t(Msg::Close)}</button>
        </header>
        <p class="kb-detail__explanation">{d.explanation.clone()}</p>
        {chart}
        {d.breakdowns.iter().enumerate().map(|(i, b)| view! {
            <Breakdown breakdown=b.clone() file_stem=format!("{}-{}", d.id, i + 1) />
        }).collect_view()}
    }
}

/// How the KPI is computed, and from which files and columns.
fn formula(state: AppState, d: present::DetailView) -> impl IntoView {
    let t = move |msg: Msg| i18n::tr(state.lang.get(), msg);
    view! {
        <section class="kb-detail__formula">
            <h3>{move || t(Msg::HowComputed)}</h3>
            <p>{d.formula.clone()}</p>
            <h4>{move || t(Msg::FilesUsed)}</h4>
            <ul>{d.sources.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ul>
        </section>
    }
}

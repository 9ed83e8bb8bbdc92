//! The import report of the inspected file (encoding, delimiter, columns, rejected rows) and its mapping editor.

use crate::core::format;
use crate::core::i18n::{self, Msg};
use crate::core::import_view;
use crate::ui::components::import_settings::ImportSettings;
use crate::ui::components::mapping_editor::MappingEditor;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The report panel of the file the user opened (nothing when none is open).
#[component]
pub fn ImportReportPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move |msg: Msg| i18n::tr(state.lang.get(), msg);
    let loaded = move || {
        let id = state.inspected.get()?;
        state.files.with(|files| {
            files
                .iter()
                .find(|f| f.id == id)
                .and_then(|f| f.loaded().cloned())
        })
    };
    move || {
        loaded().map(|file| {
            let report = file.report.clone();
            let id = state.inspected.get_untracked().unwrap_or_default();
            view! {
                <section class="kb-report" data-testid="import-report" aria-label=move || t(Msg::ImportReport)>
                    <header class="kb-report__header">
                        <h3>{format!("{} — {}", report.file, t(Msg::ImportReport))}</h3>
                        <button class="kb-button kb-button--small" on:click=move |_| state.inspected.set(None)>{move || t(Msg::Close)}</button>
                    </header>
                    <dl class="kb-report__facts">
                        <dt>{move || t(Msg::Encoding)}</dt><dd>{report.encoding.clone()}</dd>
                        <dt>{move || t(Msg::Delimiter)}</dt><dd>{let d = report.delimiter.clone(); move || i18n::phrase(state.lang.get(), &d)}</dd>
                        <dt>{move || t(Msg::DecimalSeparator)}</dt><dd>{report.decimal_separator.to_string()}</dd>
                        <dt>{move || t(Msg::DateFormat)}</dt><dd>{let f = report.date_format.clone(); move || f.as_deref().map_or_else(|| "—".into(), |f| format::date_pattern(state.lang.get(), f))}</dd>
                        {report.grouping.map(|g| view! {
                            <dt>{move || t(Msg::GroupingSeparator)}</dt>
                            <dd>{move || import_view::grouping_name(state.lang.get(), g)}</dd>
                        })}
                        <dt>{move || t(Msg::HeaderRow)}</dt><dd>{move || format::number(state.lang.get(), report.header_line as f64, 0)}</dd>
                        <dt>{move || t(Msg::RowsLabel)}</dt>
                        <dd>
                            {move || crate::core::present::row_count(state.lang.get(), report.rows_accepted)}
                            {move || (report.rows_rejected > 0).then(|| format!(" · {}", i18n::fill(t(Msg::RowsRejected), &[("count", &format::number(state.lang.get(), report.rows_rejected as f64, 0))])))}
                        </dd>
                    </dl>
                    <ImportSettings file_id=id sheets=report.sheets.clone() />
                    <ul class="kb-report__notes">
                        {report.notes.iter().map(|n| { let n = n.clone(); view! { <li>{move || i18n::render(state.lang.get(), &n)}</li> } }).collect_view()}
                    </ul>
                    <Show when={
                        let empty = report.problems.is_empty();
                        move || !empty
                    }>
                        <h4>{move || i18n::fill(t(Msg::RowsRejected), &[("count", &format::number(state.lang.get(), report.rows_rejected as f64, 0))])}</h4>
                    </Show>
                    <ol class="kb-report__problems">
                        {report.problems.iter().map(|p| { let p = p.clone(); view! { <li>{move || i18n::render(state.lang.get(), &p)}</li> } }).collect_view()}
                    </ol>
                    <MappingEditor file_id=id file=file.clone() />
                </section>
            }
        })
    }
}

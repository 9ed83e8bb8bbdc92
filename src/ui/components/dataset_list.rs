//! The list of loaded files: kind, date range, rows, warnings, and the way to their import report and mapping.

use crate::core::format;
use crate::core::i18n::{self, Lang, Msg};
use crate::core::present;
use crate::core::time::format_day;
use crate::ui::components::import_report::ImportReportPanel;
use crate::ui::file_store;
use crate::ui::state::{AppState, FileEntry, FileStatus};
use leptos::prelude::*;

/// Every loaded file, with its status.
#[component]
pub fn DatasetList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let ids = move || {
        state
            .files
            .with(|files| files.iter().map(|f| f.id).collect::<Vec<_>>())
    };
    view! {
        <Show when=move || state.has_files()>
            <section class="kb-datasets" aria-labelledby="kb-datasets-title">
                <h2 id="kb-datasets-title" class="kb-section-title">{move || i18n::tr(state.lang.get(), Msg::DatasetsTitle)}</h2>
                <ul class="kb-datasets__list">
                    <For each=ids key=|id| *id children=move |id| view! { <DatasetItem id=id /> } />
                </ul>
                <DataQuality />
                <ImportReportPanel />
            </section>
        </Show>
    }
}

/// The data-quality notes of the KPI report (rows left out, unknown statuses, filters that could not
/// apply…), under the list of files, or a line saying none were found once a file is loaded.
#[component]
fn DataQuality() -> impl IntoView {
    let state = expect_context::<AppState>();
    let notes = Memo::new(move |_| {
        let lang = state.lang.get();
        state
            .report
            .with(|report| present::data_quality_notes(lang, report))
    });
    let any_loaded = move || {
        state
            .files
            .with(|files| files.iter().any(|f| matches!(f.status, FileStatus::Loaded(_))))
    };
    let t = move |msg: Msg| i18n::tr(state.lang.get(), msg);
    view! {
        <Show when=any_loaded>
            <section class="kb-quality" data-testid="data-quality" aria-labelledby="kb-quality-title"
                data-notes=move || notes.with(|n| n.len().to_string())>
                <h3 id="kb-quality-title" class="kb-quality__title">{move || t(Msg::DataQuality)}</h3>
                <Show when=move || notes.with(|n| !n.is_empty())
                    fallback=move || view! { <p class="kb-quality__ok">{move || t(Msg::DataQualityOk)}</p> }>
                    <ul class="kb-quality__notes">
                        {move || notes.get().into_iter().map(|note| view! { <li>{note}</li> }).collect_view()}
                    </ul>
                </Show>
            </section>
        </Show>
    }
}

/// One file of the list.
#[component]
fn DatasetItem(id: u32) -> impl IntoView {
    let state = expect_context::<AppState>();
    let entry = Memo::new(move |_| {
        let lang = state.lang.get();
        state
            .files
            .with(|files| files.iter().find(|f| f.id == id).map(|f| summary(f, lang)))
            .unwrap_or_default()
    });
    let t = move |msg: Msg| i18n::tr(state.lang.get(), msg);
    view! {
        <li
            class="kb-dataset"
            class:kb-dataset--failed=move || entry.with(|e| e.failed)
            data-testid="dataset"
            data-name=move || entry.with(|e| e.name.clone())
            data-kind=move || entry.with(|e| e.kind.clone())
            data-rows=move || entry.with(|e| e.rows.map(|r| r.to_string()))
        >
            <span class="kb-dataset__name">{move || entry.with(|e| e.name.clone())}</span>
            <span class="kb-dataset__kind">
                {move || entry.with(|e| e.kind_label.clone())}
                <Show when=move || entry.with(|e| e.range.is_some())>
                    <span class="kb-dataset__range" data-testid="dataset-range" data-range=move || entry.with(|e| e.range_iso.clone())>
                        {move || entry.with(|e| e.range.clone())}
                    </span>
                </Show>
            </span>
            <span class="kb-dataset__rows">
                {move || entry.with(|e| e.rows.map(|r| crate::core::present::row_count(state.lang.get(), r)))}
            </span>
            <Show when=move || entry.with(|e| e.progress.is_some())>
                <progress class="kb-dataset__progress" max="1" value=move || entry.with(|e| e.progress.unwrap_or(0.0))></progress>
            </Show>
            <span class="kb-dataset__message" role=move || entry.with(|e| e.failed.then_some("alert"))>
                {move || entry.with(|e| e.message.clone())}
            </span>
            <span class="kb-dataset__actions">
                <button class="kb-button kb-button--small" on:click=move |_| state.inspected.set(Some(id))
                    disabled=move || entry.with(|e| e.rows.is_none())>
                    {move || t(Msg::ImportReport)}
                </button>
                <button class="kb-button kb-button--small" data-testid="remove-dataset" on:click=move |_| {
                    file_store::forget(&entry.with_untracked(|e| e.name.clone()));
                    state.remove(id);
                }>
                    {move || t(if entry.with(|e| e.progress.is_some()) { Msg::Cancel } else { Msg::RemoveFile })}
                </button>
            </span>
        </li>
    }
}

#[derive(Clone, Default, PartialEq)]
struct Summary {
    name: String,
    kind: Option<String>,
    kind_label: String,
    rows: Option<usize>,
    /// The file's first and last days, in the page's language.
    range: Option<String>,
    /// The same as ISO days, `2024-01-01/2024-12-31`.
    range_iso: String,
    progress: Option<f64>,
    message: String,
    failed: bool,
}

fn summary(entry: &FileEntry, lang: Lang) -> Summary {
    let mut s = Summary {
        name: entry.name.clone(),
        ..Summary::default()
    };
    match &entry.status {
        FileStatus::Reading { fraction, rows } => {
            s.progress = Some(*fraction);
            s.message = present::reading_progress(lang, *fraction * entry.size, entry.size, *rows);
        }
        FileStatus::Failed(message) => {
            s.message = i18n::render(lang, message);
            s.failed = true;
        }
        FileStatus::Loaded(file) => {
            s.kind = Some(file.kind().id().to_string());
            let kind = i18n::tr(lang, Msg::for_kind(file.kind()));
            s.kind_label = match file.detection.preset {
                Some(preset) => format!("{kind} · {}", i18n::phrase(lang, preset)),
                None => kind.to_string(),
            };
            s.rows = Some(file.rows_accepted());
            if let Some(p) = file.date_range {
                s.range = Some(format::date_range(lang, p.start, p.last_day()));
                s.range_iso = format!("{}/{}", format_day(p.start), format_day(p.last_day()));
            }
            s.message = file
                .status_line()
                .iter()
                .map(|t| i18n::render(lang, t))
                .collect::<Vec<_>>()
                .join(" · ");
        }
    }
    s
}

//! The app state: loaded files and the view (query, period preset, open panels), shared through context.
//! The files themselves are kept by the engine (in the parsing worker, see [`engine_client`]); the page
//! holds their previews and the engine's latest answer for the view.

use crate::core::engine::{Answer, DataOptions, Engine};
use crate::core::i18n::Lang;
use crate::core::kpi::query::Query;
use crate::core::kpi::report::KpiReport;
use crate::core::pipeline::LoadedFile;
use crate::core::share::DashboardState;
use crate::core::time::Preset;
use crate::ui::engine_client;
use leptos::prelude::*;
use std::sync::Arc;

/// Where one dropped file is in its journey.
#[derive(Clone, Debug)]
pub enum FileStatus {
    /// Being read and parsed; `fraction` of the bytes done.
    Reading {
        /// 0..=1.
        fraction: f64,
        /// Rows read so far.
        rows: usize,
    },
    /// Parsed (and mapped, or waiting for the user to finish the mapping).
    Loaded(Arc<LoadedFile>),
    /// Could not be read: the message says why, in plain words.
    Failed(crate::core::i18n::Text),
}

/// One file the user dropped, picked or loaded from the sample.
#[derive(Clone, Debug)]
pub struct FileEntry {
    /// Stable id within this page session.
    pub id: u32,
    /// File name.
    pub name: String,
    /// Size in bytes.
    pub size: f64,
    /// Progress or outcome.
    pub status: FileStatus,
}

impl FileEntry {
    /// The loaded file, when parsing is done.
    pub fn loaded(&self) -> Option<&Arc<LoadedFile>> {
        match &self.status {
            FileStatus::Loaded(file) => Some(file),
            _ => None,
        }
    }
}

/// Everything the components share.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Loaded files, in drop order.
    pub files: RwSignal<Vec<FileEntry>>,
    /// The KPI query (granularity, comparison, filters, variants, targets…); its period comes from `preset`.
    pub query: RwSignal<Query>,
    /// The period preset, resolved against the data's range (default: all the data).
    pub preset: RwSignal<Preset>,
    /// Pinned KPI ids, in the user's order (shown first).
    pub pinned: RwSignal<Vec<String>>,
    /// Hidden KPI ids.
    pub hidden: RwSignal<Vec<String>>,
    /// Whether hidden KPIs are shown anyway.
    pub show_hidden: RwSignal<bool>,
    /// The KPI whose detail view is open.
    pub detail: RwSignal<Option<String>>,
    /// The file whose import report and mapping editor are open.
    pub inspected: RwSignal<Option<u32>>,
    /// The interface language.
    pub lang: RwSignal<Lang>,
    /// A message for the user about the whole page (e.g. a bad share link).
    pub notice: RwSignal<Option<String>>,
    /// The state of the link the page was opened with (expected files, saved mappings).
    pub link: RwSignal<Option<DashboardState>>,
    /// A snapshot opened from a link (figures only, read only).
    pub snapshot: RwSignal<Option<crate::core::share::Snapshot>>,
    /// The share fragment of the current view.
    pub share_fragment: Memo<String>,
    /// The KPI report for the current view (the engine's latest answer).
    pub report: RwSignal<Arc<KpiReport>>,
    /// What the controls offer for the loaded files (filter values, currencies).
    pub options: RwSignal<Arc<DataOptions>>,
    /// The generation of the loaded files `options` are for.
    generation: StoredValue<Option<u64>>,
    next_id: StoredValue<u32>,
}

impl AppState {
    /// Creates the state and its memos.
    pub fn new(lang: Lang) -> Self {
        let files: RwSignal<Vec<FileEntry>> = RwSignal::new(Vec::new());
        let query = RwSignal::new(Query::default());
        let preset = RwSignal::new(Preset::AllData);
        let empty = Engine::default().answer(None);
        let mut state = AppState {
            files,
            query,
            preset,
            pinned: RwSignal::new(Vec::new()),
            hidden: RwSignal::new(Vec::new()),
            show_hidden: RwSignal::new(false),
            detail: RwSignal::new(None),
            inspected: RwSignal::new(None),
            lang: RwSignal::new(lang),
            notice: RwSignal::new(None),
            report: RwSignal::new(Arc::new(empty.report)),
            options: RwSignal::new(Arc::new(empty.options.unwrap_or_default())),
            generation: StoredValue::new(None),
            link: RwSignal::new(None),
            snapshot: RwSignal::new(None),
            share_fragment: Memo::new(|_| String::new()),
            next_id: StoredValue::new(1),
        };
        state.share_fragment = Memo::new(move |_| crate::ui::share_sync::fragment_of(state));
        // Every change of the view asks the engine for its figures.
        Effect::new(move |_| {
            let view = engine_client::view_json(&query.get(), preset.get(), state.generation.get_value());
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(answer) = engine_client::ask(view).await {
                    state.apply(answer);
                }
            });
        });
        state
    }

    /// The view as the engine reads it (not tracked).
    pub fn view_json(&self) -> String {
        engine_client::view_json(
            &self.query.get_untracked(),
            self.preset.get_untracked(),
            self.generation.get_value(),
        )
    }

    /// Shows the engine's answer (answers are applied in the order they arrive, which is the order the
    /// engine computed them in).
    pub fn apply(&self, answer: Answer) {
        crate::ui::browser::timed("kb-apply", || {
            if let Some(options) = answer.options {
                self.options.set(Arc::new(options));
            }
            self.generation.set_value(Some(answer.generation));
            self.report.set(Arc::new(answer.report));
        })
    }

    /// Adds a file entry in the `Reading` state and returns its id.
    pub fn add_reading(&self, name: &str, size: f64) -> u32 {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        self.files.update(|files| {
            files.push(FileEntry {
                id,
                name: name.to_string(),
                size,
                status: FileStatus::Reading {
                    fraction: 0.0,
                    rows: 0,
                },
            })
        });
        id
    }

    /// Sets the status of a file (no-op when it was removed meanwhile). A file that loads but cannot be
    /// used as it is (kind or required column not found) gets its import report and mapping editor opened.
    pub fn set_status(&self, id: u32, status: FileStatus) {
        if let FileStatus::Loaded(file) = &status {
            if file.dataset().is_none() && self.inspected.get_untracked().is_none() {
                self.inspected.set(Some(id));
            }
        }
        self.files.update(|files| {
            if let Some(file) = files.iter_mut().find(|f| f.id == id) {
                file.status = status;
            }
        });
    }

    /// Removes a file (and stops reading it if it is still read); the figures follow.
    pub fn remove(&self, id: u32) {
        crate::ui::loader::forget_source(id);
        self.files.update(|files| files.retain(|f| f.id != id));
        if self.inspected.get_untracked() == Some(id) {
            self.inspected.set(None);
        }
        let last = self.files.with_untracked(Vec::is_empty);
        let (state, view) = (*self, self.view_json());
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(answer) = engine_client::remove(id, last, view).await {
                state.apply(answer);
            }
        });
    }

    /// Back to an empty dashboard with default settings (after "Forget everything").
    pub fn reset(&self) {
        engine_client::clear();
        let empty = Engine::default().answer(None);
        self.files.set(Vec::new());
        self.apply(empty);
        self.query.set(Query::default());
        self.preset.set(Preset::AllData);
        self.pinned.set(Vec::new());
        self.hidden.set(Vec::new());
        self.detail.set(None);
        self.inspected.set(None);
        self.link.set(None);
        self.notice.set(None);
    }

    /// Marks every loaded or loading file as lost (the worker holding them stopped: `detail` says how),
    /// and shows the figures of no file.
    pub fn lose_files(&self, detail: &str) {
        self.files.update(|files| {
            for file in files.iter_mut() {
                if !matches!(file.status, FileStatus::Failed(_)) {
                    file.status = FileStatus::Failed(crate::text!(
                        "{file}: the worker holding the data stopped ({detail}); please add the file again",
                        file = &file.name,
                        detail = detail
                    ));
                }
            }
        });
        self.apply(Engine::default().answer(None));
    }

    /// Whether any file is loaded or loading.
    pub fn has_files(&self) -> bool {
        self.files.with(|f| !f.is_empty())
    }
}

//! The app state: loaded files and the view (query, period preset, open panels), shared through context.
//! Derived values (datasets, the KPI report) are memos; the arithmetic itself lives in `core`.

use crate::core::i18n::Lang;
use crate::core::kpi::query::Query;
use crate::core::kpi::report::KpiReport;
use crate::core::kpi::{self, Prepared};
use crate::core::pipeline::{self, LoadedFile};
use crate::core::share::DashboardState;
use crate::core::time::Preset;
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

/// The prepared KPI index, compared by identity (rebuilding it is the expensive step).
#[derive(Clone)]
pub struct PreparedData(pub Arc<Prepared>);

impl PartialEq for PreparedData {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// The loaded files, compared by identity (a progress update of another file changes nothing here).
#[derive(Clone)]
struct LoadedSet(Vec<Arc<LoadedFile>>);

impl PartialEq for LoadedSet {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len() && self.0.iter().zip(&other.0).all(|(a, b)| Arc::ptr_eq(a, b))
    }
}

/// The KPI index prepared ahead, in a task of its own, for the set of loaded files about to be shown
/// (see [`AppState::prepare_ahead`]).
#[derive(Clone)]
struct PreparedAhead {
    files: LoadedSet,
    prepared: PreparedData,
}

/// Prepares the KPI index of `files` (timed as the User Timing measure `kb-prepare`).
fn prepare(files: &LoadedSet) -> PreparedData {
    let files: Vec<&LoadedFile> = files.0.iter().map(|f| f.as_ref()).collect();
    PreparedData(Arc::new(crate::ui::browser::timed("kb-prepare", || {
        pipeline::prepare(&files)
    })))
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
    /// The prepared data of every usable dataset.
    pub prepared: Memo<PreparedData>,
    /// The KPI report for the current view.
    pub report: Memo<Arc<KpiReport>>,
    next_id: StoredValue<u32>,
    ahead: StoredValue<Option<PreparedAhead>>,
}

impl AppState {
    /// Creates the state and its memos.
    pub fn new(lang: Lang) -> Self {
        let files: RwSignal<Vec<FileEntry>> = RwSignal::new(Vec::new());
        let query = RwSignal::new(Query::default());
        let preset = RwSignal::new(Preset::AllData);
        // Progress updates change `files` many times a second: prepare again only when the set of
        // loaded files changes.
        let loaded = Memo::new(move |_| {
            files.with(|files| LoadedSet(files.iter().filter_map(|f| f.loaded().cloned()).collect()))
        });
        let ahead = StoredValue::new(None::<PreparedAhead>);
        let prepared = Memo::new(move |_| {
            loaded.with(|loaded| {
                let ready = ahead.get_value().filter(|a| a.files == *loaded);
                ahead.set_value(None);
                ready.map_or_else(|| prepare(loaded), |a| a.prepared)
            })
        });
        let report = Memo::new(move |_| {
            let prepared = prepared.get();
            let mut query = query.get();
            query.period = prepared
                .0
                .data_range
                .map(|range| preset.get().resolve(range, query.calendar()));
            Arc::new(crate::ui::browser::timed("kb-report", || {
                kpi::compute_prepared(&prepared.0, &query)
            }))
        });
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
            prepared,
            report,
            link: RwSignal::new(None),
            snapshot: RwSignal::new(None),
            share_fragment: Memo::new(|_| String::new()),
            next_id: StoredValue::new(1),
            ahead,
        };
        state.share_fragment = Memo::new(move |_| crate::ui::share_sync::fragment_of(state));
        state
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

    /// Prepares the KPI index for the loaded files as they will be once each file `id` of `ready` is
    /// loaded with its file, so that [`AppState::set_status`] in a later task finds it ready: the page
    /// then never prepares and lays out the cards in the same long task.
    pub fn prepare_ahead(&self, ready: &[(u32, Arc<LoadedFile>)]) {
        let files = self.files.with_untracked(|files| {
            LoadedSet(
                files
                    .iter()
                    .filter_map(|f| match ready.iter().find(|(id, _)| *id == f.id) {
                        Some((_, file)) => Some(file.clone()),
                        None => f.loaded().cloned(),
                    })
                    .collect(),
            )
        });
        let prepared = prepare(&files);
        self.ahead.set_value(Some(PreparedAhead { files, prepared }));
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

    /// Removes a file.
    pub fn remove(&self, id: u32) {
        crate::ui::loader::forget_source(id);
        // An index prepared ahead may hold the removed file.
        self.ahead.set_value(None);
        self.files.update(|files| files.retain(|f| f.id != id));
        if self.inspected.get_untracked() == Some(id) {
            self.inspected.set(None);
        }
    }

    /// Back to an empty dashboard with default settings (after "Forget everything").
    pub fn reset(&self) {
        self.ahead.set_value(None);
        self.files.set(Vec::new());
        self.query.set(Query::default());
        self.preset.set(Preset::AllData);
        self.pinned.set(Vec::new());
        self.hidden.set(Vec::new());
        self.detail.set(None);
        self.inspected.set(None);
        self.link.set(None);
        self.notice.set(None);
    }

    /// Whether any file is loaded or loading.
    pub fn has_files(&self) -> bool {
        self.files.with(|f| !f.is_empty())
    }
}

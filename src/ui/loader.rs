//! Loading files into the app: hands each file to the engine (which reads and keeps it, see
//! [`engine_client`]) and updates its entry with its preview and the figures.

use crate::core::engine::Remap;
use crate::core::i18n::{self, Msg};
use crate::core::ingest::ImportOptions;
use crate::core::pipeline::LoadedFile;
use crate::core::sample;
use crate::core::share::MappingOverride;
use crate::ui::browser;
use crate::ui::engine_client::{self, Outcome};
use crate::ui::file_store;
use crate::ui::state::{AppState, FileStatus};
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

/// Where a loaded file's bytes come from, kept so the user can re-read it with other import settings.
#[derive(Clone)]
enum Source {
    /// A file the user dropped or picked.
    File(web_sys::File),
    /// An embedded sample export.
    Sample(sample::SampleFile),
}

thread_local! {
    static SOURCES: RefCell<HashMap<u32, Source>> = RefCell::new(HashMap::new());
    /// The import settings each file was last read with (absent: all guessed).
    static SETTINGS: RefCell<HashMap<u32, ImportOptions>> = RefCell::new(HashMap::new());
}

/// The import settings file `id` was last read with (all guessed unless the user forced some).
pub fn settings_of(id: u32) -> ImportOptions {
    SETTINGS.with(|s| s.borrow().get(&id).cloned().unwrap_or_default())
}

/// Loads the files the user dropped or picked, all at once (they are read side by side, keeping the
/// page responsive); each file's entry is updated as soon as it is done.
pub fn load_files(state: AppState, files: Vec<web_sys::File>) {
    for file in files {
        let id = state.add_reading(&file.name(), file.size());
        SOURCES.with(|s| s.borrow_mut().insert(id, Source::File(file.clone())));
        wasm_bindgen_futures::spawn_local(async move {
            if read_file(state, id, &file, &ImportOptions::default()).await {
                file_store::remember(&file);
            }
        });
    }
}

/// The mappings the link the page was opened with saved (applied to a file with the same header row).
fn saved_mappings(state: AppState) -> Vec<MappingOverride> {
    state
        .link
        .with_untracked(|link| link.as_ref().map(|l| l.mappings.clone()).unwrap_or_default())
}

/// Reads a file and shows it with the figures; whether it loaded.
async fn read_file(state: AppState, id: u32, file: &web_sys::File, options: &ImportOptions) -> bool {
    let size = file.size().max(1.0);
    let on_progress = move |bytes: f64, rows: usize| {
        state.set_status(
            id,
            FileStatus::Reading {
                fraction: bytes / size,
                rows,
            },
        )
    };
    let outcome = engine_client::parse(
        id,
        file,
        options,
        &saved_mappings(state),
        state.view_json(),
        on_progress,
    )
    .await;
    match outcome {
        Outcome::Loaded(preview, answer) => {
            // Reading the answer and laying the cards out are two tasks: neither holds the page long.
            browser::yield_to_browser().await;
            // Removed meanwhile: the answer to the removal follows, without it.
            if !state
                .files
                .with_untracked(|files| files.iter().any(|f| f.id == id))
            {
                return false;
            }
            show(state, id, *preview);
            state.apply(*answer);
            true
        }
        Outcome::Failed(message) => {
            state.set_status(id, FileStatus::Failed(message));
            // A file read again that fails is no longer counted.
            if let Some(answer) = engine_client::ask(state.view_json()).await {
                state.apply(answer);
            }
            false
        }
        Outcome::Cancelled => false,
    }
}

/// Shows a loaded file's preview, naming a file the link did not expect.
fn show(state: AppState, id: u32, preview: LoadedFile) {
    let signature = preview.header_signature();
    let unexpected = state.link.with_untracked(|link| {
        link.as_ref()
            .is_some_and(|l| !l.expected_files.is_empty() && !l.expects(&signature))
    });
    if unexpected {
        let message = i18n::tr(state.lang.get_untracked(), Msg::FileNotExpected);
        state
            .notice
            .set(Some(i18n::fill(message, &[("file", &preview.name)])));
    }
    state.set_status(id, FileStatus::Loaded(Arc::new(preview)));
}

/// Reads a loaded file again with the import settings the user chose (encoding, delimiter, decimal
/// separator, date order); the previous mapping is re-detected for the new table.
pub fn read_again(state: AppState, id: u32, options: ImportOptions) {
    let Some(source) = SOURCES.with(|s| s.borrow().get(&id).cloned()) else {
        return;
    };
    SETTINGS.with(|s| s.borrow_mut().insert(id, options.clone()));
    state.set_status(
        id,
        FileStatus::Reading {
            fraction: 0.0,
            rows: 0,
        },
    );
    wasm_bindgen_futures::spawn_local(async move {
        match source {
            Source::File(file) => {
                read_file(state, id, &file, &options).await;
            }
            Source::Sample(file) => read_samples(state, vec![(id, file)], options).await,
        }
    });
}

/// The first `bytes` bytes of file `id` as the user gave it (for the encoding preview), if it is known.
pub async fn head_of(id: u32, bytes: usize) -> Option<Vec<u8>> {
    let source = SOURCES.with(|s| s.borrow().get(&id).cloned())?;
    match source {
        Source::File(file) => {
            let end = file.size().min(bytes as f64);
            crate::ui::browser::read_slice(&file, 0.0, end).await.ok()
        }
        Source::Sample(file) => Some(file.bytes.get(..bytes.min(file.bytes.len()))?.to_vec()),
    }
}

/// Changes the mapping of loaded file `id` (from the mapping editor); the figures follow.
pub fn remap(state: AppState, id: u32, change: Remap) {
    wasm_bindgen_futures::spawn_local(async move {
        if let Some((preview, answer)) = engine_client::remap(id, &change, state.view_json()).await {
            state.set_status(id, FileStatus::Loaded(Arc::new(preview)));
            state.apply(answer);
        }
    });
}

/// Forgets where a removed file came from, and stops reading it if it is still being read on the page.
pub fn forget_source(id: u32) {
    engine_client::cancel_on_page(id);
    SOURCES.with(|s| s.borrow_mut().remove(&id));
    SETTINGS.with(|s| s.borrow_mut().remove(&id));
}

/// Loads the embedded sample exports.
pub fn load_sample(state: AppState) {
    let entries: Vec<(u32, sample::SampleFile)> = sample::FILES
        .into_iter()
        .map(|file| (state.add_reading(file.name, file.bytes.len() as f64), file))
        .collect();
    wasm_bindgen_futures::spawn_local(read_samples(state, entries, ImportOptions::default()));
}

/// Reads sample exports (all shown at once: the KPIs are prepared and the cards laid out once).
async fn read_samples(state: AppState, entries: Vec<(u32, sample::SampleFile)>, options: ImportOptions) {
    for (id, file) in &entries {
        SOURCES.with(|s| s.borrow_mut().insert(*id, Source::Sample(*file)));
    }
    let Some((files, answer)) = engine_client::sample(&entries, &options, state.view_json()).await else {
        for (id, file) in &entries {
            state.set_status(
                *id,
                FileStatus::Failed(crate::text!(
                    "{file}: reading stopped unexpectedly ({detail})",
                    file = file.name,
                    detail = "the worker did not answer"
                )),
            );
        }
        return;
    };
    browser::yield_to_browser().await;
    for ((id, _), file) in entries.iter().zip(files) {
        match file {
            Ok(preview) => show(state, *id, preview),
            Err(message) => state.set_status(*id, FileStatus::Failed(message)),
        }
    }
    state.apply(answer);
}

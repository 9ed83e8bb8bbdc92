//! Loading files into the app: reads each file, runs the core pipeline and updates its entry.

use crate::core::i18n::{self, Msg};
use crate::core::ingest::{ImportOptions, Importer};
use crate::core::pipeline::{self, LoadedFile};
use crate::core::sample;
use crate::core::view;
use crate::ui::browser;
use crate::ui::file_store;
use crate::ui::off_thread;
use crate::ui::state::{AppState, FileStatus};
use crate::ui::worker_entry::is_workbook;
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

/// Loads the files the user dropped or picked, all at once (each in its own worker, so they parse in
/// parallel), keeping the page responsive; each file's entry is updated as soon as it is done.
pub fn load_files(state: AppState, files: Vec<web_sys::File>) {
    for file in files {
        let id = state.add_reading(&file.name(), file.size());
        SOURCES.with(|s| s.borrow_mut().insert(id, Source::File(file.clone())));
        wasm_bindgen_futures::spawn_local(async move {
            let status = read_file(state, id, &file, &ImportOptions::default()).await;
            if matches!(status, FileStatus::Loaded(_)) {
                file_store::remember(&file);
            }
            state.set_status(id, status);
        });
    }
}

/// Reads a file in a parsing worker (the page stays responsive), or on the page when no worker can run.
async fn read_file(state: AppState, id: u32, file: &web_sys::File, options: &ImportOptions) -> FileStatus {
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
    match off_thread::parse(id, file, options, on_progress).await {
        off_thread::Outcome::Parsed(loaded) => {
            // One step per task, so the page paints between the hand-over, the KPI index and the cards.
            browser::next_frame().await;
            let status = finish(state, *loaded);
            if let FileStatus::Loaded(file) = &status {
                state.prepare_ahead(&[(id, file.clone())]);
                browser::next_frame().await;
            }
            status
        }
        off_thread::Outcome::Failed(message) => FileStatus::Failed(message),
        off_thread::Outcome::Cancelled => {
            FileStatus::Failed(crate::text!("{file}: cancelled", file = file.name()))
        }
        off_thread::Outcome::Unavailable => read_on_page(state, id, file, options).await,
    }
}

/// Reads a file on the page itself, in slices with a yield between them (when no worker can run).
async fn read_on_page(state: AppState, id: u32, file: &web_sys::File, options: &ImportOptions) -> FileStatus {
    browser::next_frame().await;
    if is_workbook(&file.name()) {
        match browser::read_file(file).await {
            Ok(bytes) => parse(state, &file.name(), &bytes, options),
            Err(message) => FileStatus::Failed(message),
        }
    } else {
        read_in_chunks(state, id, file, options).await
    }
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
        let status = match source {
            Source::File(file) => read_file(state, id, &file, &options).await,
            Source::Sample(file) => parse(state, file.name, file.bytes, &options),
        };
        state.set_status(id, status);
    });
}

/// Forgets where a removed file came from, and stops reading it if it is still being read.
pub fn forget_source(id: u32) {
    off_thread::cancel(id);
    SOURCES.with(|s| s.borrow_mut().remove(&id));
    SETTINGS.with(|s| s.borrow_mut().remove(&id));
}

/// Loads the embedded sample exports.
pub fn load_sample(state: AppState) {
    let entries: Vec<(u32, sample::SampleFile)> = sample::FILES
        .into_iter()
        .map(|file| (state.add_reading(file.name, file.bytes.len() as f64), file))
        .collect();
    wasm_bindgen_futures::spawn_local(async move {
        browser::next_frame().await;
        // One file per task (the page stays responsive), then all of them shown at once: the KPIs are
        // prepared and the cards laid out once, not once per file.
        let mut statuses = Vec::with_capacity(entries.len());
        for (id, file) in entries {
            SOURCES.with(|s| s.borrow_mut().insert(id, Source::Sample(file)));
            statuses.push((id, parse(state, file.name, file.bytes, &ImportOptions::default())));
            browser::yield_to_browser().await;
        }
        let loaded: Vec<(u32, Arc<LoadedFile>)> = statuses
            .iter()
            .filter_map(|(id, status)| match status {
                FileStatus::Loaded(file) => Some((*id, file.clone())),
                _ => None,
            })
            .collect();
        state.prepare_ahead(&loaded);
        browser::next_frame().await;
        for (id, status) in statuses {
            state.set_status(id, status);
        }
    });
}

/// Bytes read per step: small enough that parsing one chunk stays well under a frame budget.
const CHUNK_BYTES: f64 = 2.0 * 1024.0 * 1024.0;

/// Streams a text export through the importer chunk by chunk (never holding the whole text), with
/// progress, yielding to the browser between chunks so the page stays responsive.
async fn read_in_chunks(
    state: AppState,
    id: u32,
    file: &web_sys::File,
    options: &ImportOptions,
) -> FileStatus {
    let name = file.name();
    let size = file.size();
    let mut importer = Importer::new(&name, options.clone());
    importer.expect_total_bytes(size as usize);
    let mut offset = 0.0;
    while offset < size {
        if !state
            .files
            .with_untracked(|files| files.iter().any(|f| f.id == id))
        {
            return FileStatus::Failed(crate::text!("{file}: cancelled", file = &name));
        }
        let end = (offset + CHUNK_BYTES).min(size);
        let chunk = match browser::read_slice(file, offset, end).await {
            Ok(chunk) => chunk,
            Err(message) => return FileStatus::Failed(message),
        };
        if let Err(error) = importer.push(&chunk) {
            return FileStatus::Failed(error.text());
        }
        offset = end;
        state.set_status(
            id,
            FileStatus::Reading {
                fraction: offset / size.max(1.0),
                rows: importer.rows_so_far(),
            },
        );
        browser::next_frame().await;
    }
    match importer.finish() {
        Ok(import) => finish(state, pipeline::recognise(&name, import)),
        Err(error) => FileStatus::Failed(error.text()),
    }
}

/// Applies a mapping saved for the same header row (from the link or this device).
fn finish(state: AppState, loaded: LoadedFile) -> FileStatus {
    let signature = loaded.header_signature();
    let unexpected = state.link.with_untracked(|link| {
        link.as_ref()
            .is_some_and(|l| !l.expected_files.is_empty() && !l.expects(&signature))
    });
    if unexpected {
        let message = i18n::tr(state.lang.get_untracked(), Msg::FileNotExpected);
        state
            .notice
            .set(Some(i18n::fill(message, &[("file", &loaded.name)])));
    }
    let saved = state
        .link
        .with_untracked(|link| link.as_ref().and_then(|l| l.mapping_for(&signature).cloned()));
    let loaded = saved
        .and_then(|m| view::apply_mapping(&loaded, &m))
        .unwrap_or(loaded);
    FileStatus::Loaded(Arc::new(loaded))
}

fn parse(state: AppState, name: &str, bytes: &[u8], options: &ImportOptions) -> FileStatus {
    match pipeline::load(name, bytes, options) {
        Ok(loaded) => finish(state, loaded),
        Err(message) => FileStatus::Failed(message),
    }
}

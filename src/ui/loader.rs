//! Loading files into the app: reads each file, runs the core pipeline and updates its entry.

use crate::core::ingest::ImportOptions;
use crate::core::pipeline;
use crate::core::sample;
use crate::core::view;
use crate::ui::browser;
use crate::ui::state::{AppState, FileStatus};
use leptos::prelude::*;
use std::sync::Arc;

/// Loads the files the user dropped or picked, one after the other, keeping the page responsive.
pub fn load_files(state: AppState, files: Vec<web_sys::File>) {
    let entries: Vec<(u32, web_sys::File)> = files
        .into_iter()
        .map(|file| (state.add_reading(&file.name(), file.size()), file))
        .collect();
    wasm_bindgen_futures::spawn_local(async move {
        for (id, file) in entries {
            browser::next_frame().await;
            let status = match browser::read_file(&file).await {
                Ok(bytes) => parse(state, &file.name(), &bytes),
                Err(message) => FileStatus::Failed(message),
            };
            state.set_status(id, status);
        }
    });
}

/// Loads the embedded sample exports.
pub fn load_sample(state: AppState) {
    let entries: Vec<(u32, sample::SampleFile)> = sample::FILES
        .into_iter()
        .map(|file| (state.add_reading(file.name, file.bytes.len() as f64), file))
        .collect();
    wasm_bindgen_futures::spawn_local(async move {
        browser::next_frame().await;
        for (id, file) in entries {
            state.set_status(id, parse(state, file.name, file.bytes));
        }
    });
}

fn parse(state: AppState, name: &str, bytes: &[u8]) -> FileStatus {
    match pipeline::load(name, bytes, &ImportOptions::default()) {
        Ok(loaded) => {
            let signature = loaded.header_signature();
            let saved = state
                .link
                .with_untracked(|link| link.as_ref().and_then(|l| l.mapping_for(&signature).cloned()));
            let loaded = saved
                .and_then(|m| view::apply_mapping(&loaded, &m))
                .unwrap_or(loaded);
            FileStatus::Loaded(Arc::new(loaded))
        }
        Err(message) => FileStatus::Failed(message),
    }
}

//! Keeps the URL fragment (and this device's storage) in step with the view: the address bar is always
//! a share link, back / forward move through view states, and a reload restores the view.

use crate::core::share::{self, DashboardState};
use crate::core::view::{self, View};
use crate::ui::state::AppState;
use leptos::prelude::*;

const STORAGE_KEY: &str = "kpiboard.view";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn current_fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

fn storage() -> Option<web_sys::Storage> {
    window().and_then(|w| w.local_storage().ok().flatten())
}

/// Removes the fragment from the address bar (after "Forget everything").
pub fn clear_fragment() {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&page_address()));
    }
}

/// The page address without its fragment.
pub fn page_address() -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

fn apply(state: AppState, link: DashboardState) {
    let restored = view::from_share(&link);
    state.query.set(restored.query);
    state.preset.set(restored.preset);
    state.detail.set(restored.detail);
    state.pinned.set(restored.pinned);
    state.hidden.set(restored.hidden);
    if let Some(lang) = restored.lang {
        state.lang.set(lang);
    }
    state.link.set(Some(link));
}

/// Restores the view from the link (or, without one, from this device) and keeps both updated.
pub fn install(state: AppState) {
    let fragment = current_fragment();
    let saved = storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .unwrap_or_default();
    if fragment.starts_with("s1.") {
        let decoded = share::decode_snapshot(&fragment);
        let lang = state.lang.get_untracked();
        state
            .notice
            .set(decoded.message.map(|m| crate::core::i18n::render(lang, &m)));
        state.snapshot.set(decoded.snapshot);
    }
    let source = if fragment.is_empty() || fragment.starts_with("s1.") {
        saved
    } else {
        fragment
    };
    if !source.is_empty() {
        let decoded = share::decode(&source);
        let lang = state.lang.get_untracked();
        state
            .notice
            .set(decoded.message.map(|m| crate::core::i18n::render(lang, &m)));
        apply(state, decoded.state);
    }

    // Filters travel as hashes: resolve them once the data that has their values is loaded.
    Effect::new(move |_| {
        let options = state.options.with(|o| o.filters.clone());
        let pending = state
            .link
            .with_untracked(|l| l.as_ref().is_some_and(|l| !l.filters.is_empty()));
        if pending && state.query.with_untracked(|q| q.filters.is_empty()) && !options.is_empty() {
            let filters = state
                .link
                .with_untracked(|l| l.as_ref().map(|l| view::resolve_filters(l, &options)));
            if let Some(filters) = filters.filter(|f| !f.is_empty()) {
                state.query.update(|q| q.filters = filters);
                state.link.update(|l| {
                    if let Some(l) = l {
                        l.filters.clear();
                    }
                });
            }
        }
    });

    Effect::new(move |_| {
        let fragment = state.share_fragment.get();
        if let Some(s) = storage() {
            let _ = s.set_item(STORAGE_KEY, &fragment);
        }
        let showing_snapshot = state.snapshot.with(Option::is_some) && !state.has_files();
        if fragment != current_fragment() && !showing_snapshot {
            if let Some(history) = window().and_then(|w| w.history().ok()) {
                let url = format!("#{fragment}");
                let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
            }
        }
    });

    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        let decoded = share::decode(&current_fragment());
        apply(state, decoded.state);
    });
    on_cleanup(move || handle.remove());
}

/// The share fragment of the current view and files.
pub fn fragment_of(state: AppState) -> String {
    let view = View {
        query: state.query.get(),
        preset: state.preset.get(),
        detail: state.detail.get(),
        lang: Some(state.lang.get()),
        pinned: state.pinned.get(),
        hidden: state.hidden.get(),
    };
    state.files.with(|files| {
        let loaded: Vec<_> = files
            .iter()
            .filter_map(|f| f.loaded().map(|l| l.as_ref()))
            .collect();
        let mut link = view::to_share(&view, &loaded);
        // Files the link expects that are not loaded yet stay expected.
        if let Some(previous) = state.link.get() {
            for expected in previous.expected_files {
                if !link
                    .expected_files
                    .iter()
                    .any(|f| f.header_signature == expected.header_signature)
                {
                    link.expected_files.push(expected);
                }
            }
            for mapping in previous.mappings {
                if link.mapping_for(&mapping.header_signature).is_none() {
                    link.mappings.push(mapping);
                }
            }
        }
        share::encode(&link)
    })
}

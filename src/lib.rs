//! kpiboard: a static page that turns sales and marketing exports into KPIs, entirely in the browser.
//!
//! `core` is pure Rust (parsing, mapping, KPIs, share state, charts) and is tested natively;
//! `ui` is the Leptos app and exists only on `wasm32`.

pub use kpiboard_core as core;
pub use kpiboard_core::{phrase, text, text_n};

#[cfg(target_arch = "wasm32")]
pub mod ui;

//! The Leptos app (wasm32 only): components, signals and browser glue. No KPI arithmetic lives here.

pub mod app;
pub mod browser;
pub mod components;
pub mod engine_client;
pub mod file_store;
pub mod loader;
pub mod memory_reserve;
pub mod share_sync;
pub mod state;
pub mod worker_entry;

/// Mounts the app on the page body.
pub fn mount() {
    leptos::mount::mount_to_body(app::App);
}

//! The Leptos app (wasm32 only).
use leptos::prelude::*;

/// Mounts the app on the page body.
pub fn mount() {
    leptos::mount::mount_to_body(|| view! { <p>"kpiboard"</p> });
}

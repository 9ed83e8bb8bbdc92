//! The root component: the page layout and the app state shared through context.

use crate::ui::components::drop_zone::DropZone;
use leptos::prelude::*;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let on_files = move |_files: Vec<web_sys::File>| {};
    view! {
        <header class="kb-header">
            <h1 class="kb-header__title">"kpiboard"</h1>
            <p class="kb-header__privacy">"Your files never leave this device: everything is computed in your browser."</p>
        </header>
        <main class="kb-main">
            <DropZone on_files=on_files />
        </main>
    }
}

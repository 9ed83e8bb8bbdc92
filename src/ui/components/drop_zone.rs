//! The drop zone and file picker: hands the dropped or picked files to its parent.

use crate::core::i18n::{self, Msg};
use crate::ui::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A drop target (and a file input) for one or more exports.
#[component]
pub fn DropZone(
    /// Called with the files the user dropped or picked.
    on_files: impl Fn(Vec<web_sys::File>) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move |msg: Msg| i18n::tr(state.lang.get(), msg);
    let (dragging, set_dragging) = signal(false);
    // Files dragged over any part of the page: dropped anywhere, they load as on the zone (and the
    // browser does not open them in place of the page, which would lose the dashboard).
    let over_page = RwSignal::new(false);
    let page_drop_files = on_files.clone();
    let listeners = [
        window_event_listener(leptos::ev::dragover, move |ev| {
            if carries_files(&ev) {
                ev.prevent_default();
                over_page.set(true);
            }
        }),
        window_event_listener(leptos::ev::dragleave, move |ev| {
            // Leaving the window (not just one element for another).
            if ev.related_target().is_none() {
                over_page.set(false);
            }
        }),
        window_event_listener(leptos::ev::drop, move |ev| {
            over_page.set(false);
            if carries_files(&ev) {
                ev.prevent_default();
                if let Some(list) = ev.data_transfer().and_then(|dt| dt.files()) {
                    page_drop_files(file_list(&list));
                }
            }
        }),
    ];
    on_cleanup(move || listeners.into_iter().for_each(|l| l.remove()));
    let on_drop_files = on_files.clone();
    let on_pick_files = on_files;
    view! {
        <Show when=move || over_page.get()>
            <div class="kb-drop-page" aria-hidden="true">
                <p>{move || t(Msg::DropZoneTitle)}</p>
            </div>
        </Show>
        <section
            class="kb-drop-zone"
            class:kb-drop-zone--active=move || dragging.get() || over_page.get()
            data-testid="drop-zone"
            on:dragenter=move |ev: web_sys::DragEvent| { ev.prevent_default(); set_dragging.set(true); }
            on:dragover=move |ev: web_sys::DragEvent| { ev.prevent_default(); set_dragging.set(true); }
            on:dragleave=move |_| set_dragging.set(false)
            on:drop=move |ev: web_sys::DragEvent| {
                // Handled here, not again by the page's listener.
                ev.prevent_default();
                ev.stop_propagation();
                set_dragging.set(false);
                over_page.set(false);
                if let Some(list) = ev.data_transfer().and_then(|dt| dt.files()) {
                    on_drop_files(file_list(&list));
                }
            }
        >
            <p class="kb-drop-zone__title">{move || t(Msg::DropZoneTitle)}</p>
            <p class="kb-drop-zone__hint">{move || t(Msg::DropZoneHint)}</p>
            <label class="kb-button kb-button--primary">
                {move || t(Msg::ChooseFiles)}
                <input
                    type="file"
                    multiple
                    class="kb-visually-hidden"
                    data-testid="file-input"
                    accept=".csv,.tsv,.txt,.xlsx,text/csv"
                    on:change=move |ev| {
                        let input: Option<web_sys::HtmlInputElement> =
                            ev.target().and_then(|t| t.dyn_into().ok());
                        if let Some(input) = input {
                            if let Some(list) = input.files() {
                                on_pick_files(file_list(&list));
                            }
                            input.set_value("");
                        }
                    }
                />
            </label>
        </section>
    }
}

/// Whether a drag carries files (not text or a link dragged within the page).
fn carries_files(ev: &web_sys::DragEvent) -> bool {
    ev.data_transfer()
        .is_some_and(|dt| dt.types().includes(&wasm_bindgen::JsValue::from_str("Files"), 0))
}

fn file_list(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

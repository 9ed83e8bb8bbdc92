//! The root component: the page layout and the app state shared through context.

use crate::core::i18n::{self, Msg};
use crate::core::schema::kinds::Kind;
use crate::ui::browser;
use crate::ui::components::controls::Controls;
use crate::ui::components::dataset_list::DatasetList;
use crate::ui::components::detail_view::DetailView;
use crate::ui::components::drop_zone::DropZone;
use crate::ui::components::header::Header;
use crate::ui::components::kpi_grid::KpiGrid;
use crate::ui::components::snapshot::SnapshotView;
use crate::ui::file_store;
use crate::ui::loader;
use crate::ui::share_sync;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Milliseconds after mounting before the warm-up starts (the first paint comes first).
const WARM_UP_DELAY_MS: u32 = 100;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let preferred = browser::preferred_languages();
    let preferred: Vec<&str> = preferred.iter().map(String::as_str).collect();
    let state = AppState::new(i18n::negotiate(&preferred));
    provide_context(state);
    share_sync::install(state);
    // The document's language follows the page's: screen readers pronounce it, and the browser picks the
    // right CJK glyph forms (Japanese, Korean, Traditional or Simplified Chinese) from the system fonts.
    Effect::new(move |_| browser::set_document_language(state.lang.get().code()));
    wasm_bindgen_futures::spawn_local(async move {
        let files = file_store::stored_files().await;
        if !files.is_empty() {
            loader::load_files(state, files);
        }
    });
    // Once the empty page is shown, the hot code is warmed up in a worker (stopped by a file to read).
    wasm_bindgen_futures::spawn_local(async {
        gloo::timers::future::TimeoutFuture::new(WARM_UP_DELAY_MS).await;
        crate::ui::engine_client::warm_up().await;
    });
    // The files live in the worker: if it stops unexpectedly, they are gone, and each says so.
    crate::ui::engine_client::on_crash(move |detail| state.lose_files(&detail));
    let (remember, set_remember) = signal(file_store::is_enabled());
    let forget = move |_| {
        wasm_bindgen_futures::spawn_local(async move {
            file_store::forget_everything().await;
            set_remember.set(false);
            state.reset();
            share_sync::clear_fragment();
        });
    };
    let t = move |msg: Msg| i18n::tr(state.lang.get(), msg);
    let on_files = move |files: Vec<web_sys::File>| loader::load_files(state, files);
    let waiting = Memo::new(move |_| {
        let Some(link) = state.link.get() else {
            return Vec::new();
        };
        state.files.with(|files| {
            let loaded: Vec<_> = files
                .iter()
                .filter_map(|f| f.loaded().map(|l| l.as_ref()))
                .collect();
            crate::core::view::waiting_for(&link, &loaded)
        })
    });
    let has_data = move || state.report.with(|r| r.data_range.is_some());
    view! {
        <Header />
        <main class="kb-main">
            <DropZone on_files=on_files />
            <Show when=move || !state.has_files()>
                <section class="kb-empty">
                    <p>{move || t(Msg::EmptyState)}</p>
                    <button class="kb-button kb-button--primary" data-testid="sample-data" on:click=move |_| loader::load_sample(state)>
                        {move || t(Msg::SampleData)}
                    </button>
                </section>
            </Show>
            <Show when=move || state.notice.with(Option::is_some)>
                <p class="kb-notice" role="status">{move || state.notice.get().unwrap_or_default()}</p>
            </Show>
            <Show when=move || !waiting.with(Vec::is_empty)>
                <section class="kb-waiting" data-testid="waiting-for">
                    <ul>
                        {move || waiting.get().into_iter().map(|line| view! {
                            <li>{move || {
                                let kind = Kind::from_id(&line.0).map_or_else(|| line.0.clone(), |k| t(Msg::for_kind(k)).to_string());
                                i18n::fill(t(Msg::WaitingFor), &[("kind", &kind), ("preset", &i18n::phrase(state.lang.get(), &line.1)), ("columns", &line.2)])
                            }}</li>
                        }).collect_view()}
                    </ul>
                </section>
            </Show>
            <section class="kb-privacy">
                <label class="kb-privacy__remember">
                    <input
                        type="checkbox"
                        data-testid="remember-files"
                        prop:checked=remember
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            file_store::set_enabled(on);
                            set_remember.set(on);
                        }
                    />
                    {move || t(Msg::RememberFiles)}
                </label>
                <button class="kb-button kb-button--small" data-testid="forget-everything" on:click=forget>
                    {move || t(Msg::ForgetEverything)}
                </button>
            </section>
            {move || state.snapshot.get().map(|snapshot| view! { <SnapshotView snapshot=snapshot /> })}
            <DatasetList />
            <Show when=has_data>
                <Controls />
                <KpiGrid />
            </Show>
            <DetailView />
        </main>
    }
}

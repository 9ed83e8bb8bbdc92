//! The page header: name, privacy promise, language switch and the share link.

use crate::core::i18n::{self, Lang, Msg};
use crate::ui::browser;
use crate::ui::share_sync;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The top bar.
#[component]
pub fn Header() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move |msg: Msg| i18n::tr(state.lang.get(), msg);
    let share_url = move || format!("{}#{}", share_sync::page_address(), state.share_fragment.get());
    let (copied, set_copied) = signal(false);
    view! {
        <header class="kb-header">
            <h1 class="kb-header__title">{move || t(Msg::AppTitle)}</h1>
            <p class="kb-header__privacy">{move || t(Msg::PrivacyNote)}</p>
            <label class="kb-header__language">
                <span class="kb-visually-hidden">{move || t(Msg::LanguageLabel)}</span>
                <select
                    data-testid="language"
                    on:change=move |ev| {
                        if let Some(lang) = Lang::from_code(&event_target_value(&ev)) {
                            state.lang.set(lang);
                        }
                    }
                >
                    {Lang::ALL
                        .into_iter()
                        .map(|lang| {
                            view! {
                                <option value=lang.code() prop:selected=move || state.lang.get() == lang>
                                    {lang.native_name()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <div class="kb-share">
                <label class="kb-visually-hidden" for="kb-share-url">{move || t(Msg::ShareLinkLabel)}</label>
                <input id="kb-share-url" class="kb-share__url" readonly data-testid="share-url" prop:value=share_url />
                <button
                    class="kb-button"
                    data-testid="copy-link"
                    on:click=move |_| {
                        browser::copy_text(&share_url());
                        set_copied.set(true);
                    }
                >
                    {move || if copied.get() { t(Msg::LinkCopied) } else { t(Msg::CopyLink) }}
                </button>
            </div>
        </header>
    }
}

//! KPI cards grouped by business area, with the user's pinned cards first and hidden cards left out.

use crate::core::i18n::{self, Msg};
use crate::core::kpi::registry::{self, Area};
use crate::core::present;
use crate::ui::components::kpi_card::KpiCard;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Every KPI of the registry as a card: pinned ones on top, then area by area.
#[component]
pub fn KpiGrid() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move |msg: Msg| i18n::tr(state.lang.get(), msg);
    let visible =
        move |id: &str| state.show_hidden.get() || !state.hidden.with(|h| h.iter().any(|x| x == id));
    let hidden_count = move || state.hidden.with(Vec::len);
    view! {
        <div class="kb-areas">
            <Show when=move || state.pinned.with(|p| !p.is_empty())>
                <section class="kb-area kb-area--pinned" data-area="pinned">
                    <h2 class="kb-section-title">"★"</h2>
                    <div class="kb-area__cards">
                        {move || {
                            state
                                .pinned
                                .get()
                                .into_iter()
                                .filter_map(|id| registry::get(&id))
                                .map(|def| view! { <KpiCard def=def pinned=true /> })
                                .collect_view()
                        }}
                    </div>
                </section>
            </Show>
            {Area::ALL
                .into_iter()
                .map(|area| {
                    view! {
                        <section class="kb-area" data-area=present::area_id(area)>
                            <h2 class="kb-section-title">{move || present::area_name(state.lang.get(), area)}</h2>
                            <div class="kb-area__cards">
                                {registry::in_area(area)
                                    .map(|def| view! {
                                        <Show when=move || visible(def.id) && !state.pinned.with(|p| p.iter().any(|x| x == def.id))>
                                            <KpiCard def=def pinned=false />
                                        </Show>
                                    })
                                    .collect_view()}
                            </div>
                        </section>
                    }
                })
                .collect_view()}
            <Show when=move || { hidden_count() != 0 }>
                <button class="kb-button kb-button--small" on:click=move |_| state.show_hidden.update(|v| *v = !*v)>
                    {move || i18n::fill(t(Msg::ShowHidden), &[("count", &hidden_count().to_string())])}
                </button>
            </Show>
        </div>
    }
}

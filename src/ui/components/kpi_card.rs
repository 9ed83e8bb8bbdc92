//! One KPI card: value, change against the comparison, sparkline, or the reason it has no value.

use crate::core::format;
use crate::core::i18n::{self, Msg};
use crate::core::kpi::registry::KpiDef;
use crate::core::present::{self, Sentiment};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The card of one KPI (`data-kpi` = its id, `data-value` = its raw value for the selected period).
#[component]
pub fn KpiCard(
    /// The KPI's registry entry.
    def: &'static KpiDef,
    /// Whether the card is shown in the pinned row (offers reordering).
    pinned: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move |msg: Msg| i18n::tr(state.lang.get(), msg);
    let view_model = Memo::new(move |_| {
        let lang = state.lang.get();
        state.report.with(|report| present::card(lang, def, report))
    });
    let sentiment_class = move || match view_model.with(|v| v.sentiment) {
        Sentiment::Good => "kb-kpi-card__change kb-kpi-card__change--good",
        Sentiment::Bad => "kb-kpi-card__change kb-kpi-card__change--bad",
        Sentiment::Neutral => "kb-kpi-card__change",
    };
    view! {
        <article
            class="kb-kpi-card"
            class:kb-kpi-card--locked=move || view_model.with(|v| v.locked)
            class:kb-kpi-card--empty=move || view_model.with(|v| v.raw.is_none())
            data-kpi=def.id
            data-value=move || view_model.with(|v| v.raw.map(format::data_value).unwrap_or_default())
        >
            <button
                class="kb-kpi-card__open"
                on:click=move |_| state.detail.set(Some(def.id.to_string()))
                title=move || view_model.with(|v| v.explanation.clone())
            >
                <h3 class="kb-kpi-card__name">{move || present::kpi_name(state.lang.get(), def)}</h3>
                <p class="kb-kpi-card__value">{move || view_model.with(|v| v.value_text.clone())}</p>
                <p class=sentiment_class>{move || view_model.with(|v| v.change_text.clone())}</p>
                <p class="kb-kpi-card__reason">{move || view_model.with(|v| v.reason.clone())}</p>
                <p class=move || format!("kb-kpi-card__target kb-kpi-card__target--{}", view_model.with(|v| v.target_state))>
                    {move || view_model.with(|v| v.target_text.clone())}
                </p>
                <div class="kb-kpi-card__spark" aria-hidden="true" inner_html=move || view_model.with(|v| v.sparkline_svg.clone())></div>
            </button>
            <div class="kb-kpi-card__tools">
                <button class="kb-icon-button" data-testid="pin" title=move || t(if pinned { Msg::Unpin } else { Msg::Pin })
                    aria-label=move || format!("{} {}", t(if pinned { Msg::Unpin } else { Msg::Pin }), def.name)
                    on:click=move |_| state.pinned.update(|p| toggle(p, def.id))>
                    {if pinned { "★" } else { "☆" }}
                </button>
                <Show when=move || pinned>
                    <button class="kb-icon-button" title=move || t(Msg::MoveUp) aria-label=move || t(Msg::MoveUp)
                        on:click=move |_| state.pinned.update(|p| move_by(p, def.id, -1))>"↑"</button>
                    <button class="kb-icon-button" title=move || t(Msg::MoveDown) aria-label=move || t(Msg::MoveDown)
                        on:click=move |_| state.pinned.update(|p| move_by(p, def.id, 1))>"↓"</button>
                </Show>
                <button class="kb-icon-button" data-testid="hide" title=move || t(Msg::Hide)
                    aria-label=move || format!("{} {}", t(Msg::Hide), def.name)
                    on:click=move |_| state.hidden.update(|h| toggle(h, def.id))>"×"</button>
            </div>
        </article>
    }
}

/// Adds `id` to the list, or removes it when present.
fn toggle(list: &mut Vec<String>, id: &str) {
    if let Some(pos) = list.iter().position(|x| x == id) {
        list.remove(pos);
    } else {
        list.push(id.to_string());
    }
}

/// Moves `id` one place up (`-1`) or down (`1`) in the list.
fn move_by(list: &mut [String], id: &str, step: isize) {
    if let Some(pos) = list.iter().position(|x| x == id) {
        let target = pos as isize + step;
        if target >= 0 && (target as usize) < list.len() {
            list.swap(pos, target as usize);
        }
    }
}

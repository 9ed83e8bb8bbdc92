//! One KPI card: value, change against the comparison, sparkline, or the reason it has no value.

use crate::core::format;
use crate::core::kpi::registry::KpiDef;
use crate::core::present::{self, Sentiment};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The card of one KPI (`data-kpi` = its id, `data-value` = its raw value for the selected period).
#[component]
pub fn KpiCard(
    /// The KPI's registry entry.
    def: &'static KpiDef,
) -> impl IntoView {
    let state = expect_context::<AppState>();
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
                <div class="kb-kpi-card__spark" aria-hidden="true" inner_html=move || view_model.with(|v| v.sparkline_svg.clone())></div>
            </button>
        </article>
    }
}

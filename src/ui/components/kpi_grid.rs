//! KPI cards grouped by business area.

use crate::core::kpi::registry::{self, Area};
use crate::core::present;
use crate::ui::components::kpi_card::KpiCard;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Every KPI of the registry as a card, area by area; the ones the data allows come first.
#[component]
pub fn KpiGrid() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="kb-areas">
            {Area::ALL
                .into_iter()
                .map(|area| {
                    view! {
                        <section class="kb-area" data-area=present::area_id(area)>
                            <h2 class="kb-section-title">{move || present::area_name(state.lang.get(), area)}</h2>
                            <div class="kb-area__cards">
                                {registry::in_area(area).map(|def| view! { <KpiCard def=def /> }).collect_view()}
                            </div>
                        </section>
                    }
                })
                .collect_view()}
        </div>
    }
}

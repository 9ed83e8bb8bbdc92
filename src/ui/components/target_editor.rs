//! The SMART target editor of a KPI: value, owner and deadline.

use crate::core::i18n::{self, Msg};
use crate::core::view::target_from_form;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Sets, changes or removes the target of KPI `kpi`.
#[component]
pub fn TargetEditor(
    /// KPI id.
    kpi: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move |msg: Msg| i18n::tr(state.lang.get(), msg);
    let existing = state
        .query
        .with_untracked(|q| q.targets.iter().find(|x| x.kpi == kpi).cloned());
    let (value, set_value) = signal(existing.as_ref().map(|x| x.value.to_string()).unwrap_or_default());
    let (owner, set_owner) = signal(existing.as_ref().map(|x| x.owner.clone()).unwrap_or_default());
    let (deadline, set_deadline) = signal(
        existing
            .as_ref()
            .map(|x| crate::core::ingest::table::format_time(x.deadline * 86_400, false))
            .unwrap_or_default(),
    );
    let (error, set_error) = signal(None::<crate::core::i18n::Text>);
    let kpi_save = kpi.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match target_from_form(&kpi_save, &value.get(), &owner.get(), &deadline.get()) {
            Ok(target) => {
                set_error.set(None);
                state.query.update(|q| {
                    q.targets.retain(|x| x.kpi != target.kpi);
                    q.targets.push(target);
                });
            }
            Err(message) => set_error.set(Some(message)),
        }
    };
    let remove = move |_| state.query.update(|q| q.targets.retain(|x| x.kpi != kpi));
    view! {
        <form class="kb-target" data-testid="target-editor" on:submit=save>
            <h3>{move || t(Msg::TargetTitle)}</h3>
            <label class="kb-field">
                <span>{move || t(Msg::TargetValue)}</span>
                <input inputmode="decimal" data-testid="target-value" prop:value=value on:input=move |ev| set_value.set(event_target_value(&ev)) />
            </label>
            <label class="kb-field">
                <span>{move || t(Msg::TargetOwner)}</span>
                <input maxlength="200" prop:value=owner on:input=move |ev| set_owner.set(event_target_value(&ev)) />
            </label>
            <label class="kb-field">
                <span>{move || t(Msg::TargetDeadline)}</span>
                <input type="date" data-testid="target-deadline" prop:value=deadline on:input=move |ev| set_deadline.set(event_target_value(&ev)) />
            </label>
            <button type="submit" class="kb-button kb-button--primary">{move || t(Msg::SaveTarget)}</button>
            <button type="button" class="kb-button" on:click=remove>{move || t(Msg::RemoveTarget)}</button>
            <p class="kb-target__error" role="alert">{move || error.get().map(|e| i18n::render(state.lang.get(), &e)).unwrap_or_default()}</p>
        </form>
    }
}

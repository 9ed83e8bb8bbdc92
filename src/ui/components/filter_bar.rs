//! Filters on every dimension the data has: a multi-select with search per dimension.

use crate::core::i18n::{self, Msg};
use crate::core::kpi::query::Filter;
use crate::core::schema::roles::Role;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// One drop-down per filterable dimension, and a button to clear every filter.
#[component]
pub fn FilterBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let options = Memo::new(move |_| state.options.with(|o| o.filters.clone()));
    let t = move |msg: Msg| i18n::tr(state.lang.get(), msg);
    let any_filter = move || state.query.with(|q| !q.filters.is_empty());
    view! {
        <Show when=move || options.with(|o| !o.is_empty())>
            <fieldset class="kb-filters" data-testid="filters">
                <legend>{move || t(Msg::FiltersLabel)}</legend>
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(role, values)| view! { <DimensionFilter role=role values=values /> })
                        .collect_view()
                }}
                <Show when=any_filter>
                    <button class="kb-button kb-button--small" on:click=move |_| state.query.update(|q| q.filters.clear())>
                        {move || t(Msg::ClearFilters)}
                    </button>
                </Show>
            </fieldset>
        </Show>
    }
}

/// Whether `value` of `role` is selected in `filters` (no filter on the role = all selected).
fn selected_values(filters: &[Filter], role: Role) -> Vec<String> {
    filters
        .iter()
        .find(|f| f.role == role)
        .map(|f| f.values.clone())
        .unwrap_or_default()
}

/// Toggles one value of one dimension; an empty selection removes the filter.
fn toggle(filters: &mut Vec<Filter>, role: Role, value: &str) {
    let mut values = selected_values(filters, role);
    if let Some(pos) = values.iter().position(|v| v == value) {
        values.remove(pos);
    } else {
        values.push(value.to_string());
    }
    filters.retain(|f| f.role != role);
    if !values.is_empty() {
        filters.push(Filter { role, values });
    }
}

#[component]
fn DimensionFilter(role: Role, values: Vec<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (search, set_search) = signal(String::new());
    let selected = Memo::new(move |_| state.query.with(|q| selected_values(&q.filters, role)));
    let summary = move || {
        let chosen = selected.get();
        let label = i18n::role_name(state.lang.get(), role);
        match chosen.len() {
            0 => format!("{label}: {}", i18n::tr(state.lang.get(), Msg::FilterAll)),
            1 => format!("{label}: {}", chosen[0]),
            n => format!("{label}: {n}"),
        }
    };
    let values = StoredValue::new(values);
    // The values are laid out only while the drop-down is open: a dimension may have thousands, and a
    // closed list would cost every load of the dashboard its nodes.
    let (open, set_open) = signal(false);
    view! {
        <details
            class="kb-filter"
            data-testid="filter"
            data-role=role.id()
            on:toggle=move |ev| set_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
        >
            <summary class="kb-filter__summary">{summary}</summary>
            <div class="kb-filter__panel">
                <input
                    type="search"
                    class="kb-filter__search"
                    aria-label=move || format!("{} {}", i18n::tr(state.lang.get(), Msg::FiltersLabel), i18n::role_name(state.lang.get(), role))
                    on:input=move |ev| set_search.set(event_target_value(&ev).to_lowercase())
                />
                <ul class="kb-filter__values">
                    {move || {
                        if !open.get() {
                            return None;
                        }
                        let needle = search.get();
                        values.with_value(|values| {
                            values
                                .iter()
                                .filter(|v| needle.is_empty() || v.to_lowercase().contains(&needle))
                                .take(200)
                                .map(|value| {
                                    let value = value.clone();
                                    let checked_value = value.clone();
                                    let toggle_value = value.clone();
                                    view! {
                                        <li>
                                            <label>
                                                <input
                                                    type="checkbox"
                                                    prop:checked=move || selected.with(|s| s.contains(&checked_value))
                                                    on:change=move |_| state.query.update(|q| toggle(&mut q.filters, role, &toggle_value))
                                                />
                                                {value}
                                            </label>
                                        </li>
                                    }
                                })
                                .collect_view()
                        })
                        .into()
                    }}
                </ul>
            </div>
        </details>
    }
}

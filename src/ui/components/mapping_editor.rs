//! The mapping editor: the file's kind and each column's role as dropdowns, with the type each column
//! was read as (and why, when it was a choice) and sample values.
//! Changes apply at once to the dashboard.

use crate::core::engine::Remap;
use crate::core::i18n::{self, Msg};
use crate::core::import_view;
use crate::core::pipeline::LoadedFile;
use crate::core::schema::kinds::Kind;
use crate::core::schema::roles::Role;
use crate::ui::loader;
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::sync::Arc;

/// Kind and role dropdowns for one loaded file.
#[component]
pub fn MappingEditor(
    /// Id of the file in the app state.
    file_id: u32,
    /// The loaded file.
    file: Arc<LoadedFile>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move |msg: Msg| i18n::tr(state.lang.get(), msg);
    let kind = file.kind();
    let apply = move |change: Remap| loader::remap(state, file_id, change);
    let on_kind = move |ev| {
        if let Some(kind) = Kind::from_id(&event_target_value(&ev)) {
            apply(Remap::Kind(kind));
        }
    };
    let roles = file.roles();
    let columns = file.column_previews();
    let column_reports = file.report.columns.clone();
    let message = file.mapping_message();
    view! {
        <section class="kb-mapping" data-testid="mapping-editor">
            <h4>{move || t(Msg::MappingEditor)}</h4>
            <Show when={
                let has = message.is_some();
                move || has
            }>
                <p class="kb-mapping__missing" role="alert">{let message = message.clone(); move || message.as_ref().map(|m| i18n::render(state.lang.get(), m))}</p>
            </Show>
            <label class="kb-field">
                <span>{move || t(Msg::KindLabel)}</span>
                <select data-testid="kind-select" on:change=on_kind>
                    {Kind::ALL
                        .into_iter()
                        .map(|k| view! { <option value=k.id() selected=k == kind>{move || i18n::tr(state.lang.get(), Msg::for_kind(k))}</option> })
                        .collect_view()}
                </select>
            </label>
            <table class="kb-table kb-mapping__table">
                <thead>
                    <tr>
                        <th>{move || t(Msg::ColumnName)}</th>
                        <th>{move || t(Msg::ColumnTypeLabel)}</th>
                        <th>{move || t(Msg::RoleLabel)}</th>
                        <th>{move || t(Msg::SampleValues)}</th>
                    </tr>
                </thead>
                <tbody>
                    {columns
                        .into_iter()
                        .enumerate()
                        .map(|(index, (name, samples))| {
                            let current = roles.get(index).copied().flatten();
                            let on_role = move |ev| {
                                let role = Role::from_id(&event_target_value(&ev));
                                apply(Remap::Role { column: index, role });
                            };
                            let shown = {
                                let name = name.clone();
                                move || i18n::column_name(state.lang.get(), &name)
                            };
                            // The type it was read as, and why when it was a choice (12,345: thousands or decimals?).
                            let report = column_reports.get(index).cloned();
                            let read_as = {
                                let report = report.clone();
                                move || report.as_ref().map(|c| import_view::column_type(state.lang.get(), c))
                            };
                            let why = report.and_then(|c| c.note).map(|note| {
                                view! { <small class="kb-mapping__why">{move || i18n::render(state.lang.get(), &note)}</small> }
                            });
                            view! {
                                <tr>
                                    <th scope="row">{shown.clone()}</th>
                                    <td class="kb-mapping__type" data-testid="column-type">{read_as}{why}</td>
                                    <td>
                                        <select aria-label=shown on:change=on_role>
                                            <option value="" selected=current.is_none()>{move || t(Msg::IgnoreColumn)}</option>
                                            {crate::core::schema::roles_for_kind(kind)
                                                .iter()
                                                .map(|&r| view! { <option value=r.id() selected=current == Some(r)>{move || i18n::role_name(state.lang.get(), r)}</option> })
                                                .collect_view()}
                                        </select>
                                    </td>
                                    <td class="kb-mapping__samples">{samples.join(" · ")}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </section>
    }
}

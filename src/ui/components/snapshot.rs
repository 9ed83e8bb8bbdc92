//! Snapshot links: the figures of the current view (aggregates only) for a teammate without the exports,
//! and the read-only view of a snapshot opened from such a link.

use crate::core::i18n::{self, Msg};
use crate::core::kpi::registry;
use crate::core::present;
use crate::core::share::{self, Snapshot};
use crate::core::view;
use crate::ui::share_sync;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// "Create a snapshot link": says what the link contains before creating it.
#[component]
pub fn SnapshotMaker() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move |msg: Msg| i18n::tr(state.lang.get(), msg);
    let snapshot = Memo::new(move |_| state.report.with(|r| view::snapshot(r)));
    let (link, set_link) = signal(None::<Result<String, i18n::Text>>);
    let create = move |_| {
        let result =
            share::encode_snapshot(&snapshot.get()).map(|f| format!("{}#{f}", share_sync::page_address()));
        set_link.set(Some(result));
    };
    view! {
        <details class="kb-snapshot" data-testid="snapshot">
            <summary>{move || t(Msg::SnapshotCreate)}</summary>
            <p>{move || i18n::fill(t(Msg::SnapshotExplain), &[("count", &snapshot.with(|s| s.figures.len()).to_string())])}</p>
            <button class="kb-button kb-button--small" data-testid="snapshot-create" on:click=create>{move || t(Msg::SnapshotCreate)}</button>
            {move || match link.get() {
                Some(Ok(url)) => view! { <input class="kb-share__url" readonly data-testid="snapshot-url" prop:value=url /> }.into_any(),
                Some(Err(message)) => view! { <p role="alert">{i18n::render(state.lang.get(), &message)}</p> }.into_any(),
                None => ().into_any(),
            }}
        </details>
    }
}

/// The figures of a snapshot opened from a link (read only).
#[component]
pub fn SnapshotView(
    /// The decoded snapshot.
    snapshot: Snapshot,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move |msg: Msg| i18n::tr(state.lang.get(), msg);
    let snapshot = StoredValue::new(snapshot);
    view! {
        <section class="kb-snapshot-view" data-testid="snapshot-view">
            <h2 class="kb-section-title">{move || t(Msg::SnapshotTitle)} " — " {snapshot.with_value(|s| s.period_label.clone())}</h2>
            <table class="kb-table">
                <tbody>
                    {move || {
                        let lang = state.lang.get();
                        snapshot.with_value(|s| {
                            s.figures
                                .iter()
                                .filter_map(|(id, value, comparison)| {
                                    let def = registry::get(id)?;
                                    let text = |v: &Option<f64>| v.map(|v| present::value_text(lang, def.unit, v, None)).unwrap_or_else(|| "—".into());
                                    Some(view! {
                                        <tr data-snapshot-kpi=def.id>
                                            <th scope="row">{present::kpi_name(lang, def)}</th>
                                            <td>{text(value)}</td>
                                            <td class="kb-snapshot-view__comparison">{text(comparison)}</td>
                                        </tr>
                                    })
                                })
                                .collect_view()
                        })
                    }}
                </tbody>
            </table>
        </section>
    }
}

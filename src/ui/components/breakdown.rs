//! One breakdown of the detail view: its bar chart and its table, sortable by label or by value, with
//! a CSV download.

use crate::core::chart::sort::{row_order, SortBy};
use crate::core::i18n::{self, Msg};
use crate::core::present::BreakdownView;
use crate::ui::browser;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// A breakdown's chart and table; `file_stem` names its CSV download.
#[component]
pub fn Breakdown(
    /// The breakdown to show.
    breakdown: BreakdownView,
    /// The name of its CSV download, without extension.
    file_stem: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move |msg: Msg| i18n::tr(state.lang.get(), msg);
    let sort = RwSignal::new(None::<(SortBy, bool)>);
    let BreakdownView {
        title,
        chart_svg,
        table: (header, rows),
        values,
        labels,
        csv,
    } = breakdown;
    let sortable = !values.is_empty() && values.len() == rows.len();
    let row_count = rows.len();
    let order = move || match sort.get() {
        Some((by, descending)) if sortable => row_order(&labels, &values, by, descending),
        _ => (0..row_count).collect(),
    };
    let header_cell = move |(column, name): (usize, String)| {
        let by = if column == 0 { SortBy::Label } else { SortBy::Value };
        let aria_sort = move || match sort.get() {
            Some((b, true)) if b == by => "descending",
            Some((b, false)) if b == by => "ascending",
            _ => "none",
        };
        let toggle = move |_| {
            sort.update(|s| {
                *s = match *s {
                    Some((b, descending)) if b == by => Some((by, !descending)),
                    // Values read best largest first; labels alphabetically.
                    _ => Some((by, by == SortBy::Value)),
                }
            })
        };
        if sortable && column < 2 {
            let testid = if column == 0 { "sort-label" } else { "sort-value" };
            view! {
                <th scope="col" aria-sort=aria_sort>
                    <button class="kb-sort" data-testid=testid on:click=toggle>{name}</button>
                </th>
            }
            .into_any()
        } else {
            view! { <th scope="col">{name}</th> }.into_any()
        }
    };
    let body = move || {
        order()
            .into_iter()
            .filter_map(|r| rows.get(r).cloned())
            .map(|row| view! { <tr>{row.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> })
            .collect_view()
    };
    view! {
        <section class="kb-detail__breakdown" data-testid="breakdown">
            <h3>{title}</h3>
            <div inner_html=chart_svg></div>
            <table class="kb-table kb-breakdown__table" data-testid="breakdown-table">
                <thead><tr>{header.into_iter().enumerate().map(header_cell).collect_view()}</tr></thead>
                <tbody>{body}</tbody>
            </table>
            <button class="kb-button kb-button--small" data-testid="breakdown-csv"
                on:click=move |_| browser::download(&format!("{file_stem}.csv"), "text/csv;charset=utf-8", &csv)>
                {move || t(Msg::ExportCsv)}
            </button>
        </section>
    }
}

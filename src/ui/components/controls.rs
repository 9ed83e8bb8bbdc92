//! The view controls: period preset, granularity and comparison.

use crate::core::format;
use crate::core::i18n::{self, Msg};
use crate::core::kpi::query::Comparison;
use crate::core::time::{format_day, parse_day, Granularity, Period, Preset};
use crate::ui::components::filter_bar::FilterBar;
use crate::ui::components::snapshot::SnapshotMaker;
use crate::ui::state::AppState;
use leptos::prelude::*;

const PRESETS: [(&str, Msg); 6] = [
    ("all", Msg::PeriodAll),
    ("last_30_days", Msg::PeriodLast30),
    ("last_full_month", Msg::PeriodLastMonth),
    ("last_full_quarter", Msg::PeriodLastQuarter),
    ("last_full_year", Msg::PeriodLastYear),
    ("year_to_date", Msg::PeriodYtd),
];

const GRANULARITIES: [(Granularity, Msg); 5] = [
    (Granularity::Day, Msg::GranDay),
    (Granularity::Week, Msg::GranWeek),
    (Granularity::Month, Msg::GranMonth),
    (Granularity::Quarter, Msg::GranQuarter),
    (Granularity::Year, Msg::GranYear),
];

const COMPARISONS: [(Comparison, &str, Msg); 3] = [
    (Comparison::PreviousPeriod, "previous_period", Msg::CmpPrevious),
    (Comparison::PreviousYear, "previous_year", Msg::CmpYear),
    (Comparison::None, "none", Msg::CmpNone),
];

fn preset_id(preset: Preset) -> &'static str {
    match preset {
        Preset::AllData => "all",
        Preset::Last30Days => "last_30_days",
        Preset::LastFullMonth => "last_full_month",
        Preset::LastFullQuarter => "last_full_quarter",
        Preset::LastFullYear => "last_full_year",
        Preset::YearToDate => "year_to_date",
        Preset::Custom(_) => "custom",
    }
}

fn preset_from_id(id: &str) -> Preset {
    match id {
        "last_30_days" => Preset::Last30Days,
        "last_full_month" => Preset::LastFullMonth,
        "last_full_quarter" => Preset::LastFullQuarter,
        "last_full_year" => Preset::LastFullYear,
        "year_to_date" => Preset::YearToDate,
        _ => Preset::AllData,
    }
}

/// The control bar above the KPI cards.
#[component]
pub fn Controls() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Offered only when the money of the loaded files is in several currencies.
    let currencies = Memo::new(move |_| state.options.with(|o| o.currencies.clone()));
    let t = move |msg: Msg| i18n::tr(state.lang.get(), msg);
    let period_text = move || {
        let lang = state.lang.get();
        state.report.with(|r| {
            r.period
                .map(|p| format::date_range(lang, p.start, p.last_day()))
                .unwrap_or_default()
        })
    };
    // The period as ISO days (`2024-03-04/2024-05-06`), the same in every language.
    let period_iso = move || {
        state.report.with(|r| {
            r.period
                .map(|p| format!("{}/{}", format_day(p.start), format_day(p.last_day())))
                .unwrap_or_default()
        })
    };
    // Custom dates: shown once chosen, even before the dates make a period (no data loaded yet).
    let custom_chosen = RwSignal::new(false);
    let custom_shown = move || custom_chosen.get() || matches!(state.preset.get(), Preset::Custom(_));
    let custom_period = move || match state.preset.get() {
        Preset::Custom(p) => Some(p),
        _ => None,
    };
    // The date pickers offer the data's days (typing any date stays possible).
    let data_day = move |last: bool| {
        state.report.with(|r| {
            r.data_range
                .map(|p| format_day(if last { p.last_day() } else { p.start }))
                .unwrap_or_default()
        })
    };
    let choose_preset = move |id: &str| {
        custom_chosen.set(id == "custom");
        if id != "custom" {
            state.preset.set(preset_from_id(id));
        } else if let Some(shown) = state.report.with_untracked(|r| r.period) {
            // The dates start as the period shown, to be narrowed or widened from there.
            state.preset.set(Preset::Custom(shown));
        }
    };
    // One end of the custom period changed; the other stays (a period of that one day when there is none
    // yet). An end past the other makes them trade places: the period runs between the two days.
    let set_custom_end = move |value: &str, is_start: bool| {
        let Some(day) = parse_day(value) else {
            return;
        };
        let other = custom_period().map_or(day, |p| if is_start { p.last_day() } else { p.start });
        state.preset.set(Preset::Custom(Period::between(day, other)));
    };
    // One end of the custom period as a date field.
    let date_field = move |is_start: bool| {
        let (testid, label) = match is_start {
            true => ("period-start", Msg::PeriodFrom),
            false => ("period-end", Msg::PeriodTo),
        };
        let day = move || {
            custom_period()
                .map(|p| format_day(if is_start { p.start } else { p.last_day() }))
                .unwrap_or_default()
        };
        view! {
            <label class="kb-field">
                <span>{move || t(label)}</span>
                <input
                    type="date"
                    data-testid=testid
                    min=move || data_day(false)
                    max=move || data_day(true)
                    prop:value=day
                    on:change=move |ev| set_custom_end(&event_target_value(&ev), is_start)
                />
            </label>
        }
    };
    view! {
        <section class="kb-controls" aria-label=move || i18n::phrase(state.lang.get(), crate::phrase!("Controls"))>
            <label class="kb-field">
                <span>{move || t(Msg::PeriodLabel)}</span>
                <select data-testid="period" on:change=move |ev| choose_preset(&event_target_value(&ev))>
                    {PRESETS
                        .into_iter()
                        .map(|(id, msg)| view! {
                            <option value=id prop:selected=move || !custom_shown() && preset_id(state.preset.get()) == id>{move || t(msg)}</option>
                        })
                        .collect_view()}
                    <option value="custom" prop:selected=custom_shown>{move || t(Msg::PeriodCustom)}</option>
                </select>
            </label>
            <Show when=custom_shown>
                {date_field(true)}
                {date_field(false)}
            </Show>
            <label class="kb-field">
                <span>{move || t(Msg::GranularityLabel)}</span>
                <select
                    data-testid="granularity"
                    on:change=move |ev| {
                        if let Some(g) = Granularity::from_id(&event_target_value(&ev)) {
                            state.query.update(|q| q.granularity = g);
                        }
                    }
                >
                    {GRANULARITIES
                        .into_iter()
                        .map(|(g, msg)| view! {
                            <option value=g.id() prop:selected=move || state.query.with(|q| q.granularity == g)>{move || t(msg)}</option>
                        })
                        .collect_view()}
                </select>
            </label>
            <label class="kb-field">
                <span>{move || t(Msg::ComparisonLabel)}</span>
                <select
                    data-testid="comparison"
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        if let Some((c, _, _)) = COMPARISONS.iter().find(|(_, id, _)| *id == value) {
                            state.query.update(|q| q.comparison = *c);
                        }
                    }
                >
                    {COMPARISONS
                        .into_iter()
                        .map(|(c, id, msg)| view! {
                            <option value=id prop:selected=move || state.query.with(|q| q.comparison == c)>{move || t(msg)}</option>
                        })
                        .collect_view()}
                </select>
            </label>
            <Show when=move || currencies.with(|c| c.len() > 1)>
                <label class="kb-field">
                    <span>{move || t(Msg::CurrencyLabel)}</span>
                    <select
                        data-testid="currency"
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            state.query.update(|q| q.currency = Some(value).filter(|v| !v.is_empty()));
                        }
                    >
                        <option value="" prop:selected=move || state.query.with(|q| q.currency.is_none())>"—"</option>
                        {move || {
                            currencies
                                .get()
                                .into_iter()
                                .map(|code| {
                                    let (chosen, value) = (code.clone(), code.clone());
                                    let selected = move || state.query.with(|q| q.currency.as_deref() == Some(chosen.as_str()));
                                    view! { <option value=value prop:selected=selected>{code}</option> }
                                })
                                .collect_view()
                        }}
                    </select>
                </label>
            </Show>
                        <p class="kb-controls__period" data-testid="period-text" data-period=period_iso>{period_text}</p>
            <FilterBar />
            <SnapshotMaker />
        </section>
    }
}

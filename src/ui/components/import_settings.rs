//! The import settings a user can force when the guess was wrong: encoding, delimiter, decimal separator,
//! date order, and the sheet of a workbook; the file is then read again. The form shows the settings
//! the file was last read with.

use crate::core::i18n::{self, Msg};
use crate::core::ingest::{decode, ImportOptions};
use crate::ui::loader;
use crate::ui::state::AppState;
use leptos::prelude::*;

const ENCODINGS: [&str; 9] = [
    "UTF-8",
    "Shift_JIS",
    "EUC-KR",
    "GBK",
    "gb18030",
    "Big5",
    "windows-1252",
    "UTF-16LE",
    "UTF-16BE",
];
/// Bytes of a file's start read for the encoding preview.
const PREVIEW_BYTES: usize = 4096;
/// Lines of the encoding preview.
const PREVIEW_LINES: usize = 4;

/// The delimiters offered: form value and what the option shows (`tab` is named in the page language).
const DELIMITERS: [&str; 4] = [",", ";", "tab", "|"];

/// What the option of delimiter `value` shows in `lang`: the character itself, or `⇥` and the name of
/// the tab (タブ, tabulation…).
fn delimiter_label(lang: crate::core::i18n::Lang, value: &'static str) -> String {
    match value {
        "tab" => format!("⇥ {}", i18n::phrase(lang, crate::phrase!("tab"))),
        other => other.to_string(),
    }
}

/// The settings form of one file.
#[component]
pub fn ImportSettings(
    /// Id of the file in the app state.
    file_id: u32,
    /// The sheets of a workbook (empty for text files).
    sheets: Vec<String>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move |msg: Msg| i18n::tr(state.lang.get(), msg);
    let current = loader::settings_of(file_id);
    let (encoding, set_encoding) = signal(current.encoding.clone().unwrap_or_default());
    let (delimiter, set_delimiter) = signal(match current.delimiter {
        Some(b'\t') => "tab".to_string(),
        Some(d) => char::from(d).to_string(),
        None => String::new(),
    });
    let (decimal, set_decimal) = signal(
        match current.decimal_comma {
            Some(true) => "comma",
            Some(false) => "point",
            None => "",
        }
        .to_string(),
    );
    let (dates, set_dates) = signal(
        match current.day_first {
            Some(true) => "day",
            Some(false) => "month",
            None => "",
        }
        .to_string(),
    );
    let (sheet, set_sheet) = signal(current.sheet.clone().unwrap_or_default());
    let selected = |value: ReadSignal<String>, option: &'static str| move || value.get() == option;
    // The file's first bytes, read once, shown as text in the encoding chosen in the form (before the
    // file is read again with it), so that the user sees which one gives readable text.
    let head = RwSignal::new(None::<Vec<u8>>);
    if sheets.is_empty() {
        wasm_bindgen_futures::spawn_local(async move {
            head.set(loader::head_of(file_id, PREVIEW_BYTES).await);
        });
    }
    let preview = move || {
        let chosen = encoding.get();
        head.with(|h| {
            h.as_deref().map(|h| {
                decode::preview_lines(h, Some(chosen.as_str()).filter(|e| !e.is_empty()), PREVIEW_LINES)
            })
        })
    };
    let read_again = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let options = ImportOptions {
            encoding: Some(encoding.get()).filter(|e| !e.is_empty()),
            delimiter: match delimiter.get().as_str() {
                "tab" => Some(b'\t'),
                d if d.len() == 1 => d.bytes().next(),
                _ => None,
            },
            decimal_comma: match decimal.get().as_str() {
                "comma" => Some(true),
                "point" => Some(false),
                _ => None,
            },
            day_first: match dates.get().as_str() {
                "day" => Some(true),
                "month" => Some(false),
                _ => None,
            },
            sheet: Some(sheet.get()).filter(|s| !s.is_empty()),
        };
        loader::read_again(state, file_id, options);
    };
    view! {
        <form class="kb-import-settings" data-testid="import-settings" on:submit=read_again>
            <label class="kb-field">
                <span>{move || t(Msg::Encoding)}</span>
                <select data-testid="encoding" on:change=move |ev| set_encoding.set(event_target_value(&ev))>
                    <option value="">{move || t(Msg::Automatic)}</option>
                    {ENCODINGS.into_iter().map(|e| view! { <option value=e prop:selected=selected(encoding, e)>{e}</option> }).collect_view()}
                </select>
            </label>
            <label class="kb-field">
                <span>{move || t(Msg::Delimiter)}</span>
                <select data-testid="delimiter" on:change=move |ev| set_delimiter.set(event_target_value(&ev))>
                    <option value="">{move || t(Msg::Automatic)}</option>
                    {DELIMITERS.into_iter().map(|v| view! { <option value=v prop:selected=selected(delimiter, v)>{move || delimiter_label(state.lang.get(), v)}</option> }).collect_view()}
                </select>
            </label>
            <label class="kb-field">
                <span>{move || t(Msg::DecimalSeparator)}</span>
                <select data-testid="decimal" on:change=move |ev| set_decimal.set(event_target_value(&ev))>
                    <option value="">{move || t(Msg::Automatic)}</option>
                    <option value="point" prop:selected=selected(decimal, "point")>"1,234.5"</option>
                    <option value="comma" prop:selected=selected(decimal, "comma")>"1 234,5"</option>
                </select>
            </label>
            <label class="kb-field">
                <span>{move || t(Msg::DateFormat)}</span>
                <select data-testid="date-order" on:change=move |ev| set_dates.set(event_target_value(&ev))>
                    <option value="">{move || t(Msg::Automatic)}</option>
                    <option value="day" prop:selected=selected(dates, "day")>{move || t(Msg::DayFirst)}</option>
                    <option value="month" prop:selected=selected(dates, "month")>{move || t(Msg::MonthFirst)}</option>
                </select>
            </label>
            <Show when={
                let several = sheets.len() > 1;
                move || several
            }>
                <label class="kb-field">
                    <span>{move || t(Msg::Sheet)}</span>
                    <select data-testid="sheet" on:change=move |ev| set_sheet.set(event_target_value(&ev))>
                        <option value="">{move || t(Msg::Automatic)}</option>
                        {sheets.clone().into_iter().map(|name| {
                            let (value, chosen) = (name.clone(), name.clone());
                            view! { <option value=value prop:selected=move || sheet.get() == chosen>{name}</option> }
                        }).collect_view()}
                    </select>
                </label>
            </Show>
            <button type="submit" class="kb-button kb-button--small" data-testid="read-again">{move || t(Msg::ReadAgain)}</button>
            {move || preview().map(|(name, lines)| view! {
                <figure class="kb-import-settings__preview" data-testid="encoding-preview" data-encoding=name>
                    <figcaption>{move || i18n::fill(t(Msg::EncodingPreview), &[("encoding", name)])}</figcaption>
                    <pre>{lines.join("\n")}</pre>
                </figure>
            })}
        </form>
    }
}

//! Semantic checks of a state: ids, sets of choices, finite numbers, sane days, lengths and list sizes.

use super::rules::{
    clean_text, is_currency, is_id, is_language, is_sane_day, quote, MAX_COLUMNS, MAX_FILES,
    MAX_FILE_NAME_CHARS, MAX_FILTERS, MAX_FILTER_VALUES, MAX_KPI_IDS, MAX_OWNER_CHARS, MAX_TARGETS,
    MAX_VARIANTS,
};
use super::{DashboardState, ExpectedFile, MappingOverride, PeriodChoice, TargetState};
use super::{COMPARISONS, FORMAT_VERSION, GRANULARITIES};
use crate::core::schema::kinds::Kind;
use crate::core::schema::roles::Role;

/// The state with every invalid setting back at its default and every invalid list item dropped, plus one
/// plain sentence per change. A state that [`super::decode`] returns is already sanitised; the page can also
/// run this on what the user typed (a target owner with a pasted tab, say).
pub fn sanitize(state: DashboardState) -> (DashboardState, Vec<String>) {
    let mut issues = Vec::new();
    let defaults = DashboardState::default();
    let mut out = DashboardState {
        version: FORMAT_VERSION,
        ..DashboardState::default()
    };

    out.period = match state.period {
        PeriodChoice::Custom { start, end } if !(is_sane_day(start) && is_sane_day(end) && start < end) => {
            issues.push(format!(
                "period: the range from day {start} to day {end} is not a forward range within the years \
                 1900 to 2200"
            ));
            defaults.period
        }
        period => period,
    };
    out.granularity = one_of(
        state.granularity,
        &GRANULARITIES,
        defaults.granularity,
        "granularity",
        &mut issues,
    );
    out.comparison = one_of(
        state.comparison,
        &COMPARISONS,
        defaults.comparison,
        "comparison",
        &mut issues,
    );

    out.filters = capped(state.filters, MAX_FILTERS, "filters", &mut issues)
        .into_iter()
        .enumerate()
        .filter_map(|(index, (role, keys))| {
            if !is_id(&role) {
                issues.push(format!(
                    "filter {}: found {}, expected a role id",
                    index + 1,
                    quote(&role)
                ));
                return None;
            }
            let label = format!("values of filter {}", index + 1);
            Some((role, capped(keys, MAX_FILTER_VALUES, &label, &mut issues)))
        })
        .collect();

    out.currency = state.currency.filter(|code| {
        let ok = is_currency(code);
        if !ok {
            issues.push(format!(
                "currency: found {}, expected a three-letter code such as EUR",
                quote(code)
            ));
        }
        ok
    });

    out.variants = capped(state.variants, MAX_VARIANTS, "formula variants", &mut issues)
        .into_iter()
        .enumerate()
        .filter(|(index, (key, choice))| {
            let ok = is_id(key) && is_id(choice);
            if !ok {
                issues.push(format!(
                    "formula variant {}: found {} = {}, expected two ids",
                    index + 1,
                    quote(key),
                    quote(choice)
                ));
            }
            ok
        })
        .map(|(_, pair)| pair)
        .collect();

    out.pinned = kpi_ids(state.pinned, "pinned card", &mut issues);
    out.hidden = kpi_ids(state.hidden, "hidden card", &mut issues);
    out.order = kpi_ids(state.order, "ordered card", &mut issues);
    out.open_detail = state.open_detail.filter(|id| {
        let ok = is_id(id);
        if !ok {
            issues.push(format!(
                "open detail view: found {}, expected a KPI id",
                quote(id)
            ));
        }
        ok
    });

    out.targets = capped(state.targets, MAX_TARGETS, "targets", &mut issues)
        .into_iter()
        .enumerate()
        .filter_map(|(index, t)| target(t, index + 1, &mut issues))
        .collect();
    out.mappings = capped(state.mappings, MAX_FILES, "column mappings", &mut issues)
        .into_iter()
        .enumerate()
        .filter_map(|(index, m)| mapping(m, index + 1, &mut issues))
        .collect();
    out.expected_files = capped(state.expected_files, MAX_FILES, "expected files", &mut issues)
        .into_iter()
        .enumerate()
        .filter_map(|(index, f)| expected_file(f, index + 1, &mut issues))
        .collect();

    out.language = state.language.filter(|tag| {
        let ok = is_language(tag);
        if !ok {
            issues.push(format!(
                "language: found {}, expected a language code such as en",
                quote(tag)
            ));
        }
        ok
    });
    out.week_starts_sunday = state.week_starts_sunday;
    (out, issues)
}

/// `value` if it is one of `allowed`, else `default` and an issue.
fn one_of(value: String, allowed: &[&str], default: String, name: &str, issues: &mut Vec<String>) -> String {
    if allowed.contains(&value.as_str()) {
        return value;
    }
    let (last, first) = allowed.split_last().map_or((&"", &[][..]), |(l, f)| (l, f));
    issues.push(format!(
        "{name}: found {}, expected {} or {last}",
        quote(&value),
        first.join(", ")
    ));
    default
}

/// The first `max` items, with an issue if there were more.
fn capped<T>(mut items: Vec<T>, max: usize, name: &str, issues: &mut Vec<String>) -> Vec<T> {
    if items.len() > max {
        issues.push(format!("{name}: found {}, kept the first {max}", items.len()));
        items.truncate(max);
    }
    items
}

/// The valid KPI ids of a list (at most [`MAX_KPI_IDS`]).
fn kpi_ids(ids: Vec<String>, name: &str, issues: &mut Vec<String>) -> Vec<String> {
    capped(ids, MAX_KPI_IDS, &format!("{name}s"), issues)
        .into_iter()
        .enumerate()
        .filter(|(index, id)| {
            let ok = is_id(id);
            if !ok {
                issues.push(format!(
                    "{name} {}: found {}, expected a KPI id",
                    index + 1,
                    quote(id)
                ));
            }
            ok
        })
        .map(|(_, id)| id)
        .collect()
}

fn target(t: TargetState, number: usize, issues: &mut Vec<String>) -> Option<TargetState> {
    if !is_id(&t.kpi) {
        issues.push(format!(
            "target {number}: found {}, expected a KPI id",
            quote(&t.kpi)
        ));
        return None;
    }
    if !t.value.is_finite() {
        issues.push(format!(
            "target {number} ({}): the value {} is not a number",
            t.kpi, t.value
        ));
        return None;
    }
    if !is_sane_day(t.deadline) {
        issues.push(format!(
            "target {number} ({}): the deadline (day {}) is outside the years 1900 to 2200",
            t.kpi, t.deadline
        ));
        return None;
    }
    let (owner, repair) = clean_text(&t.owner, MAX_OWNER_CHARS);
    if !repair.is_clean() {
        issues.push(format!(
            "target {number} ({}): owner name: {}",
            t.kpi,
            repair.describe(MAX_OWNER_CHARS)
        ));
    }
    Some(TargetState { owner, ..t })
}

fn mapping(m: MappingOverride, number: usize, issues: &mut Vec<String>) -> Option<MappingOverride> {
    if !is_id(&m.header_signature) {
        issues.push(format!(
            "column mapping {number}: found {}, expected a header signature",
            quote(&m.header_signature)
        ));
        return None;
    }
    if Kind::from_id(&m.kind).is_none() {
        issues.push(format!(
            "column mapping {number}: found {}, expected a file kind",
            quote(&m.kind)
        ));
        return None;
    }
    let label = format!("columns of mapping {number}");
    let roles = capped(m.roles, MAX_COLUMNS, &label, issues)
        .into_iter()
        .enumerate()
        .map(|(column, role)| match role {
            Some(id) if Role::from_id(&id).is_none() => {
                issues.push(format!(
                    "column mapping {number}, column {}: found {}, expected a role; the column is ignored",
                    column + 1,
                    quote(&id)
                ));
                None
            }
            other => other,
        })
        .collect();
    Some(MappingOverride { roles, ..m })
}

fn expected_file(f: ExpectedFile, number: usize, issues: &mut Vec<String>) -> Option<ExpectedFile> {
    if Kind::from_id(&f.kind).is_none() {
        issues.push(format!(
            "expected file {number}: found {}, expected a file kind",
            quote(&f.kind)
        ));
        return None;
    }
    if !is_id(&f.header_signature) {
        issues.push(format!(
            "expected file {number}: found {}, expected a header signature",
            quote(&f.header_signature)
        ));
        return None;
    }
    if f.columns as usize > MAX_COLUMNS {
        issues.push(format!(
            "expected file {number}: found {} columns, expected at most {MAX_COLUMNS}",
            f.columns
        ));
        return None;
    }
    let (name, repair) = clean_text(&f.name, MAX_FILE_NAME_CHARS);
    if !repair.is_clean() {
        issues.push(format!(
            "expected file {number}: file name: {}",
            repair.describe(MAX_FILE_NAME_CHARS)
        ));
    }
    let preset = f.preset.filter(|id| {
        let ok = is_id(id);
        if !ok {
            issues.push(format!(
                "expected file {number}: found preset {}, expected an id",
                quote(id)
            ));
        }
        ok
    });
    Some(ExpectedFile { name, preset, ..f })
}

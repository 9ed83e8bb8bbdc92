//! The bridge between the dashboard's working state (query, period preset, open KPI, loaded files) and
//! its shareable form ([`DashboardState`]), both ways. Never carries a data value.

use crate::core::i18n::Lang;
use crate::core::kpi::query::Filter;
use crate::core::kpi::query::{Comparison, Query, Target};
use crate::core::kpi::report::KpiReport;
use crate::core::pipeline::LoadedFile;
use crate::core::schema::{Kind, Role};
use crate::core::share::Snapshot;
use crate::core::share::{
    resolve_filter_values, DashboardState, ExpectedFile, MappingOverride, PeriodChoice, TargetState, ValueKey,
};
use crate::core::time::{Granularity, Period, Preset};

/// Reads a target from the editor's fields: a number (`.` or `,` decimal), an owner, and a
/// `YYYY-MM-DD` deadline. `Err` says which field is wrong and what was expected.
pub fn target_from_form(
    kpi: &str,
    value: &str,
    owner: &str,
    deadline: &str,
) -> Result<Target, crate::core::i18n::Text> {
    let value: f64 = value
        .trim()
        .replace(',', ".")
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite())
        .ok_or_else(|| crate::text!("Target value: \"{value}\" is not a number", value = value.trim()))?;
    let mut parts = deadline.trim().splitn(3, '-').map(|p| p.parse::<i64>().ok());
    let day = match (
        parts.next().flatten(),
        parts.next().flatten(),
        parts.next().flatten(),
    ) {
        (Some(y), Some(m @ 1..=12), Some(d @ 1..=31)) if (1900..=2200).contains(&y) => {
            crate::core::time::day(y, m as u32, d as u32)
        }
        _ => {
            return Err(crate::text!(
                "Deadline: \"{value}\" is not a date (expected YYYY-MM-DD)",
                value = deadline.trim()
            ))
        }
    };
    let owner: String = owner.chars().filter(|c| !c.is_control()).take(200).collect();
    Ok(Target {
        kpi: kpi.to_string(),
        value,
        owner: owner.trim().to_string(),
        deadline: day,
    })
}

/// The view a share link restores.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    /// Query settings (period is resolved from `preset`).
    pub query: Query,
    /// The period preset.
    pub preset: Preset,
    /// The KPI whose detail is open.
    pub detail: Option<String>,
    /// The chosen language, if the link has one.
    pub lang: Option<Lang>,
    /// Pinned KPI ids, in the user's order.
    pub pinned: Vec<String>,
    /// Hidden KPI ids.
    pub hidden: Vec<String>,
}

fn comparison_id(c: Comparison) -> &'static str {
    match c {
        Comparison::PreviousPeriod => "previous_period",
        Comparison::PreviousYear => "previous_year",
        Comparison::None => "none",
    }
}

fn preset_choice(preset: Preset) -> PeriodChoice {
    match preset {
        Preset::AllData => PeriodChoice::AllData,
        Preset::Last30Days => PeriodChoice::Last30Days,
        Preset::LastFullMonth => PeriodChoice::LastFullMonth,
        Preset::LastFullQuarter => PeriodChoice::LastFullQuarter,
        Preset::LastFullYear => PeriodChoice::LastFullYear,
        Preset::YearToDate => PeriodChoice::YearToDate,
        Preset::Custom(p) => PeriodChoice::Custom {
            start: p.start,
            end: p.end,
        },
    }
}

fn choice_preset(choice: &PeriodChoice) -> Preset {
    match *choice {
        PeriodChoice::AllData => Preset::AllData,
        PeriodChoice::Last30Days => Preset::Last30Days,
        PeriodChoice::LastFullMonth => Preset::LastFullMonth,
        PeriodChoice::LastFullQuarter => Preset::LastFullQuarter,
        PeriodChoice::LastFullYear => Preset::LastFullYear,
        PeriodChoice::YearToDate => Preset::YearToDate,
        PeriodChoice::Custom { start, end } => Preset::Custom(Period::new(start, end)),
    }
}

/// The shareable state of a view and its loaded files (file names, kinds, header signatures, mappings).
pub fn to_share(view: &View, files: &[&LoadedFile]) -> DashboardState {
    let q = &view.query;
    DashboardState {
        period: preset_choice(view.preset),
        granularity: q.granularity.id().to_string(),
        comparison: comparison_id(q.comparison).to_string(),
        open_detail: view.detail.clone(),
        pinned: view.pinned.clone(),
        hidden: view.hidden.clone(),
        language: view.lang.map(|l| l.code().to_string()),
        week_starts_sunday: q.week_starts_sunday,
        currency: q.currency.clone(),
        filters: q
            .filters
            .iter()
            .map(|f| {
                (
                    f.role.id().to_string(),
                    f.values.iter().map(|v| ValueKey::of(v)).collect(),
                )
            })
            .collect(),
        targets: q
            .targets
            .iter()
            .map(|t| TargetState {
                kpi: t.kpi.clone(),
                value: t.value,
                owner: t.owner.clone(),
                deadline: t.deadline,
            })
            .collect(),
        expected_files: files
            .iter()
            .map(|f| ExpectedFile {
                name: f.name.clone(),
                kind: f.kind().id().to_string(),
                header_signature: f.header_signature(),
                columns: f.table().columns.len() as u32,
                preset: f.detection.preset.map(str::to_string),
            })
            .collect(),
        mappings: files
            .iter()
            .map(|f| MappingOverride {
                header_signature: f.header_signature(),
                kind: f.kind().id().to_string(),
                roles: f.roles().iter().map(|r| r.map(|r| r.id().to_string())).collect(),
            })
            .collect(),
        ..DashboardState::default()
    }
}

/// The view of a (decoded, validated) share state.
pub fn from_share(state: &DashboardState) -> View {
    let mut query = Query {
        granularity: Granularity::from_id(&state.granularity).unwrap_or(Granularity::Month),
        comparison: match state.comparison.as_str() {
            "previous_year" => Comparison::PreviousYear,
            "none" => Comparison::None,
            _ => Comparison::PreviousPeriod,
        },
        week_starts_sunday: state.week_starts_sunday,
        currency: state.currency.clone(),
        ..Query::default()
    };
    query.targets = state
        .targets
        .iter()
        .map(|t| Target {
            kpi: t.kpi.clone(),
            value: t.value,
            owner: t.owner.clone(),
            deadline: t.deadline,
        })
        .collect();
    View {
        query,
        preset: choice_preset(&state.period),
        detail: state.open_detail.clone(),
        lang: state.language.as_deref().and_then(Lang::from_code),
        pinned: state.pinned.clone(),
        hidden: state.hidden.clone(),
    }
}

/// The link's filters, resolved against the values the loaded data offers (`options` from
/// [`crate::core::kpi::options::filter_options`]); values not present in the data are dropped.
pub fn resolve_filters(state: &DashboardState, options: &[(Role, Vec<String>)]) -> Vec<Filter> {
    state
        .filters
        .iter()
        .filter_map(|(role_id, keys)| {
            let role = Role::from_id(role_id)?;
            let (_, values) = options.iter().find(|(r, _)| *r == role)?;
            let values: Vec<String> = resolve_filter_values(keys, values.iter().map(String::as_str))
                .into_iter()
                .map(str::to_string)
                .collect();
            (!values.is_empty()).then_some(Filter { role, values })
        })
        .collect()
}

/// The aggregates-only snapshot of a report: each KPI's value and comparison for the period, nothing else.
pub fn snapshot(report: &KpiReport) -> Snapshot {
    Snapshot {
        figures: report
            .results
            .iter()
            .filter_map(|r| r.value.as_f64().map(|v| (r.id.clone(), Some(v), r.comparison)))
            .collect(),
        period_label: report.period.map(|p| p.describe()).unwrap_or_default(),
        created_note: String::new(),
    }
}

/// Applies a saved mapping (from a link or this device) to a freshly loaded file with the same header row.
pub fn apply_mapping(file: &LoadedFile, mapping: &MappingOverride) -> Option<LoadedFile> {
    let kind = Kind::from_id(&mapping.kind)?;
    let mut out = if kind == file.kind() {
        file.clone()
    } else {
        file.with_kind(kind)
    };
    for (index, role) in mapping.roles.iter().enumerate().take(out.table().columns.len()) {
        let role = role.as_deref().and_then(Role::from_id);
        if out.roles().get(index).copied().flatten() != role {
            out = out.with_role(index, role);
        }
    }
    Some(out)
}

/// The link's expected files not yet dropped (by header signature), as (kind, tool or file name, columns).
pub fn waiting_for(state: &DashboardState, loaded: &[&LoadedFile]) -> Vec<(String, String, String)> {
    let signatures: Vec<String> = loaded.iter().map(|f| f.header_signature()).collect();
    let signatures: Vec<&str> = signatures.iter().map(String::as_str).collect();
    state
        .waiting_for(&signatures)
        .into_iter()
        .map(|f| {
            let tool = f.preset.clone().unwrap_or_else(|| f.name.clone());
            (f.kind.clone(), tool, f.columns.to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn target_fields_are_read_or_rejected_with_the_field_named() {
        let t = target_from_form("revenue", "12 500,5", "Mina", "2024-12-31");
        assert!(t.is_err(), "a space inside a number is not accepted: {t:?}");
        let t =
            target_from_form("revenue", "12500,5", " Mina ", "2024-12-31").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (t.value, t.owner.as_str(), t.deadline),
            (12_500.5, "Mina", crate::core::time::day(2024, 12, 31))
        );
        assert!(
            target_from_form("aov", "abc", "", "2024-12-31").is_err_and(|e| e.starts_with("Target value"))
        );
        assert!(target_from_form("aov", "1", "", "31/12/2024").is_err_and(|e| e.starts_with("Deadline")));
    }
    use crate::core::ingest::ImportOptions;
    use crate::core::pipeline;
    use crate::core::share;

    const ORDERS: &[u8] = b"id,day,client,total\n1,2024-01-05,ACME Corp,10\n2,2024-01-06,Beta,20\n";

    #[test]
    fn a_view_survives_the_link_round_trip_without_data_values() {
        let file =
            pipeline::load("o.csv", ORDERS, &ImportOptions::default()).unwrap_or_else(|e| panic!("{e}"));
        let mut query = Query {
            granularity: Granularity::Week,
            comparison: Comparison::PreviousYear,
            ..Query::default()
        };
        query.targets.push(Target {
            kpi: "revenue".into(),
            value: 5000.0,
            owner: "Mina".into(),
            deadline: 19_800,
        });
        let view = View {
            query,
            preset: Preset::LastFullQuarter,
            detail: Some("aov".into()),
            lang: Some(Lang::Ko),
            pinned: vec!["nps".into(), "revenue".into()],
            hidden: vec!["units".into()],
        };
        let fragment = share::encode(&to_share(&view, &[&file]));
        assert!(!fragment.contains("ACME"));
        let decoded = share::decode(&fragment);
        assert_eq!(decoded.message, None);
        assert_eq!(from_share(&decoded.state), view.clone());
        assert!(waiting_for(&decoded.state, &[&file]).is_empty());
        let options = vec![(Role::Country, vec!["FR".to_string(), "KR".to_string()])];
        let mut filtered = view.clone();
        filtered.query.filters = vec![Filter {
            role: Role::Country,
            values: vec!["KR".into()],
        }];
        let link = share::decode(&share::encode(&to_share(&filtered, &[&file]))).state;
        assert_eq!(resolve_filters(&link, &options), filtered.query.filters);
        assert_eq!(waiting_for(&decoded.state, &[]).len(), 1);
    }

    #[test]
    fn a_snapshot_carries_figures_only_and_fits_in_a_link() {
        let file =
            pipeline::load("o.csv", ORDERS, &ImportOptions::default()).unwrap_or_else(|e| panic!("{e}"));
        // (Two rows of generic headers are not enough to tell orders from leads: say which it is.)
        let file = file.with_kind(Kind::Orders);
        let datasets: Vec<_> = file.dataset().cloned().into_iter().collect();
        let report = crate::core::kpi::compute(&datasets, &Query::default());
        let snap = snapshot(&report);
        // revenue = 10 + 20
        assert!(snap
            .figures
            .iter()
            .any(|(id, v, _)| id == "revenue" && *v == Some(30.0)));
        let link = share::encode_snapshot(&snap).unwrap_or_else(|e| panic!("{e}"));
        assert!(!link.contains("ACME") && link.starts_with("s1."));
        assert_eq!(share::decode_snapshot(&link).snapshot, Some(snap));
    }

    #[test]
    fn a_saved_mapping_is_applied_to_the_same_header_row() {
        let file =
            pipeline::load("o.csv", ORDERS, &ImportOptions::default()).unwrap_or_else(|e| panic!("{e}"));
        // The user says column 0 is ignored; the saved mapping must reproduce that.
        let edited = file.with_role(0, None);
        let state = to_share(
            &View {
                query: Query::default(),
                preset: Preset::AllData,
                detail: None,
                lang: None,
                pinned: Vec::new(),
                hidden: Vec::new(),
            },
            &[&edited],
        );
        let mapping = state
            .mapping_for(&file.header_signature())
            .cloned()
            .unwrap_or_else(|| panic!("mapping saved"));
        let restored = apply_mapping(&file, &mapping).unwrap_or_else(|| panic!("applies"));
        assert_eq!(restored.roles(), edited.roles());
    }
}

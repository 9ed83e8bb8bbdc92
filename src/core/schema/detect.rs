//! Detection of a table's dataset kind and of each column's role, with confidences.
//!
//! For each kind, every column gets candidate roles among the roles the kind offers, each with a score:
//! - a known export's header row ([`super::presets`]) gives its roles at 0.98;
//! - a header equal to a synonym ([`super::synonyms`]) scores 1.0, equal without its bracketed part 0.95,
//!   containing a synonym 0.5–0.9 (more when the synonym covers more of the header); a plain "date" header
//!   counts for the kind's own date role (order date, created date, …) at 0.8 of that;
//! - the values then weigh in ([`ColumnProfile::fit`]): a role whose values cannot fit is dropped (a "date"
//!   column holding amounts is no date; a "score" holding 35 is no NPS score), money fits money roles best;
//! - columns whose header says nothing get a role from their values alone, at 0.35–0.5: dates → the kind's
//!   date role, currency amounts → its money role, status / stage / interval / source words → those roles,
//!   whole numbers 0–10 → NPS score, yes/no → won.
//!
//! Candidates are assigned greedily, best first, one role per column and one column per role. A kind's
//! score sums its assigned scores weighted by how specific each role is to the kind (a role that only
//! one kind has counts fully, one shared by n kinds counts 1/n; value-only guesses count 0.3 of that, a
//! generic date header 0.5, and a date role supported only by a generic name or by date values counts
//! with the specificity of the generic `date` role, since every kind has dates),
//! plus 5 × the preset share when a preset of that kind matched; kinds whose required roles are missing
//! count a quarter. Confidence: a preset gives 0.6 + 0.4 × share; otherwise s/(s+1) scaled by the margin
//! over the runner-up, halved when required roles are missing.

use super::catalog::{kind_label, primary_date_role, primary_money_role, role_label, roles_for_kind};
use super::fold::is_wide;
use super::kinds::Kind;
use super::presets::{match_preset, PresetMatch};
use super::profile::{ColumnProfile, Shape};
use super::roles::Role;
use super::synonyms::SYNONYMS;
use crate::core::i18n::{Arg, Text};
use crate::core::ingest::table::{ColumnType, Table};
use std::sync::OnceLock;

/// The result of recognising a table: its kind, each column's role, and what is missing.
#[derive(Clone, Debug, PartialEq)]
pub struct Detection {
    /// The most likely kind.
    pub kind: Kind,
    /// Confidence in `kind`, from 0 to 1.
    pub confidence: f32,
    /// The role of each column, by column index (`None` = ignored).
    pub roles: Vec<Option<Role>>,
    /// Confidence in each column's role, from 0 to 1 (0 for unmapped columns).
    pub role_confidence: Vec<f32>,
    /// The known export format recognised, e.g. `"Shopify orders"`.
    pub preset: Option<&'static str>,
    /// Other plausible kinds with their confidences, best first.
    pub alternatives: Vec<(Kind, f32)>,
    /// What prevents using the file as `kind`, in plain words (empty when usable).
    pub missing: Vec<Text>,
}

/// Score of a preset's role for a column.
const PRESET_SCORE: f32 = 0.98;
/// Weight of a guess from values alone in a kind's evidence.
const VALUE_ONLY_EVIDENCE: f32 = 0.3;
/// Weight of a generic "date" header in a kind's evidence.
const GENERIC_DATE_EVIDENCE: f32 = 0.5;

/// Detects the most likely kind of `table` and maps its columns.
pub fn detect(table: &Table) -> Detection {
    detect_profiled(table).0
}

/// [`detect`], with the profiles of the table's columns it made (for
/// [`super::build::build_dataset_or_keep_profiled`]).
pub fn detect_profiled(table: &Table) -> (Detection, Vec<ColumnProfile>) {
    let profiles: Vec<ColumnProfile> = table.columns.iter().map(ColumnProfile::of).collect();
    let headers = table.headers();
    let preset = match_preset(&headers);
    let mut scored: Vec<(Kind, f32, Mapping)> = Kind::ALL
        .iter()
        .map(|&kind| {
            let mapping = map_columns(&profiles, kind, preset.as_ref());
            let mut score = mapping.evidence;
            if let Some(p) = preset.as_ref().filter(|p| p.preset.kind == kind) {
                score += 5.0 * p.score;
            }
            if !kind.missing(&mapping.mapped()).is_empty() {
                score *= 0.25;
            }
            (kind, score, mapping)
        })
        .collect();
    // Stable sort: ties keep the display order of Kind::ALL.
    scored.sort_by(|a, b| b.1.total_cmp(&a.1));
    let best_score = scored.first().map_or(0.0, |s| s.1);
    let second_score = scored.get(1).map_or(0.0, |s| s.1);
    let mut rest = scored.into_iter();
    let Some((kind, _, mapping)) = rest.next() else {
        return (map_for_kind(table, Kind::Orders), profiles);
    };
    let alternatives = rest
        .filter(|(_, s, _)| *s > 0.0)
        .take(3)
        .map(|(k, s, _)| (k, s / (s + 1.0)))
        .collect();
    let preset_here = preset.as_ref().filter(|p| p.preset.kind == kind);
    let mut detection = finish(table, &profiles, kind, mapping, preset_here);
    detection.alternatives = alternatives;
    detection.confidence = match preset_here {
        Some(p) => 0.6 + 0.4 * p.score,
        None if best_score <= 0.0 => 0.0,
        None => {
            let base = best_score / (best_score + 1.0);
            let margin = (best_score - second_score) / best_score;
            base * (0.5 + 0.5 * margin)
        }
    };
    if !detection.missing.is_empty() {
        detection.confidence *= 0.5;
    }
    if best_score <= 0.0 {
        detection.missing.insert(
            0,
            crate::text!(
                "no column name or value matched a known kind of export; found: {found}",
                found = list_headers(&headers)
            ),
        );
    }
    detection.confidence = detection.confidence.clamp(0.0, 1.0);
    (detection, profiles)
}

/// Maps the columns of `table` for a kind the user chose.
pub fn map_for_kind(table: &Table, kind: Kind) -> Detection {
    let profiles: Vec<ColumnProfile> = table.columns.iter().map(ColumnProfile::of).collect();
    let preset = match_preset(&table.headers()).filter(|p| p.preset.kind == kind);
    let mapping = map_columns(&profiles, kind, preset.as_ref());
    let mut detection = finish(table, &profiles, kind, mapping, preset.as_ref());
    detection.confidence = if detection.missing.is_empty() { 1.0 } else { 0.5 };
    detection
}

/// Builds the detection of one kind from its mapping.
fn finish(
    table: &Table,
    profiles: &[ColumnProfile],
    kind: Kind,
    mapping: Mapping,
    preset: Option<&PresetMatch>,
) -> Detection {
    let missing = missing_messages(table, profiles, kind, &mapping.roles);
    Detection {
        kind,
        confidence: 0.0,
        roles: mapping.roles,
        role_confidence: mapping.confidence,
        preset: preset.map(|p| p.preset.name),
        alternatives: Vec::new(),
        missing,
    }
}

/// One candidate: a column could be a role, with a score and the evidence it brings to the kind.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    column: usize,
    role: Role,
    score: f32,
    evidence: f32,
}

/// The roles chosen for one kind.
#[derive(Clone, Debug, Default)]
struct Mapping {
    roles: Vec<Option<Role>>,
    confidence: Vec<f32>,
    evidence: f32,
}

impl Mapping {
    fn mapped(&self) -> Vec<Role> {
        self.roles.iter().flatten().copied().collect()
    }
}

/// Evidence factor that makes a kind's own date role, when only a generic date supports it, count as
/// little as the generic [`Role::Date`] does: a column of dates says nothing about the kind.
fn as_generic_date(role: Role) -> f32 {
    kinds_offering(role) as f32 / kinds_offering(Role::Date) as f32
}

/// How many kinds offer `role` (for the specificity weight).
fn kinds_offering(role: Role) -> usize {
    Kind::ALL
        .iter()
        .filter(|&&k| roles_for_kind(k).contains(&role))
        .count()
        .max(1)
}

/// Chooses a role for each column, for one kind.
fn map_columns(profiles: &[ColumnProfile], kind: Kind, preset: Option<&PresetMatch>) -> Mapping {
    let offered = roles_for_kind(kind);
    let mut candidates: Vec<Candidate> = Vec::new();
    for (column, profile) in profiles.iter().enumerate() {
        if let Some(known) = preset.and_then(|p| p.roles.get(column).copied().flatten()) {
            // A header of the recognised export: its role, or deliberately none.
            if let Some(role) = known.filter(|r| offered.contains(r)) {
                if let Some(fit) = profile.fit(role) {
                    candidates.push(Candidate {
                        column,
                        role,
                        score: PRESET_SCORE * fit.min(1.0),
                        evidence: 1.0,
                    });
                }
            }
            continue;
        }
        let before = candidates.len();
        for &role in offered {
            let Some((header, generic)) = header_score(profile, role, kind) else {
                continue;
            };
            if let Some(fit) = profile.fit(role) {
                candidates.push(Candidate {
                    column,
                    role,
                    score: header * fit,
                    evidence: if generic {
                        GENERIC_DATE_EVIDENCE * as_generic_date(role)
                    } else {
                        1.0
                    },
                });
            }
        }
        if candidates.len() == before {
            candidates.extend(value_candidates(column, profile, kind));
        }
    }
    assign(profiles.len(), kind, candidates)
}

/// Greedy assignment, best score first; then the orders subtotal rule and ambiguity discounts.
fn assign(columns: usize, kind: Kind, mut candidates: Vec<Candidate>) -> Mapping {
    candidates.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.column.cmp(&b.column)));
    let mut mapping = Mapping {
        roles: vec![None; columns],
        confidence: vec![0.0; columns],
        evidence: 0.0,
    };
    let mut taken: Vec<Role> = Vec::new();
    for c in &candidates {
        let free = mapping.roles.get(c.column).is_some_and(Option::is_none);
        if !free || taken.contains(&c.role) {
            continue;
        }
        taken.push(c.role);
        if let (Some(r), Some(conf)) = (
            mapping.roles.get_mut(c.column),
            mapping.confidence.get_mut(c.column),
        ) {
            *r = Some(c.role);
            // Another column that wanted this role almost as much makes the choice uncertain.
            let rival = candidates
                .iter()
                .filter(|o| o.role == c.role && o.column != c.column)
                .map(|o| o.score)
                .fold(0.0f32, f32::max);
            *conf = if rival >= 0.9 * c.score {
                c.score * 0.6
            } else {
                c.score
            };
        }
        mapping.evidence += c.score * c.evidence / kinds_offering(c.role) as f32;
    }
    // Orders: KPIs read the subtotal first when there is one, and need an amount; a lone subtotal
    // (no total column) is the amount.
    if kind == Kind::Orders && !taken.contains(&Role::Amount) {
        if let Some(slot) = mapping.roles.iter_mut().find(|r| **r == Some(Role::Subtotal)) {
            *slot = Some(Role::Amount);
        }
    }
    mapping
}

/// Folded synonyms, built once.
fn folded_synonyms() -> &'static [(Role, Vec<String>)] {
    static TABLE: OnceLock<Vec<(Role, Vec<String>)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        SYNONYMS
            .iter()
            .map(|(role, words)| {
                let folded = words
                    .iter()
                    .map(|w| super::fold::fold(w))
                    .filter(|w| !w.is_empty())
                    .collect();
                (*role, folded)
            })
            .collect()
    })
}

/// The synonyms of `role`, folded.
fn role_words(role: Role) -> &'static [String] {
    folded_synonyms()
        .iter()
        .find(|(r, _)| *r == role)
        .map_or(&[], |(_, w)| w.as_slice())
}

/// How well the header of `profile` names `role` in `kind` (0–1), and whether only as a generic date.
fn header_score(profile: &ColumnProfile, role: Role, kind: Kind) -> Option<(f32, bool)> {
    let own = words_score(profile, role_words(role));
    let generic = if role == primary_date_role(kind) && role != Role::Date {
        0.8 * words_score(profile, role_words(Role::Date))
    } else {
        0.0
    };
    if own <= 0.0 && generic <= 0.0 {
        None
    } else if own >= generic {
        Some((own, false))
    } else {
        Some((generic, true))
    }
}

/// The best match of a header against folded words: 1 equal, 0.95 equal without brackets, 0.5–0.9 contained.
fn words_score(profile: &ColumnProfile, words: &[String]) -> f32 {
    let header_len = profile.loose.chars().count().max(1) as f32;
    let mut best = 0.0f32;
    for w in words {
        let score = if profile.folded == *w {
            1.0
        } else if profile.loose == *w {
            0.95
        } else {
            let len = w.chars().count();
            let long_enough = len >= 4 || (is_wide(w) && len >= 2);
            if long_enough && profile.loose.contains(w.as_str()) {
                0.5 + 0.4 * (len as f32 / header_len).min(1.0)
            } else {
                0.0
            }
        };
        best = best.max(score);
    }
    best
}

/// Roles guessed from a column's values alone (its header matched nothing the kind offers).
fn value_candidates(column: usize, p: &ColumnProfile, kind: Kind) -> Vec<Candidate> {
    let offered = roles_for_kind(kind);
    let mut out = Vec::new();
    let mut push = |role: Role, score: f32, weight: f32| {
        if offered.contains(&role) && p.fit(role).is_some() {
            out.push(Candidate {
                column,
                role,
                score,
                evidence: VALUE_ONLY_EVIDENCE * weight,
            });
        }
    };
    if p.present == 0 {
        return out;
    }
    match p.shape {
        Shape::Time => push(
            primary_date_role(kind),
            0.5,
            as_generic_date(primary_date_role(kind)),
        ),
        Shape::Number if p.yyyymmdd => push(
            primary_date_role(kind),
            0.45,
            as_generic_date(primary_date_role(kind)),
        ),
        Shape::Number if p.column_type == ColumnType::Money => {
            if let Some(role) = primary_money_role(kind) {
                push(role, 0.45, 1.0);
            }
        }
        Shape::Number if p.integers && p.min >= 0.0 && p.max <= 10.0 && kind == Kind::Nps => {
            push(Role::Score, 0.4, 1.0);
        }
        Shape::Bool => push(Role::Won, 0.4, 1.0),
        Shape::Text => {
            if p.status_share >= 0.6 {
                push(Role::Status, 0.5, 1.0);
            }
            if p.stage_share >= 0.6 {
                push(Role::Stage, 0.5, 1.0);
            }
            if p.interval_share >= 0.6 {
                push(Role::Interval, 0.5, 1.0);
            }
            if p.source_share >= 0.6 {
                push(Role::Source, 0.45, 1.0);
                push(Role::Channel, 0.4, 1.0);
            }
        }
        _ => {}
    }
    out
}

/// A comma-separated list of headers, shortened after eight.
fn list_headers(headers: &[&str]) -> Arg {
    let shown: Vec<&str> = headers.iter().take(8).copied().collect();
    let mut list = shown.join(", ");
    if headers.len() > 8 {
        list.push_str(", …");
    }
    if list.is_empty() {
        return Arg::phrase(crate::phrase!("no columns"));
    }
    Arg::Str(list)
}

/// "a" or "an" before a role label.
fn article(label: &str) -> &'static str {
    // "a unit price", "a users column": a "u" that sounds "you" takes "a".
    if label.starts_with("uni") || label.starts_with("use") {
        return "a";
    }
    match label.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}

/// One message per unmet requirement of `kind`, naming what is missing, what was found and,
/// when a column has the right name but the wrong values, why it was not used.
pub(crate) fn missing_messages(
    table: &Table,
    profiles: &[ColumnProfile],
    kind: Kind,
    roles: &[Option<Role>],
) -> Vec<Text> {
    let mapped: Vec<Role> = roles.iter().flatten().copied().collect();
    let headers = table.headers();
    kind.missing(&mapped)
        .into_iter()
        .map(|alts| {
            let first = alts.first().map_or(String::new(), |r| role_label(*r));
            let mut message = if article(&first) == "an" {
                crate::text!(
                    "{kind} need an {roles} column; found: {found}",
                    kind = Arg::phrase(kind_label(kind)),
                    roles = Arg::either(alts),
                    found = list_headers(&headers)
                )
            } else {
                crate::text!(
                    "{kind} need a {roles} column; found: {found}",
                    kind = Arg::phrase(kind_label(kind)),
                    roles = Arg::either(alts),
                    found = list_headers(&headers)
                )
            };
            // A column named like the role whose values do not fit it.
            for &role in alts {
                let near = profiles.iter().zip(&table.columns).find(|(p, _)| {
                    header_score(p, role, kind).is_some_and(|(s, _)| s >= 0.75) && p.fit(role).is_none()
                });
                if let Some((p, column)) = near {
                    if let Some(reason) = p.misfit_reason(role) {
                        message = crate::text!(
                            "{message} (column “{column}” is named like the {role} but {reason})",
                            message = message,
                            column = &column.name,
                            role = role,
                            reason = reason
                        );
                    }
                }
            }
            message
        })
        .collect()
}

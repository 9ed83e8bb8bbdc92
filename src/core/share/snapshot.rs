//! Snapshot links: the computed figures of one view (aggregates only, never rows), for a teammate who does
//! not have the exports. Form: `s1.` + base64url of zlib-compressed JSON
//! `{"f":[[kpi,"value"|null,"comparison"|null]…],"l":period label,"n":note}`, at most [`MAX_SNAPSHOT_CHARS`].

use super::envelope::{self, LinkProblem};
use super::rules::{clean_text, is_id, quote, MAX_KPI_IDS};
use serde_json::{json, Map, Value};

/// Longest snapshot link fragment, in characters.
pub const MAX_SNAPSHOT_CHARS: usize = 8_000;
/// Snapshot format version (the `1` of `s1.`).
const SNAPSHOT_VERSION: u32 = 1;
/// The prefix of snapshot links.
const SNAPSHOT_PREFIX: char = 's';
/// Longest period label, in characters.
const MAX_LABEL_CHARS: usize = 200;
/// Longest note, in characters.
const MAX_NOTE_CHARS: usize = 500;

/// The figures of one view, as a teammate without the exports will see them.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Snapshot {
    /// Per KPI: its id, its value and its comparison value (`None` when it had none).
    pub figures: Vec<(String, Option<f64>, Option<f64>)>,
    /// The period the figures are for, as the user saw it ("March 2024").
    pub period_label: String,
    /// A note from whoever made it (plain text).
    pub created_note: String,
}

/// What [`decode_snapshot`] found.
#[derive(Clone, Debug, PartialEq)]
pub struct SnapshotDecoded {
    /// The snapshot, or `None` when the link could not be read at all.
    pub snapshot: Option<Snapshot>,
    /// One plain message when something was wrong (the invalid figures it names are technical details, in
    /// English).
    pub message: Option<crate::core::i18n::Text>,
}

/// The fragment (without `#`) of a snapshot link, or a plain message when it would be longer than
/// [`MAX_SNAPSHOT_CHARS`] (the page then suggests hiding some cards).
pub fn encode_snapshot(snapshot: &Snapshot) -> Result<String, crate::core::i18n::Text> {
    let figures: Vec<Value> = snapshot
        .figures
        .iter()
        .map(|(id, value, comparison)| {
            json!([
                id,
                value.map(|v| v.to_string()),
                comparison.map(|v| v.to_string())
            ])
        })
        .collect();
    let mut map = Map::new();
    map.insert("f".into(), Value::Array(figures));
    map.insert("l".into(), json!(snapshot.period_label));
    if !snapshot.created_note.is_empty() {
        map.insert("n".into(), json!(snapshot.created_note));
    }
    let fragment = envelope::pack(SNAPSHOT_PREFIX, SNAPSHOT_VERSION, &Value::Object(map));
    if fragment.len() > MAX_SNAPSHOT_CHARS {
        return Err(crate::text!(
            "This snapshot would be a {chars}-character link, more than the {max} allowed; hide some \
             cards or shorten the note and try again.",
            chars = fragment.len().to_string(),
            max = MAX_SNAPSHOT_CHARS.to_string()
        ));
    }
    Ok(fragment)
}

/// The snapshot in a fragment. Never fails: an unreadable link gives `snapshot: None` and a message; invalid
/// figures are dropped and named in the message.
pub fn decode_snapshot(fragment: &str) -> SnapshotDecoded {
    let json = match envelope::unpack(SNAPSHOT_PREFIX, SNAPSHOT_VERSION, MAX_SNAPSHOT_CHARS, fragment) {
        Ok(Some(json)) => json,
        Ok(None) => {
            return SnapshotDecoded {
                snapshot: None,
                message: None,
            }
        }
        Err(problem) => {
            return SnapshotDecoded {
                snapshot: None,
                message: Some(problem_message(&problem)),
            }
        }
    };
    let mut issues = Vec::new();
    let snapshot = snapshot_from_json(&json, &mut issues);
    let message = (!issues.is_empty()).then(|| {
        let shown: Vec<String> = issues.iter().take(3).cloned().collect();
        let more = issues.len().saturating_sub(3);
        if more > 0 {
            crate::text!(
                "Some figures in this snapshot were not valid and were left out: {figures}; and {count} more.",
                figures = shown.join("; "),
                count = more
            )
        } else {
            crate::text!(
                "Some figures in this snapshot were not valid and were left out: {figures}.",
                figures = shown.join("; ")
            )
        }
    });
    SnapshotDecoded {
        snapshot: Some(snapshot),
        message,
    }
}

fn problem_message(problem: &LinkProblem) -> crate::core::i18n::Text {
    match problem {
        LinkProblem::NewerVersion => {
            crate::text!("This snapshot was made by a newer version of kpiboard; it cannot be shown here.")
        }
        LinkProblem::OtherSort => crate::text!("This is a dashboard link, not a snapshot link."),
        other => crate::text!(
            "This snapshot link is damaged or incomplete: {detail}.",
            detail = other.detail()
        ),
    }
}

fn snapshot_from_json(json: &Value, issues: &mut Vec<String>) -> Snapshot {
    let text = |key: &str, max: usize, name: &str, issues: &mut Vec<String>| -> String {
        match json.get(key) {
            None => String::new(),
            Some(Value::String(text)) => {
                let (cleaned, repair) = clean_text(text, max);
                if !repair.is_clean() {
                    issues.push(format!("{name}: {}", repair.describe(max)));
                }
                cleaned
            }
            Some(_) => {
                issues.push(format!("{name}: expected text"));
                String::new()
            }
        }
    };
    let period_label = text("l", MAX_LABEL_CHARS, "period label", issues);
    let created_note = text("n", MAX_NOTE_CHARS, "note", issues);
    let list = json
        .get("f")
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    if list.len() > MAX_KPI_IDS {
        issues.push(format!(
            "figures: found {}, kept the first {MAX_KPI_IDS}",
            list.len()
        ));
    }
    let figures = list
        .iter()
        .take(MAX_KPI_IDS)
        .enumerate()
        .filter_map(|(index, item)| {
            let figure = figure(item);
            if figure.is_none() {
                issues.push(format!(
                    "figure {}: expected a KPI id and up to two finite numbers{}",
                    index + 1,
                    item.get(0)
                        .and_then(Value::as_str)
                        .map_or(String::new(), |id| format!(" for {}", quote(id)))
                ));
            }
            figure
        })
        .collect();
    Snapshot {
        figures,
        period_label,
        created_note,
    }
}

/// One `[kpi, value|null, comparison|null]` figure, if valid.
fn figure(item: &Value) -> Option<(String, Option<f64>, Option<f64>)> {
    let [id, value, comparison] = item.as_array()?.get(..3)? else {
        return None;
    };
    let id = id.as_str().filter(|id| is_id(id))?;
    Some((id.to_string(), number(value)?, number(comparison)?))
}

/// `Some(None)` for null, `Some(Some(x))` for a finite number written as text, `None` for anything else.
fn number(value: &Value) -> Option<Option<f64>> {
    match value {
        Value::Null => Some(None),
        Value::String(text) => text.parse::<f64>().ok().filter(|x| x.is_finite()).map(Some),
        _ => None,
    }
}

//! The dashboard's whole view state as one value, and its form in the URL fragment.
//!
//! A link carries the *view*, never the data: a teammate opens it, drops the same exports and sees the same
//! dashboard. The fragment is `v1.` followed by base64url (no padding) of zlib-compressed compact JSON.
//!
//! Why JSON (short keys, defaults left out) rather than a binary format such as postcard: JSON describes
//! itself, so [`decode`] can check each setting on its own and keep every valid one when another is damaged,
//! and a later version can add settings that older pages simply ignore. After compression the size difference
//! is small (a typical dashboard link is well under 2,000 characters). zlib rather than raw deflate adds six
//! bytes of header and Adler-32 checksum, so an altered link is noticed instead of silently decoding to other
//! settings.
//!
//! Nothing from the files' contents goes into a link: filter values are stored as [`ValueKey`] hashes and
//! mappings are keyed by a [`header_signature`]. File names and target owners are the user's own words.
//!
//! [`decode`] never fails: whatever it is given, it returns a usable state and at most one message for the user.
//! Free text that a link may carry (target owners, file names, a snapshot's note) is kept as plain text with
//! control and bidirectional-override characters removed: `<script>` survives as the literal text
//! `<script>`, which the page must show through escaped text nodes (as Leptos does), never as HTML.
//!
//! Typical use in the page: on every change, `location.hash = encode(&state)` (and the same string in local
//! storage); on load and on `hashchange`, `decode(hash)`, then `state.retain_known_kpis(registry)` and show
//! `message` once if there is one. Filters store `ValueKey::of(value)`; turn them back into values with
//! [`resolve_filter_values`] against the loaded column's dictionary.

mod envelope;
mod keys;
pub mod rules;
mod sanitize;
mod snapshot;
mod wire;

pub use keys::{fnv1a64, header_signature, resolve_filter_values, ValueKey};
pub use sanitize::sanitize;
pub use snapshot::{decode_snapshot, encode_snapshot, Snapshot, SnapshotDecoded, MAX_SNAPSHOT_CHARS};

/// The link format this build writes (the `1` of `v1.`).
pub const FORMAT_VERSION: u32 = 1;
/// Longest fragment [`decode`] reads, in characters; longer ones are refused unread.
pub const MAX_FRAGMENT_CHARS: usize = 16 * 1024;
/// Most bytes the settings may unpack to (so a small "zip bomb" link cannot exhaust memory).
pub const MAX_UNPACKED_BYTES: usize = 256 * 1024;

/// Granularity ids, in order; `"month"` is the default.
pub const GRANULARITIES: [&str; 5] = ["day", "week", "month", "quarter", "year"];
/// Comparison ids; `"previous_period"` is the default.
pub const COMPARISONS: [&str; 3] = ["previous_period", "previous_year", "none"];

/// The message shown when a link comes from a newer kpiboard.
pub const NEWER_VERSION_MESSAGE: &str =
    crate::phrase!("This link was made by a newer version of kpiboard; opened with default settings.");

/// Which period the dashboard shows. Day numbers count from 1970-01-01.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum PeriodChoice {
    /// All the data (the default: exports are often historical).
    #[default]
    AllData,
    /// The 30 days up to the last day of data.
    Last30Days,
    /// The last complete calendar month.
    LastFullMonth,
    /// The last complete calendar quarter.
    LastFullQuarter,
    /// The last complete calendar year.
    LastFullYear,
    /// From January 1st to the last day of data.
    YearToDate,
    /// A chosen range of days.
    Custom {
        /// First day (inclusive).
        start: i64,
        /// Day after the last one (exclusive).
        end: i64,
    },
}

impl PeriodChoice {
    /// The named periods and their ids (everything but `Custom`).
    pub const NAMED: [(PeriodChoice, &'static str); 6] = [
        (PeriodChoice::AllData, "all"),
        (PeriodChoice::Last30Days, "last_30_days"),
        (PeriodChoice::LastFullMonth, "last_full_month"),
        (PeriodChoice::LastFullQuarter, "last_full_quarter"),
        (PeriodChoice::LastFullYear, "last_full_year"),
        (PeriodChoice::YearToDate, "year_to_date"),
    ];

    /// The id of a named period (`"all"`, `"last_30_days"`, …); `"custom"` for a custom range.
    pub fn id(&self) -> &'static str {
        Self::NAMED
            .iter()
            .find(|(choice, _)| choice == self)
            .map_or("custom", |(_, id)| id)
    }

    /// The named period with this id.
    pub fn from_id(id: &str) -> Option<PeriodChoice> {
        Self::NAMED
            .iter()
            .find(|(_, named)| *named == id)
            .map(|(choice, _)| choice.clone())
    }
}

/// A goal for one KPI.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetState {
    /// KPI id.
    pub kpi: String,
    /// Target value (rates as fractions).
    pub value: f64,
    /// Who owns it (plain text, at most 200 characters; the page escapes it).
    pub owner: String,
    /// Deadline, as a day number.
    pub deadline: i64,
}

/// A user's correction of a file's kind and column roles, for every file with this header signature.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MappingOverride {
    /// [`header_signature`] of the file's headers.
    pub header_signature: String,
    /// Dataset kind id.
    pub kind: String,
    /// Role id of each column, in column order; `None` for an ignored column.
    pub roles: Vec<Option<String>>,
}

/// A file the dashboard was built from, so a teammate knows which exports to drop.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpectedFile {
    /// The file's name (the user's own naming, not data).
    pub name: String,
    /// Dataset kind id.
    pub kind: String,
    /// [`header_signature`] of its headers.
    pub header_signature: String,
    /// Number of columns.
    pub columns: u32,
    /// Known export preset id (`shopify`, …), if one was recognised.
    pub preset: Option<String>,
}

/// Everything a link reproduces. `Default` is the dashboard as first opened.
#[derive(Clone, Debug, PartialEq)]
pub struct DashboardState {
    /// Link format version ([`FORMAT_VERSION`]).
    pub version: u32,
    /// The period shown.
    pub period: PeriodChoice,
    /// One of [`GRANULARITIES`].
    pub granularity: String,
    /// One of [`COMPARISONS`].
    pub comparison: String,
    /// Filters: a role (or dimension) id and the keys of the selected values (hashes, never the values).
    pub filters: Vec<(String, Vec<ValueKey>)>,
    /// Currency shown when the data has several (ISO 4217 code).
    pub currency: Option<String>,
    /// Formula variant choices: variant key → chosen option.
    pub variants: Vec<(String, String)>,
    /// Pinned KPI ids.
    pub pinned: Vec<String>,
    /// Hidden KPI ids.
    pub hidden: Vec<String>,
    /// KPI ids in the user's card order.
    pub order: Vec<String>,
    /// KPI id of the open detail view.
    pub open_detail: Option<String>,
    /// Targets.
    pub targets: Vec<TargetState>,
    /// Mapping corrections, keyed by header signature.
    pub mappings: Vec<MappingOverride>,
    /// The files the dashboard expects.
    pub expected_files: Vec<ExpectedFile>,
    /// Interface language tag, when the user chose one.
    pub language: Option<String>,
    /// Whether weeks start on Sunday (otherwise Monday).
    pub week_starts_sunday: bool,
}

impl Default for DashboardState {
    fn default() -> Self {
        DashboardState {
            version: FORMAT_VERSION,
            period: PeriodChoice::AllData,
            granularity: "month".to_string(),
            comparison: "previous_period".to_string(),
            filters: Vec::new(),
            currency: None,
            variants: Vec::new(),
            pinned: Vec::new(),
            hidden: Vec::new(),
            order: Vec::new(),
            open_detail: None,
            targets: Vec::new(),
            mappings: Vec::new(),
            expected_files: Vec::new(),
            language: None,
            week_starts_sunday: false,
        }
    }
}

impl DashboardState {
    /// Drops every KPI id the caller does not know (pinned, hidden, order, open detail, targets) and returns
    /// how many entries were dropped. [`decode`] only checks the characters of ids; the KPI registry knows
    /// which exist.
    pub fn retain_known_kpis(&mut self, is_known: impl Fn(&str) -> bool) -> usize {
        let before = self.pinned.len() + self.hidden.len() + self.order.len() + self.targets.len();
        self.pinned.retain(|id| is_known(id));
        self.hidden.retain(|id| is_known(id));
        self.order.retain(|id| is_known(id));
        self.targets.retain(|target| is_known(&target.kpi));
        let after = self.pinned.len() + self.hidden.len() + self.order.len() + self.targets.len();
        let mut dropped = before - after;
        if self.open_detail.as_deref().is_some_and(|id| !is_known(id)) {
            self.open_detail = None;
            dropped += 1;
        }
        dropped
    }

    /// The saved mapping for a file with this header signature, if the user corrected one.
    pub fn mapping_for(&self, header_signature: &str) -> Option<&MappingOverride> {
        self.mappings
            .iter()
            .find(|mapping| mapping.header_signature == header_signature)
    }

    /// Saves a mapping correction, replacing any earlier one for the same header signature.
    pub fn set_mapping(&mut self, mapping: MappingOverride) {
        match self
            .mappings
            .iter_mut()
            .find(|saved| saved.header_signature == mapping.header_signature)
        {
            Some(saved) => *saved = mapping,
            None => self.mappings.push(mapping),
        }
    }

    /// The expected files not loaded yet, given the header signatures of the loaded files, in link order
    /// (for "waiting for: orders export — Shopify — 14 columns").
    pub fn waiting_for(&self, loaded_signatures: &[&str]) -> Vec<&ExpectedFile> {
        self.expected_files
            .iter()
            .filter(|file| !loaded_signatures.contains(&file.header_signature.as_str()))
            .collect()
    }

    /// Whether a dropped file with this header signature is one the link expects (when it expects any).
    pub fn expects(&self, header_signature: &str) -> bool {
        self.expected_files
            .iter()
            .any(|file| file.header_signature == header_signature)
    }
}

/// What [`decode`] found: a usable state, and at most one message for the user.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// The state to apply (defaults for anything missing or invalid).
    pub state: DashboardState,
    /// One plain message when something was wrong with the link; `None` when it was fine (or empty).
    /// The invalid settings it names are in English (technical details).
    pub message: Option<crate::core::i18n::Text>,
}

/// The prefix of dashboard links.
const STATE_PREFIX: char = 'v';

/// The URL fragment (without `#`) for a state: `v1.` + base64url of zlib-compressed compact JSON.
/// The default state encodes to `v1.` followed by a few characters; an empty fragment also means defaults.
pub fn encode(state: &DashboardState) -> String {
    let json = wire::state_to_json(state);
    envelope::pack(STATE_PREFIX, FORMAT_VERSION, &json)
}

/// The state in a URL fragment (with or without the leading `#`). Never fails: a malformed, truncated,
/// altered, oversized or future-version link gives defaults and one message; a link with some invalid
/// settings keeps the valid ones and names the others in the message. An empty fragment gives defaults and
/// no message.
pub fn decode(fragment: &str) -> Decoded {
    let json = match envelope::unpack(STATE_PREFIX, FORMAT_VERSION, MAX_FRAGMENT_CHARS, fragment) {
        Ok(Some(json)) => json,
        Ok(None) => {
            return Decoded {
                state: DashboardState::default(),
                message: None,
            }
        }
        Err(problem) => {
            return Decoded {
                state: DashboardState::default(),
                message: Some(problem.message()),
            }
        }
    };
    let mut issues = Vec::new();
    let state = wire::state_from_json(&json, &mut issues);
    let (state, sanitize_issues) = sanitize(state);
    issues.extend(sanitize_issues);
    Decoded {
        state,
        message: partial_message(&issues),
    }
}

/// One message naming the first few invalid settings of a link, or `None` if there were none.
fn partial_message(issues: &[String]) -> Option<crate::core::i18n::Text> {
    const SHOWN: usize = 3;
    if issues.is_empty() {
        return None;
    }
    let shown = issues.iter().take(SHOWN).cloned().collect::<Vec<_>>().join("; ");
    Some(if issues.len() > SHOWN {
        crate::text!(
            "Some settings in this link were not valid and were left at their defaults: {issues}; and {count} more.",
            issues = shown,
            count = issues.len() - SHOWN
        )
    } else {
        crate::text!(
            "Some settings in this link were not valid and were left at their defaults: {issues}.",
            issues = shown
        )
    })
}

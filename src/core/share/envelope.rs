//! The outer form of a link: `<prefix><version>.<base64url of zlib(JSON)>`, and every way it can be broken.

use super::MAX_UNPACKED_BYTES;
use crate::core::i18n::Text;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use miniz_oxide::inflate::TINFLStatus;
use serde_json::Value;

/// zlib compression level (0–10; 9 is the usual "best").
const COMPRESSION_LEVEL: u8 = 9;

/// Why a fragment could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum LinkProblem {
    /// Longer than the limit ([`super::MAX_FRAGMENT_CHARS`] for dashboard links).
    TooLong {
        /// Characters found.
        chars: usize,
        /// Most allowed.
        max: usize,
    },
    /// Made by a newer kpiboard.
    NewerVersion,
    /// A link of the other sort (a snapshot where a dashboard link was expected, or the reverse).
    OtherSort,
    /// Does not start with `<prefix><version>.`.
    NoVersion { start: String },
    /// Not valid base64url.
    BadBase64 { detail: String },
    /// Not valid zlib data (cut short or altered).
    Unpack,
    /// Unpacks to more than [`MAX_UNPACKED_BYTES`].
    UnpacksTooBig,
    /// Unpacks to something that is not a JSON object.
    BadSettings { detail: String },
}

impl LinkProblem {
    /// What is wrong, in plain words (completes "This link is damaged or incomplete: …").
    pub(super) fn detail(&self) -> Text {
        match self {
            LinkProblem::TooLong { chars, max } => crate::text!(
                "it is {chars} characters long, more than the {max} a kpiboard link can have",
                chars = chars.to_string(),
                max = max.to_string()
            ),
            LinkProblem::NewerVersion => crate::text!("it was made by a newer version of kpiboard"),
            LinkProblem::OtherSort => crate::text!("it is a different sort of kpiboard link"),
            LinkProblem::NoVersion { start } => crate::text!(
                "the part after \"#\" should start with a version such as \"v1.\" but starts with {start}",
                start = start
            ),
            LinkProblem::BadBase64 { detail } => crate::text!(
                "the settings are not valid base64url text ({detail})",
                detail = detail
            ),
            LinkProblem::Unpack => {
                crate::text!("the settings could not be unpacked (the link was cut short or altered)")
            }
            LinkProblem::UnpacksTooBig => crate::text!(
                "the settings unpack to more than {max} bytes, which no real dashboard needs",
                max = MAX_UNPACKED_BYTES.to_string()
            ),
            LinkProblem::BadSettings { detail } => crate::text!(
                "the unpacked settings are not readable ({detail})",
                detail = detail
            ),
        }
    }

    /// The one message for a dashboard link that could not be read.
    pub(super) fn message(&self) -> Text {
        match self {
            LinkProblem::NewerVersion => Text::from(super::NEWER_VERSION_MESSAGE),
            LinkProblem::OtherSort => {
                crate::text!("This is a snapshot link, not a dashboard link; opened with default settings.")
            }
            other => crate::text!(
                "This link is damaged or incomplete: {detail}. Opened with default settings.",
                detail = other.detail()
            ),
        }
    }
}

/// `<prefix><version>.` + base64url (no padding) of zlib-compressed JSON.
pub(super) fn pack(prefix: char, version: u32, json: &Value) -> String {
    // Serialising a `Value` cannot fail (its map keys are strings); an empty payload would read as damaged.
    let bytes = serde_json::to_vec(json).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(&bytes, COMPRESSION_LEVEL);
    format!("{prefix}{version}.{}", URL_SAFE_NO_PAD.encode(packed))
}

/// The JSON object in a fragment; `Ok(None)` for an empty fragment. Whitespace anywhere (a link wrapped by an
/// e-mail program) and one leading `#` are ignored.
pub(super) fn unpack(
    prefix: char,
    version: u32,
    max_chars: usize,
    fragment: &str,
) -> Result<Option<Value>, LinkProblem> {
    if fragment.len() > max_chars {
        return Err(LinkProblem::TooLong {
            chars: fragment.chars().count(),
            max: max_chars,
        });
    }
    let compact: String = fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if compact.is_empty() {
        return Ok(None);
    }
    let payload = split_version(prefix, version, &compact)?;
    let packed = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|error| LinkProblem::BadBase64 {
            detail: base64_detail(&error),
        })?;
    let bytes = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, MAX_UNPACKED_BYTES)
        .map_err(|error| match error.status {
            TINFLStatus::HasMoreOutput => LinkProblem::UnpacksTooBig,
            _ => LinkProblem::Unpack,
        })?;
    let json: Value = serde_json::from_slice(&bytes).map_err(|error| LinkProblem::BadSettings {
        detail: format!(
            "expected JSON text, found an error at line {}, column {}",
            error.line(),
            error.column()
        ),
    })?;
    if !json.is_object() {
        return Err(LinkProblem::BadSettings {
            detail: "expected a group of named settings, found a list or a single value".to_string(),
        });
    }
    Ok(Some(json))
}

/// The payload after `<prefix><version>.`, or why there is none.
fn split_version(prefix: char, version: u32, text: &str) -> Result<&str, LinkProblem> {
    let start = || LinkProblem::NoVersion {
        start: super::rules::quote(&text.chars().take(12).collect::<String>()),
    };
    let mut chars = text.chars();
    let first = chars.next().ok_or_else(start)?;
    let rest = chars.as_str();
    let (number, payload) = rest.split_once('.').ok_or_else(start)?;
    if number.is_empty() || number.len() > 9 || !number.bytes().all(|b| b.is_ascii_digit()) {
        return Err(start());
    }
    let found: u32 = number.parse().map_err(|_| start())?;
    if first != prefix {
        return Err(if matches!(first, 'v' | 's') {
            LinkProblem::OtherSort
        } else {
            start()
        });
    }
    if found > version {
        return Err(LinkProblem::NewerVersion);
    }
    if found < version {
        // Version 1 is the first; anything lower was never written by kpiboard.
        return Err(start());
    }
    Ok(payload)
}

/// A base64 error in plain words.
fn base64_detail(error: &base64::DecodeError) -> String {
    match error {
        base64::DecodeError::InvalidByte(offset, byte) => format!(
            "found the character {} at position {}, expected only letters, digits, \"-\" and \"_\"",
            super::rules::quote(&char::from(*byte).to_string()),
            offset + 1
        ),
        base64::DecodeError::InvalidLength(length) => {
            format!("found {length} characters, a length no complete link has; it was cut short or altered")
        }
        base64::DecodeError::InvalidLastSymbol(offset, _) => format!(
            "the character at position {} cannot end a link; it was cut short or altered",
            offset + 1
        ),
        base64::DecodeError::InvalidPadding => "found \"=\" padding, expected none".to_string(),
    }
}

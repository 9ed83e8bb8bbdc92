//! The six page languages, their codes and the choice of one from the browser's preferences.

use serde::{Deserialize, Serialize};

/// A language of the page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Lang {
    /// English (the default).
    #[default]
    #[serde(rename = "en")]
    En,
    /// Korean.
    #[serde(rename = "ko")]
    Ko,
    /// Traditional Chinese (Taiwan, Hong Kong).
    #[serde(rename = "zh-TW")]
    ZhTw,
    /// Simplified Chinese (mainland China, Singapore).
    #[serde(rename = "zh-CN")]
    ZhCn,
    /// Japanese.
    #[serde(rename = "ja")]
    Ja,
    /// French.
    #[serde(rename = "fr")]
    Fr,
}

impl Lang {
    /// Every language, in the order of the language menu.
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Ko, Lang::ZhTw, Lang::ZhCn, Lang::Ja, Lang::Fr];

    /// BCP 47 code, used in share links and in `<html lang>` (which also picks the right CJK glyphs).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
            Lang::ZhTw => "zh-TW",
            Lang::ZhCn => "zh-CN",
            Lang::Ja => "ja",
            Lang::Fr => "fr",
        }
    }

    /// The language's name in itself, for the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ko => "한국어",
            Lang::ZhTw => "繁體中文",
            Lang::ZhCn => "简体中文",
            Lang::Ja => "日本語",
            Lang::Fr => "Français",
        }
    }

    /// The page language for a BCP 47 tag such as `ko-KR`, `zh-Hant`, `zh-HK`, `fr-CA` (any case, `_` or
    /// `-`); `None` for a language the page does not speak. Chinese picks its script from the script
    /// subtag (`Hant`/`Hans`), else from the region (TW, HK, MO are Traditional); bare `zh` is Simplified.
    pub fn from_code(tag: &str) -> Option<Lang> {
        let lower = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut subtags = lower.split('-');
        let primary = subtags.next()?;
        match primary {
            "en" => Some(Lang::En),
            "ko" => Some(Lang::Ko),
            "ja" => Some(Lang::Ja),
            "fr" => Some(Lang::Fr),
            "zh" => {
                let rest: Vec<&str> = subtags.collect();
                if rest.contains(&"hant") {
                    Some(Lang::ZhTw)
                } else if rest.contains(&"hans") {
                    Some(Lang::ZhCn)
                } else if rest.iter().any(|s| matches!(*s, "tw" | "hk" | "mo")) {
                    Some(Lang::ZhTw)
                } else {
                    Some(Lang::ZhCn)
                }
            }
            _ => None,
        }
    }
}

/// The page language for the browser's preferred languages (`navigator.languages`, most preferred
/// first): the first one the page speaks, else English.
pub fn negotiate(preferred: &[&str]) -> Lang {
    preferred
        .iter()
        .find_map(|tag| Lang::from_code(tag))
        .unwrap_or_default()
}

//! Translatable sentences built by the core (import notes and problems, KPI reasons, chart summaries…),
//! gettext-style: a [`Text`] keeps the English template with its `{placeholders}` and the values to put
//! in them; [`render`] looks the template up in the language's phrase table (`phrases_*.rs`, keyed by the
//! English template) and fills the placeholders, with numbers formatted for the language.
//!
//! Templates are written at the call site with [`crate::text!`] (a sentence with values) or
//! [`crate::phrase!`] (a fixed sentence or word kept as `&'static str`); `tests/i18n_catalogue.rs` reads
//! every such literal in `src/` and fails when a language lacks it or changes its placeholders.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::{fill, phrases_fr, phrases_ja, phrases_ko, phrases_zh_cn, phrases_zh_tw, tr, Lang, Msg};
use crate::core::schema::kinds::Kind;
use crate::core::schema::roles::Role;

/// A sentence to show in the page's language: the English template and the values of its placeholders.
/// `Display` writes it in English (logs, tests); [`render`] writes it in any language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Text {
    /// The English template, with `{name}` placeholders.
    pub template: Cow<'static, str>,
    /// The value of each placeholder.
    pub args: Vec<(Cow<'static, str>, Arg)>,
}

/// The value of a placeholder.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Arg {
    /// Shown as is (a file or column name, a value as written in the file).
    Str(String),
    /// A whole number, grouped as the language writes numbers (1,204 / 1 204).
    Int(i64),
    /// A fixed English phrase, translated like a template without placeholders.
    Phrase(Cow<'static, str>),
    /// A nested sentence.
    Text(Box<Text>),
    /// The name of a dataset kind.
    Kind(Kind),
    /// The display name of a column role, as written inside a sentence ("order date", « date de
    /// commande »).
    Role(Role),
    /// Sentences joined with the language's semicolon ("; ", "；", " ; ").
    Texts(Vec<Text>),
}

impl Arg {
    /// A fixed phrase (mark the literal with [`crate::phrase!`] where it is written).
    pub fn phrase(english: &'static str) -> Arg {
        Arg::Phrase(Cow::Borrowed(english))
    }

    /// Roles as alternatives: "amount", "amount or quantity", "sent or delivered or opens".
    pub fn either(roles: &[Role]) -> Arg {
        match roles {
            [] => Arg::Str(String::new()),
            [one] => Arg::Role(*one),
            [first, rest @ ..] => Arg::from(crate::text!(
                "{first} or {rest}",
                first = *first,
                rest = Arg::either(rest)
            )),
        }
    }

    /// A list of values shown as is, joined with the language's list separator.
    pub fn list<S: AsRef<str>>(items: &[S]) -> Arg {
        Arg::Str(items.iter().map(AsRef::as_ref).collect::<Vec<_>>().join(", "))
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}

impl From<char> for Arg {
    fn from(c: char) -> Arg {
        Arg::Str(c.to_string())
    }
}

impl From<Text> for Arg {
    fn from(t: Text) -> Arg {
        Arg::Text(Box::new(t))
    }
}

impl From<&Text> for Arg {
    fn from(t: &Text) -> Arg {
        Arg::Text(Box::new(t.clone()))
    }
}

impl From<Kind> for Arg {
    fn from(k: Kind) -> Arg {
        Arg::Kind(k)
    }
}

impl From<Role> for Arg {
    fn from(r: Role) -> Arg {
        Arg::Role(r)
    }
}

/// Whole numbers of every width become [`Arg::Int`].
macro_rules! int_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_args!(usize, u64, u32, u16, u8, i64, i32);

impl Text {
    /// A text with values (the [`crate::text!`] macro builds it).
    pub fn new(template: &'static str, args: Vec<(&'static str, Arg)>) -> Text {
        Text {
            template: Cow::Borrowed(template),
            args: args.into_iter().map(|(k, v)| (Cow::Borrowed(k), v)).collect(),
        }
    }

    /// A sentence without values; translated when it is a known template (a [`crate::phrase!`]),
    /// otherwise shown as is.
    pub fn plain(text: impl Into<Cow<'static, str>>) -> Text {
        Text {
            template: text.into(),
            args: Vec::new(),
        }
    }

    /// Whether the text is empty.
    pub fn is_empty(&self) -> bool {
        self.template.is_empty()
    }

    /// The English text (as `Display` writes it).
    pub fn english(&self) -> String {
        render(Lang::En, self)
    }

    /// Whether `needle` occurs in the English text (for tests and filters).
    pub fn contains(&self, needle: &str) -> bool {
        self.english().contains(needle)
    }

    /// Whether the English text starts with `prefix`.
    pub fn starts_with(&self, prefix: &str) -> bool {
        self.english().starts_with(prefix)
    }

    /// The templates of this text and of its nested texts and phrases (those with words) that the
    /// phrase table of `lang` lacks (empty for English and for fully translated texts).
    pub fn untranslated(&self, lang: Lang) -> Vec<String> {
        let mut out = Vec::new();
        if lang != Lang::En && translation(lang, &self.template).is_none() {
            out.push(self.template.to_string());
        }
        for (_, arg) in &self.args {
            match arg {
                Arg::Text(t) => out.extend(t.untranslated(lang)),
                Arg::Texts(texts) => texts.iter().for_each(|t| out.extend(t.untranslated(lang))),
                // Symbols and patterns (";", "DD/MM/YYYY") are shown as they are.
                Arg::Phrase(p)
                    if lang != Lang::En
                        && p.chars().any(|c| c.is_ascii_lowercase())
                        && translation(lang, p).is_none() =>
                {
                    out.push(p.to_string());
                }
                _ => {}
            }
        }
        out
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::plain(s.to_string())
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::plain(s)
    }
}

impl From<&Text> for Text {
    fn from(t: &Text) -> Text {
        t.clone()
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&render(Lang::En, self))
    }
}

/// The phrase table of a language: (English template, translation).
fn table(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En => &[],
        Lang::Ko => phrases_ko::PHRASES,
        Lang::ZhTw => phrases_zh_tw::PHRASES,
        Lang::ZhCn => phrases_zh_cn::PHRASES,
        Lang::Ja => phrases_ja::PHRASES,
        Lang::Fr => phrases_fr::PHRASES,
    }
}

/// The translation of an English template in `lang` (`None` when the table lacks it; English is its own
/// translation).
pub fn translation(lang: Lang, english: &str) -> Option<&'static str> {
    table(lang)
        .iter()
        .find(|(en, _)| *en == english)
        .map(|(_, translated)| *translated)
}

/// Every (English template, translation) pair of a language's phrase table (empty for English).
pub fn phrase_table(lang: Lang) -> &'static [(&'static str, &'static str)] {
    table(lang)
}

/// A fixed phrase in a language (the English phrase when there is no translation).
pub fn phrase(lang: Lang, english: &str) -> String {
    translation(lang, english).map_or_else(|| english.to_string(), str::to_string)
}

/// The text in a language: the translated template (English when missing), placeholders filled with
/// values formatted for the language.
pub fn render(lang: Lang, text: &Text) -> String {
    let template = translation(lang, &text.template).unwrap_or(&text.template);
    if text.args.is_empty() {
        return template.to_string();
    }
    let values: Vec<String> = text.args.iter().map(|(_, a)| render_arg(lang, a)).collect();
    let pairs: Vec<(&str, &str)> = text
        .args
        .iter()
        .zip(&values)
        .map(|((k, _), v)| (k.as_ref(), v.as_str()))
        .collect();
    fill(template, &pairs)
}

/// One placeholder value in a language.
fn render_arg(lang: Lang, arg: &Arg) -> String {
    match arg {
        Arg::Str(s) => s.clone(),
        Arg::Int(n) => crate::core::format::number(lang, *n as f64, 0),
        Arg::Phrase(p) => phrase(lang, p),
        Arg::Text(t) => render(lang, t),
        Arg::Kind(k) => tr(lang, Msg::for_kind(*k)).to_string(),
        Arg::Role(r) => in_sentence(super::role_name(lang, *r)),
        Arg::Texts(texts) => {
            let separator = match lang {
                Lang::En | Lang::Ko => "; ",
                Lang::ZhTw | Lang::ZhCn | Lang::Ja => "；",
                Lang::Fr => "\u{A0}; ",
            };
            texts
                .iter()
                .map(|t| render(lang, t))
                .collect::<Vec<_>>()
                .join(separator)
        }
    }
}

/// A name as written inside a sentence: a capital first letter followed by a lower-case letter is
/// lowered ("Order date" → "order date"); acronyms ("MQL date", "CTA clicks") and scripts without case
/// stay as they are.
fn in_sentence(name: &str) -> String {
    let mut chars = name.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
            first.to_lowercase().chain(name.chars().skip(1)).collect()
        }
        _ => name.to_string(),
    }
}

/// Builds a [`Text`] from a literal English template and `name = value` pairs for its `{name}`
/// placeholders. Each value becomes an
/// [`Arg`] (`&str`/`String` as is, integers formatted per language, a [`Text`] nested, [`Arg::phrase`]
/// for a fixed phrase). The template must be a string literal: the catalogue test collects them.
#[macro_export]
macro_rules! text {
    ($template:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::core::i18n::Text::new(
            $template,
            vec![$((stringify!($name), $crate::core::i18n::Arg::from($value)),)*],
        )
    };
}

/// Marks a fixed English phrase as translatable and gives it back unchanged (`&'static str`), so code
/// can keep passing `&str` around; the catalogue test collects it and [`render`] translates it wherever
/// it ends up in a [`Text`].
#[macro_export]
macro_rules! phrase {
    ($english:literal) => {
        $english
    };
}

/// Builds a [`Text`] whose wording depends on a count: two literal templates (singular, plural), then
/// `count = n` and other `name = value` pairs; the first template is taken when the count is 1, the
/// second otherwise (both keep `{count}`).
#[macro_export]
macro_rules! text_n {
    ($one:literal, $other:literal, count = $count:expr $(, $name:ident = $value:expr)* $(,)?) => {{
        let count = $count;
        let template = if count == 1 { $one } else { $other };
        $crate::core::i18n::Text::new(
            template,
            vec![
                ("count", $crate::core::i18n::Arg::from(count)),
                $((stringify!($name), $crate::core::i18n::Arg::from($value)),)*
            ],
        )
    }};
}

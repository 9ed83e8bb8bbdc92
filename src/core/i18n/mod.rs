//! Message catalogues of the page, one per language, and the KPI texts (name, one-line explanation,
//! formula in words) in each language.
//!
//! How completeness is enforced:
//! - every language file answers [`Msg`] with an exhaustive `match`, so a missing message key does not
//!   compile;
//! - every language's KPI table is an array of exactly `KPI_COUNT` entries (a missing or extra entry does not
//!   compile) and a test checks that its ids are [`KPI_IDS`], in order, with non-empty texts;
//! - a test checks that each translation keeps exactly the `{placeholders}` of the English text;
//! - sentences built by the core are [`Text`]s whose English templates are looked up in `phrases_*.rs`; a
//!   test reads every `text!`/`phrase!` template in `src/` and checks each language translates it.

mod en;
mod fr;
mod ja;
mod ko;
mod kpi_en;
mod kpi_fr;
mod kpi_ja;
mod kpi_ko;
mod kpi_zh_cn;
mod kpi_zh_tw;
mod lang;
mod msg;
mod phrases_fr;
mod phrases_ja;
mod phrases_ko;
mod phrases_zh_cn;
mod phrases_zh_tw;
mod roles;
mod text;
mod zh_cn;
mod zh_tw;

pub use lang::{negotiate, Lang};
pub use msg::Msg;
pub use roles::{role_english, role_name};
pub use text::{phrase, phrase_table, render, translation, Arg, Text};

/// Every KPI id of `KPIS.md`, in the catalogue's order.
pub const KPI_IDS: &[&str] = &KPI_ID_LIST;

/// The ids as an array of exactly [`KPI_COUNT`] entries (a wrong count does not compile).
const KPI_ID_LIST: [&str; KPI_COUNT] = [
    "revenue",
    "revenue_by_dim",
    "orders",
    "units",
    "aov",
    "growth",
    "gross_margin",
    "cancel_rate",
    "order_frequency",
    "peak_times",
    "processing_time",
    "top_customer_share",
    "active_customers",
    "new_customers",
    "repeat_rate",
    "retention_rate",
    "churn_rate",
    "cohorts",
    "clv_historical",
    "clv_predicted",
    "nps",
    "nps_mix",
    "sessions",
    "traffic_by_source",
    "returning_rate",
    "bounce_rate",
    "conversion_rate",
    "lead_conversion_rate",
    "landing_conversion",
    "funnel",
    "cart_abandonment",
    "page_views",
    "time_on_page",
    "cta_ctr",
    "organic_ctr",
    "search_position",
    "spend",
    "ctr",
    "cpc",
    "cpa",
    "roas",
    "marketing_roi",
    "cac",
    "marketing_cac_share",
    "ltv_cac",
    "cac_payback",
    "sales_by_source",
    "email_open_rate",
    "email_ctr",
    "unsubscribe_rate",
    "social_reach",
    "followers",
    "social_engagement",
    "leads",
    "mql",
    "sql",
    "mql_to_sql",
    "lead_to_close",
    "win_rate",
    "sales_cycle",
    "marketing_originated",
    "pipeline_funnel",
    "roi",
    "cpi",
    "cost_variance",
    "budget_use",
    "mrr",
    "arr",
    "mrr_movements",
    "revenue_churn",
    "arpa",
];

/// Number of KPIs; each language's table has exactly this many entries.
const KPI_COUNT: usize = 71;

/// The texts of one KPI in one language.
struct KpiText {
    /// KPI id of `KPIS.md`.
    id: &'static str,
    /// Name, as practitioners say it.
    name: &'static str,
    /// One line: what the KPI tells you.
    explanation: &'static str,
    /// The definition of `KPIS.md`, in words.
    formula: &'static str,
}

/// Builds a [`KpiText`]: id, name, explanation, formula (keeps the language tables short).
const fn k(
    id: &'static str,
    name: &'static str,
    explanation: &'static str,
    formula: &'static str,
) -> KpiText {
    KpiText {
        id,
        name,
        explanation,
        formula,
    }
}

/// A message in a language.
pub fn tr(lang: Lang, msg: Msg) -> &'static str {
    match lang {
        Lang::En => en::message(msg),
        Lang::Ko => ko::message(msg),
        Lang::ZhTw => zh_tw::message(msg),
        Lang::ZhCn => zh_cn::message(msg),
        Lang::Ja => ja::message(msg),
        Lang::Fr => fr::message(msg),
    }
}

/// The KPI table of a language.
fn kpi_table(lang: Lang) -> &'static [KpiText; KPI_COUNT] {
    match lang {
        Lang::En => &kpi_en::KPIS,
        Lang::Ko => &kpi_ko::KPIS,
        Lang::ZhTw => &kpi_zh_tw::KPIS,
        Lang::ZhCn => &kpi_zh_cn::KPIS,
        Lang::Ja => &kpi_ja::KPIS,
        Lang::Fr => &kpi_fr::KPIS,
    }
}

/// The texts of a KPI in a language.
fn kpi_text(lang: Lang, id: &str) -> Option<&'static KpiText> {
    kpi_table(lang).iter().find(|k| k.id == id)
}

/// The KPI's name in a language (`None` for an unknown id).
pub fn kpi_name(lang: Lang, id: &str) -> Option<&'static str> {
    kpi_text(lang, id).map(|k| k.name)
}

/// One line saying what the KPI tells you.
pub fn kpi_explanation(lang: Lang, id: &str) -> Option<&'static str> {
    kpi_text(lang, id).map(|k| k.explanation)
}

/// How the KPI is computed, in words (the definition of `KPIS.md`).
pub fn kpi_formula(lang: Lang, id: &str) -> Option<&'static str> {
    kpi_text(lang, id).map(|k| k.formula)
}

/// A column name as the page shows it: the name the import gives a column without a header
/// (`Column 3`, see `ingest::dialect::unique_names`) in `lang` (`열 3`, `第 3 列`, `Colonne 3`); any
/// other name as it is (the name itself stays the key of the column in mappings and links).
pub fn column_name(lang: Lang, name: &str) -> String {
    let number = name
        .strip_prefix("Column ")
        .filter(|n| !n.is_empty() && n.len() <= 6 && n.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|n| n.parse::<i64>().ok());
    match number {
        Some(number) if lang != Lang::En => render(lang, &crate::text!("Column {number}", number = number)),
        _ => name.to_string(),
    }
}

/// Replaces each `{name}` of `template` by its value in `args`, in one pass (a value is never itself
/// searched for placeholders). Placeholders without a value are left as they are.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, from_brace) = rest.split_at(open);
        out.push_str(before);
        let after_brace = &from_brace[1..];
        let value = after_brace.find('}').and_then(|close| {
            let name = &after_brace[..close];
            args.iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after_brace[close + 1..];
            }
            None => {
                out.push('{');
                rest = after_brace;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholder names of a template, sorted and without duplicates (`"{file}: {message}"` →
/// `["file", "message"]`).
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

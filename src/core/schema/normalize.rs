//! Normalisation of the values that exports write in many ways: order statuses, traffic sources,
//! CRM stages and billing intervals. (The schema work extends the vocabularies; the signatures are stable.)

use serde::{Deserialize, Serialize};

/// An order's status, normalised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrderStatus {
    /// Paid / completed / shipped — and any unknown status (KPIS.md: unknown counts as completed).
    Completed,
    /// Cancelled, failed, void or test.
    Cancelled,
    /// Refunded.
    Refunded,
    /// Pending / on hold (counted as completed in revenue; listed in data quality).
    Pending,
    /// A status word no vocabulary knows (counted as completed, listed in data quality).
    Unknown,
}

impl OrderStatus {
    /// Whether orders with this status count in revenue and order counts.
    pub fn counts_as_sale(self) -> bool {
        !matches!(self, OrderStatus::Cancelled | OrderStatus::Refunded)
    }
}

/// Normalises an order status word.
pub fn order_status(raw: &str) -> OrderStatus {
    let s = raw.trim().to_lowercase();
    if s.is_empty() {
        return OrderStatus::Completed;
    }
    if s.contains("refund") {
        OrderStatus::Refunded
    } else if ["cancel", "void", "fail", "test"].iter().any(|w| s.contains(w)) {
        OrderStatus::Cancelled
    } else if ["pending", "hold", "processing"].iter().any(|w| s.contains(w)) {
        OrderStatus::Pending
    } else if ["complete", "paid", "shipped", "fulfilled", "delivered", "closed"]
        .iter()
        .any(|w| s.contains(w))
    {
        OrderStatus::Completed
    } else {
        OrderStatus::Unknown
    }
}

/// A traffic channel group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelGroup {
    /// Organic search.
    OrganicSearch,
    /// Paid search (PPC).
    PaidSearch,
    /// Social networks.
    Social,
    /// Email.
    Email,
    /// Referral (backlinks).
    Referral,
    /// Direct.
    Direct,
    /// Anything else.
    Other,
}

/// Maps a source and medium (either may be empty; `source` may be "google / cpc") to a channel group.
pub fn channel_group(source: &str, medium: &str) -> ChannelGroup {
    let s = source.trim().to_lowercase();
    let (s, m) = match s.split_once('/') {
        Some((a, b)) if medium.trim().is_empty() => (a.trim().to_string(), b.trim().to_string()),
        _ => (s.clone(), medium.trim().to_lowercase()),
    };
    if s.contains("direct") || m == "(none)" {
        ChannelGroup::Direct
    } else if ["cpc", "ppc", "paid"].iter().any(|w| m.contains(w)) {
        ChannelGroup::PaidSearch
    } else if m.contains("email") || s.contains("email") || s.contains("newsletter") {
        ChannelGroup::Email
    } else if m == "organic"
        || ["google", "bing", "naver", "yahoo", "baidu"]
            .iter()
            .any(|w| s.contains(w))
    {
        ChannelGroup::OrganicSearch
    } else if m.contains("social")
        || [
            "facebook",
            "linkedin",
            "instagram",
            "twitter",
            "x.com",
            "kakao",
            "line",
        ]
        .iter()
        .any(|w| s.contains(w))
    {
        ChannelGroup::Social
    } else if m == "referral" {
        ChannelGroup::Referral
    } else {
        ChannelGroup::Other
    }
}

/// A CRM stage, normalised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// A new lead / subscriber.
    Lead,
    /// Marketing-qualified lead.
    Mql,
    /// Sales-qualified lead.
    Sql,
    /// Open opportunity / deal.
    Opportunity,
    /// Won deal / customer.
    Won,
    /// Lost deal.
    Lost,
}

/// Normalises a CRM stage name (HubSpot lifecycle stages, Salesforce stages, …).
pub fn stage(raw: &str) -> Option<Stage> {
    let s = raw.trim().to_lowercase();
    if s.is_empty() {
        return None;
    }
    Some(if s.contains("lost") {
        Stage::Lost
    } else if s.contains("won") || s == "customer" {
        Stage::Won
    } else if s.contains("salesqualified") || s.contains("sales qualified") || s == "sql" {
        Stage::Sql
    } else if s.contains("marketingqualified") || s.contains("marketing qualified") || s == "mql" {
        Stage::Mql
    } else if s.contains("opportunit") || s.contains("proposal") || s.contains("negotiat") {
        Stage::Opportunity
    } else {
        Stage::Lead
    })
}

/// Months in one billing interval ("month" → 1, "year" → 12, "week" → 12/52), if known.
pub fn interval_months(raw: &str) -> Option<f64> {
    let s = raw.trim().to_lowercase();
    if s.contains("year") || s.contains("annual") {
        Some(12.0)
    } else if s.contains("quarter") {
        Some(3.0)
    } else if s.contains("week") {
        Some(12.0 / 52.0)
    } else if s.contains("month") {
        Some(1.0)
    } else if s.contains("day") {
        Some(12.0 / 365.0)
    } else {
        None
    }
}

//! The dataset kinds of `KPIS.md`, with the roles each needs and allows.

use super::roles::Role;
use serde::{Deserialize, Serialize};

/// What one dropped file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Shop / ERP orders or order lines.
    Orders,
    /// Web analytics by day (and source / landing page).
    Traffic,
    /// Content / pages report.
    Pages,
    /// Ad platform campaign report.
    Ads,
    /// Sales & marketing cost ledger or budget.
    Costs,
    /// CRM leads / deals.
    Leads,
    /// Email campaign report.
    Email,
    /// Social page analytics.
    Social,
    /// NPS survey responses.
    Nps,
    /// Recurring revenue subscriptions.
    Subscriptions,
    /// Search console export.
    Search,
}

/// One requirement of a kind: any one of these roles must be mapped.
pub type RoleAlternatives = &'static [Role];

impl Kind {
    /// Every kind, in display order.
    pub const ALL: [Kind; 11] = [
        Kind::Orders,
        Kind::Traffic,
        Kind::Pages,
        Kind::Ads,
        Kind::Costs,
        Kind::Leads,
        Kind::Email,
        Kind::Social,
        Kind::Nps,
        Kind::Subscriptions,
        Kind::Search,
    ];

    /// The id used in the page (`data-kind`) and in share links.
    pub fn id(self) -> &'static str {
        match self {
            Kind::Orders => "orders",
            Kind::Traffic => "traffic",
            Kind::Pages => "pages",
            Kind::Ads => "ads",
            Kind::Costs => "costs",
            Kind::Leads => "leads",
            Kind::Email => "email",
            Kind::Social => "social",
            Kind::Nps => "nps",
            Kind::Subscriptions => "subscriptions",
            Kind::Search => "search",
        }
    }

    /// The kind with this id.
    pub fn from_id(id: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// Required roles: each entry must be satisfied by one of its alternatives.
    /// (Orders need an amount *or* quantity and unit price: see [`Kind::is_satisfied_by`].)
    pub fn required(self) -> &'static [RoleAlternatives] {
        use Role::*;
        match self {
            Kind::Orders => &[&[OrderDate], &[Amount, Quantity]],
            Kind::Traffic => &[&[Date], &[Sessions, Users]],
            Kind::Pages => &[&[Page], &[Views]],
            Kind::Ads => &[&[Date], &[Spend]],
            Kind::Costs => &[&[Date], &[Amount]],
            Kind::Leads => &[&[LeadId], &[CreatedDate]],
            Kind::Email => &[&[Campaign], &[SendDate], &[Sent, Delivered]],
            Kind::Social => &[&[Date]],
            Kind::Nps => &[&[Score]],
            Kind::Subscriptions => &[&[CustomerId], &[StartDate], &[Amount]],
            Kind::Search => &[&[Clicks], &[Impressions]],
        }
    }

    /// Whether a set of mapped roles satisfies this kind's requirements.
    pub fn is_satisfied_by(self, mapped: &[Role]) -> bool {
        self.missing(mapped).is_empty()
    }

    /// The requirements not met by `mapped` (each as its alternatives).
    pub fn missing(self, mapped: &[Role]) -> Vec<RoleAlternatives> {
        let mut missing: Vec<RoleAlternatives> = self
            .required()
            .iter()
            .copied()
            .filter(|alts| !alts.iter().any(|r| mapped.contains(r)))
            .collect();
        if self == Kind::Orders
            && !mapped.contains(&Role::Amount)
            && mapped.contains(&Role::Quantity)
            && !mapped.contains(&Role::UnitPrice)
        {
            missing.push(&[Role::UnitPrice]);
        }
        missing
    }
}

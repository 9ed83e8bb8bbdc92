//! Which roles each kind offers, and how each role's values must look.

use super::kinds::Kind;
use super::roles::Role;
use Role::*;

/// The roles the mapping editor offers for `kind` (required ones first), as in `KPIS.md`.
pub fn roles_for_kind(kind: Kind) -> &'static [Role] {
    match kind {
        Kind::Orders => &[
            OrderDate,
            Amount,
            Quantity,
            UnitPrice,
            OrderId,
            Subtotal,
            CustomerId,
            Company,
            Product,
            ProductName,
            Category,
            Status,
            Channel,
            Campaign,
            Country,
            Currency,
            Discount,
            Shipping,
            Tax,
            Cost,
            Profit,
            FulfilledAt,
            SalesRep,
        ],
        Kind::Traffic => &[
            Date,
            Sessions,
            Users,
            NewUsers,
            ReturningUsers,
            EngagedSessions,
            Bounces,
            BounceRate,
            Pageviews,
            AvgEngagementTime,
            Source,
            Medium,
            Channel,
            LandingPage,
            ProductViews,
            AddToCarts,
            Checkouts,
            Purchases,
            Leads,
            Conversions,
            Revenue,
        ],
        Kind::Pages => &[
            Page,
            Views,
            Users,
            Entrances,
            Bounces,
            BounceRate,
            AvgTimeOnPage,
            CtaClicks,
            Date,
        ],
        Kind::Ads => &[
            Date,
            Spend,
            Campaign,
            Channel,
            Impressions,
            Clicks,
            Conversions,
            ConversionValue,
            Budget,
            Currency,
        ],
        Kind::Costs => &[Date, Amount, CostCategory, Planned, EarnedValue, Currency],
        Kind::Leads => &[
            LeadId,
            CreatedDate,
            Stage,
            Source,
            OriginatedBy,
            MqlDate,
            SqlDate,
            CloseDate,
            Won,
            Amount,
            Owner,
            Company,
            Currency,
        ],
        Kind::Email => &[
            Campaign,
            SendDate,
            Sent,
            Delivered,
            Bounces,
            Opens,
            Clicks,
            Unsubscribes,
            SpamReports,
            NewSubscribers,
        ],
        Kind::Social => &[
            Date,
            Platform,
            Reach,
            Impressions,
            Followers,
            NewFollowers,
            Reactions,
            Comments,
            Shares,
            Clicks,
        ],
        Kind::Nps => &[Score, Date, Respondent, Segment, Comment],
        Kind::Subscriptions => &[
            CustomerId, StartDate, Amount, Interval, EndDate, Plan, Status, Currency,
        ],
        Kind::Search => &[Clicks, Impressions, Date, Query, Page, Position],
    }
}

/// The date role that orders a kind's rows in time (what a column simply named "date" means there).
pub fn primary_date_role(kind: Kind) -> Role {
    match kind {
        Kind::Orders => OrderDate,
        Kind::Leads => CreatedDate,
        Kind::Email => SendDate,
        Kind::Subscriptions => StartDate,
        _ => Date,
    }
}

/// The money role a column of currency amounts most likely is in a kind, if the kind has one.
pub fn primary_money_role(kind: Kind) -> Option<Role> {
    match kind {
        Kind::Orders | Kind::Costs | Kind::Leads | Kind::Subscriptions => Some(Amount),
        Kind::Ads => Some(Spend),
        Kind::Traffic => Some(Revenue),
        _ => None,
    }
}

/// What the values of a role must be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueClass {
    /// Dates or date-times.
    Time,
    /// Numbers (amounts, counts, rates, durations in seconds).
    Number,
    /// Identifiers: text or numbers.
    Id,
    /// Labels to group by: text (numbers and booleans are accepted).
    Label,
    /// A yes/no flag, or words such as "won" / "lost".
    Flag,
}

/// The value class of `role`.
pub fn value_class(role: Role) -> ValueClass {
    match role {
        OrderDate | FulfilledAt | Date | CreatedDate | MqlDate | SqlDate | CloseDate | SendDate
        | StartDate | EndDate => ValueClass::Time,
        OrderId | CustomerId | Product | LeadId | Respondent => ValueClass::Id,
        Company | ProductName | Category | Status | Channel | Campaign | Country | Currency | SalesRep
        | Source | Medium | LandingPage | Page | CostCategory | Stage | OriginatedBy | Owner | Platform
        | Segment | Comment | Plan | Query | Interval => ValueClass::Label,
        Won => ValueClass::Flag,
        _ => ValueClass::Number,
    }
}

/// Whether `role` holds money (a currency column fits it best).
pub fn is_money_role(role: Role) -> bool {
    matches!(
        role,
        Amount
            | Subtotal
            | UnitPrice
            | Discount
            | Shipping
            | Tax
            | Cost
            | Profit
            | Revenue
            | Spend
            | ConversionValue
            | Budget
            | Planned
            | EarnedValue
    )
}

/// Whether `role` may hold a rate written with `%` (stored as a fraction).
pub fn is_rate_role(role: Role) -> bool {
    matches!(role, BounceRate | Discount)
}

/// The role's name in messages: `order_date` → "order date".
pub fn role_label(role: Role) -> String {
    role.id().replace('_', " ")
}

/// The kind's name in messages, as the subject of "… need …".
pub fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Orders => crate::phrase!("orders"),
        Kind::Traffic => crate::phrase!("traffic reports"),
        Kind::Pages => crate::phrase!("page reports"),
        Kind::Ads => crate::phrase!("ad reports"),
        Kind::Costs => crate::phrase!("cost ledgers"),
        Kind::Leads => crate::phrase!("leads"),
        Kind::Email => crate::phrase!("email campaign reports"),
        Kind::Social => crate::phrase!("social reports"),
        Kind::Nps => crate::phrase!("survey responses"),
        Kind::Subscriptions => crate::phrase!("subscriptions"),
        Kind::Search => crate::phrase!("search console reports"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_offers_its_required_roles() {
        for kind in Kind::ALL {
            let offered = roles_for_kind(kind);
            for alts in kind.required() {
                for role in *alts {
                    assert!(offered.contains(role), "{kind:?} must offer {role:?}");
                }
            }
            assert!(
                offered.contains(&primary_date_role(kind))
                    || kind == Kind::Pages
                    || kind == Kind::Search
                    || kind == Kind::Nps
                    || offered.contains(&Date)
            );
        }
    }
}

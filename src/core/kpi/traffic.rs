//! Traffic & content KPIs from web analytics, pages and search console exports: sessions, traffic by
//! channel group, returning visitors, bounce rate, conversion rates, the e-commerce funnel, cart
//! abandonment, content views, time on page, CTA and organic click-through rates and search position.

use super::context::{ratio, AreaOutput, Context};
use super::measures::{
    by_period, channel_group_name, frames, pair, ratio_breakdowns, ratio_result, sources, sum_breakdowns,
    undated_warnings, with, Frame, Grouped, Key, RowValue, Sum,
};
use super::query::BounceVariant;
use super::report::{FunnelStep, Special};
use crate::core::schema::dataset::Dataset;
use crate::core::schema::kinds::Kind;
use crate::core::schema::normalize::ChannelGroup;
use crate::core::schema::roles::Role;

/// Breakdown keys of traffic rows.
const TRAFFIC_KEYS: &[Key] = &[
    Key::ChannelGroup,
    Key::Column(Role::Source),
    Key::Column(Role::LandingPage),
];

/// Breakdown keys of pages rows.
const PAGE_KEYS: &[Key] = &[Key::Column(Role::Page)];

/// Breakdown keys of search console rows.
const SEARCH_KEYS: &[Key] = &[Key::Column(Role::Query), Key::Column(Role::Page)];

/// Every channel group, in display order.
const GROUPS: [ChannelGroup; 7] = [
    ChannelGroup::OrganicSearch,
    ChannelGroup::PaidSearch,
    ChannelGroup::Social,
    ChannelGroup::Email,
    ChannelGroup::Referral,
    ChannelGroup::Direct,
    ChannelGroup::Other,
];

/// Computes the Traffic & content area.
pub fn compute(ctx: &Context) -> AreaOutput {
    let mut out = AreaOutput::default();
    let traffic = frames(ctx, Kind::Traffic);
    let pages = frames(ctx, Kind::Pages);
    let search = frames(ctx, Kind::Search);
    for fs in [&traffic, &pages, &search] {
        out.warnings.extend(undated_warnings(fs));
    }
    let sessions = with(&traffic, &[Role::Sessions]);
    sessions_kpis(ctx, &traffic, &mut out);
    returning_rate(ctx, &traffic, &mut out);
    bounce_rate(ctx, &sessions, &pages, &mut out);
    conversion_rates(ctx, &sessions, &mut out);
    funnel(ctx, &sessions, &mut out);
    cart_abandonment(ctx, &traffic, &mut out);
    content(ctx, &traffic, &pages, &mut out);
    search_kpis(ctx, &search, &mut out);
    out
}

fn sessions_of(f: &Frame, r: usize) -> Option<f64> {
    f.number(Role::Sessions, r)
}

fn sessions_kpis(ctx: &Context, traffic: &[Frame], out: &mut AreaOutput) {
    let with_sessions = with(traffic, &[Role::Sessions]);
    let with_users = with(traffic, &[Role::Users]);
    let (base, role) = if with_sessions.is_empty() {
        (with_users.clone(), Role::Users)
    } else {
        (with_sessions, Role::Sessions)
    };
    if base.is_empty() {
        return;
    }
    let count = Sum::of(&base, role);
    let value: RowValue = &|f, r| f.number(role, r);
    let mut r = by_period(ctx, "sessions", count.dated, &|p| Some(count.over(p)), "");
    r.breakdowns = sum_breakdowns(ctx, &base, TRAFFIC_KEYS, value);
    if role == Role::Sessions && !with_users.is_empty() {
        let users = Sum::of(&with_users, Role::Users);
        r.special = Some(Special::Figures(vec![(
            "users".to_string(),
            users.over(ctx.period),
        )]));
    }
    r.sources = sources(&base, &[Role::Date, role]);
    out.push(r);

    // Traffic by channel group.
    let grouped: Vec<&Frame> = base
        .iter()
        .copied()
        .filter(|f| Key::ChannelGroup.applies(f))
        .collect();
    if grouped.is_empty() {
        out.unavailable(
            "traffic_by_source",
            crate::phrase!("needs a web analytics export with a source, medium or channel column"),
        );
        return;
    }
    let count = Sum::of(&grouped, role);
    let mut r = by_period(
        ctx,
        "traffic_by_source",
        count.dated,
        &|p| Some(count.over(p)),
        "",
    );
    r.breakdowns = sum_breakdowns(ctx, &grouped, &[Key::ChannelGroup], value);
    let g = Grouped::build(&grouped, Key::ChannelGroup, ctx.period, &[value], false);
    let figures: Vec<(String, f64)> = GROUPS
        .iter()
        .map(|&grp| channel_group_name(grp))
        .filter_map(|name| {
            let i = g.names.iter().position(|n| n == name)?;
            let v = g.measure(0).get(i).copied()?;
            (v != 0.0).then(|| (name.to_string(), v))
        })
        .collect();
    r.special = Some(Special::Figures(figures));
    r.sources = sources(
        &grouped,
        &[Role::Date, role, Role::Channel, Role::Source, Role::Medium],
    );
    out.push(r);
}

fn returning_rate(ctx: &Context, traffic: &[Frame], out: &mut AreaOutput) {
    let usable: Vec<&Frame> = traffic
        .iter()
        .filter(|f| {
            f.has(Role::ReturningUsers) && (f.has(Role::Users) || f.has(Role::NewUsers))
                || f.has(Role::Users) && f.has(Role::NewUsers)
        })
        .collect();
    if usable.is_empty() {
        return;
    }
    let returning: RowValue = &|f, r| match f.number(Role::ReturningUsers, r) {
        Some(v) => Some(v),
        None if !f.has(Role::ReturningUsers) => {
            Some(f.number(Role::Users, r)? - f.number(Role::NewUsers, r)?)
        }
        None => None,
    };
    let users: RowValue = &|f, r| match f.number(Role::Users, r) {
        Some(v) => Some(v),
        None if !f.has(Role::Users) => {
            Some(f.number(Role::ReturningUsers, r)? + f.number(Role::NewUsers, r)?)
        }
        None => None,
    };
    let (num, den) = pair(&usable, returning, users);
    let mut r = ratio_result(
        ctx,
        "returning_rate",
        &num,
        &den,
        crate::phrase!("No users in the period"),
    );
    r.breakdowns = ratio_breakdowns(ctx, &usable, TRAFFIC_KEYS, returning, users);
    r.sources = sources(
        &usable,
        &[Role::Date, Role::Users, Role::NewUsers, Role::ReturningUsers],
    );
    out.push(r);
}

/// A per-row rate column as a fraction: a column whose values exceed 1 is in percent.
fn rate_scale(ds: &Dataset, role: Role) -> f64 {
    match ds.column(role).map(|c| &c.data) {
        Some(crate::core::ingest::table::ColumnData::Number(v)) if v.iter().any(|&x| x > 1.0) => 0.01,
        _ => 1.0,
    }
}

fn bounce_rate(ctx: &Context, sessions: &[&Frame], pages: &[Frame], out: &mut AreaOutput) {
    let variant = ctx.query.variants.bounce;
    let scales: Vec<(*const Dataset, f64)> = sessions
        .iter()
        .map(|f| (f.ds as *const Dataset, rate_scale(f.ds, Role::BounceRate)))
        .chain(
            pages
                .iter()
                .map(|f| (f.ds as *const Dataset, rate_scale(f.ds, Role::BounceRate))),
        )
        .collect();
    let scale = |f: &Frame| {
        scales
            .iter()
            .find(|(p, _)| std::ptr::eq(*p, f.ds))
            .map_or(1.0, |s| s.1)
    };
    // Which column each traffic frame's bounces come from.
    let source_of = |f: &Frame| -> Option<Role> {
        let order: &[Role] = match variant {
            BounceVariant::Auto => &[Role::EngagedSessions, Role::Bounces, Role::BounceRate],
            BounceVariant::EngagedSessions => &[Role::EngagedSessions],
            BounceVariant::Bounces => &[Role::Bounces],
        };
        order.iter().copied().find(|&r| f.has(r))
    };
    let usable: Vec<&Frame> = sessions
        .iter()
        .copied()
        .filter(|f| source_of(f).is_some())
        .collect();
    if !usable.is_empty() {
        let bounced: RowValue = &|f, r| {
            let s = sessions_of(f, r)?;
            match source_of(f)? {
                Role::EngagedSessions => Some(s - f.number(Role::EngagedSessions, r)?),
                Role::Bounces => f.number(Role::Bounces, r),
                _ => Some(f.number(Role::BounceRate, r)? * scale(f) * s),
            }
        };
        let (num, den) = pair(&usable, bounced, &sessions_of);
        let mut r = ratio_result(
            ctx,
            "bounce_rate",
            &num,
            &den,
            crate::phrase!("No sessions in the period"),
        );
        r.breakdowns = ratio_breakdowns(ctx, &usable, TRAFFIC_KEYS, bounced, &sessions_of);
        r.sources = sources(
            &usable,
            &[
                Role::Date,
                Role::Sessions,
                Role::EngagedSessions,
                Role::Bounces,
                Role::BounceRate,
            ],
        );
        out.push(r);
        return;
    }
    // Pages: bounces ÷ entrances (or views), or a per-page rate weighted by entrances (or views).
    let page_base = |f: &Frame, r: usize| {
        if f.has(Role::Entrances) {
            f.number(Role::Entrances, r)
        } else {
            f.number(Role::Views, r)
        }
    };
    let page_usable: Vec<&Frame> = pages
        .iter()
        .filter(|f| match variant {
            BounceVariant::EngagedSessions => false,
            BounceVariant::Bounces => f.has(Role::Bounces),
            BounceVariant::Auto => f.has(Role::Bounces) || f.has(Role::BounceRate),
        })
        .collect();
    if page_usable.is_empty() {
        let reason = match variant {
            BounceVariant::EngagedSessions => {
                crate::phrase!("needs a web analytics export with sessions and engaged sessions (the chosen bounce-rate variant)")
            }
            BounceVariant::Bounces => {
                crate::phrase!("needs a web analytics or pages export with a bounces column (the chosen bounce-rate variant)")
            }
            BounceVariant::Auto => {
                crate::phrase!("needs a web analytics export with sessions and engaged sessions, bounces or a bounce rate, or a pages export with bounces")
            }
        };
        out.unavailable("bounce_rate", reason);
        return;
    }
    let bounced: RowValue = &|f, r| {
        if f.has(Role::Bounces) {
            f.number(Role::Bounces, r)
        } else {
            Some(f.number(Role::BounceRate, r)? * scale(f) * page_base(f, r)?)
        }
    };
    let (num, den) = pair(&page_usable, bounced, &page_base);
    let mut r = ratio_result(
        ctx,
        "bounce_rate",
        &num,
        &den,
        crate::phrase!("No page entrances in the period"),
    );
    r.breakdowns = ratio_breakdowns(ctx, &page_usable, PAGE_KEYS, bounced, &page_base);
    r.sources = sources(
        &page_usable,
        &[
            Role::Page,
            Role::Entrances,
            Role::Views,
            Role::Bounces,
            Role::BounceRate,
        ],
    );
    out.push(r);
}

/// The conversions column of a traffic frame: purchases, else conversions.
fn conversions_of(f: &Frame, r: usize) -> Option<f64> {
    if f.has(Role::Purchases) {
        f.number(Role::Purchases, r)
    } else {
        f.number(Role::Conversions, r)
    }
}

fn conversion_rates(ctx: &Context, sessions: &[&Frame], out: &mut AreaOutput) {
    if sessions.is_empty() {
        return;
    }
    let converting: Vec<&Frame> = sessions
        .iter()
        .copied()
        .filter(|f| f.has(Role::Purchases) || f.has(Role::Conversions))
        .collect();
    let no_sessions = crate::phrase!("No sessions in the period");
    if !converting.is_empty() {
        let (num, den) = pair(&converting, &conversions_of, &sessions_of);
        let mut r = ratio_result(ctx, "conversion_rate", &num, &den, no_sessions);
        r.breakdowns = ratio_breakdowns(ctx, &converting, TRAFFIC_KEYS, &conversions_of, &sessions_of);
        r.sources = sources(
            &converting,
            &[Role::Date, Role::Sessions, Role::Purchases, Role::Conversions],
        );
        out.push(r);
    } else if let (Some(t), Some(f)) = (ctx.prepared.orders.as_ref(), ctx.orders.as_ref()) {
        let den = Sum::of(sessions, Role::Sessions);
        let mut r = by_period(
            ctx,
            "conversion_rate",
            den.dated,
            &|p| ratio(f.orders.sum(p), den.over(p)),
            no_sessions,
        );
        r.sources = sources(sessions, &[Role::Date, Role::Sessions]);
        r.sources.extend(t.sources.iter().cloned());
        out.push(r);
    } else {
        out.unavailable(
            "conversion_rate",
            crate::phrase!("needs purchases or conversions in the web analytics export, or an orders export for the same dates"),
        );
    }

    // Lead conversion: traffic's leads column, else leads created in a CRM export.
    let with_leads: Vec<&Frame> = sessions.iter().copied().filter(|f| f.has(Role::Leads)).collect();
    let leads_of: RowValue = &|f, r| f.number(Role::Leads, r);
    if !with_leads.is_empty() {
        let (num, den) = pair(&with_leads, leads_of, &sessions_of);
        let mut r = ratio_result(ctx, "lead_conversion_rate", &num, &den, no_sessions);
        r.breakdowns = ratio_breakdowns(ctx, &with_leads, TRAFFIC_KEYS, leads_of, &sessions_of);
        r.sources = sources(&with_leads, &[Role::Date, Role::Sessions, Role::Leads]);
        out.push(r);
    } else {
        let crm = frames(ctx, Kind::Leads);
        let crm: Vec<&Frame> = crm.iter().collect();
        if crm.is_empty() {
            out.unavailable(
                "lead_conversion_rate",
                crate::phrase!("needs a leads column in the web analytics export, or a CRM leads export"),
            );
        } else {
            let num = Sum::build(&crm, &|_, _| Some(1.0));
            let den = Sum::of(sessions, Role::Sessions);
            let mut r = ratio_result(ctx, "lead_conversion_rate", &num, &den, no_sessions);
            r.sources = sources(sessions, &[Role::Date, Role::Sessions]);
            r.sources
                .extend(sources(&crm, &[Role::LeadId, Role::CreatedDate]));
            out.push(r);
        }
    }

    // Landing pages: conversions (purchases, conversions, else leads) ÷ sessions per landing page.
    let landing: Vec<&Frame> = sessions
        .iter()
        .copied()
        .filter(|f| {
            f.has(Role::LandingPage)
                && (f.has(Role::Purchases) || f.has(Role::Conversions) || f.has(Role::Leads))
        })
        .collect();
    if landing.is_empty() {
        out.unavailable(
            "landing_conversion",
            crate::phrase!(
                "needs a web analytics export with a landing page column and purchases, conversions or leads"
            ),
        );
        return;
    }
    let converted: RowValue = &|f, r| {
        if f.has(Role::Purchases) || f.has(Role::Conversions) {
            conversions_of(f, r)
        } else {
            f.number(Role::Leads, r)
        }
    };
    let (num, den) = pair(&landing, converted, &sessions_of);
    let mut r = ratio_result(ctx, "landing_conversion", &num, &den, no_sessions);
    r.breakdowns = ratio_breakdowns(
        ctx,
        &landing,
        &[Key::Column(Role::LandingPage)],
        converted,
        &sessions_of,
    );
    r.sources = sources(
        &landing,
        &[
            Role::LandingPage,
            Role::Sessions,
            Role::Purchases,
            Role::Conversions,
            Role::Leads,
        ],
    );
    out.push(r);
}

/// The funnel steps present in the data: (name, role).
const FUNNEL: [(&str, Role); 5] = [
    (crate::phrase!("Sessions"), Role::Sessions),
    (crate::phrase!("Product views"), Role::ProductViews),
    (crate::phrase!("Add to cart"), Role::AddToCarts),
    (crate::phrase!("Checkout"), Role::Checkouts),
    (crate::phrase!("Purchase"), Role::Purchases),
];

fn funnel(ctx: &Context, sessions: &[&Frame], out: &mut AreaOutput) {
    let steps: Vec<(&str, Role, Sum)> = FUNNEL
        .iter()
        .filter_map(|&(name, role)| {
            let fs: Vec<&Frame> = sessions.iter().copied().filter(|f| f.has(role)).collect();
            (!fs.is_empty()).then(|| (name, role, Sum::of(&fs, role)))
        })
        .collect();
    if steps.len() < 2 {
        out.unavailable(
            "funnel",
            crate::phrase!("needs a web analytics export with sessions and product views, add-to-carts, checkouts or purchases"),
        );
        return;
    }
    let (Some(first), Some(last)) = (steps.first(), steps.last()) else {
        return;
    };
    let dated = steps.iter().all(|s| s.2.dated);
    let mut r = by_period(
        ctx,
        "funnel",
        dated,
        &|p| ratio(last.2.over(p), first.2.over(p)),
        crate::phrase!("No sessions in the period"),
    );
    let mut list: Vec<FunnelStep> = Vec::new();
    let mut previous: Option<(&str, f64)> = None;
    for (name, _, sum) in &steps {
        let count = sum.over(ctx.period);
        if let Some((prev_name, prev)) = previous {
            if count > prev {
                out.warnings.push(crate::text!(
                    "Funnel: the step \"{name}\" ({count}) is larger than the step before, \"{prev_name}\" ({prev}); \
                     the export counts these steps differently (events rather than sessions?)",
                    name = crate::core::i18n::Arg::Phrase(name.to_string().into()),
                    count = count as i64,
                    prev_name = crate::core::i18n::Arg::Phrase(prev_name.to_string().into()),
                    prev = prev as i64
                ));
            }
        }
        list.push(FunnelStep {
            name: name.to_string(),
            count,
            step_rate: previous.and_then(|(_, prev)| ratio(count, prev)),
        });
        previous = Some((name, count));
    }
    r.special = Some(Special::Funnel(list));
    let roles: Vec<Role> = std::iter::once(Role::Date)
        .chain(steps.iter().map(|s| s.1))
        .collect();
    r.sources = sources(sessions, &roles);
    out.push(r);
}

fn cart_abandonment(ctx: &Context, traffic: &[Frame], out: &mut AreaOutput) {
    let usable = with(traffic, &[Role::AddToCarts, Role::Purchases]);
    if usable.is_empty() {
        return;
    }
    let abandoned: RowValue = &|f, r| Some(f.number(Role::AddToCarts, r)? - f.number(Role::Purchases, r)?);
    let carts: RowValue = &|f, r| f.number(Role::AddToCarts, r);
    let (num, den) = pair(&usable, abandoned, carts);
    if num.over(ctx.period) < 0.0 {
        out.warnings.push(crate::text!(
            "Cart abandonment: there are more purchases than add-to-carts in the period; the rate is shown as 0"
        ));
    }
    let mut r = by_period(
        ctx,
        "cart_abandonment",
        num.dated,
        &|p| ratio(num.over(p), den.over(p)).map(|v| v.max(0.0)),
        crate::phrase!("No add-to-cart in the period"),
    );
    r.breakdowns = ratio_breakdowns(ctx, &usable, TRAFFIC_KEYS, abandoned, carts);
    r.sources = sources(&usable, &[Role::Date, Role::AddToCarts, Role::Purchases]);
    out.push(r);
}

fn content(ctx: &Context, traffic: &[Frame], pages: &[Frame], out: &mut AreaOutput) {
    // Content views: pages' views, else traffic's page views.
    let page_views = with(pages, &[Role::Views]);
    let traffic_views = with(traffic, &[Role::Pageviews]);
    let views_of: RowValue = &|f, r| f.number(Role::Views, r);
    let pageviews_of: RowValue = &|f, r| f.number(Role::Pageviews, r);
    if !page_views.is_empty() {
        let s = Sum::of(&page_views, Role::Views);
        let mut r = by_period(ctx, "page_views", s.dated, &|p| Some(s.over(p)), "");
        r.breakdowns = sum_breakdowns(ctx, &page_views, PAGE_KEYS, views_of);
        r.sources = sources(&page_views, &[Role::Page, Role::Views, Role::Date]);
        out.push(r);
    } else if !traffic_views.is_empty() {
        let s = Sum::of(&traffic_views, Role::Pageviews);
        let mut r = by_period(ctx, "page_views", s.dated, &|p| Some(s.over(p)), "");
        r.breakdowns = sum_breakdowns(ctx, &traffic_views, TRAFFIC_KEYS, pageviews_of);
        r.sources = sources(&traffic_views, &[Role::Date, Role::Pageviews]);
        out.push(r);
    }

    // Time on page: views-weighted time on page; else engagement time weighted by sessions (GA4's
    // average engagement time is per session, so Σ time × sessions ÷ Σ sessions is the exact mean).
    let timed_pages = with(pages, &[Role::AvgTimeOnPage, Role::Views]);
    let timed_traffic = with(traffic, &[Role::AvgEngagementTime, Role::Sessions]);
    if !timed_pages.is_empty() {
        let total: RowValue = &|f, r| Some(f.number(Role::AvgTimeOnPage, r)? * f.number(Role::Views, r)?);
        let (num, den) = pair(&timed_pages, total, views_of);
        let mut r = ratio_result(
            ctx,
            "time_on_page",
            &num,
            &den,
            crate::phrase!("No page views in the period"),
        );
        r.breakdowns = ratio_breakdowns(ctx, &timed_pages, PAGE_KEYS, total, views_of);
        r.sources = sources(&timed_pages, &[Role::Page, Role::AvgTimeOnPage, Role::Views]);
        out.push(r);
    } else if !timed_traffic.is_empty() {
        let total: RowValue =
            &|f, r| Some(f.number(Role::AvgEngagementTime, r)? * f.number(Role::Sessions, r)?);
        let (num, den) = pair(&timed_traffic, total, &sessions_of);
        let mut r = ratio_result(
            ctx,
            "time_on_page",
            &num,
            &den,
            crate::phrase!("No sessions in the period"),
        );
        r.breakdowns = ratio_breakdowns(ctx, &timed_traffic, TRAFFIC_KEYS, total, &sessions_of);
        r.sources = sources(
            &timed_traffic,
            &[Role::Date, Role::AvgEngagementTime, Role::Sessions],
        );
        out.push(r);
    }

    // CTA click-through rate.
    let cta = with(pages, &[Role::CtaClicks, Role::Views]);
    if !cta.is_empty() {
        let clicks: RowValue = &|f, r| f.number(Role::CtaClicks, r);
        let (num, den) = pair(&cta, clicks, views_of);
        let mut r = ratio_result(
            ctx,
            "cta_ctr",
            &num,
            &den,
            crate::phrase!("No page views in the period"),
        );
        r.breakdowns = ratio_breakdowns(ctx, &cta, PAGE_KEYS, clicks, views_of);
        r.sources = sources(&cta, &[Role::Page, Role::CtaClicks, Role::Views]);
        out.push(r);
    }
}

fn search_kpis(ctx: &Context, search: &[Frame], out: &mut AreaOutput) {
    let impressions: RowValue = &|f, r| f.number(Role::Impressions, r);
    let ctr = with(search, &[Role::Clicks, Role::Impressions]);
    if !ctr.is_empty() {
        let clicks: RowValue = &|f, r| f.number(Role::Clicks, r);
        let (num, den) = pair(&ctr, clicks, impressions);
        let mut r = ratio_result(
            ctx,
            "organic_ctr",
            &num,
            &den,
            crate::phrase!("No search impressions in the period"),
        );
        r.breakdowns = ratio_breakdowns(ctx, &ctr, SEARCH_KEYS, clicks, impressions);
        r.sources = sources(&ctr, &[Role::Date, Role::Clicks, Role::Impressions]);
        out.push(r);
    }
    let positioned = with(search, &[Role::Position, Role::Impressions]);
    if positioned.is_empty() {
        if !search.is_empty() {
            out.unavailable(
                "search_position",
                crate::phrase!("needs a position column in the search console export"),
            );
        }
        return;
    }
    let weighted: RowValue = &|f, r| Some(f.number(Role::Position, r)? * f.number(Role::Impressions, r)?);
    let (num, den) = pair(&positioned, weighted, impressions);
    let mut r = ratio_result(
        ctx,
        "search_position",
        &num,
        &den,
        crate::phrase!("No search impressions in the period"),
    );
    r.breakdowns = ratio_breakdowns(ctx, &positioned, SEARCH_KEYS, weighted, impressions);
    r.sources = sources(&positioned, &[Role::Date, Role::Position, Role::Impressions]);
    out.push(r);
}

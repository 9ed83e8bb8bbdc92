//! Marketing KPIs: spend, ad performance (CTR, CPC, CPA, ROAS), marketing ROI, CAC and its ratios, sales by
//! source, email (open, click-through, unsubscribe rates) and social (reach, followers, engagement).

use super::context::{breakdown, ratio, AreaOutput, Context};
use super::costs::{actual, amount_in, row_category, CostCategory};
use super::customers::clv_predicted;
use super::measures::{
    by_period, currency, frames, money, pair, ratio_breakdowns, ratio_result, sources, sum_breakdowns, with,
    Frame, Grouped, Key, RowValue, Sum,
};
use super::query::CacVariant;
use super::report::{Breakdown, KpiResult, KpiValue, Special};
use crate::core::ingest::table::ColumnData;
use crate::core::schema::fold::fold;
use crate::core::schema::kinds::Kind;
use crate::core::schema::roles::Role;
use crate::core::time::Period;
use std::collections::HashMap;

const AD_KEYS: &[Key] = &[Key::Column(Role::Campaign), Key::Column(Role::Channel)];
const EMAIL_KEYS: &[Key] = &[Key::Column(Role::Campaign)];
const SOCIAL_KEYS: &[Key] = &[Key::Column(Role::Platform)];

/// Average days per month, for monthly figures of any period.
const DAYS_PER_MONTH: f64 = 365.25 / 12.0;

/// The money figures of ads and the cost ledger, per day.
struct Costs<'f, 'a> {
    ads: Vec<&'f Frame<'a>>,
    ledger: Vec<&'f Frame<'a>>,
    ad_spend: Sum,
    marketing: Sum,
    sales: Sum,
    uncategorised: Sum,
    currency: Result<Option<String>, crate::core::i18n::Text>,
}

impl Costs<'_, '_> {
    /// Σ ad spend + Σ marketing costs.
    fn marketing_spend(&self, p: Period) -> f64 {
        self.ad_spend.over(p) + self.marketing.over(p)
    }

    /// The costs of the CAC variant: marketing (+ sales and uncategorised ledger costs).
    fn acquisition(&self, p: Period, variant: CacVariant) -> f64 {
        match variant {
            CacVariant::MarketingOnly => self.marketing_spend(p),
            CacVariant::MarketingAndSales => {
                self.marketing_spend(p) + self.sales.over(p) + self.uncategorised.over(p)
            }
        }
    }

    fn dated(&self) -> bool {
        self.ad_spend.dated && self.marketing.dated && self.sales.dated
    }

    fn any(&self) -> bool {
        !self.ads.is_empty() || !self.ledger.is_empty()
    }

    fn sources(&self) -> Vec<String> {
        let mut s = sources(&self.ads, &[Role::Date, Role::Spend]);
        s.extend(sources(
            &self.ledger,
            &[Role::Date, Role::Amount, Role::CostCategory],
        ));
        s
    }
}

fn costs<'f, 'a>(ctx: &Context, ads: &'f [Frame<'a>], ledger: &'f [Frame<'a>]) -> Costs<'f, 'a> {
    let ads = with(ads, &[Role::Spend]);
    let ledger = with(ledger, &[Role::Amount]);
    let cur = match (
        currency(ctx, &ads, Role::Spend),
        currency(ctx, &ledger, Role::Amount),
    ) {
        (Err(e), _) | (_, Err(e)) => Err(e),
        (Ok(Some(a)), Ok(Some(b))) if a != b => Err(crate::text!(
            "The ad spend ({a}) and the cost ledger ({b}) are in different currencies; pick one currency",
            a = a,
            b = b
        )),
        (Ok(a), Ok(b)) => Ok(a.or(b)),
    };
    Costs {
        ad_spend: Sum::of(&ads, Role::Spend),
        marketing: Sum::build(&ledger, &|f, r| amount_in(f, r, CostCategory::Marketing)),
        sales: Sum::build(&ledger, &|f, r| amount_in(f, r, CostCategory::Sales)),
        uncategorised: Sum::build(&ledger, &|f, r| {
            row_category(f, r).is_none().then(|| actual(f, r)).flatten()
        }),
        ads,
        ledger,
        currency: cur,
    }
}

/// Computes the Marketing area.
pub fn compute(ctx: &Context) -> AreaOutput {
    let mut out = AreaOutput::default();
    let ads = frames(ctx, Kind::Ads);
    let ledger = frames(ctx, Kind::Costs);
    let c = costs(ctx, &ads, &ledger);
    spend(ctx, &c, &mut out);
    ad_kpis(ctx, &ads, &c, &mut out);
    acquisition(ctx, &c, &mut out);
    sales_by_source(ctx, &ads, &mut out);
    email(ctx, &mut out);
    social(ctx, &mut out);
    out
}

fn spend(ctx: &Context, c: &Costs, out: &mut AreaOutput) {
    if !c.any() {
        return;
    }
    let mut r = by_period(ctx, "spend", c.dated(), &|p| Some(c.marketing_spend(p)), "");
    let top = ctx.query.top_n;
    let ledger_total = c.marketing.over(ctx.period);
    let spend_of: RowValue = &|f, r| f.number(Role::Spend, r);
    for key in AD_KEYS {
        if !c.ads.iter().any(|f| key.applies(f)) {
            continue;
        }
        let g = Grouped::build(&c.ads, *key, ctx.period, &[spend_of], false);
        let mut names = g.names.clone();
        let mut values: Vec<f64> = g.measure(0).iter().take(names.len()).copied().collect();
        let missing = g.measure(0).get(names.len()).copied().unwrap_or(0.0);
        if ledger_total != 0.0 {
            names.push(crate::phrase!("Cost ledger: marketing").to_string());
            values.push(ledger_total);
        }
        values.push(missing);
        r.breakdowns
            .push(breakdown(key.role(), &names, &values, top, true));
    }
    if !c.ledger.is_empty() && c.ads.is_empty() {
        let mkt: RowValue = &|f, r| amount_in(f, r, CostCategory::Marketing);
        r.breakdowns = sum_breakdowns(ctx, &c.ledger, &[Key::Column(Role::CostCategory)], mkt);
    }
    r.special = Some(Special::Figures(vec![
        ("ad_spend".to_string(), c.ad_spend.over(ctx.period)),
        ("marketing_costs".to_string(), ledger_total),
    ]));
    r.sources = c.sources();
    out.push(money(r, &c.currency));
}

/// Revenue of the period's orders whose campaign (else channel) is one of the ads' campaigns (channels).
fn attributed_orders_revenue(ctx: &Context, ads: &[&Frame]) -> Option<f64> {
    let f = ctx.orders.as_ref()?;
    for role in [Role::Campaign, Role::Channel] {
        let Some(d) = f.main.dimensions.iter().find(|d| d.role == role) else {
            continue;
        };
        let mut ad_names: Vec<String> = Vec::new();
        for a in ads {
            if let Some(col) = a.ds.column(role) {
                // Text columns: fold each dictionary value once, not every row's.
                let mut done: Vec<bool> = match &col.data {
                    ColumnData::Text { dict, .. } => vec![false; dict.len()],
                    _ => Vec::new(),
                };
                for row in a.rows() {
                    if let ColumnData::Text { codes, .. } = &col.data {
                        match codes.get(row).and_then(|&c| done.get_mut(c as usize)) {
                            Some(d) if *d => continue,
                            Some(d) => *d = true,
                            None => {}
                        }
                    }
                    let v = fold(&col.data.display(row));
                    if !v.is_empty() && !ad_names.contains(&v) {
                        ad_names.push(v);
                    }
                }
            }
        }
        if ad_names.is_empty() {
            continue;
        }
        let matched: Vec<f64> = d
            .names
            .iter()
            .zip(&d.revenue)
            .filter(|(n, _)| ad_names.contains(&fold(n)))
            .map(|(_, &v)| v)
            .collect();
        if !matched.is_empty() {
            return Some(matched.iter().sum());
        }
    }
    None
}

fn ad_kpis(ctx: &Context, ads: &[Frame], c: &Costs, out: &mut AreaOutput) {
    let spend_of: RowValue = &|f, r| f.number(Role::Spend, r);
    let clicks_of: RowValue = &|f, r| f.number(Role::Clicks, r);
    let impressions_of: RowValue = &|f, r| f.number(Role::Impressions, r);
    let conversions_of: RowValue = &|f, r| f.number(Role::Conversions, r);
    let value_of: RowValue = &|f, r| f.number(Role::ConversionValue, r);
    let rate = |id: &str, fs: &[&Frame], num: RowValue, den: RowValue, roles: &[Role], reason: &str| {
        let (n, d) = pair(fs, num, den);
        let mut r = ratio_result(ctx, id, &n, &d, reason);
        r.breakdowns = ratio_breakdowns(ctx, fs, AD_KEYS, num, den);
        r.sources = sources(fs, roles);
        r
    };
    let both = |roles: &[Role]| with(ads, roles);

    let fs = both(&[Role::Clicks, Role::Impressions]);
    if !fs.is_empty() {
        out.push(rate(
            "ctr",
            &fs,
            clicks_of,
            impressions_of,
            &[Role::Date, Role::Clicks, Role::Impressions],
            crate::phrase!("No ad impressions in the period"),
        ));
    }
    let fs = both(&[Role::Spend, Role::Clicks]);
    if !fs.is_empty() {
        let r = rate(
            "cpc",
            &fs,
            spend_of,
            clicks_of,
            &[Role::Date, Role::Spend, Role::Clicks],
            crate::phrase!("No ad clicks in the period"),
        );
        out.push(money(r, &c.currency));
    }
    let fs = both(&[Role::Spend, Role::Conversions]);
    if !fs.is_empty() {
        let r = rate(
            "cpa",
            &fs,
            spend_of,
            conversions_of,
            &[Role::Date, Role::Spend, Role::Conversions],
            crate::phrase!("No ad conversions in the period"),
        );
        out.push(money(r, &c.currency));
    }

    // ROAS and marketing ROI: conversion value, else the revenue of orders of the ads' campaigns.
    let valued = both(&[Role::Spend, Role::ConversionValue]);
    let spent = both(&[Role::Spend]);
    let no_spend = crate::phrase!("No ad spend in the period");
    let (attributed, attributed_dated): (Box<dyn Fn(Period) -> Option<f64> + '_>, bool) =
        if !valued.is_empty() {
            let v = Sum::of(&valued, Role::ConversionValue);
            let dated = v.dated;
            (Box::new(move |p| Some(v.over(p))), dated)
        } else {
            let period = ctx.period;
            let revenue = attributed_orders_revenue(ctx, &spent);
            (Box::new(move |p| if p == period { revenue } else { None }), false)
        };
    if !valued.is_empty() {
        out.push(rate(
            "roas",
            &valued,
            value_of,
            spend_of,
            &[Role::Date, Role::Spend, Role::ConversionValue],
            no_spend,
        ));
    } else if !spent.is_empty() && attributed(ctx.period).is_some() {
        let s = &c.ad_spend;
        let mut r = by_period(
            ctx,
            "roas",
            false,
            &|p| ratio(attributed(p)?, s.over(p)),
            no_spend,
        );
        r.sources = sources(&spent, &[Role::Date, Role::Spend, Role::Campaign, Role::Channel]);
        if let Some(t) = &ctx.prepared.orders {
            r.sources.extend(t.sources.iter().cloned());
        }
        out.push(r);
    } else if !spent.is_empty() {
        out.unavailable(
            "roas",
            crate::phrase!("needs a conversion value column in the ads export, or orders whose campaign or channel matches the ads'"),
        );
    }
    if !c.any() {
        return;
    }
    if attributed(ctx.period).is_none() {
        out.unavailable(
            "marketing_roi",
            crate::phrase!("needs a conversion value column in the ads export, or orders whose campaign or channel matches the ads'"),
        );
        return;
    }
    let mut r = by_period(
        ctx,
        "marketing_roi",
        attributed_dated && c.dated(),
        &|p| {
            let s = c.marketing_spend(p);
            ratio(attributed(p)? - s, s)
        },
        crate::phrase!("No marketing spend in the period"),
    );
    r.special = Some(Special::Figures(vec![
        (
            "attributed_revenue".to_string(),
            attributed(ctx.period).unwrap_or(0.0),
        ),
        ("marketing_spend".to_string(), c.marketing_spend(ctx.period)),
    ]));
    r.sources = c.sources();
    r.sources.extend(sources(&valued, &[Role::ConversionValue]));
    let mut r = money(r, &c.currency);
    r.currency = None;
    out.push(r);
}

fn acquisition(ctx: &Context, c: &Costs, out: &mut AreaOutput) {
    let variant = ctx.query.variants.cac;
    let orders = ctx
        .prepared
        .orders
        .as_ref()
        .zip(ctx.orders.as_ref())
        .filter(|(t, _)| t.customer_role.is_some());

    // Marketing share of acquisition costs.
    if c.ledger.iter().any(|f| f.has(Role::CostCategory)) {
        let mut r = by_period(
            ctx,
            "marketing_cac_share",
            c.dated(),
            &|p| {
                let m = c.marketing_spend(p);
                ratio(m, m + c.sales.over(p))
            },
            crate::phrase!("No marketing or sales costs in the period"),
        );
        r.sources = c.sources();
        out.push(r);
    } else {
        out.unavailable(
            "marketing_cac_share",
            crate::phrase!("needs a cost ledger with a category column (marketing / sales)"),
        );
    }
    if !c.any() {
        for id in ["cac", "ltv_cac", "cac_payback"] {
            out.unavailable(
                id,
                crate::phrase!("needs an ads export with spend or a cost ledger"),
            );
        }
        return;
    }

    // New customers: first orders of customers, else deals won (by close date).
    let won = if orders.is_none() {
        super::pipeline::won_deals(ctx)
    } else {
        None
    };
    let new_customers = |p: Period| -> Option<f64> {
        match (orders, &won) {
            (Some((_, f)), _) => Some(f.first_orders.sum(p)),
            (None, Some(w)) => Some(w.over(p)),
            (None, None) => None,
        }
    };
    if new_customers(ctx.period).is_none() {
        for id in ["cac", "ltv_cac", "cac_payback"] {
            out.unavailable(
                id,
                crate::phrase!("needs an orders export with customer ids, or a leads export with won deals and close dates"),
            );
        }
        return;
    }
    let cac = |p: Period| ratio(c.acquisition(p, variant), new_customers(p)?);
    let mut r = by_period(
        ctx,
        "cac",
        c.dated(),
        &cac,
        crate::phrase!("No new customers in the period"),
    );
    r.special = Some(Special::Figures(vec![
        ("costs".to_string(), c.acquisition(ctx.period, variant)),
        (
            "new_customers".to_string(),
            new_customers(ctx.period).unwrap_or(0.0),
        ),
    ]));
    r.sources = c.sources();
    if let Some((t, _)) = orders {
        r.sources.extend(t.sources.iter().cloned());
    }
    out.push(money(r, &c.currency));

    let Some((t, f)) = orders else {
        for id in ["ltv_cac", "cac_payback"] {
            out.unavailable(
                id,
                crate::phrase!("needs an orders export with customer ids (for revenue per customer)"),
            );
        }
        return;
    };
    // LTV : CAC for the period (the predicted CLV is measured at the period's end).
    let clv = clv_predicted(ctx, f);
    let mut r = KpiResult::new(
        "ltv_cac",
        KpiValue::from_option(
            clv.zip(cac(ctx.period)).and_then(|(l, k)| ratio(l, k)),
            if clv.is_none() {
                crate::phrase!("The predicted CLV needs customers ordering in two consecutive windows before the period's end")
            } else {
                crate::phrase!("No new customers in the period (no CAC)")
            },
        ),
    );
    let mut figures = Vec::new();
    if let Some(l) = clv {
        figures.push(("clv_predicted".to_string(), l));
    }
    if let Some(k) = cac(ctx.period) {
        figures.push(("cac".to_string(), k));
    }
    r.special = Some(Special::Figures(figures));
    r.sources = c.sources();
    r.sources.extend(t.sources.iter().cloned());
    if let Err(reason) = &c.currency {
        r.value = KpiValue::NoValue {
            reason: reason.clone(),
        };
        r.special = None;
    }
    out.push(r);

    // CAC payback: CAC ÷ (monthly revenue per active customer × gross margin).
    let payback = |p: Period, active: usize| -> Option<f64> {
        let months = p.len_days() as f64 / DAYS_PER_MONTH;
        let margin = ratio(f.margin.sum(p), f.margin_base.sum(p)).unwrap_or(1.0);
        let monthly = ratio(f.revenue.sum(p), active as f64)? / months * margin;
        ratio(cac(p)?, monthly)
    };
    let mut r = KpiResult::new(
        "cac_payback",
        KpiValue::from_option(
            payback(ctx.period, f.main.active),
            crate::phrase!("Needs new customers and revenue from active customers in the period"),
        ),
    );
    r.comparison = ctx
        .comparison
        .zip(f.comparison.as_ref())
        .and_then(|(p, s)| payback(p, s.active));
    let per_bucket = |periods: Vec<Period>, active: Option<&Vec<usize>>| -> Vec<Option<f64>> {
        periods
            .iter()
            .enumerate()
            .map(|(i, &p)| payback(p, active?.get(i).copied()?))
            .collect()
    };
    r.series = ctx.series_from(
        &per_bucket(ctx.bucket_periods(), Some(&f.main.bucket_active)),
        &per_bucket(
            ctx.comparison_bucket_periods(),
            f.comparison.as_ref().map(|s| &s.bucket_active),
        ),
    );
    r.sources = c.sources();
    r.sources.extend(t.sources.iter().cloned());
    if let Err(reason) = &c.currency {
        r.value = KpiValue::NoValue {
            reason: reason.clone(),
        };
        r.comparison = None;
        r.series.clear();
    }
    out.push(r);
}

fn sales_by_source(ctx: &Context, ads: &[Frame], out: &mut AreaOutput) {
    let (Some(t), Some(f)) = (ctx.prepared.orders.as_ref(), ctx.orders.as_ref()) else {
        return;
    };
    let roles = [Role::Channel, Role::Campaign, Role::Source];
    let dims: Vec<Breakdown> = f
        .main
        .dimensions
        .iter()
        .filter(|d| roles.contains(&d.role))
        .map(|d| breakdown(d.role, &d.names, &d.revenue, ctx.query.top_n, true))
        .collect();
    if dims.is_empty() {
        out.unavailable(
            "sales_by_source",
            crate::phrase!("needs an orders export with a channel, source or campaign column"),
        );
        return;
    }
    let mut r = ctx.by_period("sales_by_source", &|p| Some(f.revenue.sum(p)), "");
    r.breakdowns = dims;
    // Ad performance side by side.
    let spent = with(ads, &[Role::Spend]);
    if !spent.is_empty() {
        let p = ctx.period;
        let total = |role: Role| {
            let fs = with(ads, &[role]);
            (!fs.is_empty()).then(|| Sum::of(&fs, role).over(p))
        };
        let mut figures: Vec<(String, f64)> = Vec::new();
        let spend = total(Role::Spend).unwrap_or(0.0);
        figures.push(("ad_spend".to_string(), spend));
        for (name, role) in [
            ("ad_clicks", Role::Clicks),
            ("ad_conversions", Role::Conversions),
            ("ad_conversion_value", Role::ConversionValue),
        ] {
            if let Some(v) = total(role) {
                figures.push((name.to_string(), v));
            }
        }
        if let Some(v) = total(Role::ConversionValue).and_then(|v| ratio(v, spend)) {
            figures.push(("roas".to_string(), v));
        }
        if let Some(v) = total(Role::Conversions).and_then(|n| ratio(spend, n)) {
            figures.push(("cpa".to_string(), v));
        }
        r.special = Some(Special::Figures(figures));
    }
    out.push(super::sales::money(ctx, t, f, r));
}

/// Delivered emails of a row: the delivered column, else sent − bounces.
fn delivered(f: &Frame, r: usize) -> Option<f64> {
    if f.has(Role::Delivered) {
        f.number(Role::Delivered, r)
    } else {
        Some(f.number(Role::Sent, r)? - f.number(Role::Bounces, r).unwrap_or(0.0))
    }
}

fn email(ctx: &Context, out: &mut AreaOutput) {
    let all = frames(ctx, Kind::Email);
    let base: Vec<&Frame> = all
        .iter()
        .filter(|f| f.has(Role::Delivered) || f.has(Role::Sent))
        .collect();
    if base.is_empty() {
        return;
    }
    let no_delivered = crate::phrase!("No email delivered in the period");
    let roles = |r: Role| {
        [
            Role::Campaign,
            Role::SendDate,
            Role::Sent,
            Role::Delivered,
            Role::Bounces,
            r,
        ]
    };
    for (id, role) in [
        ("email_open_rate", Role::Opens),
        ("email_ctr", Role::Clicks),
        ("unsubscribe_rate", Role::Unsubscribes),
    ] {
        let fs: Vec<&Frame> = base.iter().copied().filter(|f| f.has(role)).collect();
        if fs.is_empty() {
            out.unavailable(
                id,
                crate::text!("needs a {role} column in the email export", role = role),
            );
            continue;
        }
        let num: RowValue = &|f, r| f.number(role, r);
        let (n, d) = pair(&fs, num, &delivered);
        let mut r = ratio_result(ctx, id, &n, &d, no_delivered);
        r.breakdowns = ratio_breakdowns(ctx, &fs, EMAIL_KEYS, num, &delivered);
        if role == Role::Clicks {
            let opened = with(&all, &[Role::Clicks, Role::Opens]);
            let (clicks, opens) = pair(&opened, &|f, r| f.number(Role::Clicks, r), &|f, r| {
                f.number(Role::Opens, r)
            });
            if let Some(cto) = ratio(clicks.over(ctx.period), opens.over(ctx.period)) {
                r.special = Some(Special::Figures(vec![("click_to_open".to_string(), cto)]));
            }
        }
        r.sources = sources(&fs, &roles(role));
        out.push(r);
    }
}

/// Per-platform follower totals: (platform, day, total) of kept rows.
fn follower_points(fs: &[&Frame]) -> HashMap<String, Vec<(i64, f64)>> {
    let mut points: HashMap<String, Vec<(i64, f64)>> = HashMap::new();
    for f in fs {
        let platform = f.ds.column(Role::Platform);
        for row in f.rows() {
            let (Some(day), Some(v)) = (f.day(row), f.number(Role::Followers, row)) else {
                continue;
            };
            let name = platform.map(|c| c.data.display(row)).unwrap_or_default();
            points.entry(name).or_default().push((day, v));
        }
    }
    for v in points.values_mut() {
        v.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    }
    points
}

/// The last total of a platform on or before `end` (exclusive) and on or after `start`.
fn last_in(points: &[(i64, f64)], start: i64, end: i64) -> Option<f64> {
    points
        .iter()
        .rev()
        .find(|(d, _)| *d < end && *d >= start)
        .map(|p| p.1)
}

fn social(ctx: &Context, out: &mut AreaOutput) {
    let all = frames(ctx, Kind::Social);
    if all.is_empty() {
        return;
    }
    // Reach (else impressions) by platform.
    let reach = with(&all, &[Role::Reach]);
    let impressions = with(&all, &[Role::Impressions]);
    let (fs, role) = if reach.is_empty() {
        (impressions.clone(), Role::Impressions)
    } else {
        (reach, Role::Reach)
    };
    if fs.is_empty() {
        out.unavailable(
            "social_reach",
            crate::phrase!("needs a reach or impressions column in the social export"),
        );
    } else {
        let s = Sum::of(&fs, role);
        let mut r = by_period(ctx, "social_reach", s.dated, &|p| Some(s.over(p)), "");
        let value: RowValue = &|f, row| f.number(role, row);
        r.breakdowns = sum_breakdowns(ctx, &fs, SOCIAL_KEYS, value);
        if role == Role::Reach && !impressions.is_empty() {
            let i = Sum::of(&impressions, Role::Impressions);
            r.special = Some(Special::Figures(vec![(
                "impressions".to_string(),
                i.over(ctx.period),
            )]));
        }
        r.sources = sources(&fs, &[Role::Date, Role::Platform, Role::Reach, Role::Impressions]);
        out.push(r);
    }

    // Followers: last total per platform in the period, summed; else Σ new followers.
    let totals = with(&all, &[Role::Followers]);
    let news = with(&all, &[Role::NewFollowers]);
    if !totals.is_empty() {
        let points = follower_points(&totals);
        let last = |p: Period| -> Option<f64> {
            let values: Vec<f64> = points
                .values()
                .filter_map(|v| last_in(v, p.start, p.end))
                .collect();
            (!values.is_empty()).then(|| values.iter().sum())
        };
        let mut r = ctx.by_period(
            "followers",
            &last,
            crate::phrase!("No follower count in the period"),
        );
        let p = ctx.period;
        let mut names: Vec<String> = Vec::new();
        let mut values: Vec<f64> = Vec::new();
        let mut missing = 0.0;
        let mut change = 0.0;
        for (name, v) in &points {
            let Some(end) = last_in(v, p.start, p.end) else {
                continue;
            };
            let start = last_in(v, i64::MIN, p.start)
                .or_else(|| v.iter().find(|(d, _)| p.contains(*d)).map(|x| x.1))
                .unwrap_or(end);
            change += end - start;
            if name.is_empty() {
                missing += end;
            } else {
                names.push(name.clone());
                values.push(end);
            }
        }
        values.push(missing);
        if totals.iter().any(|f| f.has(Role::Platform)) {
            r.breakdowns
                .push(breakdown(Role::Platform, &names, &values, ctx.query.top_n, true));
        }
        r.special = Some(Special::Figures(vec![("net_change".to_string(), change)]));
        r.sources = sources(&totals, &[Role::Date, Role::Platform, Role::Followers]);
        out.push(r);
    } else if !news.is_empty() {
        let s = Sum::of(&news, Role::NewFollowers);
        let mut r = by_period(ctx, "followers", s.dated, &|p| Some(s.over(p)), "");
        let value: RowValue = &|f, row| f.number(Role::NewFollowers, row);
        r.breakdowns = sum_breakdowns(ctx, &news, SOCIAL_KEYS, value);
        r.sources = sources(&news, &[Role::Date, Role::Platform, Role::NewFollowers]);
        out.push(r);
    } else {
        out.unavailable(
            "followers",
            crate::phrase!("needs a followers or new followers column in the social export"),
        );
    }

    // Engagement rate: (reactions + comments + shares + clicks) ÷ impressions (else reach).
    const PARTS: [Role; 4] = [Role::Reactions, Role::Comments, Role::Shares, Role::Clicks];
    let engaged: Vec<&Frame> = all
        .iter()
        .filter(|f| PARTS.iter().any(|&r| f.has(r)) && (f.has(Role::Impressions) || f.has(Role::Reach)))
        .collect();
    if engaged.is_empty() {
        out.unavailable(
            "social_engagement",
            crate::phrase!(
                "needs reactions, comments, shares or clicks and impressions or reach in the social export"
            ),
        );
        return;
    }
    let engagements: RowValue = &|f, row| {
        let parts: Vec<f64> = PARTS.iter().filter_map(|&r| f.number(r, row)).collect();
        (!parts.is_empty()).then(|| parts.iter().sum())
    };
    let seen: RowValue = &|f, row| {
        if f.has(Role::Impressions) {
            f.number(Role::Impressions, row)
        } else {
            f.number(Role::Reach, row)
        }
    };
    let (n, d) = pair(&engaged, engagements, seen);
    let mut r = ratio_result(
        ctx,
        "social_engagement",
        &n,
        &d,
        crate::phrase!("No social impressions in the period"),
    );
    r.breakdowns = ratio_breakdowns(ctx, &engaged, SOCIAL_KEYS, engagements, seen);
    r.special = Some(Special::Figures(vec![(
        "engagements".to_string(),
        n.over(ctx.period),
    )]));
    r.sources = sources(
        &engaged,
        &[
            Role::Date,
            Role::Reactions,
            Role::Comments,
            Role::Shares,
            Role::Clicks,
            Role::Impressions,
            Role::Reach,
        ],
    );
    out.push(r);
}

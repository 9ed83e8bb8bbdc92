//! Finance KPIs of the cost ledger — ROI, cost performance index, cost variance, budget utilisation — and
//! the ledger's cost categories (marketing / sales / other), which the Marketing area also reads.

use super::context::{ratio, AreaOutput, Context};
use super::measures::{
    by_period, currency, frames, money, pair, ratio_breakdowns, ratio_result, sources, sum_breakdowns, with,
    Frame, Key, RowValue, Sum,
};
use super::query::RoiReturn;
use super::report::{KpiValue, Special};
use crate::core::ingest::table::ColumnData;
use crate::core::schema::fold::fold;
use crate::core::schema::kinds::Kind;
use crate::core::schema::roles::Role;
use crate::core::time::Period;

/// What a cost line pays for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CostCategory {
    /// Marketing (advertising, agencies, content, marketing software…).
    Marketing,
    /// Sales (salaries, commissions, sales tools…).
    Sales,
    /// Anything else (or no category given).
    Other,
}

/// Words of marketing costs, folded (checked before sales: "sales & marketing" counts as marketing).
const MARKETING_WORDS: &[&str] = &[
    "marketing",
    "mkt",
    "advertis",
    "advertiz",
    "publicite",
    "promotion",
    "ads",
    "마케팅",
    "광고",
    "홍보",
    "マーケティング",
    "広告",
    "宣伝",
    "販促",
    "市场",
    "市場",
    "营销",
    "營銷",
    "行销",
    "行銷",
    "广告",
    "廣告",
    "推广",
    "推廣",
];

/// Words of sales costs, folded.
const SALES_WORDS: &[&str] = &[
    "sales",
    "sale",
    "vente",
    "ventes",
    "commercial",
    "영업",
    "판매",
    "営業",
    "販売",
    "销售",
    "銷售",
    "業務",
];

/// The category of a ledger line from its category text (EN, FR, KO, JA, ZH).
pub fn cost_category(raw: &str) -> CostCategory {
    let f = fold(raw);
    if f.is_empty() {
        return CostCategory::Other;
    }
    if MARKETING_WORDS.iter().any(|w| f.contains(w)) {
        CostCategory::Marketing
    } else if SALES_WORDS.iter().any(|w| f.contains(w)) {
        CostCategory::Sales
    } else {
        CostCategory::Other
    }
}

/// The cost category of a ledger row (`None` when the ledger has no category column).
pub fn row_category(f: &Frame, row: usize) -> Option<CostCategory> {
    match f.ds.column(Role::CostCategory).map(|c| &c.data) {
        Some(ColumnData::Text { dict, codes }) => Some(
            codes
                .get(row)
                .and_then(|&c| dict.get(c as usize))
                .map_or(CostCategory::Other, |s| cost_category(s)),
        ),
        Some(data) => Some(cost_category(&data.display(row))),
        None => None,
    }
}

/// The actual amount of a ledger row.
pub fn actual(f: &Frame, row: usize) -> Option<f64> {
    f.number(Role::Amount, row)
}

/// The amount of a ledger row when its category is `category`.
pub fn amount_in(f: &Frame, row: usize, category: CostCategory) -> Option<f64> {
    (row_category(f, row) == Some(category))
        .then(|| actual(f, row))
        .flatten()
}

/// Warnings for ledgers without a category column.
pub fn uncategorised_warnings(ledger: &[Frame]) -> Vec<crate::core::i18n::Text> {
    ledger
        .iter()
        .filter(|f| !f.has(Role::CostCategory))
        .map(|f| {
            crate::text!(
                "{file} has no category column: its costs count in CAC and ROI, but not in marketing spend",
                file = &f.ds.name
            )
        })
        .collect()
}

const CATEGORY_KEYS: &[Key] = &[Key::Column(Role::CostCategory)];

/// Computes the cost-ledger KPIs of the Finance area.
pub fn compute(ctx: &Context) -> AreaOutput {
    let mut out = AreaOutput::default();
    let ledger = frames(ctx, Kind::Costs);
    let ads = frames(ctx, Kind::Ads);
    out.warnings.extend(uncategorised_warnings(&ledger));
    roi(ctx, &ledger, &ads, &mut out);
    let amounts = with(&ledger, &[Role::Amount]);
    if amounts.is_empty() {
        return out;
    }
    let cur = currency(ctx, &amounts, Role::Amount);
    let earned = with(&ledger, &[Role::Amount, Role::EarnedValue]);
    let planned = with(&ledger, &[Role::Amount, Role::Planned]);
    let earned_of: RowValue = &|f, r| f.number(Role::EarnedValue, r);
    let planned_of: RowValue = &|f, r| f.number(Role::Planned, r);
    let no_costs = crate::phrase!("No costs in the period");

    // Cost performance index: earned value ÷ actual cost.
    if earned.is_empty() {
        out.unavailable(
            "cpi",
            crate::phrase!("needs an earned value column in the cost ledger"),
        );
    } else {
        let (num, den) = pair(&earned, earned_of, &actual);
        let mut r = ratio_result(ctx, "cpi", &num, &den, no_costs);
        r.breakdowns = ratio_breakdowns(ctx, &earned, CATEGORY_KEYS, earned_of, &actual);
        r.sources = sources(&earned, &[Role::Date, Role::EarnedValue, Role::Amount]);
        out.push(r);
    }

    // Cost variance: earned value (else budget) − actual.
    let (base, base_of, base_name): (&[&Frame], RowValue, &str) = if !earned.is_empty() {
        (&earned, earned_of, "earned_value")
    } else {
        (&planned, planned_of, "planned")
    };
    if base.is_empty() {
        out.unavailable(
            "cost_variance",
            crate::phrase!("needs a planned (budget) or earned value column in the cost ledger"),
        );
    } else {
        let (b, a) = pair(base, base_of, &actual);
        let variance: RowValue = &|f, r| Some(base_of(f, r)? - actual(f, r)?);
        let mut r = by_period(
            ctx,
            "cost_variance",
            b.dated,
            &|p| (b.any || a.any).then(|| b.over(p) - a.over(p)),
            no_costs,
        );
        r.breakdowns = sum_breakdowns(ctx, base, CATEGORY_KEYS, variance);
        for bd in &mut r.breakdowns {
            // Variances of both signs: the rows add up to the total, so keep them additive.
            bd.additive = true;
        }
        r.special = Some(Special::Figures(vec![
            (base_name.to_string(), b.over(ctx.period)),
            ("actual".to_string(), a.over(ctx.period)),
        ]));
        r.sources = sources(
            base,
            &[Role::Date, Role::EarnedValue, Role::Planned, Role::Amount],
        );
        out.push(money(r, &cur));
    }

    // Budget utilisation: actual ÷ planned.
    if planned.is_empty() {
        out.unavailable(
            "budget_use",
            crate::phrase!("needs a planned (budget) column in the cost ledger"),
        );
    } else {
        let (num, den) = pair(&planned, &actual, planned_of);
        let mut r = ratio_result(
            ctx,
            "budget_use",
            &num,
            &den,
            crate::phrase!("No planned budget in the period"),
        );
        r.breakdowns = ratio_breakdowns(ctx, &planned, CATEGORY_KEYS, &actual, planned_of);
        r.sources = sources(&planned, &[Role::Date, Role::Amount, Role::Planned]);
        out.push(r);
    }
    out
}

/// ROI = (return − cost) ÷ cost, return = revenue or gross profit of the orders, cost = every ledger cost
/// plus ad spend.
fn roi(ctx: &Context, ledger: &[Frame], ads: &[Frame], out: &mut AreaOutput) {
    let amounts = with(ledger, &[Role::Amount]);
    let spends = with(ads, &[Role::Spend]);
    let (Some(t), Some(f)) = (ctx.prepared.orders.as_ref(), ctx.orders.as_ref()) else {
        out.unavailable(
            "roi",
            crate::phrase!(
                "needs an orders export (the return) and a cost ledger or an ads export (the cost)"
            ),
        );
        return;
    };
    if amounts.is_empty() && spends.is_empty() {
        out.unavailable(
            "roi",
            crate::phrase!("needs a cost ledger or an ads export (the cost)"),
        );
        return;
    }
    let costs = Sum::of(&amounts, Role::Amount);
    let spend = Sum::of(&spends, Role::Spend);
    let cost = |p: Period| costs.over(p) + spend.over(p);
    let gross_profit = ctx.query.variants.roi_return == RoiReturn::GrossProfit;
    let has_cogs = t.cost.is_some() || t.profit.is_some();
    let ret = |p: Period| -> Option<f64> {
        let revenue = f.revenue.sum(p);
        if gross_profit {
            Some(revenue * ratio(f.margin.sum(p), f.margin_base.sum(p))?)
        } else {
            Some(revenue)
        }
    };
    let mut r = by_period(
        ctx,
        "roi",
        costs.dated && spend.dated,
        &|p| ratio(ret(p)? - cost(p), cost(p)),
        crate::phrase!("No costs in the period"),
    );
    if gross_profit && !has_cogs {
        r.value = KpiValue::NoValue {
            reason: crate::phrase!(
                "The gross-profit return needs a cost (COGS) or profit column in the orders"
            )
            .into(),
        };
    }
    let p = ctx.period;
    let mut figures = vec![("cost".to_string(), cost(p))];
    if let Some(x) = ret(p) {
        figures.insert(0, ("return".to_string(), x));
        if let Some(m) = ratio(x, cost(p)) {
            figures.push(("return_multiple".to_string(), m));
        }
    }
    r.special = Some(Special::Figures(figures));
    r.sources = t.sources.clone();
    r.sources.extend(sources(&amounts, &[Role::Date, Role::Amount]));
    r.sources.extend(sources(&spends, &[Role::Date, Role::Spend]));
    let cur = match (
        currency(ctx, &amounts, Role::Amount),
        currency(ctx, &spends, Role::Spend),
    ) {
        (Err(e), _) | (_, Err(e)) => Err(e),
        (Ok(a), Ok(b)) => match (a, b) {
            (Some(a), Some(b)) if a != b => Err(crate::text!(
                "The costs ({a}) and the ad spend ({b}) are in different currencies; pick one currency",
                a = a,
                b = b
            )),
            (a, b) => Ok(a.or(b)),
        },
    };
    // ROI is a rate: the currency matters only for consistency, not for display.
    if let Err(reason) = cur {
        r.value = KpiValue::NoValue { reason };
        r.comparison = None;
        r.series.clear();
    }
    out.push(r);
}

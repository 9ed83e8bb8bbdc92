//! Pipeline KPIs from CRM leads / deals exports: leads, MQLs, SQLs, MQL → SQL, lead-to-close, win rate,
//! sales cycle, marketing-originated deals and the stage funnel. Stages are normalised with
//! [`crate::core::schema::normalize::stage`]; a lead's progress is read from its MQL / SQL / close dates
//! and, where a date is missing, from its current stage.

use super::context::{ratio, AreaOutput, Context};
use super::measures::{day_column, sources, sum_breakdowns, Frame, Key, RowValue, Sum};
use super::report::{FunnelStep, Special};
use crate::core::ingest::table::ColumnData;
use crate::core::schema::dataset::Dataset;
use crate::core::schema::fold::fold;
use crate::core::schema::kinds::Kind;
use crate::core::schema::normalize::{stage, Stage};
use crate::core::schema::roles::Role;
use crate::core::time::Period;
use std::borrow::Cow;

/// What one lead row says about the lead's progress.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LeadFacts {
    /// Creation day.
    pub created: Option<i64>,
    /// Day it counts as an MQL (its MQL date; else, when its progress shows it qualified, its SQL or
    /// creation date).
    pub mql_day: Option<i64>,
    /// Day it counts as an SQL (its SQL date; else, when its stage shows it, its creation date).
    pub sql_day: Option<i64>,
    /// Close day.
    pub close: Option<i64>,
    /// `Some(true)` won, `Some(false)` lost, `None` open or unknown.
    pub outcome: Option<bool>,
    /// Whether marketing originated it (`None` when not given).
    pub marketing: Option<bool>,
    /// Whether it reached MQL.
    pub reached_mql: bool,
    /// Whether it reached SQL.
    pub reached_sql: bool,
    /// Whether it became an opportunity (current stage opportunity or won, or lost after reaching SQL).
    pub reached_opportunity: bool,
}

/// A yes / no text (won flags written as text), in the five languages.
fn yes_no(raw: &str) -> Option<bool> {
    match fold(raw).as_str() {
        "true" | "yes" | "y" | "1" | "won" | "oui" | "vrai" | "gagne" | "예" | "성공" | "はい" | "受注"
        | "是" | "赢单" | "贏單" => Some(true),
        "false" | "no" | "n" | "0" | "lost" | "non" | "faux" | "perdu" | "아니오" | "실패" | "いいえ"
        | "失注" | "否" | "输单" | "輸單" => Some(false),
        _ => None,
    }
}

/// Whether an originated-by value means marketing.
pub fn is_marketing(raw: &str) -> Option<bool> {
    let f = fold(raw);
    if f.is_empty() {
        return None;
    }
    let words = [
        "marketing",
        "mkt",
        "inbound",
        "마케팅",
        "マーケティング",
        "市场",
        "市場",
        "营销",
        "營銷",
        "行销",
        "行銷",
    ];
    Some(words.iter().any(|w| f.contains(w)))
}

/// Per-row flag of a boolean-like column (bool, number 1 / 0, or yes / no text).
fn flags(ds: &Dataset, role: Role) -> Option<Vec<Option<bool>>> {
    let c = ds.column(role)?;
    Some(match &c.data {
        ColumnData::Bool(v) => v.clone(),
        ColumnData::Number(v) => v
            .iter()
            .map(|&x| (x == 1.0).then_some(true).or((x == 0.0).then_some(false)))
            .collect(),
        ColumnData::Text { dict, codes } => {
            let map: Vec<Option<bool>> = dict.iter().map(|d| yes_no(d)).collect();
            codes
                .iter()
                .map(|&c| map.get(c as usize).copied().flatten())
                .collect()
        }
        ColumnData::Time { .. } => return None,
    })
}

/// Per-row value of a text column mapped through `f` (computed once per distinct value).
fn mapped<T: Copy>(ds: &Dataset, role: Role, f: &dyn Fn(&str) -> Option<T>) -> Option<Vec<Option<T>>> {
    let c = ds.column(role)?;
    Some(match &c.data {
        ColumnData::Text { dict, codes } => {
            let map: Vec<Option<T>> = dict.iter().map(|d| f(d)).collect();
            codes
                .iter()
                .map(|&c| map.get(c as usize).copied().flatten())
                .collect()
        }
        data => (0..data.len()).map(|row| f(&data.display(row))).collect(),
    })
}

fn stage_rank(s: Stage) -> u8 {
    match s {
        Stage::Lead | Stage::Lost => 0,
        Stage::Mql => 1,
        Stage::Sql => 2,
        Stage::Opportunity => 3,
        Stage::Won => 4,
    }
}

/// The facts of every row of a leads dataset.
pub fn lead_facts(ds: &Dataset) -> Vec<LeadFacts> {
    let n = ds.row_count();
    let created = day_column(ds, Role::CreatedDate);
    let mql = day_column(ds, Role::MqlDate);
    let sql = day_column(ds, Role::SqlDate);
    let close = day_column(ds, Role::CloseDate);
    let stages = mapped(ds, Role::Stage, &stage);
    let won = flags(ds, Role::Won);
    let marketing = mapped(ds, Role::OriginatedBy, &is_marketing);
    let at = |v: &Option<Vec<Option<i64>>>, r: usize| v.as_ref().and_then(|v| v.get(r).copied().flatten());
    (0..n)
        .map(|r| {
            let st = stages.as_ref().and_then(|s| s.get(r).copied().flatten());
            let outcome = won
                .as_ref()
                .and_then(|w| w.get(r).copied().flatten())
                .or(match st {
                    Some(Stage::Won) => Some(true),
                    Some(Stage::Lost) => Some(false),
                    _ => None,
                });
            let rank = if outcome == Some(true) {
                4
            } else {
                st.map_or(0, stage_rank)
            };
            let (c, m, s) = (at(&created, r), at(&mql, r), at(&sql, r));
            let reached_sql = s.is_some() || rank >= 2;
            let reached_mql = m.is_some() || reached_sql || rank >= 1;
            LeadFacts {
                created: c,
                mql_day: m.or(if reached_mql { s.or(c) } else { None }),
                sql_day: s.or(if reached_sql { c } else { None }),
                close: at(&close, r),
                outcome,
                marketing: marketing.as_ref().and_then(|v| v.get(r).copied().flatten()),
                reached_mql,
                reached_sql,
                reached_opportunity: rank >= 3 || (outcome == Some(false) && reached_sql),
            }
        })
        .collect()
}

/// The leads datasets with their facts.
struct Leads<'a> {
    frames: Vec<Frame<'a>>,
    facts: Vec<Cow<'a, [LeadFacts]>>,
}

impl Leads<'_> {
    /// Facts of a row of a frame of these datasets.
    fn fact(&self, f: &Frame, row: usize) -> Option<&LeadFacts> {
        self.frames
            .iter()
            .position(|g| std::ptr::eq(g.ds, f.ds))
            .and_then(|i| self.facts.get(i))
            .and_then(|v| v.get(row))
    }

    /// Per-day count of the kept leads that satisfy `keep`, placed on their `day`.
    fn count(&self, day: &dyn Fn(&LeadFacts) -> Option<i64>, keep: &dyn Fn(&LeadFacts) -> bool) -> Sum {
        // Every value is 1: the order within a day changes nothing, and `from_points` needs no sort.
        let points = self.unsorted_points(day, &|x| keep(x).then_some(1.0));
        Sum::from_points(points)
    }

    /// (day, value) of the kept leads with a `day` and a `value`, sorted by day, then value.
    fn points(
        &self,
        day: &dyn Fn(&LeadFacts) -> Option<i64>,
        value: &dyn Fn(&LeadFacts) -> Option<f64>,
    ) -> Vec<(i64, f64)> {
        let mut out = self.unsorted_points(day, value);
        sort_points(&mut out);
        out
    }

    /// (day, value) of the kept leads with a `day` and a `value`, in row order.
    fn unsorted_points(
        &self,
        day: &dyn Fn(&LeadFacts) -> Option<i64>,
        value: &dyn Fn(&LeadFacts) -> Option<f64>,
    ) -> Vec<(i64, f64)> {
        let mut out = Vec::new();
        for (f, facts) in self.frames.iter().zip(&self.facts) {
            for row in f.rows() {
                if let Some(x) = facts.get(row) {
                    if let (Some(d), Some(v)) = (day(x), value(x)) {
                        out.push((d, v));
                    }
                }
            }
        }
        out
    }

    fn any(&self, role: Role) -> bool {
        self.frames.iter().any(|f| f.has(role))
    }

    fn refs(&self) -> Vec<&Frame<'_>> {
        self.frames.iter().collect()
    }
}

/// Deals won per close day (for the CAC when the orders have no customer ids); `None` without a leads
/// export with close dates and a won flag or stage.
pub fn won_deals(ctx: &Context) -> Option<Sum> {
    let leads = load(ctx)?;
    if !leads.any(Role::CloseDate) || !(leads.any(Role::Won) || leads.any(Role::Stage)) {
        return None;
    }
    Some(leads.count(&|x| x.close, &|x| x.outcome == Some(true)))
}

/// Sorts points by day, then value (`total_cmp`): a counting sort by day when the days span a narrow
/// range, then each day's few values; the same order as a comparison sort on (day, value).
fn sort_points(points: &mut Vec<(i64, f64)>) {
    let by_day_value = |a: &(i64, f64), b: &(i64, f64)| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1));
    let lo = points.iter().map(|p| p.0).min().unwrap_or(0);
    let hi = points.iter().map(|p| p.0).max().unwrap_or(0);
    let span = hi.saturating_sub(lo).saturating_add(1) as u64;
    if points.len() < 64 || span > 4 * points.len() as u64 + 1024 {
        points.sort_by(by_day_value);
        return;
    }
    let mut start = vec![0usize; span as usize + 1];
    for p in points.iter() {
        if let Some(c) = start.get_mut((p.0 - lo) as usize + 1) {
            *c += 1;
        }
    }
    let mut acc = 0usize;
    for c in start.iter_mut() {
        acc += *c;
        *c = acc;
    }
    let mut next = start.clone();
    let mut sorted = vec![(0i64, 0.0f64); points.len()];
    for &p in points.iter() {
        if let Some(at) = next.get_mut((p.0 - lo) as usize) {
            if let Some(x) = sorted.get_mut(*at) {
                *x = p;
            }
            *at += 1;
        }
    }
    for w in start.windows(2) {
        if let Some(run) = sorted.get_mut(w[0]..w[1]) {
            if run.len() > 1 {
                run.sort_by(|a, b| a.1.total_cmp(&b.1));
            }
        }
    }
    *points = sorted;
}

/// The values of `points` (sorted by day) whose day falls in `period`.
fn within(points: &[(i64, f64)], period: Period) -> Vec<f64> {
    let a = points.partition_point(|p| p.0 < period.start);
    let b = points.partition_point(|p| p.0 < period.end).max(a);
    points
        .get(a..b)
        .map_or(Vec::new(), |s| s.iter().map(|p| p.1).collect())
}

fn load<'a>(ctx: &'a Context) -> Option<Leads<'a>> {
    let frames: Vec<Frame<'a>> = ctx
        .datasets(Kind::Leads)
        .map(|ds| Frame::new(ctx, ds, Role::CreatedDate))
        .collect();
    if frames.is_empty() {
        return None;
    }
    // Facts are computed once per load (see `Prepared::lead_facts`); computed here only for datasets
    // that are not the prepared ones.
    let facts = frames
        .iter()
        .map(|f| {
            let prepared = ctx
                .prepared
                .datasets
                .iter()
                .position(|d| std::ptr::eq(d, f.ds))
                .and_then(|i| ctx.prepared.lead_facts.get(i))
                .filter(|v| v.len() == f.ds.row_count());
            match prepared {
                Some(v) => Cow::Borrowed(v.as_slice()),
                None => Cow::Owned(lead_facts(f.ds)),
            }
        })
        .collect();
    Some(Leads { frames, facts })
}

fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len() % 2 == 1 {
        values.get(mid).copied()
    } else {
        Some((values.get(mid - 1).copied()? + values.get(mid).copied()?) / 2.0)
    }
}

/// A test on a lead's facts.
type LeadTest<'x> = dyn Fn(&LeadFacts) -> bool + 'x;

const LEAD_KEYS: &[Key] = &[
    Key::Column(Role::Source),
    Key::Column(Role::OriginatedBy),
    Key::Column(Role::Owner),
];

/// Computes the Pipeline area.
pub fn compute(ctx: &Context) -> AreaOutput {
    let mut out = AreaOutput::default();
    let Some(leads) = load(ctx) else {
        return out;
    };
    let refs = leads.refs();
    let src = |roles: &[Role]| sources(&refs, roles);
    let created = |x: &LeadFacts| x.created;
    let all = |_: &LeadFacts| true;

    // Leads created.
    let created_all = leads.count(&created, &all);
    let mut r = ctx.by_period("leads", &|p| Some(created_all.over(p)), "");
    r.breakdowns = sum_breakdowns(ctx, &refs, LEAD_KEYS, &|_, _| Some(1.0));
    r.sources = src(&[Role::LeadId, Role::CreatedDate]);
    out.push(r);

    // MQL, SQL and MQL → SQL.
    let has_progress = leads.any(Role::Stage) || leads.any(Role::Won);
    let qualified = |x: &LeadFacts, sql: bool| if sql { x.reached_sql } else { x.reached_mql };
    for (id, date_role, sql) in [("mql", Role::MqlDate, false), ("sql", Role::SqlDate, true)] {
        if !(has_progress || leads.any(date_role) || leads.any(Role::SqlDate)) {
            out.unavailable(
                id,
                crate::text!(
                    "needs a stage or {role} column in the leads export",
                    role = date_role
                ),
            );
            continue;
        }
        let day = move |x: &LeadFacts| if sql { x.sql_day } else { x.mql_day };
        let counts = leads.count(&day, &all);
        let mut r = ctx.by_period(id, &|p| Some(counts.over(p)), "");
        let in_stage: RowValue = &|f, row| leads.fact(f, row).and_then(|x| qualified(x, sql).then_some(1.0));
        if !leads.any(date_role) {
            r.breakdowns = sum_breakdowns(ctx, &refs, LEAD_KEYS, in_stage);
        }
        r.sources = src(&[Role::CreatedDate, date_role, Role::Stage]);
        out.push(r);
    }
    if has_progress || leads.any(Role::MqlDate) || leads.any(Role::SqlDate) {
        let sqls = leads.count(&created, &|x| x.reached_sql);
        let mqls = leads.count(&created, &|x| x.reached_mql);
        let mut r = ctx.by_period(
            "mql_to_sql",
            &|p| ratio(sqls.over(p), mqls.over(p)),
            crate::phrase!("No lead created in the period became an MQL"),
        );
        r.sources = src(&[Role::CreatedDate, Role::MqlDate, Role::SqlDate, Role::Stage]);
        out.push(r);
    } else {
        out.unavailable(
            "mql_to_sql",
            crate::phrase!("needs a stage or MQL / SQL date columns in the leads export"),
        );
    }

    let has_outcome = leads.any(Role::Won) || leads.any(Role::Stage);
    if !has_outcome {
        for id in [
            "lead_to_close",
            "win_rate",
            "sales_cycle",
            "marketing_originated",
            "pipeline_funnel",
        ] {
            out.unavailable(
                id,
                crate::phrase!("needs a won column or a stage column in the leads export"),
            );
        }
        return out;
    }
    let won = |x: &LeadFacts| x.outcome == Some(true);
    let created_won = leads.count(&created, &won);
    let mut r = ctx.by_period(
        "lead_to_close",
        &|p| ratio(created_won.over(p), created_all.over(p)),
        crate::phrase!("No lead created in the period"),
    );
    r.sources = src(&[Role::CreatedDate, Role::Won, Role::Stage]);
    out.push(r);

    // Won ÷ (won + lost) by close date; won deals' median cycle.
    let has_close = leads.any(Role::CloseDate);
    if has_close {
        let closed = |x: &LeadFacts| x.close;
        let closed_won = leads.count(&closed, &won);
        let closed_any = leads.count(&closed, &|x| x.outcome.is_some());
        let mut r = ctx.by_period(
            "win_rate",
            &|p| ratio(closed_won.over(p), closed_any.over(p)),
            crate::phrase!("No deal won or lost in the period"),
        );
        r.sources = src(&[Role::CloseDate, Role::Won, Role::Stage]);
        out.push(r);
        let cycle = |x: &LeadFacts| {
            (x.outcome == Some(true))
                .then(|| Some((x.close? - x.created?) as f64))
                .flatten()
        };
        let cycles = leads.points(&closed, &cycle);
        let mut r = ctx.by_period(
            "sales_cycle",
            &|p| median(&mut within(&cycles, p)),
            crate::phrase!("No deal won in the period with a creation and a close date"),
        );
        let days = within(&cycles, ctx.period);
        if !days.is_empty() {
            r.special = Some(Special::Figures(vec![(
                "mean".to_string(),
                days.iter().sum::<f64>() / days.len() as f64,
            )]));
        }
        r.sources = src(&[Role::CreatedDate, Role::CloseDate, Role::Won, Role::Stage]);
        out.push(r);
    } else {
        for id in ["win_rate", "sales_cycle"] {
            out.unavailable(
                id,
                crate::phrase!("needs a close date column in the leads export"),
            );
        }
    }

    // Marketing-originated won deals (by close date, else by creation date).
    if leads.any(Role::OriginatedBy) {
        let when = move |x: &LeadFacts| if has_close { x.close } else { x.created };
        let by_marketing = leads.count(&when, &|x| won(x) && x.marketing == Some(true));
        let with_origin = leads.count(&when, &|x| won(x) && x.marketing.is_some());
        let mut r = ctx.by_period(
            "marketing_originated",
            &|p| ratio(by_marketing.over(p), with_origin.over(p)),
            crate::phrase!("No won deal with an originator in the period"),
        );
        r.sources = src(&[Role::OriginatedBy, Role::CloseDate, Role::Won, Role::Stage]);
        out.push(r);
    } else {
        out.unavailable(
            "marketing_originated",
            crate::phrase!("needs an originated-by (marketing / sales) column in the leads export"),
        );
    }

    // Stage funnel of the leads created in the period.
    let steps: [(&str, &LeadTest); 5] = [
        (crate::phrase!("Lead"), &all),
        (crate::phrase!("MQL"), &|x| x.reached_mql),
        (crate::phrase!("SQL"), &|x| x.reached_sql),
        (crate::phrase!("Opportunity"), &|x| x.reached_opportunity),
        (crate::phrase!("Won"), &won),
    ];
    let mut r = ctx.by_period(
        "pipeline_funnel",
        &|p| ratio(created_won.over(p), created_all.over(p)),
        crate::phrase!("No lead created in the period"),
    );
    let mut list: Vec<FunnelStep> = Vec::new();
    let mut previous: Option<(&str, f64)> = None;
    for (name, keep) in steps {
        let count = leads.count(&created, keep).over(ctx.period);
        if let Some((prev_name, prev)) = previous {
            if count > prev {
                out.warnings.push(crate::text!(
                    "Pipeline funnel: more leads reached \"{name}\" ({count}) than \"{prev_name}\" ({prev}); \
                     check the stage mapping",
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
    r.sources = src(&[
        Role::CreatedDate,
        Role::Stage,
        Role::MqlDate,
        Role::SqlDate,
        Role::Won,
    ]);
    out.push(r);
    out
}

#[cfg(test)]
mod sort_tests {
    use super::sort_points;

    #[test]
    fn counting_sort_matches_a_comparison_sort_by_day_then_value() {
        // 300 points on 40 days in scrambled order, with repeated, negative and NaN values.
        let mut points: Vec<(i64, f64)> = (0..300i64)
            .map(|i| {
                let day = 1000 + (i * 37) % 40;
                let v = match i % 7 {
                    0 => f64::NAN,
                    1 => -((i % 5) as f64),
                    _ => ((i * 13) % 11) as f64 / 2.0,
                };
                (day, v)
            })
            .collect();
        let mut expected = points.clone();
        expected.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
        sort_points(&mut points);
        let bits = |v: &[(i64, f64)]| v.iter().map(|p| (p.0, p.1.to_bits())).collect::<Vec<_>>();
        assert_eq!(bits(&points), bits(&expected));
        // Far-apart days take the comparison sort.
        let mut far = vec![(9_000_000, 1.0), (-9_000_000, 2.0), (5, 0.5), (5, -0.5)];
        sort_points(&mut far);
        assert_eq!(
            far,
            vec![(-9_000_000, 2.0), (5, -0.5), (5, 0.5), (9_000_000, 1.0)]
        );
    }
}

//! Per-period sums over plain datasets (traffic, pages, ads, costs, email, social, search, leads): the rows a
//! query keeps, placed on their day and summed per day, so any period, bucket or comparison costs O(1);
//! plus per-value totals for breakdowns. The Traffic, Marketing, Pipeline and cost-ledger Finance areas
//! build on this.

use super::context::{ratio, Context};
use super::filter::dataset_rows;
use super::keys::{Interner, MISSING};
use super::report::{Breakdown, KpiResult, KpiValue};
use super::sales::ratio_breakdown;
use crate::core::ingest::table::{ColumnData, MISSING_TEXT, MISSING_TIME, SECONDS_PER_DAY};
use crate::core::schema::dataset::Dataset;
use crate::core::schema::kinds::Kind;
use crate::core::schema::normalize::{channel_group, ChannelGroup};
use crate::core::schema::roles::Role;
use crate::core::time::Period;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// One dataset's rows kept by the query (filters and currency), each placed on its day.
pub struct Frame<'a> {
    /// The dataset.
    pub ds: &'a Dataset,
    keep: Vec<bool>,
    /// Day of each row (`None` for every row when the dataset has no date column).
    days: Option<Vec<Option<i64>>>,
    /// The number column of each role, indexed by `role as usize`: per-row reads without a column search.
    numbers: Vec<Option<&'a [f64]>>,
    /// Whether each role (indexed by `role as usize`) is mapped.
    mapped: Vec<bool>,
    /// The value codes of each breakdown key read so far (they do not depend on the query, and an area
    /// breaks the same frame down by the same key for many measures).
    key_codes: RefCell<Vec<(Key, Rc<KeyCodes>)>>,
}

/// The values of a frame under one [`Key`]: the distinct names (in order of first appearance) and a code
/// per row ([`MISSING`] when the row has none).
struct KeyCodes {
    names: Vec<String>,
    codes: Vec<u32>,
}

/// The day of each row of a date column (`None` when missing), if the dataset maps `role` to dates.
pub fn day_column(ds: &Dataset, role: Role) -> Option<Vec<Option<i64>>> {
    match ds.column(role).map(|c| &c.data) {
        Some(ColumnData::Time { values, .. }) => Some(
            values
                .iter()
                .map(|&t| (t != MISSING_TIME).then(|| t.div_euclid(SECONDS_PER_DAY)))
                .collect(),
        ),
        _ => None,
    }
}

impl<'a> Frame<'a> {
    /// The rows of `ds` kept by the query, placed by the column of `date_role`.
    pub fn new(ctx: &Context, ds: &'a Dataset, date_role: Role) -> Frame<'a> {
        let n = ds.row_count();
        let mut keep = dataset_rows(ds, &ctx.query.filters).unwrap_or_else(|| vec![true; n]);
        keep.resize(n, false);
        if let (Some(cur), Some(ColumnData::Text { dict, codes })) =
            (&ctx.query.currency, ds.column(Role::Currency).map(|c| &c.data))
        {
            let accepted: Vec<bool> = dict.iter().map(|d| d.trim().eq_ignore_ascii_case(cur)).collect();
            for (k, &c) in keep.iter_mut().zip(codes) {
                if c != MISSING_TEXT && !accepted.get(c as usize).copied().unwrap_or(false) {
                    *k = false;
                }
            }
        }
        let mut numbers = vec![None; Role::ALL.len()];
        let mut mapped = vec![false; Role::ALL.len()];
        for (role, column) in ds.roles.iter().zip(&ds.table.columns) {
            let Some(role) = role else { continue };
            let i = *role as usize;
            if let Some(m) = mapped.get_mut(i) {
                if *m {
                    continue; // the first column of a role counts, as in `Dataset::column`
                }
                *m = true;
            }
            if let (Some(n), ColumnData::Number(v)) = (numbers.get_mut(i), &column.data) {
                *n = Some(v.as_slice());
            }
        }
        Frame {
            ds,
            keep,
            days: day_column(ds, date_role),
            numbers,
            mapped,
            key_codes: RefCell::new(Vec::new()),
        }
    }

    /// The value codes of this frame under `key`, computed once per frame.
    fn codes(&self, key: Key) -> Rc<KeyCodes> {
        if let Some((_, c)) = self.key_codes.borrow().iter().find(|(k, _)| *k == key) {
            return c.clone();
        }
        let mut names = Interner::new();
        let codes = row_codes(self, key, &mut names);
        let c = Rc::new(KeyCodes {
            names: names.names().to_vec(),
            codes,
        });
        self.key_codes.borrow_mut().push((key, c.clone()));
        c
    }

    /// Whether the rows have dates (an undated dataset counts in every period and has no series).
    pub fn dated(&self) -> bool {
        self.days.is_some()
    }

    /// The kept rows.
    pub fn rows(&self) -> impl Iterator<Item = usize> + '_ {
        self.keep.iter().enumerate().filter(|(_, &k)| k).map(|(i, _)| i)
    }

    /// Whether row `row` counts in `period`: undated datasets count everywhere, undated rows nowhere.
    pub fn in_period(&self, row: usize, period: Period) -> bool {
        match &self.days {
            None => true,
            Some(d) => d.get(row).copied().flatten().is_some_and(|d| period.contains(d)),
        }
    }

    /// The day of `row`, if the dataset is dated and the row has one.
    pub fn day(&self, row: usize) -> Option<i64> {
        self.days.as_ref().and_then(|d| d.get(row).copied().flatten())
    }

    /// The numbers of the column of `role`, if it is a number column.
    #[inline]
    pub fn numbers(&self, role: Role) -> Option<&'a [f64]> {
        self.numbers.get(role as usize).copied().flatten()
    }

    /// The number of `role` at `row` (`None` when the column is absent or the value missing).
    #[inline]
    pub fn number(&self, role: Role, row: usize) -> Option<f64> {
        self.numbers(role)
            .and_then(|v| v.get(row).copied())
            .filter(|v| v.is_finite())
    }

    /// Whether the dataset maps `role`.
    #[inline]
    pub fn has(&self, role: Role) -> bool {
        self.mapped.get(role as usize).copied().unwrap_or(false)
    }

    /// `file: column` for the sources line of a result.
    pub fn source(&self, roles: &[Role]) -> String {
        let names: Vec<&str> = roles
            .iter()
            .filter_map(|&r| self.ds.column(r).map(|c| c.name.as_str()))
            .collect();
        format!("{}: {}", self.ds.name, names.join(", "))
    }
}

/// The frames of every dataset of `kind`, placed by the kind's date role.
pub fn frames<'a>(ctx: &'a Context, kind: Kind) -> Vec<Frame<'a>> {
    let date_role = super::prepare::date_roles(kind)
        .first()
        .copied()
        .unwrap_or(Role::Date);
    ctx.datasets(kind)
        .map(|ds| Frame::new(ctx, ds, date_role))
        .collect()
}

/// The frames among `frames` that map every role of `roles`.
pub fn with<'f, 'a>(frames: &'f [Frame<'a>], roles: &[Role]) -> Vec<&'f Frame<'a>> {
    frames
        .iter()
        .filter(|f| roles.iter().all(|&r| f.has(r)))
        .collect()
}

/// A value of one row (`None` = the row does not count).
pub type RowValue<'x> = &'x dyn Fn(&Frame, usize) -> Option<f64>;

/// A total per day of one measure over several datasets; undated datasets add to every period.
///
/// Stored sparsely (the days that have rows, with running totals) so that an outlier date far from the
/// others costs nothing; any period's total is two binary searches.
#[derive(Clone, Debug, Default)]
pub struct Sum {
    /// Days with rows, ascending.
    days: Vec<i64>,
    /// `running[i]` = total of the days before `days[i]`; one more entry than `days` (the grand total).
    running: Vec<f64>,
    undated: f64,
    /// Whether every contributing dataset is dated (comparison and series make sense).
    pub dated: bool,
    /// Whether any row contributed.
    pub any: bool,
}

impl Sum {
    /// Sums `value` over the kept rows of `frames`.
    pub fn build(frames: &[&Frame], value: RowValue) -> Sum {
        let mut acc = SumBuilder::default();
        for f in frames {
            for row in f.rows() {
                acc.add(f, row, value(f, row));
            }
        }
        acc.finish(frames)
    }

    /// A dated sum from (day, value) points in any order.
    pub fn from_points(mut points: Vec<(i64, f64)>) -> Sum {
        let any = !points.is_empty();
        let mut days: Vec<i64> = Vec::new();
        let mut totals: Vec<f64> = Vec::new();
        let sorted = points.is_sorted_by_key(|p| p.0);
        let lo = points.iter().map(|p| p.0).min().unwrap_or(0);
        let hi = points.iter().map(|p| p.0).max().unwrap_or(0);
        let span = hi.saturating_sub(lo).saturating_add(1) as u64;
        if !sorted && span <= 4 * points.len() as u64 + 1024 {
            // Days in a narrow range: totalled in place per day, in the points' order (the sums a stable
            // sort by day would give), without sorting.
            let mut dense: Vec<Option<f64>> = vec![None; span as usize];
            for &(d, v) in &points {
                if let Some(t) = dense.get_mut((d - lo) as usize) {
                    *t = Some(t.map_or(v, |t| t + v));
                }
            }
            for (i, t) in dense.into_iter().enumerate() {
                if let Some(t) = t {
                    days.push(lo + i as i64);
                    totals.push(t);
                }
            }
        } else {
            if !sorted {
                points.sort_by_key(|p| p.0);
            }
            for (d, v) in points {
                match (days.last(), totals.last_mut()) {
                    (Some(&last), Some(t)) if last == d => *t += v,
                    _ => {
                        days.push(d);
                        totals.push(v);
                    }
                }
            }
        }
        let mut running = Vec::with_capacity(totals.len() + 1);
        let mut acc = 0.0;
        running.push(acc);
        for t in totals {
            acc += t;
            running.push(acc);
        }
        Sum {
            days,
            running,
            undated: 0.0,
            dated: true,
            any,
        }
    }

    /// Σ of one role's numbers.
    pub fn of(frames: &[&Frame], role: Role) -> Sum {
        Sum::build(frames, &|f, r| f.number(role, r))
    }

    /// The total over `period`.
    pub fn over(&self, period: Period) -> f64 {
        if period.is_empty() {
            return self.undated;
        }
        self.dated_before(period.end) - self.dated_before(period.start) + self.undated
    }

    /// Total of the dated rows before `day`.
    fn dated_before(&self, day: i64) -> f64 {
        let i = self.days.partition_point(|&d| d < day);
        self.running.get(i).copied().unwrap_or(0.0)
    }

    /// The total of the days before `day` (undated rows included).
    pub fn before(&self, day: i64) -> f64 {
        self.dated_before(day) + self.undated
    }
}

/// The rows' values of a [`Sum`] being built, in row order.
#[derive(Default)]
struct SumBuilder {
    points: Vec<(i64, f64)>,
    undated: f64,
    any: bool,
}

impl SumBuilder {
    /// Adds the value of `row` of `f` (nothing when missing or not finite, or the row has no day).
    #[inline]
    fn add(&mut self, f: &Frame, row: usize, value: Option<f64>) {
        let Some(v) = value.filter(|v| v.is_finite()) else {
            return;
        };
        if !f.dated() {
            self.undated += v;
            self.any = true;
        } else if let Some(d) = f.day(row) {
            self.points.push((d, v));
            self.any = true;
        }
    }

    fn finish(self, frames: &[&Frame]) -> Sum {
        let mut sum = Sum::from_points(self.points);
        sum.undated = self.undated;
        sum.dated = frames.iter().all(|f| f.dated()) && !frames.is_empty();
        sum.any = self.any;
        sum
    }
}

/// A numerator and a denominator summed over the same rows (rows where either is missing are left out),
/// in one pass.
pub fn pair(frames: &[&Frame], num: RowValue, den: RowValue) -> (Sum, Sum) {
    let (mut n, mut d) = (SumBuilder::default(), SumBuilder::default());
    for f in frames {
        for row in f.rows() {
            if let (Some(a), Some(b)) = (num(f, row), den(f, row)) {
                n.add(f, row, Some(a));
                d.add(f, row, Some(b));
            }
        }
    }
    (n.finish(frames), d.finish(frames))
}

/// How rows are grouped in a breakdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// By the values of a column.
    Column(Role),
    /// By channel group, from a channel column, else from source (and medium).
    ChannelGroup,
}

impl Key {
    /// The dimension a breakdown by this key is reported under.
    pub fn role(self) -> Role {
        match self {
            Key::Column(r) => r,
            Key::ChannelGroup => Role::Channel,
        }
    }

    /// Whether a frame has what this key needs.
    pub fn applies(self, f: &Frame) -> bool {
        match self {
            Key::Column(r) => f.has(r),
            Key::ChannelGroup => f.has(Role::Channel) || f.has(Role::Source) || f.has(Role::Medium),
        }
    }
}

/// English name of a channel group.
pub fn channel_group_name(g: ChannelGroup) -> &'static str {
    match g {
        ChannelGroup::OrganicSearch => crate::phrase!("Organic search"),
        ChannelGroup::PaidSearch => crate::phrase!("Paid search"),
        ChannelGroup::Social => crate::phrase!("Social"),
        ChannelGroup::Email => crate::phrase!("Email"),
        ChannelGroup::Referral => crate::phrase!("Referral"),
        ChannelGroup::Direct => crate::phrase!("Direct"),
        ChannelGroup::Other => crate::phrase!("Other"),
    }
}

/// Code of each row of `f` under `key` ([`MISSING`] when the row has no value).
fn row_codes(f: &Frame, key: Key, names: &mut Interner) -> Vec<u32> {
    let n = f.ds.row_count();
    match key {
        Key::Column(role) => match f.ds.column(role) {
            Some(c) => {
                let mut codes = names.codes_of(c);
                codes.resize(n, MISSING);
                codes
            }
            None => vec![MISSING; n],
        },
        Key::ChannelGroup => {
            let (first, second) = if f.has(Role::Channel) {
                (Role::Channel, None)
            } else {
                (Role::Source, Some(Role::Medium))
            };
            let a = value_codes(f.ds, first);
            let b = second.map(|r| value_codes(f.ds, r));
            let mut cache: HashMap<(u32, u32), u32> = HashMap::new();
            (0..n)
                .map(|row| {
                    let ca = a
                        .as_ref()
                        .and_then(|(_, c)| c.get(row).copied())
                        .unwrap_or(MISSING);
                    let cb = b
                        .as_ref()
                        .and_then(|x| x.as_ref())
                        .and_then(|(_, c)| c.get(row).copied())
                        .unwrap_or(MISSING);
                    if ca == MISSING && cb == MISSING {
                        return MISSING;
                    }
                    *cache.entry((ca, cb)).or_insert_with(|| {
                        let name = |v: &Option<(Interner, Vec<u32>)>, c: u32| {
                            v.as_ref().and_then(|(i, _)| i.name(c)).unwrap_or("").to_string()
                        };
                        let source = name(&a, ca);
                        let medium = b.as_ref().map_or(String::new(), |x| name(x, cb));
                        names.intern(channel_group_name(channel_group(&source, &medium)))
                    })
                })
                .collect()
        }
    }
}

/// The distinct values of a column and a code per row (`None` when the role is not mapped).
fn value_codes(ds: &Dataset, role: Role) -> Option<(Interner, Vec<u32>)> {
    let column = ds.column(role)?;
    let mut interner = Interner::new();
    let codes = interner.codes_of(column);
    Some((interner, codes))
}

/// Totals per value of a key over one period: `values[k][i]` is the total of measure `k` for `names[i]`,
/// and `values[k][names.len()]` the total of rows without a value.
#[derive(Clone, Debug, Default)]
pub struct Grouped {
    /// Value names.
    pub names: Vec<String>,
    /// Totals per measure, per value (+ not set).
    pub values: Vec<Vec<f64>>,
}

impl Grouped {
    /// Groups the rows of `frames` in `period` by `key` and sums each measure. With `together`, a row counts
    /// only when every measure has a value (ratios); otherwise each measure counts its own rows.
    pub fn build(
        frames: &[&Frame],
        key: Key,
        period: Period,
        measures: &[RowValue],
        together: bool,
    ) -> Grouped {
        Grouped::build_many(frames, &[key], period, measures, together)
            .pop()
            .unwrap_or_default()
    }

    /// [`Grouped::build`] for several keys at once (one per key, in order): each row's measures are read
    /// once for all the keys.
    pub fn build_many(
        frames: &[&Frame],
        keys: &[Key],
        period: Period,
        measures: &[RowValue],
        together: bool,
    ) -> Vec<Grouped> {
        struct Acc {
            names: Interner,
            totals: Vec<Vec<f64>>,
            missing: Vec<f64>,
        }
        let mut accs: Vec<Acc> = keys
            .iter()
            .map(|_| Acc {
                names: Interner::new(),
                totals: vec![Vec::new(); measures.len()],
                missing: vec![0.0; measures.len()],
            })
            .collect();
        let mut vals: Vec<Option<f64>> = Vec::with_capacity(measures.len());
        for f in frames {
            // Per key that applies: the frame's own codes and their renumbering into the key's breakdown
            // (interning the frame's names in their order of first appearance gives the codes interning
            // every row would have given).
            let maps: Vec<Option<(Rc<KeyCodes>, Vec<u32>)>> = keys
                .iter()
                .zip(accs.iter_mut())
                .map(|(&key, acc)| {
                    key.applies(f).then(|| {
                        let local = f.codes(key);
                        let global = local.names.iter().map(|n| acc.names.intern(n)).collect();
                        (local, global)
                    })
                })
                .collect();
            if maps.iter().all(Option::is_none) {
                continue;
            }
            for row in f.rows() {
                if !f.in_period(row, period) {
                    continue;
                }
                vals.clear();
                vals.extend(measures.iter().map(|m| m(f, row).filter(|v| v.is_finite())));
                if together && vals.iter().any(Option::is_none) {
                    continue;
                }
                for (acc, map) in accs.iter_mut().zip(&maps) {
                    let Some((local, global)) = map else {
                        continue;
                    };
                    let code = local
                        .codes
                        .get(row)
                        .and_then(|&c| global.get(c as usize).copied())
                        .unwrap_or(MISSING);
                    for (k, &v) in vals.iter().enumerate() {
                        let Some(v) = v else { continue };
                        if code == MISSING {
                            if let Some(m) = acc.missing.get_mut(k) {
                                *m += v;
                            }
                        } else if let Some(t) = acc.totals.get_mut(k) {
                            let i = code as usize;
                            if t.len() <= i {
                                t.resize(i + 1, 0.0);
                            }
                            if let Some(x) = t.get_mut(i) {
                                *x += v;
                            }
                        }
                    }
                }
            }
        }
        accs.into_iter()
            .map(|mut acc| {
                let n = acc.names.len();
                for (t, m) in acc.totals.iter_mut().zip(acc.missing) {
                    t.resize(n, 0.0);
                    t.push(m);
                }
                Grouped {
                    names: acc.names.names().to_vec(),
                    values: acc.totals,
                }
            })
            .collect()
    }

    /// The totals of measure `k`.
    pub fn measure(&self, k: usize) -> &[f64] {
        self.values.get(k).map_or(&[], Vec::as_slice)
    }
}

/// Additive breakdowns of one measure by each key the frames have (empty breakdowns left out).
pub fn sum_breakdowns(ctx: &Context, frames: &[&Frame], keys: &[Key], value: RowValue) -> Vec<Breakdown> {
    let keys: Vec<Key> = keys
        .iter()
        .copied()
        .filter(|k| frames.iter().any(|f| k.applies(f)))
        .collect();
    keys.iter()
        .zip(Grouped::build_many(frames, &keys, ctx.period, &[value], false))
        .map(|(k, g)| super::context::breakdown(k.role(), &g.names, g.measure(0), ctx.query.top_n, true))
        .filter(|b| !b.rows.is_empty())
        .collect()
}

/// Ratio breakdowns (num ÷ den per value, top values by denominator) by each key the frames have.
pub fn ratio_breakdowns(
    ctx: &Context,
    frames: &[&Frame],
    keys: &[Key],
    num: RowValue,
    den: RowValue,
) -> Vec<Breakdown> {
    let keys: Vec<Key> = keys
        .iter()
        .copied()
        .filter(|k| frames.iter().any(|f| k.applies(f)))
        .collect();
    keys.iter()
        .zip(Grouped::build_many(frames, &keys, ctx.period, &[num, den], true))
        .map(|(k, g)| ratio_breakdown(k.role(), &g.names, g.measure(0), g.measure(1), ctx.query.top_n))
        .filter(|b| !b.rows.is_empty())
        .collect()
}

/// A result from a per-period measure; for undated data, the value only (no comparison, no series).
pub fn by_period(
    ctx: &Context,
    id: &str,
    dated: bool,
    measure: &dyn Fn(Period) -> Option<f64>,
    no_value: &str,
) -> KpiResult {
    let mut r = ctx.by_period(id, measure, no_value);
    if !dated {
        r.comparison = None;
        r.series.clear();
    }
    r
}

/// A ratio result: Σ num ÷ Σ den per period.
pub fn ratio_result(ctx: &Context, id: &str, num: &Sum, den: &Sum, no_value: &str) -> KpiResult {
    by_period(
        ctx,
        id,
        num.dated && den.dated,
        &|p| ratio(num.over(p), den.over(p)),
        no_value,
    )
}

/// The currency of money read from `frames` (`role`'s column), or why money figures have no value
/// (several currencies and no choice in the query).
pub fn currency(
    ctx: &Context,
    frames: &[&Frame],
    role: Role,
) -> Result<Option<String>, crate::core::i18n::Text> {
    if let Some(c) = &ctx.query.currency {
        return Ok(Some(c.clone()));
    }
    let mut seen: Vec<String> = Vec::new();
    let mut add = |c: &str| {
        let c = c.trim().to_uppercase();
        if !c.is_empty() && !seen.contains(&c) {
            seen.push(c);
        }
    };
    for f in frames {
        match f.ds.column(Role::Currency).map(|c| &c.data) {
            Some(ColumnData::Text { dict, codes }) => {
                let mut used = vec![false; dict.len()];
                for row in f.rows() {
                    if let Some(u) = codes.get(row).and_then(|&c| used.get_mut(c as usize)) {
                        *u = true;
                    }
                }
                for (d, u) in dict.iter().zip(used) {
                    if u {
                        add(d);
                    }
                }
            }
            _ => {
                if let Some(c) = f.ds.column(role).and_then(|c| c.currency.as_deref()) {
                    add(c);
                }
            }
        }
    }
    seen.sort();
    match seen.len() {
        0 => Ok(None),
        1 => Ok(seen.pop()),
        _ => Err(crate::text!(
            "The data mixes currencies ({currencies}); pick one currency to see money figures",
            currencies = seen.join(", ")
        )),
    }
}

/// Marks a money result: its currency, or no value with the reason when currencies are mixed.
pub fn money(mut r: KpiResult, currency: &Result<Option<String>, crate::core::i18n::Text>) -> KpiResult {
    match currency {
        Ok(c) => r.currency = c.clone(),
        Err(reason) => {
            r.value = KpiValue::NoValue {
                reason: reason.clone(),
            };
            r.comparison = None;
            r.series.clear();
            r.breakdowns.clear();
            r.special = None;
        }
    }
    r
}

/// Sources lines of `frames` for `roles`.
pub fn sources(frames: &[&Frame], roles: &[Role]) -> Vec<String> {
    frames.iter().map(|f| f.source(roles)).collect()
}

/// A warning for each undated frame: its figures cover all its rows whatever the period.
pub fn undated_warnings(frames: &[Frame]) -> Vec<crate::core::i18n::Text> {
    frames
        .iter()
        .filter(|f| !f.dated())
        .map(|f| {
            crate::text!(
                "{file} has no date column: its figures cover all its rows whatever the period, without comparison",
                file = &f.ds.name
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ingest::table::{Column, Table};
    use crate::core::kpi::prepare::Prepared;
    use crate::core::kpi::query::Query;

    #[test]
    fn unsorted_points_sum_as_if_sorted_by_day() {
        // Narrow days in any order (totalled in place) and far-apart days (sorted) give the per-day sums
        // of a stable sort by day, in the points' order within a day.
        let narrow = vec![(12, 0.1), (10, 1.0), (12, 0.2), (11, -0.0), (10, 1e16), (12, 0.3)];
        let far = vec![(5_000_000, 0.1), (10, 1.0), (5_000_000, 0.2), (-5_000_000, 2.0)];
        for points in [narrow, far] {
            let mut sorted = points.clone();
            sorted.sort_by_key(|p| p.0);
            let (a, b) = (Sum::from_points(points), Sum::from_points(sorted));
            assert_eq!(a.days, b.days);
            assert_eq!(a.running, b.running);
            assert!(a.any && a.dated);
        }
        let s = Sum::from_points(vec![(12, 0.1), (10, 1.0), (12, 0.2)]);
        assert_eq!(s.days, vec![10, 12]);
        assert_eq!(s.over(Period::new(11, 13)), 0.1 + 0.2);
        assert!(!Sum::from_points(Vec::new()).any);
    }

    #[test]
    fn sums_over_periods_with_far_apart_days() {
        // Days 10 (1 + 2), 12 (4) and an outlier 1 000 000 (8).
        let table = Table::from_columns(vec![
            Column::dates("d", &[Some(10), Some(12), Some(10), Some(1_000_000), None]),
            Column::number("x", vec![1.0, 4.0, 2.0, 8.0, 16.0]),
        ])
        .unwrap_or_default();
        let ds = Dataset::new(
            "a.csv",
            Kind::Ads,
            table,
            vec![Some(Role::Date), Some(Role::Spend)],
        );
        let prepared = Prepared::new(std::slice::from_ref(&ds));
        let query = Query::default();
        let period = Period::new(0, 2_000_000);
        let ctx = Context {
            prepared: &prepared,
            query: &query,
            calendar: query.calendar(),
            period,
            comparison: None,
            buckets: Vec::new(),
            comparison_buckets: Vec::new(),
            orders: None,
        };
        let fs = frames(&ctx, Kind::Ads);
        let refs: Vec<&Frame> = fs.iter().collect();
        let s = Sum::of(&refs, Role::Spend);
        // The undated row (16) counts nowhere in a dated dataset.
        assert_eq!(s.over(period), 15.0);
        assert_eq!(s.over(Period::new(10, 11)), 3.0);
        assert_eq!(s.over(Period::new(11, 13)), 4.0);
        assert_eq!(s.over(Period::new(13, 1_000_000)), 0.0);
        assert_eq!(s.over(Period::new(1_000_000, 1_000_001)), 8.0);
        assert_eq!(s.before(12), 3.0);
        assert_eq!(s.over(Period::new(20, 10)), 0.0);
        assert!(s.dated && s.any);
    }
}

//! Subscriptions merged across files, normalised to monthly amounts, with MRR at any instant and the
//! per-customer MRR movements between two instants.
//!
//! A subscription is active on day `t` when `start ≤ t` and (no end, or `end > t`): the end date is the
//! first day without the subscription (cancellation date). Amounts are divided by the billing interval in
//! months (yearly ÷ 12, weekly × 52 ÷ 12; a numeric interval column is a number of months; no interval =
//! monthly, with a warning).

use super::context::Context;
use super::filter::keeps;
use super::keys::{Interner, KeyMap, MISSING};
use super::query::Filter;
use crate::core::ingest::table::{ColumnData, MISSING_TIME, SECONDS_PER_DAY};
use crate::core::schema::kinds::Kind;
use crate::core::schema::normalize::interval_months;
use crate::core::schema::roles::Role;
use std::sync::{Arc, Mutex};

/// The filtered subscriptions of a query.
#[derive(Clone, Debug, Default)]
pub struct Subscriptions {
    /// Customer code per subscription.
    pub customer: Vec<u32>,
    /// Start day.
    pub start: Vec<i64>,
    /// End day (exclusive); `i64::MAX` when open.
    pub end: Vec<i64>,
    /// Monthly amount.
    pub mrr: Vec<f64>,
    /// Number of distinct customers.
    pub customers: usize,
    /// Currencies of the amounts.
    pub currencies: Vec<String>,
    /// Columns used.
    pub sources: Vec<String>,
    /// Data-quality notes.
    pub warnings: Vec<crate::core::i18n::Text>,
    /// (start day, cumulative MRR started up to it), sorted: MRR at an instant in O(log n).
    started: Vec<(i64, f64)>,
    /// (end day, cumulative MRR ended up to it), sorted.
    ended: Vec<(i64, f64)>,
    /// Subscription indexes grouped by customer code (ascending), in index order within a customer.
    by_customer: Vec<usize>,
    /// Movements already computed, by (from, to): several KPIs (and later queries with the same filters)
    /// ask for the same buckets.
    memo: Memo,
}

/// Most movements kept in the memo.
const MEMO_LIMIT: usize = 50_000;

/// The movements memo (a mutex so that the prepared data stays shareable between threads).
#[derive(Debug, Default)]
struct Memo(Mutex<KeyMap<(i64, i64), Movement>>);

impl Clone for Memo {
    fn clone(&self) -> Self {
        Memo(Mutex::new(self.0.lock().map(|m| m.clone()).unwrap_or_default()))
    }
}

/// The subscriptions of the last filter set, kept so that a period change does not rebuild them (and
/// reuses their movements memo); Customers and Finance share one build per query.
#[derive(Default)]
pub struct SubscriptionsCache(Mutex<Option<CachedSubscriptions>>);

/// The filters that applied to the subscriptions, and the subscriptions they kept.
type CachedSubscriptions = (Vec<Filter>, Arc<Option<Subscriptions>>);

impl Clone for SubscriptionsCache {
    fn clone(&self) -> Self {
        SubscriptionsCache::default()
    }
}

impl std::fmt::Debug for SubscriptionsCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SubscriptionsCache")
    }
}

impl SubscriptionsCache {
    /// The subscriptions kept by the query's filters, from the cache or built (and cached).
    pub fn get(&self, ctx: &Context) -> Arc<Option<Subscriptions>> {
        // Only the filters on roles some subscriptions dataset has change them (the others are ignored).
        let key: Vec<Filter> = ctx
            .query
            .filters
            .iter()
            .filter(|f| {
                ctx.datasets(Kind::Subscriptions)
                    .any(|d| d.column(f.role).is_some())
            })
            .cloned()
            .collect();
        if let Ok(guard) = self.0.lock() {
            if let Some((_, s)) = guard.as_ref().filter(|(k, _)| *k == key) {
                return s.clone();
            }
        }
        let built = Arc::new(Subscriptions::build(ctx));
        if let Ok(mut guard) = self.0.lock() {
            *guard = Some((key, built.clone()));
        }
        built
    }
}

/// A per-customer comparison of MRR between two instants.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Movement {
    /// MRR at the first instant.
    pub start_mrr: f64,
    /// MRR at the second instant.
    pub end_mrr: f64,
    /// MRR of customers without MRR at the first instant who never had a subscription before it.
    pub new: f64,
    /// MRR of customers without MRR at the first instant who had one before.
    pub reactivation: f64,
    /// Increase of customers with MRR at both instants.
    pub expansion: f64,
    /// Decrease of customers with MRR at both instants (positive).
    pub contraction: f64,
    /// MRR of customers with none left at the second instant (positive).
    pub churned: f64,
    /// Customers with MRR at the first instant.
    pub start_customers: usize,
    /// Customers with MRR at the second instant.
    pub end_customers: usize,
    /// Customers with MRR at both instants.
    pub kept_customers: usize,
}

fn day_of(values: &[i64], row: usize) -> Option<i64> {
    values
        .get(row)
        .copied()
        .filter(|&t| t != MISSING_TIME)
        .map(|t| t.div_euclid(SECONDS_PER_DAY))
}

impl Subscriptions {
    /// Merges the subscriptions datasets kept by the query's filters; `None` when none is usable.
    pub fn build(ctx: &Context) -> Option<Subscriptions> {
        let mut out = Subscriptions::default();
        let mut customers = Interner::new();
        let mut currencies = Interner::new();
        let mut any = false;
        for ds in ctx.datasets(Kind::Subscriptions) {
            let (Some(cust), Some(ColumnData::Time { values: starts, .. }), Some(amount_col)) = (
                ds.column(Role::CustomerId),
                ds.column(Role::StartDate).map(|c| &c.data),
                ds.column(Role::Amount),
            ) else {
                continue;
            };
            let ColumnData::Number(amounts) = &amount_col.data else {
                continue;
            };
            any = true;
            let codes = customers.codes_of(cust);
            let ends = match ds.column(Role::EndDate).map(|c| &c.data) {
                Some(ColumnData::Time { values, .. }) => Some(values),
                _ => None,
            };
            let interval: Vec<Option<f64>> = match ds.column(Role::Interval).map(|c| &c.data) {
                Some(ColumnData::Text { dict, codes }) => {
                    let per: Vec<Option<f64>> = dict.iter().map(|s| interval_months(s)).collect();
                    codes
                        .iter()
                        .map(|&c| per.get(c as usize).copied().flatten())
                        .collect()
                }
                Some(ColumnData::Number(v)) => v.iter().map(|&m| (m > 0.0).then_some(m)).collect(),
                _ => vec![None; ds.row_count()],
            };
            if let Some(c) = &amount_col.currency {
                currencies.intern(c);
            }
            if let Some(ColumnData::Text { dict, .. }) = ds.column(Role::Currency).map(|c| &c.data) {
                for c in dict {
                    currencies.intern(c);
                }
            }
            let mask = ctx.row_filter(ds);
            let mut assumed_monthly = 0usize;
            for row in 0..ds.row_count() {
                if !keeps(&mask, row) {
                    continue;
                }
                let (Some(start), Some(&amount), Some(&c)) =
                    (day_of(starts, row), amounts.get(row), codes.get(row))
                else {
                    continue;
                };
                if c == MISSING || !amount.is_finite() {
                    continue;
                }
                let months = match interval.get(row).copied().flatten() {
                    Some(m) => m,
                    None => {
                        assumed_monthly += 1;
                        1.0
                    }
                };
                let end = ends.and_then(|e| day_of(e, row)).unwrap_or(i64::MAX);
                if end <= start {
                    continue; // never active
                }
                out.customer.push(c);
                out.start.push(start);
                out.end.push(end);
                out.mrr.push(amount / months);
            }
            if assumed_monthly > 0 && ds.column(Role::Interval).is_some() {
                out.warnings.push(crate::text_n!(
                    "{file}: {count} subscription has no known billing interval and is taken as monthly",
                    "{file}: {count} subscriptions have no known billing interval and are taken as monthly",
                    count = assumed_monthly,
                    file = &ds.name
                ));
            }
            let used: Vec<&str> = ds
                .roles
                .iter()
                .zip(&ds.table.columns)
                .filter(|(r, _)| r.is_some())
                .map(|(_, c)| c.name.as_str())
                .collect();
            out.sources.push(format!("{}: {}", ds.name, used.join(", ")));
        }
        out.customers = customers.len();
        out.currencies = currencies.names().to_vec();
        let cumulative = |days: &[i64], mrr: &[f64]| {
            let mut v: Vec<(i64, f64)> = days.iter().copied().zip(mrr.iter().copied()).collect();
            v.sort_by_key(|e| e.0);
            let mut acc = 0.0;
            for e in v.iter_mut() {
                acc += e.1;
                e.1 = acc;
            }
            v
        };
        out.started = cumulative(&out.start, &out.mrr);
        out.ended = cumulative(&out.end, &out.mrr);
        out.by_customer = (0..out.customer.len()).collect();
        let customer = &out.customer;
        out.by_customer
            .sort_by_key(|&i| customer.get(i).copied().unwrap_or(MISSING));
        any.then_some(out)
    }

    /// MRR per customer at the end of `day`.
    pub fn customer_mrr_at(&self, day: i64) -> Vec<f64> {
        let mut per = vec![0.0; self.customers];
        for i in 0..self.mrr.len() {
            let (Some(&s), Some(&e), Some(&m), Some(&c)) = (
                self.start.get(i),
                self.end.get(i),
                self.mrr.get(i),
                self.customer.get(i),
            ) else {
                continue;
            };
            if s <= day && e > day {
                if let Some(p) = per.get_mut(c as usize) {
                    *p += m;
                }
            }
        }
        per
    }

    /// MRR at the end of `day`: MRR started on or before it minus MRR ended on or before it.
    pub fn mrr_at(&self, day: i64) -> f64 {
        let upto = |v: &[(i64, f64)]| {
            let i = v.partition_point(|e| e.0 <= day);
            i.checked_sub(1).and_then(|i| v.get(i)).map_or(0.0, |e| e.1)
        };
        upto(&self.started) - upto(&self.ended)
    }

    /// Customers with MRR at the end of `day`.
    pub fn active_customers_at(&self, day: i64) -> usize {
        self.movement(day, day).end_customers
    }

    /// Per-customer movements between the end of day `from` and the end of day `to`: one pass over the
    /// subscriptions grouped by customer, no allocation (it runs for every bucket of several KPIs).
    pub fn movement(&self, from: i64, to: i64) -> Movement {
        if let Some(m) = self
            .memo
            .0
            .lock()
            .ok()
            .and_then(|memo| memo.get(&(from, to)).copied())
        {
            return m;
        }
        let m = self.compute_movement(from, to);
        if let Ok(mut memo) = self.memo.0.lock() {
            if memo.len() >= MEMO_LIMIT {
                memo.clear(); // a long session of queries: start over rather than grow without bound
            }
            memo.insert((from, to), m);
        }
        m
    }

    fn compute_movement(&self, from: i64, to: i64) -> Movement {
        let customer = |i: &usize| self.customer.get(*i).copied().unwrap_or(MISSING);
        let mut m = Movement::default();
        for group in self.by_customer.chunk_by(|a, b| customer(a) == customer(b)) {
            let (mut x, mut y, mut had) = (0.0, 0.0, false);
            for &i in group {
                let (Some(&s), Some(&e), Some(&mrr)) = (self.start.get(i), self.end.get(i), self.mrr.get(i))
                else {
                    continue;
                };
                if s <= from {
                    had = true;
                    if e > from {
                        x += mrr;
                    }
                }
                if s <= to && e > to {
                    y += mrr;
                }
            }
            m.start_mrr += x;
            m.end_mrr += y;
            if x > 0.0 {
                m.start_customers += 1;
            }
            if y > 0.0 {
                m.end_customers += 1;
            }
            if x > 0.0 && y > 0.0 {
                m.kept_customers += 1;
                if y > x {
                    m.expansion += y - x;
                } else {
                    m.contraction += x - y;
                }
            } else if x > 0.0 {
                m.churned += x;
            } else if y > 0.0 {
                if had {
                    m.reactivation += y;
                } else {
                    m.new += y;
                }
            }
        }
        m
    }
}

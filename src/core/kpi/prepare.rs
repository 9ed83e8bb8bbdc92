//! The per-load index: built once when datasets change, reused for every query.

use super::orders_figures::{FiguresCache, OrdersFigures, RowMask};
use super::orders_table::OrdersTable;
use super::pipeline::{lead_facts, LeadFacts};
use super::query::Query;
use super::subscriptions::SubscriptionsCache;
use crate::core::ingest::table::{ColumnData, MISSING_TIME, SECONDS_PER_DAY};
use crate::core::schema::dataset::Dataset;
use crate::core::schema::kinds::Kind;
use crate::core::schema::roles::Role;
use crate::core::time::Period;
use std::sync::Arc;

/// Loaded data, indexed for fast queries.
#[derive(Clone, Debug, Default)]
pub struct Prepared {
    /// Every dataset that is not an orders export (small; areas read them directly).
    pub datasets: Vec<Dataset>,
    /// All orders exports merged and indexed (shared: it may have been built where a file was read).
    pub orders: Option<Arc<OrdersTable>>,
    /// First and last day of the data.
    pub data_range: Option<Period>,
    /// Data-quality notes from preparation.
    pub warnings: Vec<crate::core::i18n::Text>,
    /// Filter-dependent orders figures of the last filter set (pre-computed for no filters).
    pub cache: FiguresCache,
    /// The subscriptions of the last filter set.
    pub subscriptions: SubscriptionsCache,
    /// The facts of every row of each leads dataset, by index in [`Self::datasets`] (empty for other kinds).
    pub lead_facts: Vec<Vec<LeadFacts>>,
}

impl Prepared {
    /// Indexes `datasets` (call once per load, not per query). The datasets are borrowed: only the
    /// (small) non-orders datasets are cloned; the orders are read into the index, never copied whole.
    pub fn new<'a>(datasets: impl IntoIterator<Item = &'a Dataset>) -> Prepared {
        Prepared::with_orders_index(datasets, None, None)
    }

    /// Like [`Prepared::new`], with the orders index given when it was built already (by
    /// [`OrdersTable::build`] on the same orders datasets, e.g. where the file was read), and its row
    /// mask and history of no filters when they were computed with it ([`FiguresCache::history`] for the
    /// default query); `None` builds or computes them.
    pub fn with_orders_index<'a>(
        datasets: impl IntoIterator<Item = &'a Dataset>,
        orders: Option<Arc<OrdersTable>>,
        history: Option<(Arc<RowMask>, Arc<OrdersFigures>)>,
    ) -> Prepared {
        let datasets: Vec<&Dataset> = datasets.into_iter().collect();
        let (orders, history) = match orders {
            Some(orders) => (Some(orders), history),
            None => (OrdersTable::build(&datasets).map(Arc::new), None),
        };
        let warnings = orders.as_ref().map(|o| o.warnings.clone()).unwrap_or_default();
        let cache = match (&orders, history) {
            (Some(_), Some((mask, history))) => FiguresCache::seeded(&Query::default(), mask, history),
            (Some(t), None) => {
                let cache = FiguresCache::default();
                cache.history(t, &Query::default());
                cache
            }
            (None, _) => FiguresCache::default(),
        };
        let others: Vec<Dataset> = datasets
            .iter()
            .filter(|d| d.kind != Kind::Orders)
            .map(|&d| d.clone())
            .collect();
        Prepared {
            cache,
            subscriptions: SubscriptionsCache::default(),
            lead_facts: others
                .iter()
                .map(|d| {
                    if d.kind == Kind::Leads {
                        lead_facts(d)
                    } else {
                        Vec::new()
                    }
                })
                .collect(),
            datasets: others,
            orders,
            data_range: data_range(datasets.iter().copied()),
            warnings,
        }
    }
}

/// The date roles that place a dataset's rows in time.
pub fn date_roles(kind: Kind) -> &'static [Role] {
    match kind {
        Kind::Orders => &[Role::OrderDate],
        Kind::Leads => &[Role::CreatedDate, Role::CloseDate],
        Kind::Email => &[Role::SendDate],
        Kind::Subscriptions => &[Role::StartDate, Role::EndDate],
        _ => &[Role::Date],
    }
}

/// First day (inclusive) and end (exclusive) covered by the datasets' dates, if any.
pub fn data_range<'a>(datasets: impl IntoIterator<Item = &'a Dataset>) -> Option<Period> {
    let mut lo = i64::MAX;
    let mut hi = i64::MIN;
    for ds in datasets {
        for &role in date_roles(ds.kind) {
            if let Some(ColumnData::Time { values, .. }) = ds.column(role).map(|c| &c.data) {
                // The earliest and latest times, then their days (the day of a time never decreases as
                // the time grows, so no division per row).
                let (mut first, mut last) = (i64::MAX, i64::MIN);
                for &t in values.iter().filter(|&&t| t != MISSING_TIME) {
                    first = first.min(t);
                    last = last.max(t);
                }
                if first <= last {
                    lo = lo.min(first.div_euclid(SECONDS_PER_DAY));
                    hi = hi.max(last.div_euclid(SECONDS_PER_DAY));
                }
            }
        }
    }
    (lo <= hi).then(|| Period::new(lo, hi + 1))
}

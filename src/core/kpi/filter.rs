//! Query filters on plain datasets (traffic, ads, NPS, subscriptions…): which rows a query keeps.

use super::query::{Filter, NOT_SET};
use crate::core::ingest::table::{ColumnData, MISSING_TEXT};
use crate::core::schema::dataset::Dataset;

/// Rows of `dataset` kept by `filters` (AND across filters, OR within values); filters on roles the
/// dataset does not have are ignored. `None` means every row is kept.
pub fn dataset_rows(dataset: &Dataset, filters: &[Filter]) -> Option<Vec<bool>> {
    let mut keep: Option<Vec<bool>> = None;
    for f in filters {
        let Some(column) = dataset.column(f.role) else {
            continue;
        };
        let accept_missing = f.values.iter().any(|v| v == NOT_SET);
        let n = dataset.row_count();
        let k = keep.get_or_insert_with(|| vec![true; n]);
        match &column.data {
            ColumnData::Text { dict, codes } => {
                let accepted: Vec<bool> = dict.iter().map(|d| f.values.contains(d)).collect();
                for (v, &c) in k.iter_mut().zip(codes) {
                    let ok = if c == MISSING_TEXT {
                        accept_missing
                    } else {
                        accepted.get(c as usize).copied().unwrap_or(false)
                    };
                    *v &= ok;
                }
            }
            data => {
                for (row, v) in k.iter_mut().enumerate() {
                    let ok = if data.is_missing(row) {
                        accept_missing
                    } else {
                        f.values.contains(&data.display(row))
                    };
                    *v &= ok;
                }
            }
        }
    }
    keep
}

/// Whether a filter mask keeps `row`.
#[inline]
pub fn keeps(mask: &Option<Vec<bool>>, row: usize) -> bool {
    mask.as_ref().is_none_or(|k| k.get(row).copied().unwrap_or(false))
}

//! What the filter controls offer: for each dimension the loaded data has, its distinct values.

use super::prepare::Prepared;
use crate::core::ingest::table::ColumnData;
use crate::core::schema::roles::Role;
use std::collections::BTreeSet;

/// Roles the page offers as filters, in display order.
pub const FILTER_ROLES: [Role; 10] = [
    Role::Channel,
    Role::Campaign,
    Role::Country,
    Role::Category,
    Role::Product,
    Role::SalesRep,
    Role::Segment,
    Role::Platform,
    Role::Source,
    Role::Plan,
];

/// Most values offered for one dimension (the rest stays reachable by search in a later version).
pub const MAX_VALUES: usize = 500;

/// Each filterable dimension present in the data, with its sorted distinct values.
pub fn filter_options(prepared: &Prepared) -> Vec<(Role, Vec<String>)> {
    FILTER_ROLES
        .into_iter()
        .filter_map(|role| {
            let mut values: BTreeSet<String> = BTreeSet::new();
            if let Some(dimension) = prepared.orders.as_ref().and_then(|o| o.dimension(role)) {
                values.extend(dimension.names.iter().cloned());
            }
            for dataset in &prepared.datasets {
                if let Some(ColumnData::Text { dict, .. }) = dataset.column(role).map(|c| &c.data) {
                    values.extend(dict.iter().cloned());
                }
            }
            values.retain(|v| !v.trim().is_empty());
            (!values.is_empty()).then(|| (role, values.into_iter().take(MAX_VALUES).collect()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ingest::table::{Column, Table};
    use crate::core::schema::dataset::Dataset;
    use crate::core::schema::kinds::Kind;

    #[test]
    fn offers_the_dimensions_of_every_dataset() {
        let ads = Table::from_columns(vec![
            Column::dates("day", &[Some(19_000), Some(19_001)]),
            Column::number("spend", vec![1.0, 2.0]),
            Column::text("campaign", &[Some("Spring"), Some("Autumn")]),
        ])
        .unwrap_or_default();
        let roles = vec![Some(Role::Date), Some(Role::Spend), Some(Role::Campaign)];
        let prepared = Prepared::new(&[Dataset::new("ads.csv", Kind::Ads, ads, roles)]);
        assert_eq!(
            filter_options(&prepared),
            vec![(Role::Campaign, vec!["Autumn".to_string(), "Spring".to_string()])]
        );
    }
}

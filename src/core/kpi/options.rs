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

/// Every currency the loaded money is written in (ISO codes, sorted, upper case): from a currency
/// column where a dataset has one, else from the currency written in its money columns. The page offers
/// a currency choice when there are several.
pub fn currencies(prepared: &Prepared) -> Vec<String> {
    let mut codes: BTreeSet<String> = BTreeSet::new();
    let mut add = |code: &str| {
        let code = code.trim().to_uppercase();
        if !code.is_empty() {
            codes.insert(code);
        }
    };
    if let Some(orders) = &prepared.orders {
        orders.currencies.iter().for_each(|c| add(c));
    }
    for dataset in &prepared.datasets {
        match dataset.column(Role::Currency).map(|c| &c.data) {
            Some(ColumnData::Text { dict, .. }) => dict.iter().for_each(|c| add(c)),
            _ => dataset
                .table
                .columns
                .iter()
                .filter_map(|c| c.currency.as_deref())
                .for_each(&mut add),
        }
    }
    codes.into_iter().collect()
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

    #[test]
    fn lists_every_currency_of_the_money() {
        let ads = Table::from_columns(vec![
            Column::dates("day", &[Some(19_000), Some(19_001)]),
            Column::number("spend", vec![1.0, 2.0]),
            Column::text("currency", &[Some("eur"), Some("USD ")]),
        ])
        .expect("same lengths");
        let ds = Dataset::new(
            "ads.csv",
            Kind::Ads,
            ads,
            vec![Some(Role::Date), Some(Role::Spend), Some(Role::Currency)],
        );
        let prepared = Prepared::new(&[ds]);
        assert_eq!(currencies(&prepared), vec!["EUR", "USD"]);
        assert!(currencies(&Prepared::new(&[])).is_empty());
    }
}

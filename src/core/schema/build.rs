//! From a table and a confirmed mapping to a [`Dataset`], with checks that say exactly what is wrong.

use std::fmt;

use super::catalog::kind_label;
use super::dataset::Dataset;
use super::detect::missing_messages;
use super::fold::fold;
use super::kinds::Kind;
use super::profile::{yyyymmdd_seconds, ColumnProfile, Shape};
use super::roles::Role;
use crate::core::i18n::{Arg, Text};
use crate::core::ingest::table::{ColumnData, ColumnType, Table, MISSING_TIME};

/// Why a table cannot become a dataset with the given mapping.
#[derive(Clone, Debug, PartialEq)]
pub enum SchemaError {
    /// Required roles are not mapped.
    MissingRoles {
        /// The file name.
        file: String,
        /// The kind asked for.
        kind: Kind,
        /// One message per unmet requirement (what is missing, what was found).
        messages: Vec<Text>,
    },
    /// A column's values cannot be the role it is mapped to.
    IncompatibleColumn {
        /// The file name.
        file: String,
        /// The column's header.
        column: String,
        /// The column's position, from 1.
        column_number: usize,
        /// The role asked for.
        role: Role,
        /// The kind asked for.
        kind: Kind,
        /// What the values are and what was expected.
        reason: Text,
    },
    /// Two columns are mapped to the same role.
    DuplicateRole {
        /// The file name.
        file: String,
        /// The role mapped twice.
        role: Role,
        /// The first column's header.
        first: String,
        /// Its position, from 1.
        first_number: usize,
        /// The second column's header.
        second: String,
        /// Its position, from 1.
        second_number: usize,
    },
}

impl SchemaError {
    /// The message, translatable (rendered in the page's language with [`crate::core::i18n::render`]).
    pub fn text(&self) -> Text {
        match self {
            SchemaError::MissingRoles { file, messages, .. } => crate::text!(
                "{file}: {problems}",
                file = file,
                problems = Arg::Texts(messages.clone())
            ),
            SchemaError::IncompatibleColumn {
                file,
                column,
                column_number,
                role,
                kind,
                reason,
            } => crate::text!(
                "{file}, column {number} “{column}”: cannot be the {role} of {kind}: {reason}",
                file = file,
                number = *column_number,
                column = column,
                role = *role,
                kind = Arg::phrase(kind_label(*kind)),
                reason = reason
            ),
            SchemaError::DuplicateRole {
                file,
                role,
                first,
                first_number,
                second,
                second_number,
            } => crate::text!(
                "{file}: columns {first_number} “{first}” and {second_number} “{second}” are both mapped to {role}; keep one",
                file = file,
                first_number = *first_number,
                first = first,
                second_number = *second_number,
                second = second,
                role = *role
            ),
        }
    }
}

impl fmt::Display for SchemaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

impl std::error::Error for SchemaError {}

/// Builds a dataset of `kind` from `table` with `roles` (one per column; padded or cut), after checking
/// that no role is mapped twice, that each mapped column's values fit its role, and that the kind's
/// required roles are all mapped. Number columns of `YYYYMMDD` dates (GA4) mapped to a date role are
/// converted to dates.
///
/// Orders with both a total and a subtotal map the subtotal to [`Role::Subtotal`] and the total to
/// [`Role::Amount`]; revenue KPIs read `Subtotal` first when present (`KPIS.md`, revenue).
pub fn build_dataset(
    file_name: &str,
    table: Table,
    kind: Kind,
    roles: Vec<Option<Role>>,
) -> Result<Dataset, SchemaError> {
    build_dataset_or_keep(file_name, table, kind, roles).map_err(|kept| kept.0)
}

/// [`build_dataset`], giving the table back with the error (so a large table need not be copied to
/// keep it for the mapping editor).
pub fn build_dataset_or_keep(
    file_name: &str,
    table: Table,
    kind: Kind,
    roles: Vec<Option<Role>>,
) -> Result<Dataset, Box<(SchemaError, Table)>> {
    build_dataset_or_keep_profiled(file_name, table, kind, roles, None)
}

/// [`build_dataset_or_keep`] with, when given, the profiles of `table`'s columns already made (by
/// [`super::detect::detect_profiled`] on the same table), so that they are not made again.
pub fn build_dataset_or_keep_profiled(
    file_name: &str,
    mut table: Table,
    kind: Kind,
    mut roles: Vec<Option<Role>>,
    profiles: Option<Vec<ColumnProfile>>,
) -> Result<Dataset, Box<(SchemaError, Table)>> {
    roles.resize(table.columns.len(), None);
    for (i, role) in roles.iter().enumerate() {
        let Some(role) = role else { continue };
        let twin = roles
            .iter()
            .enumerate()
            .skip(i + 1)
            .find(|(_, r)| *r == &Some(*role));
        if let Some((j, _)) = twin {
            let error = SchemaError::DuplicateRole {
                file: file_name.to_string(),
                role: *role,
                first: column_name(&table, i),
                first_number: i + 1,
                second: column_name(&table, j),
                second_number: j + 1,
            };
            return Err(Box::new((error, table)));
        }
    }
    let profiles = match profiles {
        Some(made) if made.len() == table.columns.len() => made,
        _ => table.columns.iter().map(ColumnProfile::of).collect(),
    };
    for (i, (role, profile)) in roles.iter().zip(&profiles).enumerate() {
        let Some(role) = role else { continue };
        if let Some(reason) = profile.misfit_reason(*role) {
            let error = SchemaError::IncompatibleColumn {
                file: file_name.to_string(),
                column: column_name(&table, i),
                column_number: i + 1,
                role: *role,
                kind,
                reason,
            };
            return Err(Box::new((error, table)));
        }
    }
    let messages = missing_messages(&table, &profiles, kind, &roles);
    if !messages.is_empty() {
        let error = SchemaError::MissingRoles {
            file: file_name.to_string(),
            kind,
            messages,
        };
        return Err(Box::new((error, table)));
    }
    for ((column, role), profile) in table.columns.iter_mut().zip(&roles).zip(&profiles) {
        let is_date_role =
            role.is_some_and(|r| super::catalog::value_class(r) == super::catalog::ValueClass::Time);
        if is_date_role && profile.shape == Shape::Number {
            if let ColumnData::Number(values) = &column.data {
                let values = values
                    .iter()
                    .map(|&v| yyyymmdd_seconds(v).unwrap_or(MISSING_TIME))
                    .collect();
                column.data = ColumnData::Time {
                    values,
                    has_time: false,
                };
                column.column_type = ColumnType::Date;
            }
        }
    }
    Ok(Dataset::new(file_name, kind, table, roles))
}

/// The header of column `i` (empty when out of range).
fn column_name(table: &Table, i: usize) -> String {
    table.columns.get(i).map_or_else(String::new, |c| c.name.clone())
}

/// A stable short hash of a header row: FNV-1a (64 bits, hex) of the folded headers joined by U+001F.
/// Files whose headers differ only in case, spacing, punctuation or width have the same signature; used to
/// remember confirmed mappings and in share links.
pub fn header_signature(headers: &[&str]) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    for (i, header) in headers.iter().enumerate() {
        if i > 0 {
            hash ^= 0x1f;
            hash = hash.wrapping_mul(PRIME);
        }
        for byte in fold(header).bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(PRIME);
        }
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_made_by_detection_build_what_fresh_profiles_build() {
        for file in crate::core::sample::FILES {
            let table = crate::core::ingest::read(file.name, file.bytes, &Default::default())
                .map(|import| import.table);
            let Ok(table) = table else { continue };
            let (detection, profiles) = super::super::detect::detect_profiled(&table);
            let (kind, roles) = (detection.kind, detection.roles);
            let fresh = build_dataset_or_keep(file.name, table.clone(), kind, roles.clone());
            let reused = build_dataset_or_keep_profiled(file.name, table, kind, roles, Some(profiles));
            assert_eq!(fresh.is_ok(), reused.is_ok(), "{}", file.name);
            if let (Ok(fresh), Ok(reused)) = (fresh, reused) {
                // Compared as written out: a missing number (NaN) is not equal to itself.
                let same = format!("{fresh:?}") == format!("{reused:?}");
                assert!(same, "{}: the datasets differ", file.name);
            }
        }
    }

    #[test]
    fn fnv1a_of_known_strings() {
        // FNV-1a 64 of the empty input is the offset basis; of "a" it is the published test vector
        // af63dc4c8601ec8c.
        assert_eq!(header_signature(&[]), "cbf29ce484222325");
        assert_eq!(header_signature(&["A"]), "af63dc4c8601ec8c");
        assert_eq!(
            header_signature(&["Order ID", "Total"]),
            header_signature(&["order_id", "ＴＯＴＡＬ"])
        );
        assert_ne!(
            header_signature(&["Order ID", "Total"]),
            header_signature(&["Total", "Order ID"])
        );
    }
}

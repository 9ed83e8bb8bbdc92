//! A typed table recognised as one dataset kind, with its columns mapped to roles.

use super::kinds::Kind;
use super::roles::Role;
use crate::core::ingest::table::{Column, Table};
use serde::{Deserialize, Serialize};

/// One loaded file, ready for the KPI core.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// The file name as dropped (used in messages and in the dataset list).
    pub name: String,
    /// What the file is.
    pub kind: Kind,
    /// The typed values.
    pub table: Table,
    /// The role of each column of `table`, by column index (`None` = ignored).
    pub roles: Vec<Option<Role>>,
}

impl Dataset {
    /// A dataset; `roles` is padded or cut to the number of columns.
    pub fn new(name: &str, kind: Kind, table: Table, mut roles: Vec<Option<Role>>) -> Self {
        roles.resize(table.columns.len(), None);
        Dataset {
            name: name.to_string(),
            kind,
            table,
            roles,
        }
    }

    /// The column mapped to `role`, if any (the first one when several are).
    pub fn column(&self, role: Role) -> Option<&Column> {
        self.column_index(role).and_then(|i| self.table.columns.get(i))
    }

    /// Index of the column mapped to `role`.
    pub fn column_index(&self, role: Role) -> Option<usize> {
        self.roles.iter().position(|r| *r == Some(role))
    }

    /// The roles that are mapped.
    pub fn mapped_roles(&self) -> Vec<Role> {
        self.roles.iter().flatten().copied().collect()
    }

    /// Number of rows.
    pub fn row_count(&self) -> usize {
        self.table.row_count
    }
}

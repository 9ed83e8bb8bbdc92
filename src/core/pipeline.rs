//! One file from bytes to a dataset: ingest (decode, parse, type) then schema (kind and roles).
//! A file whose kind or required roles cannot be found is kept with its table, so the user can finish
//! the mapping; a file that is not a table at all gets one clear message.

use crate::core::i18n::{Arg, Text};
use crate::core::ingest::table::Table;
use crate::core::ingest::{self, Import, ImportOptions, ImportReport};
use crate::core::kpi::orders_figures::{FiguresCache, OrdersFigures, RowMask};
use crate::core::kpi::orders_table::OrdersTable;
use crate::core::kpi::{Prepared, Query};
use crate::core::schema::catalog::kind_label;
use crate::core::schema::profile::ColumnProfile;
use crate::core::schema::{self, Dataset, Detection, Kind, Role};
use crate::core::time::Period;
use std::sync::Arc;

/// A parsed file and what became of its mapping.
#[derive(Clone, Debug)]
pub struct LoadedFile {
    /// File name.
    pub name: String,
    /// How the file was read.
    pub report: ImportReport,
    /// The detected (or user-chosen) kind and roles.
    pub detection: Detection,
    /// The dataset, or the table and why it cannot be used yet.
    pub mapped: Mapped,
    /// The first and last days of the file's dates (those of its kind's date columns), when it is usable
    /// and has any; shown in the list of files.
    pub date_range: Option<Period>,
    /// The orders index of this file alone ([`OrdersTable::build`] on its dataset), when it was built
    /// where the file was read (a parsing worker), so that the page need not build it; any change of
    /// mapping gives a file without it.
    pub orders_index: Option<Arc<OrdersTable>>,
    /// The figures of no filters of [`LoadedFile::orders_index`], computed with it.
    pub orders_history: Option<OrdersHistory>,
}

/// The row mask and history of the orders index for no filters, as
/// [`FiguresCache::history`] computes them for the default query.
pub type OrdersHistory = (Arc<RowMask>, Arc<OrdersFigures>);

/// The outcome of mapping a table to a dataset.
#[derive(Clone, Debug)]
pub enum Mapped {
    /// Usable by the KPI core.
    Ready(Dataset),
    /// Needs the user: the message names what is missing and what was found.
    Incomplete {
        /// The typed table, kept for the mapping editor.
        table: Table,
        /// What is missing.
        message: Text,
    },
}

/// Reads and maps one file. `Err` is a message for the user (which file, what is wrong).
pub fn load(name: &str, bytes: &[u8], options: &ImportOptions) -> Result<LoadedFile, Text> {
    let import = ingest::read(name, bytes, options).map_err(|e| e.text())?;
    Ok(recognise(name, import))
}

/// Maps a file read chunk by chunk (with [`ingest::Importer`]) to its dataset.
pub fn recognise(name: &str, import: Import) -> LoadedFile {
    let (detection, profiles) = schema::detect::detect_profiled(&import.table);
    LoadedFile::mapped(name, import.report, import.table, detection, Some(profiles))
}

/// The KPI index of the loaded files; the orders index a file brought is used when that file is the only
/// usable orders export (otherwise all orders exports are merged here).
pub fn prepare(files: &[&LoadedFile]) -> Prepared {
    let orders_files: Vec<&LoadedFile> = files
        .iter()
        .copied()
        .filter(|f| f.dataset().is_some_and(|d| d.kind == Kind::Orders))
        .collect();
    let (index, history) = match orders_files.as_slice() {
        [only] => (only.orders_index.clone(), only.orders_history.clone()),
        _ => (None, None),
    };
    Prepared::with_orders_index(files.iter().filter_map(|f| f.dataset()), index, history)
}

impl LoadedFile {
    /// The file mapped as `detection` says; `profiles`, when given, are those of `table`'s columns.
    fn mapped(
        name: &str,
        report: ImportReport,
        table: Table,
        detection: Detection,
        profiles: Option<Vec<ColumnProfile>>,
    ) -> LoadedFile {
        let mapped = if detection.missing.is_empty() {
            let (kind, roles) = (detection.kind, detection.roles.clone());
            match schema::build::build_dataset_or_keep_profiled(name, table, kind, roles, profiles) {
                Ok(dataset) => Mapped::Ready(dataset),
                Err(kept) => {
                    let (error, table) = *kept;
                    Mapped::Incomplete {
                        table,
                        message: error.text(),
                    }
                }
            }
        } else {
            let message = crate::text!(
                "{file}: {problems}",
                file = name,
                problems = Arg::Texts(detection.missing.clone())
            );
            Mapped::Incomplete { table, message }
        };
        let date_range = match &mapped {
            Mapped::Ready(dataset) => crate::core::kpi::data_range([dataset]),
            Mapped::Incomplete { .. } => None,
        };
        LoadedFile {
            name: name.to_string(),
            report,
            detection,
            mapped,
            date_range,
            orders_index: None,
            orders_history: None,
        }
    }

    /// The same file with its orders index and the index's figures of no filters, when it is a usable
    /// orders export (see [`LoadedFile::orders_index`]).
    pub fn with_orders_index(mut self) -> LoadedFile {
        self.orders_index = self
            .dataset()
            .filter(|d| d.kind == Kind::Orders)
            .and_then(|d| OrdersTable::build(&[d]))
            .map(Arc::new);
        self.orders_history = self
            .orders_index
            .as_ref()
            .map(|t| FiguresCache::default().history(t, &Query::default()));
        self
    }

    /// The typed table.
    pub fn table(&self) -> &Table {
        match &self.mapped {
            Mapped::Ready(dataset) => &dataset.table,
            Mapped::Incomplete { table, .. } => table,
        }
    }

    /// The dataset, when the mapping is complete.
    pub fn dataset(&self) -> Option<&Dataset> {
        match &self.mapped {
            Mapped::Ready(dataset) => Some(dataset),
            Mapped::Incomplete { .. } => None,
        }
    }

    /// The kind (detected or chosen).
    pub fn kind(&self) -> Kind {
        self.detection.kind
    }

    /// Rows accepted by the import.
    pub fn rows_accepted(&self) -> usize {
        self.report.rows_accepted
    }

    /// The role of each column.
    pub fn roles(&self) -> Vec<Option<Role>> {
        self.detection.roles.clone()
    }

    /// Why the file cannot be used yet, if it cannot.
    pub fn mapping_message(&self) -> Option<Text> {
        match &self.mapped {
            Mapped::Ready(_) => None,
            Mapped::Incomplete { message, .. } => Some(message.clone()),
        }
    }

    /// The status for the dataset list (shown on one line, joined with " · "): missing roles, rejected
    /// rows, or nothing.
    pub fn status_line(&self) -> Vec<Text> {
        let mut parts = Vec::new();
        if let Some(message) = self.mapping_message() {
            parts.push(message);
        }
        if self.report.rows_rejected > 0 || self.report.cells_rejected > 0 {
            parts.push(crate::text!(
                "{rows} rows rejected, {values} values not understood",
                rows = self.report.rows_rejected,
                values = self.report.cells_rejected
            ));
        }
        parts
    }

    /// Each column's header and a few sample values (for the mapping editor).
    pub fn column_previews(&self) -> Vec<(String, Vec<String>)> {
        let table = self.table();
        table
            .columns
            .iter()
            .map(|c| {
                let samples = (0..table.row_count)
                    .filter(|&row| !c.data.is_missing(row))
                    .take(3)
                    .map(|row| c.data.display(row))
                    .collect();
                (c.name.clone(), samples)
            })
            .collect()
    }

    /// The same file and table mapped as `detection` says.
    fn remapped(&self, detection: Detection) -> LoadedFile {
        LoadedFile::mapped(
            &self.name,
            self.report.clone(),
            self.table().clone(),
            detection,
            None,
        )
    }

    /// The same file mapped as another kind (roles re-detected for that kind).
    pub fn with_kind(&self, kind: Kind) -> LoadedFile {
        let detection = schema::map_for_kind(self.table(), kind);
        self.remapped(detection)
    }

    /// The same file with column `index` mapped to `role` (or ignored); a role moves off any other column.
    pub fn with_role(&self, index: usize, role: Option<Role>) -> LoadedFile {
        let mut detection = self.detection.clone();
        if let Some(role) = role {
            for r in detection.roles.iter_mut() {
                if *r == Some(role) {
                    *r = None;
                }
            }
        }
        if let Some(slot) = detection.roles.get_mut(index) {
            *slot = role;
        }
        let mapped: Vec<Role> = detection.roles.iter().flatten().copied().collect();
        detection.missing = detection
            .kind
            .missing(&mapped)
            .iter()
            .map(|alts| {
                crate::text!(
                    "{kind} need a column for {roles}",
                    kind = Arg::phrase(kind_label(detection.kind)),
                    roles = Arg::either(alts)
                )
            })
            .collect();
        self.remapped(detection)
    }

    /// The stable signature of the header row (for remembered mappings and share links).
    pub fn header_signature(&self) -> String {
        schema::header_signature(&self.table().headers())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORDERS: &[u8] = b"order_id,order_date,customer_id,amount\n1,2024-01-05,C1,10\n2,2024-01-06,C2,20\n";

    #[test]
    fn a_plain_orders_file_becomes_an_orders_dataset() {
        let loaded = load("o.csv", ORDERS, &ImportOptions::default()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(loaded.kind(), Kind::Orders);
        assert_eq!(loaded.dataset().map(|d| d.row_count()), Some(2));
        assert_eq!(loaded.mapping_message(), None);
    }

    #[test]
    fn unmapping_a_required_role_keeps_the_table_and_says_what_is_missing() {
        let loaded = load("o.csv", ORDERS, &ImportOptions::default()).unwrap_or_else(|e| panic!("{e}"));
        let date_column = loaded.roles().iter().position(|r| *r == Some(Role::OrderDate));
        let broken = loaded.with_role(date_column.unwrap_or(1), None);
        assert!(broken.dataset().is_none());
        assert!(broken
            .mapping_message()
            .unwrap_or_default()
            .contains("order date"));
        assert_eq!(broken.table().row_count, 2);
        let fixed = broken.with_role(1, Some(Role::OrderDate));
        assert!(fixed.dataset().is_some());
    }

    #[test]
    fn a_file_that_is_not_a_table_gets_one_message() {
        let error = load(
            "photo.png",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
            &ImportOptions::default(),
        )
        .err();
        assert!(error.is_some_and(|e| e.contains("photo.png")));
    }
}

//! The loaded files and their KPI index kept in one place and asked for figures.
//!
//! The page runs an [`Engine`] inside its parsing worker: the files are read there and never leave it.
//! The page gets a [`preview`] of each file (its report, mapping and a few sample rows, for the dataset
//! list and the mapping editor) and an [`Answer`] (the KPI report for the current view, and what the
//! controls offer). So a large file is never copied to the page, and the page holds no table at all.

use crate::core::ingest::table::{ColumnData, Table, MISSING_TEXT};
use crate::core::kpi::options::{currencies, filter_options};
use crate::core::kpi::report::KpiReport;
use crate::core::kpi::{self, Prepared, Query};
use crate::core::pipeline::{self, LoadedFile, Mapped};
use crate::core::schema::{Dataset, Kind, Role};
use crate::core::share::MappingOverride;
use crate::core::time::Preset;
use crate::core::view;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Sample values a preview keeps per column (as many as the mapping editor shows).
pub const PREVIEW_VALUES: usize = 3;

/// The figures of the current view over the loaded files.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// The KPI report for the current view.
    pub report: KpiReport,
    /// What the controls offer, when the files changed since the generation the asker knew.
    pub options: Option<DataOptions>,
    /// The generation of the loaded files this answer is for (it grows with every change of files).
    pub generation: u64,
}

impl Answer {
    /// The answer as compact bytes (postcard) for the hand-over from the worker to the page: numbers
    /// travel as their bytes instead of decimal text, which a day-by-day answer of close to a megabyte of
    /// JSON made slow to read on the page. [`Answer::from_bytes`] reads them back.
    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).unwrap_or_default()
    }

    /// The answer written by [`Answer::to_bytes`]; `None` when the bytes are not one.
    pub fn from_bytes(bytes: &[u8]) -> Option<Answer> {
        postcard::from_bytes(bytes).ok()
    }
}

/// What the page asks: the figures of this view, and whether it knows the controls' options already.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ViewRequest {
    /// The query (its period is replaced by `preset`, resolved against the data's range).
    pub query: Query,
    /// The period preset.
    pub preset: Preset,
    /// The generation whose [`DataOptions`] the page has, if any.
    pub known: Option<u64>,
}

/// What the controls offer for the loaded files.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DataOptions {
    /// Each filterable dimension with its values ([`filter_options`]).
    pub filters: Vec<(Role, Vec<String>)>,
    /// The currencies money is written in ([`currencies`]).
    pub currencies: Vec<String>,
}

/// A change of mapping the user made in the mapping editor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Remap {
    /// Map the file as another kind (roles detected again for it).
    Kind(Kind),
    /// Map column `column` to `role` (or ignore it).
    Role {
        /// Column index.
        column: usize,
        /// The new role.
        role: Option<Role>,
    },
}

/// The loaded files (by the page's file id, in the order they were added), the view they are asked
/// about, and their KPI index, prepared once per set of files.
#[derive(Default)]
pub struct Engine {
    files: Vec<(u32, LoadedFile)>,
    query: Query,
    preset: Preset,
    prepared: Option<Arc<Prepared>>,
    generation: u64,
}

impl Engine {
    /// Sets the view later answers are for (the query's own period is replaced by `preset`, resolved
    /// against the data's range).
    pub fn set_view(&mut self, query: Query, preset: Preset) {
        self.query = query;
        self.preset = preset;
    }

    /// Keeps `file` as file `id` (replacing a file of that id), with the first of `saved` mappings that
    /// has its header row applied; returns its preview.
    pub fn insert(&mut self, id: u32, file: LoadedFile, saved: &[MappingOverride]) -> LoadedFile {
        let signature = file.header_signature();
        let file = saved
            .iter()
            .find(|m| m.header_signature == signature)
            .and_then(|m| view::apply_mapping(&file, m))
            .unwrap_or(file);
        let shown = preview(&file);
        match self.files.iter_mut().find(|(i, _)| *i == id) {
            Some(slot) => slot.1 = file,
            None => self.files.push((id, file)),
        }
        self.changed();
        shown
    }

    /// Changes the mapping of file `id`; returns its new preview (`None`: no such file).
    pub fn remap(&mut self, id: u32, remap: &Remap) -> Option<LoadedFile> {
        let (_, file) = self.files.iter_mut().find(|(i, _)| *i == id)?;
        *file = match *remap {
            Remap::Kind(kind) => file.with_kind(kind),
            Remap::Role { column, role } => file.with_role(column, role),
        };
        let shown = preview(file);
        self.changed();
        Some(shown)
    }

    /// Forgets file `id`; whether it was there.
    pub fn remove(&mut self, id: u32) -> bool {
        let before = self.files.len();
        self.files.retain(|(i, _)| *i != id);
        let removed = self.files.len() != before;
        if removed {
            self.changed();
        }
        removed
    }

    /// Forgets every file.
    pub fn clear(&mut self) {
        self.files.clear();
        self.changed();
    }

    /// The ids of the files kept, in the order they were added.
    pub fn ids(&self) -> Vec<u32> {
        self.files.iter().map(|(id, _)| *id).collect()
    }

    /// The figures of the current view; what the controls offer is included unless `known` is the
    /// current generation.
    pub fn answer(&mut self, known: Option<u64>) -> Answer {
        let prepared = self.prepared();
        let mut query = self.query.clone();
        query.period = prepared
            .data_range
            .map(|range| self.preset.resolve(range, query.calendar()));
        let report = kpi::compute_prepared(&prepared, &query);
        let options = (known != Some(self.generation)).then(|| DataOptions {
            filters: filter_options(&prepared),
            currencies: currencies(&prepared),
        });
        Answer {
            report,
            options,
            generation: self.generation,
        }
    }

    /// The KPI index of the files, prepared once per set of files.
    fn prepared(&mut self) -> Arc<Prepared> {
        let files = &self.files;
        self.prepared
            .get_or_insert_with(|| {
                let files: Vec<&LoadedFile> = files.iter().map(|(_, f)| f).collect();
                Arc::new(pipeline::prepare(&files))
            })
            .clone()
    }

    fn changed(&mut self) {
        self.prepared = None;
        self.generation += 1;
    }
}

/// What the page shows of a loaded file: the same report, kind, roles and message, with a table cut
/// down to the rows that hold each column's first [`PREVIEW_VALUES`] values (so its column previews
/// and header row are those of the whole file), and no KPI index.
pub fn preview(file: &LoadedFile) -> LoadedFile {
    let table = preview_table(file.table());
    let mapped = match &file.mapped {
        Mapped::Ready(dataset) => Mapped::Ready(Dataset {
            name: dataset.name.clone(),
            kind: dataset.kind,
            table,
            roles: dataset.roles.clone(),
        }),
        Mapped::Incomplete { message, .. } => Mapped::Incomplete {
            table,
            message: message.clone(),
        },
    };
    LoadedFile {
        name: file.name.clone(),
        report: file.report.clone(),
        detection: file.detection.clone(),
        mapped,
        date_range: file.date_range,
        orders_index: None,
        orders_history: None,
    }
}

/// The rows of `table` holding a column's first [`PREVIEW_VALUES`] values, in order.
fn preview_table(table: &Table) -> Table {
    let mut rows: Vec<usize> = table
        .columns
        .iter()
        .flat_map(|c| {
            (0..table.row_count)
                .filter(|&row| !c.data.is_missing(row))
                .take(PREVIEW_VALUES)
        })
        .collect();
    rows.sort_unstable();
    rows.dedup();
    let columns = table
        .columns
        .iter()
        .map(|c| crate::core::ingest::table::Column {
            name: c.name.clone(),
            column_type: c.column_type,
            currency: c.currency.clone(),
            data: rows_of(&c.data, &rows),
        })
        .collect();
    Table {
        columns,
        row_count: rows.len(),
    }
}

/// The values of `rows` (in range), text with a dictionary of those values only.
fn rows_of(data: &ColumnData, rows: &[usize]) -> ColumnData {
    match data {
        ColumnData::Number(values) => ColumnData::Number(rows.iter().map(|&r| values[r]).collect()),
        ColumnData::Time { values, has_time } => ColumnData::Time {
            values: rows.iter().map(|&r| values[r]).collect(),
            has_time: *has_time,
        },
        ColumnData::Bool(values) => ColumnData::Bool(rows.iter().map(|&r| values[r]).collect()),
        ColumnData::Text { dict, codes } => {
            let mut kept: Vec<String> = Vec::new();
            let codes = rows
                .iter()
                .map(|&r| match dict.get(codes[r] as usize) {
                    Some(value) => match kept.iter().position(|k| k == value) {
                        Some(at) => at as u32,
                        None => {
                            kept.push(value.clone());
                            (kept.len() - 1) as u32
                        }
                    },
                    None => MISSING_TEXT,
                })
                .collect();
            ColumnData::Text { dict: kept, codes }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ingest::ImportOptions;
    use crate::core::time::Granularity;

    const ORDERS: &[u8] = b"order_id,order_date,customer_id,channel,amount\n\
        1,2024-01-05,,email,10\n2,2024-01-06,C2,,20\n3,2024-02-06,C3,direct,\n4,2024-02-07,C1,email,5\n\
        5,2024-03-01,C2,email,7\n";

    fn load(name: &str, bytes: &[u8]) -> LoadedFile {
        pipeline::load(name, bytes, &ImportOptions::default()).unwrap_or_else(|e| panic!("{e}"))
    }

    fn whole_report(files: &[&LoadedFile], query: &Query, preset: Preset) -> KpiReport {
        let prepared = pipeline::prepare(files);
        let mut query = query.clone();
        query.period = prepared.data_range.map(|r| preset.resolve(r, query.calendar()));
        kpi::compute_prepared(&prepared, &query)
    }

    #[test]
    fn an_answer_reads_back_from_its_bytes_as_it_was_written() {
        let mut engine = Engine::default();
        for (id, file) in crate::core::sample::FILES.iter().enumerate() {
            engine.insert(id as u32, load(file.name, file.bytes), &[]);
        }
        let by_day = Query {
            granularity: Granularity::Day,
            ..Query::default()
        };
        for (query, preset) in [
            (Query::default(), Preset::AllData),
            (by_day, Preset::LastFullQuarter),
        ] {
            engine.set_view(query, preset);
            let answer = engine.answer(None);
            assert!(answer.report.results.len() > 20, "a report with figures");
            let bytes = answer.to_bytes();
            let json = serde_json::to_string(&answer).unwrap_or_default();
            assert!(
                bytes.len() < json.len() / 2,
                "{} bytes, {} of JSON",
                bytes.len(),
                json.len()
            );
            let back = Answer::from_bytes(&bytes).unwrap_or_default();
            // Compared as JSON: a NaN in a figure would make the values themselves unequal.
            assert_eq!(serde_json::to_string(&back).unwrap_or_default(), json);
        }
        assert!(Answer::from_bytes(b"not an answer").is_none());
        assert!(Answer::from_bytes(&[]).is_none());
    }

    #[test]
    fn a_preview_shows_the_same_columns_samples_and_header_as_the_whole_file() {
        let file = load("o.csv", ORDERS);
        let shown = preview(&file);
        assert_eq!(shown.column_previews(), file.column_previews());
        assert_eq!(shown.header_signature(), file.header_signature());
        assert_eq!(shown.roles(), file.roles());
        assert_eq!(shown.kind(), file.kind());
        assert_eq!(shown.rows_accepted(), 5);
        // Rows 1–3 hold every column's first three values, row 4 too for the amount; row 5 is not needed.
        assert_eq!(shown.table().row_count, 4);
    }

    #[test]
    fn a_preview_crosses_to_the_page_whole_and_small() {
        for sample in crate::core::sample::FILES {
            let file = load(sample.name, sample.bytes);
            let shown = preview(&file);
            let bytes = crate::core::transfer::encode_loaded(&shown);
            let back = crate::core::transfer::decode_loaded(&bytes).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(back.column_previews(), file.column_previews(), "{}", sample.name);
            assert_eq!(back.header_signature(), file.header_signature());
            assert_eq!(back.status_line(), file.status_line());
            let whole = crate::core::transfer::encode_loaded(&file).len();
            assert!(
                bytes.len() <= (whole / 4).max(4096),
                "{}: a preview of {} bytes",
                sample.name,
                bytes.len()
            );
        }
    }

    #[test]
    fn the_answer_is_the_report_of_the_whole_files_for_the_view() {
        let sample: Vec<LoadedFile> = crate::core::sample::FILES
            .iter()
            .map(|f| load(f.name, f.bytes))
            .collect();
        let mut engine = Engine::default();
        for (id, file) in sample.iter().enumerate() {
            engine.insert(id as u32, file.clone(), &[]);
        }
        let all: Vec<&LoadedFile> = sample.iter().collect();
        let answer = engine.answer(None);
        assert_eq!(
            answer.report,
            whole_report(&all, &Query::default(), Preset::AllData)
        );
        assert!(answer.options.as_ref().is_some_and(|o| !o.filters.is_empty()));
        let query = Query {
            granularity: Granularity::Week,
            ..Query::default()
        };
        engine.set_view(query.clone(), Preset::LastFullMonth);
        let again = engine.answer(Some(answer.generation));
        assert_eq!(again.options, None, "the files did not change");
        assert_eq!(again.report, whole_report(&all, &query, Preset::LastFullMonth));
        assert_ne!(again.report, answer.report);
    }

    #[test]
    fn removing_remapping_and_clearing_change_the_answer() {
        let mut engine = Engine::default();
        let file = load("o.csv", ORDERS);
        engine.insert(7, file.clone(), &[]);
        let first = engine.answer(None);
        assert_eq!(first.report.value("revenue"), Some(42.0));
        let date = file.roles().iter().position(|r| *r == Some(Role::OrderDate));
        let shown = engine.remap(
            7,
            &Remap::Role {
                column: date.unwrap_or(1),
                role: None,
            },
        );
        assert!(shown.is_some_and(|f| f.dataset().is_none() && f.mapping_message().is_some()));
        let unmapped = engine.answer(Some(first.generation));
        assert!(unmapped.generation > first.generation && unmapped.options.is_some());
        assert_eq!(unmapped.report.value("revenue"), None);
        assert!(engine.remap(8, &Remap::Kind(Kind::Orders)).is_none());
        assert!(engine.remove(7) && !engine.remove(7));
        assert!(engine.ids().is_empty());
        engine.insert(1, file.clone(), &[]);
        engine.insert(2, file, &[]);
        assert_eq!(engine.answer(None).report.value("revenue"), Some(84.0));
        engine.clear();
        assert_eq!(engine.answer(None).report.data_range, None);
    }

    #[test]
    fn a_saved_mapping_for_the_same_header_row_is_applied_on_insert() {
        let file = load("o.csv", ORDERS);
        let mut roles: Vec<Option<String>> = file
            .roles()
            .iter()
            .map(|r| r.map(|r| r.id().to_string()))
            .collect();
        let channel = file
            .roles()
            .iter()
            .position(|r| *r == Some(Role::Channel))
            .unwrap_or(3);
        roles[channel] = None;
        let saved = MappingOverride {
            header_signature: file.header_signature(),
            kind: Kind::Orders.id().to_string(),
            roles,
        };
        let other = MappingOverride {
            header_signature: "another".to_string(),
            ..saved.clone()
        };
        let mut engine = Engine::default();
        let shown = engine.insert(1, file.clone(), std::slice::from_ref(&other));
        assert_eq!(shown.roles(), file.roles());
        let shown = engine.insert(1, file, &[other, saved]);
        assert_eq!(shown.roles()[channel], None);
        assert_eq!(engine.ids(), vec![1], "the same id replaces the file");
    }
}

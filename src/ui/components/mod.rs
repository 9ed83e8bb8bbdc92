//! One component per file.

pub mod breakdown;
pub mod controls;
pub mod dataset_list;
pub mod detail_view;
pub mod drop_zone;
pub mod filter_bar;
pub mod header;
pub mod import_report;
pub mod import_settings;
pub mod kpi_card;
pub mod kpi_grid;
pub mod mapping_editor;
pub mod snapshot;
pub mod target_editor;

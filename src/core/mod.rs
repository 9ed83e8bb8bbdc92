//! The pure core: no browser crates, no clock, no I/O. Bytes in, plain data out.

pub mod chart;
pub mod error;
pub mod format;
pub mod i18n;
pub mod ingest;
pub mod kpi;
pub mod pipeline;
pub mod present;
pub mod sample;
pub mod schema;
pub mod share;
pub mod time;
pub mod transfer;
pub mod view;

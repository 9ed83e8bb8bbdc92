//! The pure core: no browser crates, no clock, no I/O. Bytes in, plain data out.
//!
//! A package of its own (`kpiboard-core`, optimised for speed in the release build) that the page's crate
//! re-exports as `kpiboard::core`; inside, `crate::core` names this crate's root, so that paths read the
//! same in the core, the UI and the tests.

/// This crate's root under the name the whole project uses for it (`crate::core::…`).
pub use crate as core;

pub mod chart;
pub mod engine;
pub mod error;
pub mod format;
pub mod i18n;
pub mod import_view;
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
pub mod warm_up;

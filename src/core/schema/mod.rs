//! From a typed table to a dataset: kind detection and column role mapping.
//!
//! [`detect`] recognises a table's kind and maps each column to a role (header synonyms in five languages,
//! known export formats, and the values themselves); [`map_for_kind`] maps for a kind the user chose;
//! [`build_dataset`] checks a confirmed mapping and builds the [`Dataset`] the KPI core reads.
//!
//! Orders with both a total and a subtotal: the subtotal is mapped to [`Role::Subtotal`] and the total to
//! [`Role::Amount`]; KPIs prefer `Subtotal` when present (revenue before shipping and tax, `KPIS.md`).

pub mod build;
pub mod catalog;
pub mod dataset;
pub mod detect;
pub mod fold;
pub mod kinds;
pub mod normalize;
pub mod presets;
pub mod profile;
pub mod roles;
pub mod synonyms;

pub use build::{build_dataset, header_signature, SchemaError};
pub use catalog::roles_for_kind;
pub use dataset::Dataset;
pub use detect::{detect, map_for_kind, Detection};
pub use fold::fold;
pub use kinds::Kind;
pub use presets::{match_preset, Preset, PRESETS};
pub use roles::Role;

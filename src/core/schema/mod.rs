//! From a typed table to a dataset: kind detection and column role mapping.

pub mod dataset;
pub mod kinds;
pub mod normalize;
pub mod roles;

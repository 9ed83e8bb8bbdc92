//! One component per file.

pub mod drop_zone;

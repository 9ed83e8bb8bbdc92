//! Bytes in, a typed columnar table and an import report out.

pub mod table;

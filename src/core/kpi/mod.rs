//! The KPI core: every KPI of `KPIS.md`, computed from datasets for a query.

//! Charts: what to draw (pure data) and drawing it to SVG with plotters.
//!
//! - [`spec`]: chart specifications built by the KPI layer ([`ChartSpec`]).
//! - [`draw`]: [`to_svg`] (standalone SVG with hover titles and an `aria-label`) and
//!   [`draw_on`] (any plotters backend).
//! - [`summary`]: [`text_summary`], a sentence for screen readers.
//! - [`table`]: [`to_table`] (table view) and [`to_export_table`] (plain numbers for CSV).
//! - [`export`]: [`csv_export`], CSV bytes that Excel opens safely in every language.
//! - [`palette`]: Okabe–Ito colours and WCAG contrast helpers.

pub mod draw;
pub mod export;
pub mod labels;
pub mod palette;
pub mod plot;
pub mod scene;
pub mod sort;
pub mod spec;
pub mod summary;
pub mod table;
pub mod ticks;

pub use draw::{draw_on, layout, to_svg};
pub use export::csv_export;
pub use spec::{
    BarChart, ChartSpec, FunnelChart, Heatmap, LineChart, Series, Sparkline, StackedBarChart, ValueFormat,
    Waterfall,
};
pub use summary::text_summary;
pub use table::{to_export_table, to_table, TableView};

//! Layout of each chart type into a [`Scene`](super::scene::Scene).

pub mod bar;
pub mod frame;
pub mod funnel;
pub mod heatmap;
pub mod line;
pub mod sparkline;
pub mod stacked;
pub mod waterfall;

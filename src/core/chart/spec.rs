//! What to draw: chart specifications as plain, serialisable data.
//!
//! The KPI layer builds these; `draw` turns them into SVG, `summary` into a sentence for screen
//! readers and `table` into the table view / CSV export. Values are raw numbers (rates as
//! fractions, money in its currency); all formatting happens when drawing.

use serde::{Deserialize, Serialize};

/// One chart of the dashboard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ChartSpec {
    /// A time series (or any ordered categories), optionally with a comparison series.
    Line(LineChart),
    /// One value per category (breakdowns).
    Bar(BarChart),
    /// Several series stacked per category (e.g. traffic by source per month).
    StackedBar(StackedBarChart),
    /// A conversion funnel with step-to-step rates.
    Funnel(FunnelChart),
    /// A matrix of values (cohort retention, weekday × hour).
    Heatmap(Heatmap),
    /// Signed movements adding up to a total (MRR movements).
    Waterfall(Waterfall),
    /// A tiny trend line for a KPI card, without axes or text.
    Sparkline(Sparkline),
}

/// How the values of a chart are written on axes, labels, hovers and tables.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ValueFormat {
    /// A plain count or quantity: `41,200`, compact `41.2k`.
    #[default]
    Number,
    /// An amount of money in an ISO 4217 currency: `41,200 EUR`, compact `€41.2k`.
    Money {
        /// ISO 4217 code such as `EUR`.
        currency: String,
    },
    /// A rate given as a fraction: `0.123` is written `12.3%`.
    Percent,
    /// A duration in days: `3.5 days`.
    Days,
}

/// One line of a [`LineChart`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Series {
    /// Legend name, e.g. `Revenue` or `Previous period`.
    pub name: String,
    /// One value per x label; `None` (or a non-finite number) is a gap in the line.
    pub values: Vec<Option<f64>>,
    /// Drawn dashed: the comparison series.
    pub dashed: bool,
}

/// Line (or area) chart over ordered labels, usually periods.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LineChart {
    /// Chart title, shown on top and used in the summary.
    pub title: String,
    /// Labels of the x positions, already formatted (e.g. `Jan 2024`).
    pub x_labels: Vec<String>,
    /// The lines; the first solid one is the main series.
    pub series: Vec<Series>,
    /// Format of the values.
    pub y_format: ValueFormat,
    /// Fill the area under the main series.
    pub area: bool,
}

/// Bar chart: one value per category.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BarChart {
    /// Chart title.
    pub title: String,
    /// Category names, one per bar.
    pub categories: Vec<String>,
    /// One value per category (a missing value is drawn as no bar).
    pub values: Vec<f64>,
    /// Format of the values.
    pub y_format: ValueFormat,
    /// Bars go left to right with category names on the left (good for long names).
    pub horizontal: bool,
}

/// Stacked bar chart: for each category, one segment per series.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StackedBarChart {
    /// Chart title.
    pub title: String,
    /// Category names, one per stack.
    pub categories: Vec<String>,
    /// `(series name, one value per category)`.
    pub series: Vec<(String, Vec<f64>)>,
    /// Format of the values.
    pub y_format: ValueFormat,
}

/// Funnel: ordered steps with their counts; shows step-to-step conversion.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FunnelChart {
    /// Chart title.
    pub title: String,
    /// `(step name, count)` from the widest step to the narrowest.
    pub steps: Vec<(String, f64)>,
}

/// A matrix of values coloured by size (cohort retention, weekday × hour).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Heatmap {
    /// Chart title.
    pub title: String,
    /// Row labels (e.g. cohort months, weekdays).
    pub rows: Vec<String>,
    /// Column labels (e.g. months since start, hours).
    pub columns: Vec<String>,
    /// `cells[row][column]`; `None` is an empty cell (e.g. a cohort too young).
    pub cells: Vec<Vec<Option<f64>>>,
    /// Format of the values.
    pub value_format: ValueFormat,
}

/// Waterfall: signed movements from zero, ending in a total bar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Waterfall {
    /// Chart title.
    pub title: String,
    /// `(movement name, signed amount)`; a starting balance is simply the first step.
    pub steps: Vec<(String, f64)>,
    /// Name of the final total bar (e.g. `Ending MRR`); empty means no total bar.
    pub total_label: String,
    /// Format of the amounts (usually money).
    #[serde(default)]
    pub value_format: ValueFormat,
}

/// A tiny trend line for a KPI card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sparkline {
    /// Values in time order; `None` is a gap.
    pub values: Vec<Option<f64>>,
}

impl LineChart {
    /// Number of x positions: the longest series or the label list, whichever is longer.
    pub fn positions(&self) -> usize {
        self.series
            .iter()
            .map(|s| s.values.len())
            .max()
            .unwrap_or(0)
            .max(self.x_labels.len())
    }
}

impl ChartSpec {
    /// The chart's title (empty for a sparkline).
    pub fn title(&self) -> &str {
        match self {
            ChartSpec::Line(c) => &c.title,
            ChartSpec::Bar(c) => &c.title,
            ChartSpec::StackedBar(c) => &c.title,
            ChartSpec::Funnel(c) => &c.title,
            ChartSpec::Heatmap(c) => &c.title,
            ChartSpec::Waterfall(c) => &c.title,
            ChartSpec::Sparkline(_) => "",
        }
    }
}

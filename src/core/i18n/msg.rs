//! The message keys of the page. Each language file matches on every key, so a key without a
//! translation is a compile error; `Msg::ALL` is generated from the same list, so tests see every key.

use crate::core::schema::kinds::Kind;

/// Declares [`Msg`] with one variant per key, `Msg::ALL` and `Msg::key`.
macro_rules! messages {
    ($($(#[doc = $doc:literal])* $name:ident,)*) => {
        /// A text of the page; [`super::tr`] gives it in a language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Msg {
            $($(#[doc = $doc])* $name,)*
        }

        impl Msg {
            /// Every key, in declaration order.
            pub const ALL: &'static [Msg] = &[$(Msg::$name,)*];

            /// The key's name (`"AppTitle"`), for tests and debugging.
            pub fn key(self) -> &'static str {
                match self {
                    $(Msg::$name => stringify!($name),)*
                }
            }
        }
    };
}

messages! {
    /// Name of the product.
    AppTitle,
    /// One line under the title.
    Tagline,
    /// Nothing leaves the device.
    PrivacyNote,
    /// Title of the drop zone.
    DropZoneTitle,
    /// Which files the drop zone takes.
    DropZoneHint,
    /// Button opening the file picker.
    ChooseFiles,
    /// Button loading the sample data.
    SampleData,
    /// Shown before any file is loaded.
    EmptyState,
    /// Heading of the loaded files list.
    DatasetsTitle,
    /// `{count}` accepted rows.
    Rows,
    /// Exactly one row (`{count}` is 1).
    RowsOne,
    /// `{count}` rejected rows.
    RowsRejected,
    /// `{count}` columns.
    Columns,
    /// Remove a loaded file.
    RemoveFile,
    /// Heading of the import report.
    ImportReport,
    /// One bad value: `{file}`, `{row}`, `{column}`, `{found}`, `{expected}`.
    ErrorRow,
    /// Only the first `{count}` rejected rows are listed.
    RejectedRowsShown,
    /// Heading of the column mapping editor.
    MappingEditor,
    /// Label of the dataset kind selector.
    KindLabel,
    /// Heading of the column-name column of the mapping editor.
    ColumnName,
    /// Label of a column's role selector.
    RoleLabel,
    /// Role option: do not use the column.
    IgnoreColumn,
    /// Label of a column's sample values.
    SampleValues,
    /// Label of the detected text encoding.
    Encoding,
    /// Caption of the first lines of a file as read in an encoding (`{encoding}`).
    EncodingPreview,
    /// Label of the detected delimiter.
    Delimiter,
    /// Label of the detected decimal separator.
    DecimalSeparator,
    /// Label of the thousands separator of a file's numbers.
    GroupingSeparator,
    /// Label of the line number of a file's header.
    HeaderRow,
    /// Label of a file's row count.
    RowsLabel,
    /// Heading of a column's type as the file was read.
    ColumnTypeLabel,
    /// Label of the detected date format.
    DateFormat,
    /// Label of the period selector.
    PeriodLabel,
    /// Period: all the data.
    PeriodAll,
    /// Period: the last 30 days of the data.
    PeriodLast30,
    /// Period: the last full month.
    PeriodLastMonth,
    /// Period: the last full quarter.
    PeriodLastQuarter,
    /// Period: the last full year.
    PeriodLastYear,
    /// Period: year to date.
    PeriodYtd,
    /// Period: chosen dates.
    PeriodCustom,
    /// Start date of a custom period.
    PeriodFrom,
    /// End date of a custom period.
    PeriodTo,
    /// Label of the granularity selector.
    GranularityLabel,
    /// Granularity: day.
    GranDay,
    /// Granularity: week.
    GranWeek,
    /// Granularity: month.
    GranMonth,
    /// Granularity: quarter.
    GranQuarter,
    /// Granularity: year.
    GranYear,
    /// Label of the week start selector.
    WeekStartLabel,
    /// Weeks start on Monday.
    WeekStartMonday,
    /// Weeks start on Sunday.
    WeekStartSunday,
    /// Label of the comparison selector.
    ComparisonLabel,
    /// Compare with the previous period.
    CmpPrevious,
    /// Compare with the same period a year earlier.
    CmpYear,
    /// No comparison.
    CmpNone,
    /// Label of the filters.
    FiltersLabel,
    /// Filter option: every value.
    FilterAll,
    /// Remove every filter.
    ClearFilters,
    /// Label of the currency selector.
    CurrencyLabel,
    /// Copy the share link.
    CopyLink,
    /// The link was copied.
    LinkCopied,
    /// Label of the share link field.
    ShareLinkLabel,
    /// The share link could not be read.
    LinkProblem,
    /// Remember the files on this device.
    RememberFiles,
    /// Forget files and settings stored on this device.
    ForgetEverything,
    /// Area: sales.
    AreaSales,
    /// Area: customers.
    AreaCustomers,
    /// Area: marketing.
    AreaMarketing,
    /// Area: traffic and content.
    AreaTraffic,
    /// Area: pipeline.
    AreaPipeline,
    /// Area: finance.
    AreaFinance,
    /// Dataset kind: orders.
    KindOrders,
    /// Dataset kind: web traffic.
    KindTraffic,
    /// Dataset kind: pages.
    KindPages,
    /// Dataset kind: ads.
    KindAds,
    /// Dataset kind: costs.
    KindCosts,
    /// Dataset kind: leads.
    KindLeads,
    /// Dataset kind: email campaigns.
    KindEmail,
    /// Dataset kind: social media.
    KindSocial,
    /// Dataset kind: NPS survey.
    KindNps,
    /// Dataset kind: subscriptions.
    KindSubscriptions,
    /// Dataset kind: search console.
    KindSearch,
    /// A table whose kind was not recognised.
    KindUnknown,
    /// A KPI without a value.
    NoValue,
    /// Reason: no data in the period.
    ReasonNoData,
    /// Reason: the denominator of a rate is zero.
    ReasonZeroBase,
    /// Reason: several currencies in `{file}`.
    ReasonMixedCurrencies,
    /// Reason: a `{column}` column is needed in the `{kind}` file.
    ReasonMissingColumn,
    /// Add a `{kind}` file to compute more KPIs.
    Unlocks,
    /// Change against the previous period.
    ChangeVs,
    /// Change against the same period a year earlier.
    ChangeVsYear,
    /// Opens the formula panel.
    HowComputed,
    /// Heading of the formula panel.
    FormulaTitle,
    /// Files a KPI was computed from.
    FilesUsed,
    /// Heading of a breakdown table.
    BreakdownTitle,
    /// Heading of a time series chart.
    SeriesTitle,
    /// Show the data as a table.
    TableView,
    /// Detail view of a KPI without a time series here.
    NoSeries,
    /// Show the data as a chart.
    ChartView,
    /// Text alternative of a chart: `{kpi}` from `{start}` to `{end}`.
    ChartAlt,
    /// Axis title: date.
    AxisDate,
    /// Axis title: hour of the day.
    AxisHour,
    /// Axis title: day of the week.
    AxisWeekday,
    /// Legend: the selected period.
    LegendCurrent,
    /// Legend: the comparison period.
    LegendComparison,
    /// Legend: the target.
    LegendTarget,
    /// Total row of a table.
    Total,
    /// Arithmetic mean.
    Mean,
    /// Median.
    Median,
    /// Heading of the target editor.
    TargetTitle,
    /// Target value.
    TargetValue,
    /// Person responsible for the target.
    TargetOwner,
    /// Date the target must be met by.
    TargetDeadline,
    /// Progress: `{percent}` of the target.
    TargetProgress,
    /// Target status: on track.
    TargetOnTrack,
    /// Target status: at risk.
    TargetAtRisk,
    /// Target status: missed.
    TargetMissed,
    /// Target status: met.
    TargetMet,
    /// Save the target.
    SaveTarget,
    /// Remove the target of a KPI.
    RemoveTarget,
    /// Button: create a snapshot link.
    SnapshotCreate,
    /// What a snapshot link contains, before it is created (`{count}` KPIs).
    SnapshotExplain,
    /// Title of a snapshot opened from a link.
    SnapshotTitle,
    /// Option: let the importer decide.
    Automatic,
    /// Date order: day first.
    DayFirst,
    /// Date order: month first.
    MonthFirst,
    /// Button: re-read a file with the chosen import settings.
    ReadAgain,
    /// Label of the sheet picker of a workbook.
    Sheet,
    /// A dropped file matches none of the files a share link expects (`{file}`).
    FileNotExpected,
    /// Download as CSV.
    ExportCsv,
    /// Download the chart as SVG.
    ExportSvg,
    /// Download the chart as PNG.
    ExportPng,
    /// Print the report.
    Print,
    /// Title of the printed report.
    PrintReportTitle,
    /// Subtitle of the printed report: `{period}` and `{files}`.
    PrintSubtitle,
    /// Pin a KPI to the top.
    Pin,
    /// Unpin a KPI.
    Unpin,
    /// Hide a KPI.
    Hide,
    /// Show the `{count}` hidden KPIs.
    ShowHidden,
    /// Move a card up.
    MoveUp,
    /// Move a card down.
    MoveDown,
    /// Close a panel.
    Close,
    /// Cancel an action.
    Cancel,
    /// Label of the language menu.
    LanguageLabel,
    /// Skip link for keyboard users.
    SkipToContent,
    /// A file-level error: `{file}` and `{message}`.
    ErrorFile,
    /// `{file}` is not a table; `{detail}` says why.
    ErrorNotTabular,
    /// Progress while reading `{file}`: `{percent}`.
    LoadingFile,
    /// A share link needs a file: `{kind}`, `{preset}`, `{columns}`.
    WaitingFor,
    /// Heading of the data-quality panel.
    DataQuality,
    /// No data-quality problem.
    DataQualityOk,
    /// Order statuses that were not recognised (counted as completed).
    UnknownStatuses,
    /// The rest, grouped ("Other").
    Other,
    /// Cohort table: row heading.
    CohortMonth,
    /// Cohort table: column heading.
    MonthsSince,
    /// Funnel step: sessions.
    FunnelSessions,
    /// Funnel step: product views.
    FunnelProductViews,
    /// Funnel step: add to cart.
    FunnelAddToCart,
    /// Funnel step: checkout.
    FunnelCheckout,
    /// Funnel step: purchase.
    FunnelPurchase,
    /// NPS group: promoters (9–10).
    NpsPromoters,
    /// NPS group: passives (7–8).
    NpsPassives,
    /// NPS group: detractors (0–6).
    NpsDetractors,
    /// MRR movement: new.
    MrrNew,
    /// MRR movement: expansion.
    MrrExpansion,
    /// MRR movement: contraction.
    MrrContraction,
    /// MRR movement: churned.
    MrrChurned,
    /// MRR movement: reactivation.
    MrrReactivation,
    /// Net new MRR.
    MrrNetNew,
    /// Channel group: organic search.
    ChannelOrganic,
    /// Channel group: paid search.
    ChannelPaidSearch,
    /// Channel group: social.
    ChannelSocial,
    /// Channel group: email.
    ChannelEmail,
    /// Channel group: referral.
    ChannelReferral,
    /// Channel group: direct.
    ChannelDirect,
    /// Pipeline stage: lead.
    StageLead,
    /// Pipeline stage: marketing-qualified lead.
    StageMql,
    /// Pipeline stage: sales-qualified lead.
    StageSql,
    /// Pipeline stage: opportunity.
    StageOpportunity,
    /// Pipeline stage: won.
    StageWon,
    /// Pipeline stage: lost.
    StageLost,
}

impl Msg {
    /// The name of a dataset kind.
    pub fn for_kind(kind: Kind) -> Msg {
        match kind {
            Kind::Orders => Msg::KindOrders,
            Kind::Traffic => Msg::KindTraffic,
            Kind::Pages => Msg::KindPages,
            Kind::Ads => Msg::KindAds,
            Kind::Costs => Msg::KindCosts,
            Kind::Leads => Msg::KindLeads,
            Kind::Email => Msg::KindEmail,
            Kind::Social => Msg::KindSocial,
            Kind::Nps => Msg::KindNps,
            Kind::Subscriptions => Msg::KindSubscriptions,
            Kind::Search => Msg::KindSearch,
        }
    }
}

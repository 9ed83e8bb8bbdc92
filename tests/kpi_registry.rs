//! The registry lists every KPI id of KPIS.md exactly once, with complete metadata.

use kpiboard::core::kpi::registry::{all, get, Area};

/// Every id of `KPIS.md` (hard-coded: the catalogue lives outside the repository).
const KPIS_MD_IDS: &[&str] = &[
    // Sales
    "revenue",
    "revenue_by_dim",
    "orders",
    "units",
    "aov",
    "growth",
    "gross_margin",
    "cancel_rate",
    "order_frequency",
    "peak_times",
    "processing_time",
    "top_customer_share",
    // Customers
    "active_customers",
    "new_customers",
    "repeat_rate",
    "retention_rate",
    "churn_rate",
    "cohorts",
    "clv_historical",
    "clv_predicted",
    "nps",
    "nps_mix",
    // Traffic and content
    "sessions",
    "traffic_by_source",
    "returning_rate",
    "bounce_rate",
    "conversion_rate",
    "lead_conversion_rate",
    "landing_conversion",
    "funnel",
    "cart_abandonment",
    "page_views",
    "time_on_page",
    "cta_ctr",
    "organic_ctr",
    "search_position",
    // Marketing
    "spend",
    "ctr",
    "cpc",
    "cpa",
    "roas",
    "marketing_roi",
    "cac",
    "marketing_cac_share",
    "ltv_cac",
    "cac_payback",
    "sales_by_source",
    "email_open_rate",
    "email_ctr",
    "unsubscribe_rate",
    "social_reach",
    "followers",
    "social_engagement",
    // Pipeline
    "leads",
    "mql",
    "sql",
    "mql_to_sql",
    "lead_to_close",
    "win_rate",
    "sales_cycle",
    "marketing_originated",
    "pipeline_funnel",
    // Finance
    "roi",
    "cpi",
    "cost_variance",
    "budget_use",
    "mrr",
    "arr",
    "mrr_movements",
    "revenue_churn",
    "arpa",
];

#[test]
fn every_catalogue_id_is_registered_once() {
    for id in KPIS_MD_IDS {
        assert!(get(id).is_some(), "{id} is missing from the registry");
        assert_eq!(all().iter().filter(|d| d.id == *id).count(), 1, "{id} twice");
    }
    // 12 + 10 + 14 + 17 + 9 + 9 = 71, and nothing else.
    assert_eq!(KPIS_MD_IDS.len(), 71);
    assert_eq!(all().len(), KPIS_MD_IDS.len());
}

#[test]
fn metadata_is_complete() {
    for def in all() {
        assert!(!def.name.is_empty() && !def.formula.is_empty(), "{}", def.id);
        assert!(def.needs.starts_with("needs "), "{}: {}", def.id, def.needs);
        assert!(!def.kinds.is_empty() && !def.sources.is_empty(), "{}", def.id);
    }
    // Spot checks of area and direction.
    assert_eq!(get("churn_rate").map(|d| d.area), Some(Area::Customers));
    assert_eq!(get("mrr").map(|d| d.area), Some(Area::Finance));
    assert_eq!(get("search_position").map(|d| d.area), Some(Area::TrafficContent));
    assert!(get("nope").is_none());
}

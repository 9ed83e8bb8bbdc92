//! The registry lists every KPI id of KPIS.md exactly once, with complete metadata.

use kpiboard::core::kpi::registry::{all, get, Area};

/// Every id of `KPIS.md`: the one list in code is the message catalogue's, whose own tests check
/// that every id has a name, an explanation and a formula in every language.
const KPIS_MD_IDS: &[&str] = kpiboard::core::i18n::KPI_IDS;

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

#[test]
fn every_registered_kpi_has_its_texts_in_every_language() {
    use kpiboard::core::i18n::{kpi_explanation, kpi_formula, kpi_name, Lang};
    for def in all() {
        for lang in Lang::ALL {
            assert!(
                kpi_name(lang, def.id).is_some_and(|n| !n.is_empty()),
                "{} has no name in {lang:?}",
                def.id
            );
            assert!(
                kpi_explanation(lang, def.id).is_some(),
                "{} has no explanation in {lang:?}",
                def.id
            );
            assert!(
                kpi_formula(lang, def.id).is_some(),
                "{} has no formula in {lang:?}",
                def.id
            );
        }
    }
}

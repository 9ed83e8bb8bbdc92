//! Share state helpers the page uses when files are dropped after opening a link.

use kpiboard::core::share::{header_signature, DashboardState, ExpectedFile, MappingOverride};

fn file(name: &str, signature: &str) -> ExpectedFile {
    ExpectedFile {
        name: name.into(),
        kind: "orders".into(),
        header_signature: signature.into(),
        columns: 14,
        preset: Some("shopify".into()),
    }
}

fn mapping(signature: &str, first_role: &str) -> MappingOverride {
    MappingOverride {
        header_signature: signature.into(),
        kind: "orders".into(),
        roles: vec![Some(first_role.into()), None],
    }
}

#[test]
fn waiting_for_lists_the_files_not_dropped_yet_in_link_order() {
    let orders = header_signature(&["Name", "Created at", "Total"]);
    let ads = header_signature(&["Campaign", "Cost"]);
    let state = DashboardState {
        expected_files: vec![file("orders.csv", &orders), file("ads.csv", &ads)],
        ..DashboardState::default()
    };
    let names = |loaded: &[&str]| -> Vec<String> {
        state.waiting_for(loaded).iter().map(|f| f.name.clone()).collect()
    };
    assert_eq!(names(&[]), vec!["orders.csv", "ads.csv"]);
    assert_eq!(names(&[&orders]), vec!["ads.csv"]);
    assert!(names(&[&ads, &orders]).is_empty());
    assert!(state.expects(&ads));
    assert!(!state.expects(&header_signature(&["Campaign", "Cost", "Clicks"])));
}

#[test]
fn set_mapping_replaces_the_mapping_of_the_same_signature() {
    let mut state = DashboardState::default();
    state.set_mapping(mapping("aaaa", "order_date"));
    state.set_mapping(mapping("bbbb", "amount"));
    state.set_mapping(mapping("aaaa", "order_id"));
    assert_eq!(state.mappings.len(), 2);
    assert_eq!(state.mapping_for("aaaa"), Some(&mapping("aaaa", "order_id")));
    assert_eq!(state.mapping_for("bbbb"), Some(&mapping("bbbb", "amount")));
    assert_eq!(state.mapping_for("cccc"), None);
}

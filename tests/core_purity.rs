//! The core must stay pure: no browser crate may be named under `src/core/`.

use std::fs;
use std::path::Path;

const BROWSER_CRATES: [&str; 6] = ["leptos", "web_sys", "wasm_bindgen", "js_sys", "gloo", "web-sys"];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Finds identifiers naming a browser crate in source text (whole words only).
fn browser_crates_named(source: &str) -> Vec<&'static str> {
    BROWSER_CRATES
        .into_iter()
        .filter(|name| {
            source.match_indices(name).any(|(at, _)| {
                let before = source[..at].chars().next_back();
                let after = source[at + name.len()..].chars().next();
                let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
                !word(before) && !word(after)
            })
        })
        .collect()
}

#[test]
fn the_detector_catches_a_browser_crate() {
    assert_eq!(browser_crates_named("use web_sys::File;"), vec!["web_sys"]);
    assert_eq!(
        browser_crates_named("let leptos_like = 1; // no gloo_ here"),
        Vec::<&str>::new()
    );
}

#[test]
fn no_file_under_src_core_names_a_browser_crate() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core"),
        &mut files,
    );
    assert!(
        files.len() > 5,
        "src/core should have its modules, found {files:?}"
    );
    for file in files {
        let source = fs::read_to_string(&file).unwrap_or_default();
        let named = browser_crates_named(&source);
        assert!(named.is_empty(), "{} names {:?}", file.display(), named);
    }
}

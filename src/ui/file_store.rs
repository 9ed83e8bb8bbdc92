//! "Remember files on this device": with the user's opt-in, dropped files are kept in the browser's own
//! IndexedDB and loaded again on the next visit; "Forget everything" clears them and the saved view.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(module = "/src/ui/file_store.js")]
extern "C" {
    #[wasm_bindgen(catch)]
    fn kb_store_file(file: &web_sys::File) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(catch)]
    fn kb_delete_file(name: &str) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(catch)]
    fn kb_stored_files() -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(catch)]
    fn kb_forget_files() -> Result<js_sys::Promise, JsValue>;
}

const OPT_IN_KEY: &str = "kpiboard.remember-files";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

async fn settle(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    wasm_bindgen_futures::JsFuture::from(promise?).await
}

/// Whether the user opted in on this device.
pub fn is_enabled() -> bool {
    storage()
        .and_then(|s| s.get_item(OPT_IN_KEY).ok().flatten())
        .is_some_and(|v| v == "1")
}

/// Records the user's choice; opting out forgets the stored files.
pub fn set_enabled(enabled: bool) {
    if let Some(s) = storage() {
        let _ = if enabled {
            s.set_item(OPT_IN_KEY, "1")
        } else {
            s.remove_item(OPT_IN_KEY)
        };
    }
    if !enabled {
        wasm_bindgen_futures::spawn_local(async {
            let _ = settle(kb_forget_files()).await;
        });
    }
}

/// Keeps a dropped file, when the user opted in.
pub fn remember(file: &web_sys::File) {
    if is_enabled() {
        let file = file.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let _ = settle(kb_store_file(&file)).await;
        });
    }
}

/// Forgets one file (it was removed from the dashboard).
pub fn forget(name: &str) {
    let name = name.to_string();
    wasm_bindgen_futures::spawn_local(async move {
        let _ = settle(kb_delete_file(&name)).await;
    });
}

/// The files kept on this device (none without the opt-in).
pub async fn stored_files() -> Vec<web_sys::File> {
    if !is_enabled() {
        return Vec::new();
    }
    match settle(kb_stored_files()).await {
        Ok(list) => js_sys::Array::from(&list)
            .iter()
            .filter_map(|v| v.dyn_into::<web_sys::File>().ok())
            .collect(),
        Err(_) => Vec::new(),
    }
}

/// Forgets the stored files, the saved view and the opt-in.
pub async fn forget_everything() {
    let _ = settle(kb_forget_files()).await;
    if let Some(s) = storage() {
        let _ = s.clear();
    }
}

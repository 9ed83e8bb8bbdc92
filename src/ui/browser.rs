//! Browser glue: reading files, downloads, the clipboard and the preferred languages.

use crate::core::i18n::Text;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Reads a whole file as bytes.
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, Text> {
    read_slice(file, 0.0, file.size()).await
}

/// Reads bytes `start..end` of a file.
pub async fn read_slice(file: &web_sys::File, start: f64, end: f64) -> Result<Vec<u8>, Text> {
    SliceRead::start(file, start, end).bytes().await
}

/// A read of part of a file, started at once and awaited later, so that the browser reads the next slice
/// while the current one is parsed.
pub struct SliceRead {
    read: Option<wasm_bindgen_futures::JsFuture>,
    file: String,
}

impl SliceRead {
    /// Starts reading bytes `start..end` of `file`.
    pub fn start(file: &web_sys::File, start: f64, end: f64) -> SliceRead {
        let read = file
            .slice_with_f64_and_f64(start, end)
            .ok()
            .map(|blob| wasm_bindgen_futures::JsFuture::from(blob.array_buffer()));
        SliceRead {
            read,
            file: file.name(),
        }
    }

    /// A read of part of `file` started elsewhere: `read` resolves with an `ArrayBuffer` of the bytes.
    pub fn of(read: js_sys::Promise, file: &web_sys::File) -> SliceRead {
        SliceRead {
            read: Some(wasm_bindgen_futures::JsFuture::from(read)),
            file: file.name(),
        }
    }

    /// The bytes, once read (the message for the user when the browser could not read them).
    pub async fn bytes(self) -> Result<Vec<u8>, Text> {
        let unreadable = || crate::text!("{file}: the browser could not read this file", file = &self.file);
        match self.read {
            Some(read) => match read.await {
                Ok(buffer) => {
                    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                    release(&buffer);
                    Ok(bytes)
                }
                Err(_) => Err(unreadable()),
            },
            None => Err(unreadable()),
        }
    }
}

/// Gives the memory of an `ArrayBuffer` whose bytes were copied back at once (`transfer(0)` detaches
/// it), instead of when the garbage collector next runs: a large file is read in many such buffers.
fn release(buffer: &JsValue) {
    if let Ok(transfer) = js_sys::Reflect::get(buffer, &JsValue::from_str("transfer")) {
        if let Some(transfer) = transfer.dyn_ref::<js_sys::Function>() {
            let _ = transfer.call1(buffer, &JsValue::from_f64(0.0));
        }
    }
}

/// Yields to the browser so the page can paint between heavy steps.
pub async fn next_frame() {
    gloo::timers::future::TimeoutFuture::new(0).await;
}

/// Offers `bytes` as a download named `file_name`.
pub fn download(file_name: &str, mime: &str, bytes: &[u8]) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(anchor) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Copies text to the clipboard (best effort).
pub fn copy_text(text: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().clipboard().write_text(text);
    }
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let languages = window.navigator().languages();
    let mut out: Vec<String> = languages.iter().filter_map(|v| v.as_string()).collect();
    if out.is_empty() {
        out.extend(window.navigator().language());
    }
    out
}

/// Renders an SVG to a PNG (twice its size, on white) and offers it as a download.
pub fn download_svg_as_png(file_name: &str, svg: &str) {
    use wasm_bindgen::closure::Closure;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let data_url = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        js_sys::encode_uri_component(svg)
    );
    let name = file_name.to_string();
    let loaded = image.clone();
    let onload = Closure::once_into_js(move || {
        let scale = 2.0;
        let (w, h) = (
            f64::from(loaded.natural_width()) * scale,
            f64::from(loaded.natural_height()) * scale,
        );
        let Some(canvas) = document
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return;
        };
        canvas.set_width(w as u32);
        canvas.set_height(h as u32);
        let Some(context) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        context.set_fill_style_str("#ffffff");
        context.fill_rect(0.0, 0.0, w, h);
        let _ = context.draw_image_with_html_image_element_and_dw_and_dh(&loaded, 0.0, 0.0, w, h);
        if let Ok(url) = canvas.to_data_url_with_type("image/png") {
            if let Some(anchor) = document
                .create_element("a")
                .ok()
                .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
            {
                anchor.set_href(&url);
                anchor.set_download(&name);
                anchor.click();
            }
        }
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&data_url);
}

/// Runs `work` and records its duration as a User Timing measure named `name` (seen in the browser's
/// performance tools and read by the browser benchmark); nothing leaves the page.
pub fn timed<T>(name: &str, work: impl FnOnce() -> T) -> T {
    start_span(name);
    let result = work();
    end_span(name);
    result
}

/// Starts a User Timing measure named `name`, recorded by [`end_span`] (a span may hold many tasks).
pub fn start_span(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(&format!("{name}:start"));
    }
}

/// Records the measure `name` started by [`start_span`].
pub fn end_span(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let start = format!("{name}:start");
        let _ = p.measure_with_start_mark(name, &start);
        p.clear_marks_with_mark_name(&start);
    }
}

#[wasm_bindgen(module = "/src/ui/worker_client.js")]
extern "C" {
    #[wasm_bindgen(js_name = kbYield)]
    fn kb_yield() -> js_sys::Promise;
}

/// Resolves once this thread's event loop has turned: the tasks already waiting (input, rendering,
/// delivered file data) run first. Unlike a zero timeout, never held back by the browser.
pub async fn yield_to_browser() {
    let _ = wasm_bindgen_futures::JsFuture::from(kb_yield()).await;
}

/// Sets the `lang` attribute of the page's root element.
pub fn set_document_language(code: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", code);
    }
}

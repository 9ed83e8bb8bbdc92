//! The page's side of the parsing worker: hands a file to a worker, follows its progress, and takes the
//! recognised file back. When the browser cannot start the worker, the caller parses on the page instead.

use crate::core::i18n::Text;
use crate::core::ingest::ImportOptions;
use crate::core::pipeline::LoadedFile;
use crate::core::transfer;
use crate::ui::browser;
use crate::ui::worker_entry::TEXT_MARK;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(module = "/src/ui/worker_client.js")]
extern "C" {
    #[wasm_bindgen(js_name = kbParseInWorker)]
    fn kb_parse_in_worker(
        job: u32,
        file: &web_sys::File,
        options: &str,
        progress: &js_sys::Function,
    ) -> js_sys::Promise;
    #[wasm_bindgen(js_name = kbCancelParse)]
    fn kb_cancel_parse(job: u32);
    #[wasm_bindgen(js_name = kbWarmUp)]
    fn kb_warm_up() -> js_sys::Promise;
}

/// Runs the pipeline once on small data in a worker while the page is idle, so that the browser
/// optimises the hot code before the user's first file (see [`crate::core::warm_up`]); stopped as soon
/// as a file is handed to a parsing worker.
pub async fn warm_up() {
    let _ = wasm_bindgen_futures::JsFuture::from(kb_warm_up()).await;
}

/// How a file handed to the worker came back.
pub enum Outcome {
    /// Read into a table and recognised.
    Parsed(Box<LoadedFile>),
    /// Not readable: the message for the user.
    Failed(Text),
    /// Removed by the user while being read.
    Cancelled,
    /// No worker could run here: parse on the page.
    Unavailable,
}

/// Parses `file` in a worker; `on_progress(bytes_read, rows_so_far)` is called as slices are read.
pub async fn parse(
    job: u32,
    file: &web_sys::File,
    options: &ImportOptions,
    on_progress: impl Fn(f64, usize) + 'static,
) -> Outcome {
    let options = serde_json::to_string(options).unwrap_or_default();
    let progress =
        Closure::<dyn Fn(f64, f64)>::new(move |bytes: f64, rows: f64| on_progress(bytes, rows as usize));
    let promise = kb_parse_in_worker(job, file, &options, progress.as_ref().unchecked_ref());
    let settled = wasm_bindgen_futures::JsFuture::from(promise).await;
    drop(progress);
    match settled {
        // The worker's buffer as it is: `new Uint8Array(array)` would copy it whole.
        Ok(buffer) => match decode_in_steps(buffer.dyn_into().unwrap_or_else(|b| js_sys::Uint8Array::new(&b))).await {
            Ok(loaded) => Outcome::Parsed(Box::new(loaded)),
            Err(error) => Outcome::Failed(crate::text!(
                "{file}: the file was read but could not be handed over to the page ({detail}); please add it again",
                file = file.name(),
                detail = error.to_string()
            )),
        },
        Err(reason) => {
            let field = |key: &str| {
                js_sys::Reflect::get(&reason, &JsValue::from_str(key))
                    .ok()
                    .and_then(|v| v.as_string())
                    .unwrap_or_default()
            };
            match field("kind").as_str() {
                "cancelled" => Outcome::Cancelled,
                "failed" => Outcome::Failed(failure(&file.name(), &field("message"))),
                _ => Outcome::Unavailable,
            }
        }
    }
}

/// Decodes a loaded file handed over by a parsing worker, copying it into the page's memory a piece at a
/// time.
pub fn decode_from_worker(array: js_sys::Uint8Array) -> Result<LoadedFile, transfer::TransferError> {
    transfer::decode_loaded_from(&mut JsSource::new(array))
}

/// Like [`decode_from_worker`], one piece per task (see [`transfer::LoadedDecoder::step`]), letting the
/// browser handle input and paint between them, so that no step of a large file holds the page for long. Recorded as
/// the User Timing measures `kb-decode` (the whole) and `kb-decode-step` (each step).
async fn decode_in_steps(array: js_sys::Uint8Array) -> Result<LoadedFile, transfer::TransferError> {
    browser::start_span("kb-decode");
    let mut decoder = transfer::LoadedDecoder::start(JsSource::new(array))?;
    while browser::timed("kb-decode-step", || decoder.step())? {
        browser::yield_to_browser().await;
    }
    let loaded = decoder.finish();
    browser::end_span("kb-decode");
    loaded
}

/// The message of a failed parse: the core's own sentence, or a crash of the worker described.
fn failure(file: &str, message: &str) -> Text {
    message
        .strip_prefix(TEXT_MARK)
        .and_then(|json| serde_json::from_str(json).ok())
        .unwrap_or_else(|| {
            crate::text!(
                "{file}: reading stopped unexpectedly ({detail})",
                file = file,
                detail = message
            )
        })
}

/// Stops the worker reading job `job`, if any.
pub fn cancel(job: u32) {
    kb_cancel_parse(job);
}

/// Bytes copied from JavaScript memory at once while decoding.
const READ_AHEAD: u32 = 64 * 1024;

/// A [`transfer::Source`] over a JavaScript byte array, copied into the page's memory a piece at a time
/// (the whole buffer is never copied at once).
struct JsSource {
    array: js_sys::Uint8Array,
    at: u32,
    staged: Vec<u8>,
    used: usize,
}

impl JsSource {
    fn new(array: js_sys::Uint8Array) -> Self {
        JsSource {
            array,
            at: 0,
            staged: Vec::new(),
            used: 0,
        }
    }
}

impl transfer::Source for JsSource {
    fn remaining(&self) -> usize {
        (self.array.length() - self.at) as usize + (self.staged.len() - self.used)
    }

    fn fill(&mut self, out: &mut [u8]) {
        let mut done = 0;
        while done < out.len() {
            if self.used == self.staged.len() {
                let wanted = (out.len() - done) as u32;
                let left = self.array.length() - self.at;
                if wanted >= READ_AHEAD {
                    // A large piece goes straight to its destination.
                    let n = wanted.min(left);
                    self.array
                        .subarray(self.at, self.at + n)
                        .copy_to(&mut out[done..done + n as usize]);
                    self.at += n;
                    done += n as usize;
                    continue;
                }
                let n = READ_AHEAD.min(left);
                self.staged.resize(n as usize, 0);
                self.array
                    .subarray(self.at, self.at + n)
                    .copy_to(&mut self.staged);
                self.at += n;
                self.used = 0;
            }
            let n = (out.len() - done).min(self.staged.len() - self.used);
            out[done..done + n].copy_from_slice(&self.staged[self.used..self.used + n]);
            self.used += n;
            done += n;
        }
    }
}

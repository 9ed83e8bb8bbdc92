//! The parsing worker's side (runs inside `parse_worker.js`, never on the page): reads one file in
//! slices, pushes them through the core's [`Importer`], reports progress, recognises the file's kind and
//! roles, and hands the file back as one transferable byte buffer ([`crate::core::transfer`]).

use crate::core::i18n::Text;
use crate::core::ingest::{self, ImportOptions, Importer};
use crate::core::pipeline;
use crate::core::transfer;
use crate::ui::browser::{read_slice, yield_to_browser, SliceRead};
use wasm_bindgen::prelude::*;

/// Bytes read per slice in the worker: the text never exists whole, only one slice at a time.
const SLICE_BYTES: f64 = 4.0 * 1024.0 * 1024.0;

/// Bytes parsed between two turns of the worker's event loop (see [`kb_yield`]).
const PUSH_BYTES: usize = 1024 * 1024;

/// Parses `file` with the import settings `options` (JSON of [`ImportOptions`]); calls
/// `progress(bytes_read, rows_so_far)` after each slice; resolves with the encoded loaded file, or rejects
/// with the message for the user.
#[wasm_bindgen(js_name = kbWorkerParse)]
pub async fn parse_in_worker(
    file: web_sys::File,
    options: String,
    progress: js_sys::Function,
) -> Result<js_sys::Uint8Array, JsValue> {
    let options: ImportOptions = serde_json::from_str(&options).unwrap_or_default();
    let name = file.name();
    let mut clock = PhaseClock::default();
    let import = if is_workbook(&name) {
        let bytes = read_slice(&file, 0.0, file.size()).await.map_err(|e| to_js(&e))?;
        ingest::read(&name, &bytes, &options)
    } else {
        let size = file.size();
        let mut importer = Importer::new(&name, options);
        importer.expect_total_bytes(size as usize);
        // The next slice is read while the current one is parsed.
        let mut offset = 0.0;
        let mut next = (size > 0.0).then(|| SliceRead::start(&file, 0.0, SLICE_BYTES.min(size)));
        while let Some(read) = next.take() {
            clock.lap(None);
            let slice = read.bytes().await.map_err(|e| to_js(&e))?;
            clock.lap(Some(Phase::Read));
            offset = (offset + SLICE_BYTES).min(size);
            if offset < size {
                next = Some(SliceRead::start(&file, offset, (offset + SLICE_BYTES).min(size)));
            }
            for piece in slice.chunks(PUSH_BYTES) {
                importer.push(piece).map_err(|e| to_js(&e.text()))?;
                clock.lap(Some(Phase::Parse));
                // The next slice arrives only while this thread's event loop turns.
                yield_to_browser().await;
                clock.lap(None);
            }
            let rows = importer.rows_so_far() as f64;
            let _ = progress.call2(
                &JsValue::NULL,
                &JsValue::from_f64(offset),
                &JsValue::from_f64(rows),
            );
        }
        clock.lap(None);
        let import = importer.finish();
        clock.lap(Some(Phase::Parse));
        import
    }
    .map_err(|e| to_js(&e.text()))?;
    clock.lap(None);
    // Kind and roles are recognised here too, off the page, and an orders export gets its index.
    let loaded = pipeline::recognise(&name, import);
    clock.lap(Some(Phase::Recognise));
    let loaded = loaded.with_orders_index();
    clock.lap(Some(Phase::Index));
    let array = encode_for_page(loaded);
    clock.lap(Some(Phase::Encode));
    clock.attach_to(&array);
    Ok(array)
}

/// Runs the whole pipeline once on small data ([`crate::core::warm_up`]) so that the browser optimises
/// its hot code before the user's first file, the hand-over included (written into JavaScript memory
/// and read back as between this worker and the page); returns the rows read.
#[wasm_bindgen(js_name = kbWarmUp)]
pub fn warm_up() -> f64 {
    let summary = crate::core::warm_up::run_with(|loaded| {
        let array = encode_for_page(loaded.with_orders_index());
        crate::ui::off_thread::decode_from_worker(array).ok()
    });
    summary.rows as f64
}

/// Writes a loaded file straight into a JavaScript byte array, column by column (the table never
/// exists twice here).
fn encode_for_page(loaded: pipeline::LoadedFile) -> js_sys::Uint8Array {
    let encoding = transfer::LoadedEncoding::new(loaded);
    let mut sink = JsSink {
        array: js_sys::Uint8Array::new_with_length(encoding.byte_len() as u32),
        at: 0,
        staging: Vec::with_capacity(STAGING_BYTES),
    };
    encoding.write_into(&mut sink);
    sink.flush();
    sink.array
}

/// The steps of the worker's work, timed for the browser benchmark.
#[derive(Clone, Copy)]
enum Phase {
    Read,
    Parse,
    Recognise,
    Index,
    Encode,
}

/// Milliseconds spent in each [`Phase`], measured between laps.
#[derive(Default)]
struct PhaseClock {
    last: f64,
    spent: [f64; 5],
}

impl PhaseClock {
    /// Ends a lap: the time since the previous lap goes to `phase` (or nowhere).
    fn lap(&mut self, phase: Option<Phase>) {
        let now = js_sys::Date::now();
        if let Some(phase) = phase {
            if let Some(spent) = self.spent.get_mut(phase as usize) {
                *spent += now - self.last;
            }
        }
        self.last = now;
    }

    /// Hangs the timings on the result as `kbTimings` (read by `parse_worker.js`, shown as User Timing
    /// measures on the page).
    fn attach_to(&self, array: &js_sys::Uint8Array) {
        let timings = js_sys::Object::new();
        for (name, ms) in ["read", "parse", "recognise", "index", "encode"]
            .iter()
            .zip(self.spent)
        {
            let _ = js_sys::Reflect::set(&timings, &JsValue::from_str(name), &JsValue::from_f64(ms));
        }
        let _ = js_sys::Reflect::set(array, &JsValue::from_str("kbTimings"), &timings);
    }
}

/// Bytes gathered before one copy into JavaScript memory (many small pieces, few calls).
const STAGING_BYTES: usize = 64 * 1024;

/// A [`transfer::Sink`] writing into a JavaScript byte array of the announced length.
struct JsSink {
    array: js_sys::Uint8Array,
    at: u32,
    staging: Vec<u8>,
}

impl JsSink {
    fn write(&mut self, bytes: &[u8]) {
        let end = self.at + bytes.len() as u32;
        self.array.subarray(self.at, end).copy_from(bytes);
        self.at = end;
    }

    fn flush(&mut self) {
        let staged = std::mem::take(&mut self.staging);
        self.write(&staged);
        self.staging = staged;
        self.staging.clear();
    }
}

impl transfer::Sink for JsSink {
    fn put(&mut self, bytes: &[u8]) {
        if self.staging.len() + bytes.len() > STAGING_BYTES {
            self.flush();
        }
        if bytes.len() >= STAGING_BYTES {
            self.write(bytes);
        } else {
            self.staging.extend_from_slice(bytes);
        }
    }
}

/// Marks a message sent from the worker as a serialised [`Text`] (translated on the page).
pub const TEXT_MARK: &str = "kbtext:";

/// A message for the page, translatable there.
fn to_js(text: &Text) -> JsValue {
    JsValue::from_str(&format!(
        "{TEXT_MARK}{}",
        serde_json::to_string(text).unwrap_or_default()
    ))
}

/// Whether the file is an Excel workbook (read whole: a zip cannot be streamed).
pub fn is_workbook(name: &str) -> bool {
    let name = name.to_lowercase();
    name.ends_with(".xlsx") || name.ends_with(".xlsm")
}

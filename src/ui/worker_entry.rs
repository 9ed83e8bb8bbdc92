//! The parsing worker's side (runs inside `parse_worker.js`, never on the page): the worker holds the
//! [`Engine`] with every loaded file. It reads a file in slices through the core's [`Importer`],
//! reports progress, recognises the file's kind and roles, builds its orders index and keeps it; the
//! page gets the file's preview ([`crate::core::engine::preview`], a few rows) and the figures of its view
//! ([`crate::core::engine::Answer`], as its bytes). The files themselves never leave the worker.

mod phase_clock;
mod slices;
mod two_parts;

use crate::core::engine::{Engine, Remap, ViewRequest};
use crate::core::i18n::Text;
use crate::core::ingest::{self, ImportOptions, Importer};
use crate::core::pipeline::{self, LoadedFile};
use crate::core::sample;
use crate::core::share::MappingOverride;
use crate::core::transfer;
use crate::ui::browser::{read_slice, yield_to_browser};
use crate::ui::memory_reserve;
use phase_clock::{Phase, PhaseClock};
use slices::kb_stop_slice_reader;
use std::cell::RefCell;
use std::collections::HashSet;
use two_parts::parse_file;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The loaded files of the page, kept here.
    static ENGINE: RefCell<Engine> = RefCell::new(Engine::default());
    /// Jobs the page cancelled (the file was removed while it was being read).
    static CANCELLED: RefCell<HashSet<u32>> = RefCell::new(HashSet::new());
}

/// Sets the view later answers are for, from the page's [`ViewRequest`] as JSON (ignored when it
/// cannot be read: the previous view stays).
fn set_view(view: &str) -> Option<u64> {
    let request: ViewRequest = serde_json::from_str(view).ok()?;
    ENGINE.with(|e| e.borrow_mut().set_view(request.query, request.preset));
    request.known
}

/// The answer for the current view, as the bytes of [`crate::core::engine::Answer::to_bytes`] (handed to the page as a
/// `Uint8Array` whose buffer is transferred, not copied).
fn answer_bytes(known: Option<u64>) -> js_sys::Uint8Array {
    let answer = ENGINE.with(|e| e.borrow_mut().answer(known));
    js_sys::Uint8Array::from(answer.to_bytes().as_slice())
}

/// `{view, answer}`: a file's preview encoded for the page ([`transfer`]) and the answer's bytes.
fn shown(preview: &LoadedFile, answer: js_sys::Uint8Array) -> JsValue {
    let object = js_sys::Object::new();
    let bytes = transfer::encode_loaded(preview);
    let _ = js_sys::Reflect::set(
        &object,
        &"view".into(),
        &js_sys::Uint8Array::from(bytes.as_slice()),
    );
    let _ = js_sys::Reflect::set(&object, &"answer".into(), &answer);
    object.into()
}

/// The figures of the view `view` ([`ViewRequest`] as JSON), as the bytes of an [`crate::core::engine::Answer`].
#[wasm_bindgen(js_name = kbEngineView)]
pub fn engine_view(view: String) -> js_sys::Uint8Array {
    let known = set_view(&view);
    answer_bytes(known)
}

/// Reads `file` as job `job` with the import settings `options` (JSON of [`ImportOptions`]) and keeps
/// it, with the first of `mappings` (JSON list of [`MappingOverride`]) made for its header row applied;
/// calls `progress(bytes_read, rows_so_far)` after each slice. Resolves with `{view, answer, timings}`,
/// or rejects with the message for the user.
#[wasm_bindgen(js_name = kbEngineParse)]
pub async fn engine_parse(
    job: u32,
    file: web_sys::File,
    options: String,
    mappings: String,
    view: String,
    progress: js_sys::Function,
) -> Result<JsValue, JsValue> {
    CANCELLED.with(|c| c.borrow_mut().remove(&job));
    let options: ImportOptions = serde_json::from_str(&options).unwrap_or_default();
    let mappings: Vec<MappingOverride> = serde_json::from_str(&mappings).unwrap_or_default();
    let mut clock = PhaseClock::default();
    set_view(&view);
    let read = match read(job, &file, &options, &progress, &mut clock).await {
        Ok(_) if is_cancelled(job) => Err(cancelled(&file.name())),
        read => read,
    };
    // A file read again that fails is not kept as it was.
    let loaded = read.inspect_err(|_| {
        ENGINE.with(|e| e.borrow_mut().remove(job));
    })?;
    let preview = ENGINE.with(|e| e.borrow_mut().insert(job, loaded, &mappings));
    clock.lap(Some(Phase::Keep));
    let result = shown(&preview, answer_bytes(None));
    clock.lap(Some(Phase::Answer));
    clock.attach_to(&result);
    Ok(result)
}

/// Reads and keeps the embedded sample exports as jobs `jobs` (one per file of [`sample::FILES`], in
/// order) with the import settings `options`, yielding between files. Resolves with `{views, answer}`:
/// `views[i]` is file i's encoded preview, or the message for the user as a string.
#[wasm_bindgen(js_name = kbEngineSample)]
pub async fn engine_sample(jobs: Vec<u32>, names: Vec<String>, options: String, view: String) -> JsValue {
    set_view(&view);
    let options: ImportOptions = serde_json::from_str(&options).unwrap_or_default();
    let views = js_sys::Array::new();
    for (job, name) in jobs.into_iter().zip(names) {
        let Some(file) = sample::FILES.iter().find(|f| f.name == name) else {
            let missing = crate::text!(
                "{file}: reading stopped unexpectedly ({detail})",
                file = &name,
                detail = "not in this build"
            );
            views.push(&JsValue::from_str(&text_for_page(&missing)));
            continue;
        };
        match pipeline::load(file.name, file.bytes, &options) {
            Ok(loaded) => {
                let preview = ENGINE.with(|e| e.borrow_mut().insert(job, loaded.with_orders_index(), &[]));
                views.push(&js_sys::Uint8Array::from(
                    transfer::encode_loaded(&preview).as_slice(),
                ));
            }
            Err(message) => {
                ENGINE.with(|e| e.borrow_mut().remove(job));
                views.push(&JsValue::from_str(&text_for_page(&message)));
            }
        }
        yield_to_browser().await;
    }
    let object = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&object, &"views".into(), &views);
    let _ = js_sys::Reflect::set(&object, &"answer".into(), &answer_bytes(None));
    object.into()
}

/// Changes the mapping of file `job` (`remap`: JSON of [`Remap`]); `{view, answer}`, or null when
/// there is no such file.
#[wasm_bindgen(js_name = kbEngineRemap)]
pub fn engine_remap(job: u32, remap: String, view: String) -> JsValue {
    set_view(&view);
    let Ok(remap) = serde_json::from_str::<Remap>(&remap) else {
        return JsValue::NULL;
    };
    match ENGINE.with(|e| e.borrow_mut().remap(job, &remap)) {
        Some(preview) => shown(&preview, answer_bytes(None)),
        None => JsValue::NULL,
    }
}

/// Forgets file `job` (and stops reading it if it is still read); the bytes of the answer without it.
#[wasm_bindgen(js_name = kbEngineRemove)]
pub fn engine_remove(job: u32, view: String) -> js_sys::Uint8Array {
    set_view(&view);
    CANCELLED.with(|c| c.borrow_mut().insert(job));
    ENGINE.with(|e| e.borrow_mut().remove(job));
    answer_bytes(None)
}

/// Forgets every file, and stops reading the ones still read.
#[wasm_bindgen(js_name = kbEngineClear)]
pub fn engine_clear() {
    ENGINE.with(|e| {
        let mut engine = e.borrow_mut();
        CANCELLED.with(|c| c.borrow_mut().extend(engine.ids()));
        engine.clear();
    });
}

fn is_cancelled(job: u32) -> bool {
    CANCELLED.with(|c| c.borrow().contains(&job))
}

fn cancelled(file: &str) -> JsValue {
    JsValue::from_str(&format!("{CANCEL_MARK}{file}"))
}

/// Marks the rejection of a job the page cancelled.
pub const CANCEL_MARK: &str = "kbcancel:";

/// Reads `file` slice by slice (a workbook whole), recognises it and builds its orders index.
async fn read(
    job: u32,
    file: &web_sys::File,
    options: &ImportOptions,
    progress: &js_sys::Function,
    clock: &mut PhaseClock,
) -> Result<LoadedFile, JsValue> {
    let name = file.name();
    let import = if is_workbook(&name) {
        let bytes = read_slice(file, 0.0, file.size()).await.map_err(|e| to_js(&e))?;
        ingest::read(&name, &bytes, options)
    } else {
        let mut importer = Importer::new(&name, options.clone());
        importer.expect_total_bytes(file.size() as usize);
        let parsed = parse_file(job, file, options, &mut importer, progress, clock).await;
        kb_stop_slice_reader();
        parsed?;
        clock.lap(None);
        let import = importer.finish();
        clock.lap(Some(Phase::Finish));
        import
    }
    .map_err(|e| to_js(&e.text()))?;
    clock.lap(None);
    // Kind and roles are recognised here too, off the page, and an orders export gets its index.
    let loaded = pipeline::recognise(&name, import);
    clock.lap(Some(Phase::Recognise));
    let loaded = loaded.with_orders_index();
    clock.lap(Some(Phase::Index));
    Ok(loaded)
}

/// Takes and touches one more step of idle memory for the first file, up to `total_mib` MiB
/// ([`memory_reserve`]); whether more steps are wanted (parse_worker.js calls it between messages until
/// then, or until [`release_memory`]).
#[wasm_bindgen(js_name = kbReserveMemory)]
pub fn reserve_memory(total_mib: u32) -> bool {
    memory_reserve::step(total_mib as usize * 1024 * 1024)
}

/// Stops the idle memory reserve and gives back what it holds ([`memory_reserve::release`]):
/// parse_worker.js calls it before every call, so that a file is read into that memory.
#[wasm_bindgen(js_name = kbReleaseMemory)]
pub fn release_memory() {
    memory_reserve::release();
}

/// Runs the whole pipeline once on small data ([`crate::core::warm_up`]) so that the browser optimises
/// its hot code before the user's first file (the preview and answer the page is sent included);
/// returns the rows read.
#[wasm_bindgen(js_name = kbWarmUp)]
pub fn warm_up() -> f64 {
    let mut engine = Engine::default();
    let summary = crate::core::warm_up::run_with(|loaded| {
        let loaded = loaded.with_orders_index();
        let preview = engine.insert(0, loaded.clone(), &[]);
        let _ = transfer::encode_loaded(&preview);
        let _ = engine.answer(None).to_bytes();
        Some(loaded)
    });
    summary.rows as f64
}

/// Marks a message sent from the worker as a serialised [`Text`] (translated on the page).
pub const TEXT_MARK: &str = "kbtext:";

/// A message for the page, translatable there.
fn to_js(text: &Text) -> JsValue {
    JsValue::from_str(&text_for_page(text))
}

/// A message for the page as a string, translatable there.
fn text_for_page(text: &Text) -> String {
    format!("{TEXT_MARK}{}", serde_json::to_string(text).unwrap_or_default())
}

/// Whether the file is an Excel workbook (read whole: a zip cannot be streamed).
pub fn is_workbook(name: &str) -> bool {
    let name = name.to_lowercase();
    name.ends_with(".xlsx") || name.ends_with(".xlsm")
}

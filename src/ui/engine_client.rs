//! The page's side of the [`Engine`]: the loaded files live in the parsing worker, which reads them,
//! keeps them and answers the page's views; the page gets previews of the files and the figures. When
//! the browser cannot start the worker, the same engine runs on the page, which then reads the files
//! itself, in slices with a yield between them.

use crate::core::engine::{Answer, Engine, Remap, ViewRequest};
use crate::core::i18n::Text;
use crate::core::ingest::{ImportOptions, Importer};
use crate::core::kpi::Query;
use crate::core::pipeline::{self, LoadedFile};
use crate::core::sample::SampleFile;
use crate::core::share::MappingOverride;
use crate::core::time::Preset;
use crate::core::transfer;
use crate::ui::browser;
use crate::ui::worker_entry::{is_workbook, CANCEL_MARK, TEXT_MARK};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(module = "/src/ui/worker_client.js")]
extern "C" {
    #[wasm_bindgen(js_name = kbEngineCall)]
    fn kb_engine_call(op: &str, args: &JsValue, progress: &JsValue) -> js_sys::Promise;
    #[wasm_bindgen(js_name = kbEngineStop)]
    fn kb_engine_stop();
    #[wasm_bindgen(js_name = kbEngineOnCrash)]
    fn kb_engine_on_crash(callback: &js_sys::Function);
    #[wasm_bindgen(js_name = kbWarmUp)]
    fn kb_warm_up() -> js_sys::Promise;
    #[wasm_bindgen(js_name = kbUseModule)]
    fn kb_use_module(module: &JsValue);
}

thread_local! {
    /// The engine on the page: used when no worker can run, and for the empty dashboard.
    static LOCAL: RefCell<Engine> = RefCell::new(Engine::default());
    /// Whether the worker holds the files (a file was handed to it since it last started).
    static IN_WORKER: Cell<bool> = const { Cell::new(false) };
    /// Whether the browser refused to start the worker (then everything runs on the page).
    static NO_WORKER: Cell<bool> = const { Cell::new(false) };
}

/// Runs the pipeline once on small data in a worker while the page is idle, so that the browser
/// optimises the hot code before the user's first file (see [`crate::core::warm_up`]); stopped as soon
/// as a file is handed to the worker.
pub async fn warm_up() {
    // The workers run the page's own module: compiled once, its code optimised once for all.
    kb_use_module(&wasm_bindgen::module());
    let _ = wasm_bindgen_futures::JsFuture::from(kb_warm_up()).await;
}

/// Calls `on_crash(description)` if the worker holding the files stops unexpectedly (they are then lost).
pub fn on_crash(on_crash: impl Fn(String) + 'static) {
    let callback = Closure::<dyn Fn(JsValue)>::new(move |message: JsValue| {
        IN_WORKER.with(|w| w.set(false));
        on_crash(message.as_string().unwrap_or_default());
    });
    kb_engine_on_crash(callback.as_ref().unchecked_ref());
    callback.forget();
}

/// How a file came back.
pub enum Outcome {
    /// Read, recognised and kept: its preview, and the figures with it.
    Loaded(Box<LoadedFile>, Box<Answer>),
    /// Not readable: the message for the user.
    Failed(Text),
    /// Removed by the user while being read.
    Cancelled,
}

/// Why a call to the worker did not give its result.
enum CallError {
    /// No worker can run here: do it on the page.
    Unavailable,
    /// The job was cancelled.
    Cancelled,
    /// The message for the user (the core's, or a crash described).
    Failed(String),
}

async fn call(
    op: &str,
    args: &js_sys::Object,
    progress: Option<&js_sys::Function>,
) -> Result<JsValue, CallError> {
    let progress = progress.map_or(JsValue::NULL, |p| p.clone().into());
    match wasm_bindgen_futures::JsFuture::from(kb_engine_call(op, args, &progress)).await {
        Ok(value) => Ok(value),
        Err(reason) => {
            let field = |key: &str| {
                js_sys::Reflect::get(&reason, &JsValue::from_str(key))
                    .ok()
                    .and_then(|v| v.as_string())
                    .unwrap_or_default()
            };
            match field("kind").as_str() {
                "unavailable" => {
                    NO_WORKER.with(|n| n.set(true));
                    IN_WORKER.with(|w| w.set(false));
                    Err(CallError::Unavailable)
                }
                _ if field("message").starts_with(CANCEL_MARK) => Err(CallError::Cancelled),
                _ => Err(CallError::Failed(field("message"))),
            }
        }
    }
}

/// An object of string-keyed values, for a call's arguments.
fn args(pairs: &[(&str, JsValue)]) -> js_sys::Object {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object
}

/// The page's view as the engine reads it.
pub fn view_json(query: &Query, preset: Preset, known: Option<u64>) -> String {
    serde_json::to_string(&ViewRequest {
        query: query.clone(),
        preset,
        known,
    })
    .unwrap_or_default()
}

fn uses_worker() -> bool {
    IN_WORKER.with(Cell::get)
}

fn worker_possible() -> bool {
    !NO_WORKER.with(Cell::get)
}

/// The answer of the local engine for `view`, with the controls' options always (they are cheap
/// there, and the generation the page knows may be the worker's).
fn local_answer(view: &str) -> Answer {
    let request: ViewRequest = serde_json::from_str(view).unwrap_or_default();
    LOCAL.with(|e| {
        let mut engine = e.borrow_mut();
        engine.set_view(request.query, request.preset);
        engine.answer(None)
    })
}

/// The worker's answer read from its bytes (timed as the User Timing measure `kb-receive`).
fn parse_answer(bytes: &JsValue) -> Option<Answer> {
    browser::timed("kb-receive", || {
        let bytes = bytes.dyn_ref::<js_sys::Uint8Array>()?;
        Answer::from_bytes(&bytes.to_vec())
    })
}

/// `{view, answer}` from the worker: the preview decoded and the answer read.
fn shown(value: &JsValue) -> Option<(LoadedFile, Answer)> {
    let get = |key: &str| js_sys::Reflect::get(value, &JsValue::from_str(key)).ok();
    let preview = get("view")?.dyn_into::<js_sys::Uint8Array>().ok()?;
    let preview = transfer::decode_loaded(&preview.to_vec()).ok()?;
    Some((preview, parse_answer(&get("answer")?)?))
}

/// The figures of `view` ([`view_json`]) over the loaded files; `None` when the worker could not answer.
pub async fn ask(view: String) -> Option<Answer> {
    if !uses_worker() {
        return Some(local_answer(&view));
    }
    let value = call("view", &args(&[("view", view.into())]), None).await.ok()?;
    parse_answer(&value)
}

/// Reads `file` as job `job` with the import settings `options`, applying the first of `mappings` made
/// for its header row; `on_progress(bytes_read, rows_so_far)` is called as slices are read.
pub async fn parse(
    job: u32,
    file: &web_sys::File,
    options: &ImportOptions,
    mappings: &[MappingOverride],
    view: String,
    on_progress: impl Fn(f64, usize) + 'static,
) -> Outcome {
    let on_progress: Rc<dyn Fn(f64, usize)> = Rc::new(on_progress);
    if worker_possible() {
        IN_WORKER.with(|w| w.set(true));
        let report = on_progress.clone();
        let progress =
            Closure::<dyn Fn(f64, f64)>::new(move |bytes: f64, rows: f64| report(bytes, rows as usize));
        let arguments = args(&[
            ("job", job.into()),
            ("file", file.into()),
            (
                "options",
                serde_json::to_string(options).unwrap_or_default().into(),
            ),
            (
                "mappings",
                serde_json::to_string(mappings).unwrap_or_default().into(),
            ),
            ("view", view.clone().into()),
        ]);
        let settled = call("parse", &arguments, Some(progress.as_ref().unchecked_ref())).await;
        drop(progress);
        return match settled {
            Ok(value) => match shown(&value) {
                Some((preview, answer)) => Outcome::Loaded(Box::new(preview), Box::new(answer)),
                None => Outcome::Failed(handed_over_badly(&file.name(), "unreadable answer")),
            },
            Err(CallError::Cancelled) => Outcome::Cancelled,
            Err(CallError::Failed(message)) => Outcome::Failed(failure(&file.name(), &message)),
            Err(CallError::Unavailable) => {
                parse_on_page(job, file, options, mappings, &view, &*on_progress).await
            }
        };
    }
    parse_on_page(job, file, options, mappings, &view, &*on_progress).await
}

/// Reads the embedded sample exports as jobs `jobs` (one per file of `files`, in order): each file's
/// preview (or the message for the user), and the figures with all of them.
pub async fn sample(
    jobs: &[(u32, SampleFile)],
    options: &ImportOptions,
    view: String,
) -> Option<(Vec<Result<LoadedFile, Text>>, Answer)> {
    if worker_possible() {
        IN_WORKER.with(|w| w.set(true));
        let ids: js_sys::Array = jobs.iter().map(|(id, _)| JsValue::from(*id)).collect();
        let names: js_sys::Array = jobs.iter().map(|(_, f)| JsValue::from_str(f.name)).collect();
        let arguments = args(&[
            ("jobs", ids.into()),
            ("names", names.into()),
            (
                "options",
                serde_json::to_string(options).unwrap_or_default().into(),
            ),
            ("view", view.clone().into()),
        ]);
        match call("sample", &arguments, None).await {
            Ok(value) => {
                let get = |key: &str| js_sys::Reflect::get(&value, &JsValue::from_str(key)).ok();
                let views = js_sys::Array::from(&get("views")?);
                let files = views
                    .iter()
                    .zip(jobs)
                    .map(|(v, (_, file))| match v.dyn_into::<js_sys::Uint8Array>() {
                        Ok(bytes) => transfer::decode_loaded(&bytes.to_vec())
                            .map_err(|e| handed_over_badly(file.name, &e.to_string())),
                        Err(message) => Err(failure(file.name, &message.as_string().unwrap_or_default())),
                    })
                    .collect();
                return Some((files, parse_answer(&get("answer")?)?));
            }
            Err(CallError::Unavailable) => {}
            Err(_) => return None,
        }
    }
    let mut files = Vec::with_capacity(jobs.len());
    for (id, file) in jobs {
        let loaded = LOCAL.with(|e| {
            let mut engine = e.borrow_mut();
            match pipeline::load(file.name, file.bytes, options) {
                Ok(loaded) => Ok(engine.insert(*id, loaded, &[])),
                Err(message) => {
                    engine.remove(*id);
                    Err(message)
                }
            }
        });
        files.push(loaded);
        browser::yield_to_browser().await;
    }
    Some((files, local_answer(&view)))
}

/// Changes the mapping of file `job`: its new preview and the figures; `None` when it is not kept.
pub async fn remap(job: u32, remap: &Remap, view: String) -> Option<(LoadedFile, Answer)> {
    let remap_json = serde_json::to_string(remap).unwrap_or_default();
    if uses_worker() {
        let arguments = args(&[
            ("job", job.into()),
            ("remap", remap_json.into()),
            ("view", view.into()),
        ]);
        let value = call("remap", &arguments, None).await.ok()?;
        return shown(&value);
    }
    let preview = LOCAL.with(|e| e.borrow_mut().remap(job, remap))?;
    Some((preview, local_answer(&view)))
}

/// Forgets file `job` (stops reading it if it is still read); the figures without it. With no file
/// left (`last`), the worker is stopped, giving its memory back.
pub async fn remove(job: u32, last: bool, view: String) -> Option<Answer> {
    LOCAL.with(|e| e.borrow_mut().remove(job));
    if !uses_worker() {
        return Some(local_answer(&view));
    }
    if last {
        stop_worker();
        return Some(local_answer(&view));
    }
    let value = call(
        "remove",
        &args(&[("job", job.into()), ("view", view.into())]),
        None,
    )
    .await
    .ok()?;
    parse_answer(&value)
}

/// Forgets every file and stops the worker.
pub fn clear() {
    LOCAL.with(|e| e.borrow_mut().clear());
    stop_worker();
}

fn stop_worker() {
    if uses_worker() {
        kb_engine_stop();
        IN_WORKER.with(|w| w.set(false));
    }
}

/// Reads a file on the page itself into the local engine (when no worker can run).
async fn parse_on_page(
    job: u32,
    file: &web_sys::File,
    options: &ImportOptions,
    mappings: &[MappingOverride],
    view: &str,
    on_progress: &dyn Fn(f64, usize),
) -> Outcome {
    browser::next_frame().await;
    let read = if is_workbook(&file.name()) {
        match browser::read_file(file).await {
            Ok(bytes) => pipeline::load(&file.name(), &bytes, options),
            Err(message) => Err(message),
        }
    } else {
        read_in_chunks(job, file, options, on_progress).await
    };
    match read {
        Ok(loaded) => {
            let preview = LOCAL.with(|e| e.borrow_mut().insert(job, loaded, mappings));
            Outcome::Loaded(Box::new(preview), Box::new(local_answer(view)))
        }
        Err(message) => {
            LOCAL.with(|e| e.borrow_mut().remove(job));
            Outcome::Failed(message)
        }
    }
}

/// Bytes read per step on the page: small enough that parsing one chunk stays well under a frame.
const CHUNK_BYTES: f64 = 2.0 * 1024.0 * 1024.0;

thread_local! {
    /// Jobs read on the page that the user cancelled.
    static CANCELLED: RefCell<Vec<u32>> = const { RefCell::new(Vec::new()) };
}

/// Stops reading job `job` on the page, if it is read there.
pub fn cancel_on_page(job: u32) {
    CANCELLED.with(|c| c.borrow_mut().push(job));
}

/// Streams a text export through the importer chunk by chunk (never holding the whole text), yielding
/// to the browser between chunks so the page stays responsive.
async fn read_in_chunks(
    job: u32,
    file: &web_sys::File,
    options: &ImportOptions,
    on_progress: &dyn Fn(f64, usize),
) -> Result<LoadedFile, Text> {
    CANCELLED.with(|c| c.borrow_mut().retain(|&j| j != job));
    let name = file.name();
    let size = file.size();
    let mut importer = Importer::new(&name, options.clone());
    importer.expect_total_bytes(size as usize);
    let mut offset = 0.0;
    while offset < size {
        if CANCELLED.with(|c| c.borrow().contains(&job)) {
            return Err(crate::text!("{file}: cancelled", file = &name));
        }
        let end = (offset + CHUNK_BYTES).min(size);
        let chunk = browser::read_slice(file, offset, end).await?;
        importer.push(&chunk).map_err(|e| e.text())?;
        offset = end;
        on_progress(offset, importer.rows_so_far());
        browser::next_frame().await;
    }
    let import = importer.finish().map_err(|e| e.text())?;
    Ok(pipeline::recognise(&name, import))
}

/// The message of a file read in the worker whose preview or figures the page could not read.
fn handed_over_badly(file: &str, detail: &str) -> Text {
    crate::text!(
        "{file}: the file was read but could not be handed over to the page ({detail}); please add it again",
        file = file,
        detail = detail
    )
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

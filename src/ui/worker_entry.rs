//! The parsing worker's side (runs inside `parse_worker.js`, never on the page): the worker holds the
//! [`Engine`] with every loaded file. It reads a file in slices through the core's [`Importer`],
//! reports progress, recognises the file's kind and roles, builds its orders index and keeps it; the
//! page gets the file's preview ([`crate::core::engine::preview`], a few rows) and the figures of its view
//! ([`crate::core::engine::Answer`], as its bytes). The files themselves never leave the worker.

use crate::core::engine::{Engine, Remap, ViewRequest};
use crate::core::i18n::Text;
use crate::core::ingest::{self, split_point, ImportOptions, Importer};
use crate::core::pipeline::{self, LoadedFile};
use crate::core::sample;
use crate::core::share::MappingOverride;
use crate::core::transfer;
use crate::ui::browser::{read_slice, yield_to_browser, SliceRead};
use crate::ui::memory_reserve;
use std::cell::RefCell;
use std::collections::HashSet;
use wasm_bindgen::prelude::*;

/// Bytes read per slice in the worker: the text never exists whole, only one slice at a time.
const SLICE_BYTES: f64 = 4.0 * 1024.0 * 1024.0;

/// Bytes handed to the importer at once.
const PUSH_BYTES: usize = 1024 * 1024;

/// Slices being read ahead while one is parsed.
const READS_AHEAD: usize = 2;

/// Files from this size on are read in two parts at once, by this worker and its helper (below, the
/// helper's start-up and the join cost more than the second core saves).
const SPLIT_FROM_BYTES: f64 = 16.0 * 1024.0 * 1024.0;

/// Files up to this size are read in two parts: beyond, the helper's copy of its part's rows would take
/// the tab past its memory budget (it is kept in the helper, then in this worker, while they join).
const SPLIT_UP_TO_BYTES: f64 = 160.0 * 1024.0 * 1024.0;

/// Bytes read from where a file's second part should start, to find the line start where it does.
const SPLIT_WINDOW_BYTES: f64 = 64.0 * 1024.0;

/// The share of a split file read here: a little more than half, as the helper has more to do besides
/// its part (sniffing the file's start again, writing its rows out for this worker, which then joins
/// them), so that both are done at about the same time.
const FIRST_PART_SHARE: f64 = 0.58;

/// The job number a helper reads its part under (a helper is stopped, never cancelled).
const PART_JOB: u32 = u32::MAX;

#[wasm_bindgen(module = "/src/ui/part_client.js")]
extern "C" {
    #[wasm_bindgen(js_name = kbStartHelper)]
    fn kb_start_helper();
    #[wasm_bindgen(js_name = kbParsePart)]
    fn kb_parse_part(file: &web_sys::File, start: f64, options: &str) -> JsValue;
    #[wasm_bindgen(js_name = kbPartBytes)]
    fn kb_part_bytes() -> f64;
    #[wasm_bindgen(js_name = kbPartRows)]
    fn kb_part_rows() -> f64;
    #[wasm_bindgen(js_name = kbPartMs)]
    fn kb_part_ms() -> f64;
    #[wasm_bindgen(js_name = kbPartTimings)]
    fn kb_part_timings() -> JsValue;
    #[wasm_bindgen(js_name = kbRenewHelper)]
    fn kb_renew_helper();
    #[wasm_bindgen(js_name = kbStopHelper)]
    fn kb_stop_helper();
    #[wasm_bindgen(js_name = kbPartWithin)]
    fn kb_part_within(part: &js_sys::Promise, ms: f64) -> js_sys::Promise;
}

#[wasm_bindgen(module = "/src/ui/slice_reader_client.js")]
extern "C" {
    #[wasm_bindgen(js_name = kbReadSlice)]
    fn kb_read_slice(file: &web_sys::File, start: f64, end: f64) -> js_sys::Promise;
    #[wasm_bindgen(js_name = kbStopSliceReader)]
    fn kb_stop_slice_reader();
    #[wasm_bindgen(js_name = kbStartSliceReader)]
    fn kb_start_slice_reader();
}

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

/// Pushes `file` through `importer`. A file of [`SPLIT_FROM_BYTES`] to [`SPLIT_UP_TO_BYTES`] is read in
/// two parts at once: the helper reads the second (from a line start near the middle) while this worker
/// reads the first, then its rows are joined here. When they cannot be joined exactly (the line start
/// was inside a quoted field, a column changed type in one part, the helper failed…), this worker reads
/// the second part itself: the table is always the one a single reader makes.
async fn parse_file(
    job: u32,
    file: &web_sys::File,
    options: &ImportOptions,
    importer: &mut Importer,
    progress: &js_sys::Function,
    clock: &mut PhaseClock,
) -> Result<(), JsValue> {
    let size = file.size();
    if size > SPLIT_UP_TO_BYTES {
        // Read here alone: the helper and the memory it made ready are not needed.
        kb_stop_helper();
    }
    let split = match (SPLIT_FROM_BYTES..=SPLIT_UP_TO_BYTES).contains(&size) {
        true => start_second_part(file, options).await,
        false => None,
    };
    let Some((start, part)) = split else {
        return parse_slices(job, file, importer, progress, clock, (0.0, size)).await;
    };
    let began = js_sys::Date::now();
    let first = parse_slices(job, file, importer, progress, clock, (0.0, start)).await;
    let joined = match first {
        Ok(()) => {
            clock.lap(None);
            // The helper reads less than this worker did: waiting longer than that twice over, and a few
            // seconds more, means it hangs, and this worker reads its part itself.
            let patience = 5000.0 + 2.0 * (js_sys::Date::now() - began);
            let joined = join_part(importer, kb_part_within(&part, patience), clock).await;
            clock.lap(Some(Phase::Join));
            clock.helper = kb_part_ms();
            clock.helper_steps = kb_part_timings();
            joined
        }
        Err(_) => false,
    };
    kb_renew_helper();
    first?;
    if joined {
        return Ok(());
    }
    parse_slices(job, file, importer, progress, clock, (start, size)).await
}

/// Finds the line start past [`FIRST_PART_SHARE`] of `file` where its second part begins and has the helper read
/// from there: that offset, and the helper's promise of the part's bytes.
async fn start_second_part(file: &web_sys::File, options: &ImportOptions) -> Option<(f64, js_sys::Promise)> {
    let near = (file.size() * FIRST_PART_SHARE).floor();
    let window = read_slice(file, near, (near + SPLIT_WINDOW_BYTES).min(file.size()))
        .await
        .ok()?;
    // Only files whose lines end with LF are read in parts (the helper refuses the others).
    let start = near + split_point(&window, b'\n')? as f64;
    let options = serde_json::to_string(options).ok()?;
    // No promise when the helper is busy with another file's part.
    let part = kb_parse_part(file, start, &options)
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    Some((start, part))
}

/// Waits for the helper's part and joins it to the rows read here; `false` when it cannot be.
async fn join_part(importer: &mut Importer, part: js_sys::Promise, clock: &mut PhaseClock) -> bool {
    let received = wasm_bindgen_futures::JsFuture::from(part).await;
    clock.lap(Some(Phase::Wait));
    let Ok(bytes) = received else {
        return false;
    };
    let Ok(bytes) = bytes.dyn_into::<js_sys::Uint8Array>() else {
        return false;
    };
    importer.absorb(&mut BrowserBytes { array: bytes, at: 0 })
}

/// The bytes of a part as the browser holds them, read a piece at a time straight into the columns that
/// take them (no copy of the whole part in this worker's memory first).
struct BrowserBytes {
    array: js_sys::Uint8Array,
    at: u32,
}

impl ingest::columns::RunSource for BrowserBytes {
    fn remaining(&self) -> usize {
        self.array.length().saturating_sub(self.at) as usize
    }

    fn read(&mut self, into: &mut [u8]) -> bool {
        let Some(end) = u32::try_from(into.len())
            .ok()
            .and_then(|n| self.at.checked_add(n))
        else {
            return false;
        };
        if end > self.array.length() {
            return false;
        }
        self.array.subarray(self.at, end).copy_to(into);
        self.at = end;
        true
    }
}

/// Reads bytes `start..` of `file` as the later part of a file read by another worker ([`Importer::part`],
/// deciding as that worker does from the file's first bytes), with the import settings `options` (JSON
/// of [`ImportOptions`]); calls `progress(bytes_read_to, rows_so_far)` after each slice. Resolves with
/// `{part, timings}`: the part's bytes ([`Importer::finish_part`]) and the helper's steps in milliseconds
/// (`decide`: the file's first bytes read and sniffed, `read`, `parse`, `answer`: the part finished and
/// written); rejects when the file cannot be read in parts.
#[wasm_bindgen(js_name = kbEnginePart)]
pub async fn engine_part(
    file: web_sys::File,
    start: f64,
    options: String,
    progress: js_sys::Function,
) -> Result<JsValue, JsValue> {
    let options: ImportOptions = serde_json::from_str(&options).unwrap_or_default();
    let size = file.size();
    let mut clock = PhaseClock::default();
    clock.lap(None);
    let head_end = (ingest::parse::SNIFF_BYTES as f64).min(size);
    let head = read_slice(&file, 0.0, head_end).await.map_err(|e| to_js(&e))?;
    let mut importer = Importer::part(&file.name(), options, &head, (size - start).max(0.0) as usize)
        .map_err(|e| to_js(&e.text()))?;
    drop(head);
    clock.lap(Some(Phase::Recognise));
    let parsed = parse_slices(
        PART_JOB,
        &file,
        &mut importer,
        &progress,
        &mut clock,
        (start, size),
    )
    .await;
    kb_stop_slice_reader();
    parsed?;
    clock.lap(None);
    let part = importer.finish_part().map_err(|e| to_js(&e.text()))?;
    let bytes = js_sys::Uint8Array::from(part.as_slice());
    drop(part);
    clock.lap(Some(Phase::Answer));
    let result = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&result, &JsValue::from_str("part"), &bytes);
    clock.attach_to(&result.clone().into());
    Ok(result.into())
}

/// Starts this worker's helper before the first large file (parse_worker.js calls it once ready).
#[wasm_bindgen(js_name = kbPrepareHelper)]
pub fn prepare_helper() {
    kb_start_helper();
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

/// Starts this worker's slice reader before the first file (parse_worker.js calls it once ready, in a
/// worker that reads files).
#[wasm_bindgen(js_name = kbPrepareReader)]
pub fn prepare_reader() {
    kb_start_slice_reader();
}

/// Pushes bytes `from..to` of `file` through `importer` slice by slice. The slices are read by the slice
/// reader (another thread, which takes the browser's many small copies of the bytes), [`READS_AHEAD`]
/// ahead of the one parsed; between slices the worker answers the page's other calls (a view, another
/// file, a cancel). Progress counts what the helper has read too.
async fn parse_slices(
    job: u32,
    file: &web_sys::File,
    importer: &mut Importer,
    progress: &js_sys::Function,
    clock: &mut PhaseClock,
    (from, size): (f64, f64),
) -> Result<(), JsValue> {
    let mut next_start = from;
    let mut read_ahead = |reads: &mut std::collections::VecDeque<(f64, SliceRead)>| {
        while reads.len() < READS_AHEAD && next_start < size {
            let end = (next_start + SLICE_BYTES).min(size);
            reads.push_back((end, SliceRead::of(kb_read_slice(file, next_start, end), file)));
            next_start = end;
        }
    };
    let mut reads = std::collections::VecDeque::new();
    read_ahead(&mut reads);
    while let Some((end, read)) = reads.pop_front() {
        clock.lap(None);
        let slice = read.bytes().await.map_err(|e| to_js(&e))?;
        clock.lap(Some(Phase::Read));
        if is_cancelled(job) {
            return Err(cancelled(&file.name()));
        }
        read_ahead(&mut reads);
        // In pieces that stay in the processor's cache while they are parsed.
        for piece in slice.chunks(PUSH_BYTES) {
            importer.push(piece).map_err(|e| to_js(&e.text()))?;
        }
        drop(slice);
        clock.lap(Some(Phase::Parse));
        let _ = progress.call2(
            &JsValue::NULL,
            &JsValue::from_f64(end + kb_part_bytes()),
            &JsValue::from_f64(importer.rows_so_far() as f64 + kb_part_rows()),
        );
        // No yield of its own here: waiting for the next slice (delivered by a message) lets the
        // worker's event loop turn, and the page's calls (a view, another file, a cancel) with it.
    }
    Ok(())
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

/// The steps of the worker's work, timed for the browser benchmark.
#[derive(Clone, Copy)]
enum Phase {
    Read,
    Parse,
    Recognise,
    Index,
    /// Keeping the file (its preview made, a saved mapping applied).
    Keep,
    /// The answer for the page's view computed and written.
    Answer,
    /// Joining the helper's part of the file to the rows read here.
    Join,
    /// Waiting for the helper's part of the file.
    Wait,
    /// The columns finished into the table and its report ([`Importer::finish`]).
    Finish,
}

/// Milliseconds spent in each [`Phase`], measured between laps.
#[derive(Default)]
struct PhaseClock {
    last: f64,
    spent: [f64; 9],
    /// Milliseconds from asking the helper for its part of the file to getting it (0 without a helper).
    helper: f64,
    /// The helper's own steps on its part (an object of milliseconds; undefined without a helper).
    helper_steps: JsValue,
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
    fn attach_to(&self, result: &JsValue) {
        let timings = js_sys::Object::new();
        for (name, ms) in [
            "read",
            "parse",
            "recognise",
            "index",
            "keep",
            "answer",
            "join",
            "wait",
            "finish",
        ]
        .iter()
        .zip(self.spent)
        {
            let _ = js_sys::Reflect::set(&timings, &JsValue::from_str(name), &JsValue::from_f64(ms));
        }
        let _ = js_sys::Reflect::set(
            &timings,
            &JsValue::from_str("helper"),
            &JsValue::from_f64(self.helper),
        );
        if let Some(steps) = self.helper_steps.dyn_ref::<js_sys::Object>() {
            for entry in js_sys::Object::entries(steps).iter() {
                let pair = js_sys::Array::from(&entry);
                let name = format!("helper-{}", pair.get(0).as_string().unwrap_or_default());
                let _ = js_sys::Reflect::set(&timings, &JsValue::from_str(&name), &pair.get(1));
            }
        }
        let _ = js_sys::Reflect::set(result, &JsValue::from_str("timings"), &timings);
        let _ = js_sys::Reflect::set(
            result,
            &JsValue::from_str("memory"),
            &JsValue::from_f64(memory_bytes()),
        );
    }
}

/// The size of this worker's WebAssembly memory (it never shrinks: the most it ever held).
fn memory_bytes() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        (core::arch::wasm32::memory_size(0) * 65536) as f64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
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

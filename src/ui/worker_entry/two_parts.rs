//! A large file read in two parts at once: this worker reads the first, its helper (another worker
//! running the same core) the second, from a line start near the middle; the helper's rows are then
//! joined here, or, when they cannot be joined exactly, read here after all.

use super::phase_clock::{Phase, PhaseClock};
use super::slices::{kb_stop_slice_reader, parse_slices};
use super::to_js;
use crate::core::ingest::{self, split_point, ImportOptions, Importer};
use crate::ui::browser::read_slice;
use wasm_bindgen::prelude::*;

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
    pub(super) fn kb_part_bytes() -> f64;
    #[wasm_bindgen(js_name = kbPartRows)]
    pub(super) fn kb_part_rows() -> f64;
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

/// Pushes `file` through `importer`. A file of [`SPLIT_FROM_BYTES`] to [`SPLIT_UP_TO_BYTES`] is read in
/// two parts at once: the helper reads the second (from a line start near the middle) while this worker
/// reads the first, then its rows are joined here. When they cannot be joined exactly (the line start
/// was inside a quoted field, a column changed type in one part, the helper failed…), this worker reads
/// the second part itself: the table is always the one a single reader makes.
pub(super) async fn parse_file(
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

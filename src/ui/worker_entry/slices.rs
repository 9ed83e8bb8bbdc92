//! Reading a file slice by slice in the worker: the slices come from the slice reader (another thread)
//! a few ahead of the one being parsed, so the text never exists whole.

use super::phase_clock::{Phase, PhaseClock};
use super::two_parts::{kb_part_bytes, kb_part_rows};
use super::{cancelled, is_cancelled, to_js};
use crate::core::ingest::Importer;
use crate::ui::browser::SliceRead;
use wasm_bindgen::prelude::*;

/// Bytes read per slice in the worker: the text never exists whole, only one slice at a time.
const SLICE_BYTES: f64 = 4.0 * 1024.0 * 1024.0;

/// Bytes handed to the importer at once.
const PUSH_BYTES: usize = 1024 * 1024;

/// Slices being read ahead while one is parsed.
const READS_AHEAD: usize = 2;

#[wasm_bindgen(module = "/src/ui/slice_reader_client.js")]
extern "C" {
    #[wasm_bindgen(js_name = kbReadSlice)]
    fn kb_read_slice(file: &web_sys::File, start: f64, end: f64) -> js_sys::Promise;
    #[wasm_bindgen(js_name = kbStopSliceReader)]
    pub(super) fn kb_stop_slice_reader();
    #[wasm_bindgen(js_name = kbStartSliceReader)]
    fn kb_start_slice_reader();
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
pub(super) async fn parse_slices(
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

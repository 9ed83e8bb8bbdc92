//! Memory made ready while the page is idle. A parsing worker writes its first file's rows into memory
//! the browser has never touched, and every 4 KiB of that costs the system a page fault (on these
//! machines about 5 µs each: some 200 ms of the 160 MB a 1M-row file takes). Before any file, a worker
//! that reads files takes memory from its allocator step by step and touches each page of it, then
//! gives it all back to the allocator: the WebAssembly memory never shrinks, so the file's rows are
//! then written into pages that are already there.

use std::cell::{Cell, RefCell};

/// Bytes taken per step (a step takes a few milliseconds, so that a file picked meanwhile waits
/// no longer than that).
const STEP_BYTES: usize = 4 * 1024 * 1024;

/// The system's page size: one byte written per page touches it.
const PAGE_BYTES: usize = 4096;

thread_local! {
    /// The memory taken so far, held until the reserve is complete (or a file comes first).
    static HELD: RefCell<Vec<Vec<u8>>> = const { RefCell::new(Vec::new()) };
    /// Whether the reserve is complete or was given up (a file came): no more steps then.
    static DONE: Cell<bool> = const { Cell::new(false) };
}

/// Takes and touches one more step of memory, until `total_bytes` are held; then gives it all back to
/// the allocator. Returns whether more steps are wanted.
pub fn step(total_bytes: usize) -> bool {
    if DONE.with(Cell::get) {
        return false;
    }
    let held = HELD.with(|h| {
        let mut held = h.borrow_mut();
        let mut block = vec![0u8; STEP_BYTES];
        for page in block.iter_mut().step_by(PAGE_BYTES) {
            *page = 1;
        }
        held.push(std::hint::black_box(block));
        held.len() * STEP_BYTES
    });
    if held >= total_bytes {
        release();
        return false;
    }
    true
}

/// Gives the memory held back to the allocator (its pages stay touched) and takes no more: a file is
/// read now, or the reserve is complete.
pub fn release() {
    DONE.with(|d| d.set(true));
    drop(HELD.with(RefCell::take));
}

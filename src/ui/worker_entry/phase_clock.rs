//! The worker's steps timed for the browser benchmark (handed to the page as User Timing measures).

use wasm_bindgen::prelude::*;

/// The steps of the worker's work, timed for the browser benchmark.
#[derive(Clone, Copy)]
pub(super) enum Phase {
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
pub(super) struct PhaseClock {
    last: f64,
    spent: [f64; 9],
    /// Milliseconds from asking the helper for its part of the file to getting it (0 without a helper).
    pub(super) helper: f64,
    /// The helper's own steps on its part (an object of milliseconds; undefined without a helper).
    pub(super) helper_steps: JsValue,
}

impl PhaseClock {
    /// Ends a lap: the time since the previous lap goes to `phase` (or nowhere).
    pub(super) fn lap(&mut self, phase: Option<Phase>) {
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
    pub(super) fn attach_to(&self, result: &JsValue) {
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

// The parsing worker's helper: a second parsing worker (this same script and wasm module, started by this
// worker) that reads the later part of a large file while this worker reads its start, each on a core of
// its own. It speaks parse_worker.js's messages: "init" (with part: true, so that it starts no helper of
// its own), then one call of op "part". It is started with this worker (parse_worker.js's launchHelper),
// reads one part, then is stopped and started again (kbRenewHelper): its memory held that part's rows.
let helper = null;

// Starts the helper, unless there is one (or no worker can start here): the one parse_worker.js started
// with this worker, if it is there, or a new one.
export function kbStartHelper() {
  if (helper !== null || typeof Worker === "undefined" || !self.kbLaunchHelper) {
    return;
  }
  const launched = self.kbEarlyHelper || self.kbLaunchHelper();
  self.kbEarlyHelper = null;
  if (!launched) {
    return;
  }
  const { worker } = launched;
  const entry = { worker, start: 0, bytes: 0, rows: 0, call: null, failed: false, asked: 0, ms: 0 };
  const fail = (message) => {
    entry.failed = true;
    if (entry.call) {
      entry.call.reject(String(message));
      entry.call = null;
    }
  };
  const hear = (message) => {
    if (message.type === "progress") {
      entry.bytes = Math.max(0, message.bytes - entry.start);
      entry.rows = message.rows;
    } else if (message.type === "result" && entry.call) {
      entry.ms = performance.now() - entry.asked;
      entry.timings = { ...((message.value && message.value.timings) || {}), call: message.ms };
      entry.call.resolve(message.value && message.value.part);
      entry.call = null;
    } else if (message.type === "error" || message.type === "crashed" || message.type === "unavailable") {
      fail(message.message);
    }
  };
  worker.onmessage = (event) => hear(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    fail(event.message || "the helper stopped");
  };
  launched.messages.forEach(hear);
  helper = entry;
}

// Has the helper read bytes `start..` of `file` as a later part (the core's Importer::part, with the
// import settings `options`, JSON): a promise of the part's bytes (a Uint8Array), which rejects when the
// helper cannot read it; null when there is no helper free (it reads another file's part), and then the
// caller reads the whole file itself. The caller that got a promise renews the helper once done with it.
export function kbParsePart(file, start, options) {
  if (helper !== null && helper.failed && helper.call === null) {
    kbRenewHelper();
  }
  kbStartHelper();
  const entry = helper;
  if (entry === null || entry.failed || entry.call !== null) {
    return null;
  }
  entry.start = start;
  entry.asked = performance.now();
  const part = new Promise((resolve, reject) => {
    entry.call = { resolve, reject };
    entry.worker.postMessage({ type: "call", id: 1, op: "part", args: { file, start, options } });
  });
  // A failure before the parsing worker waits for the part is not an unhandled rejection: it reads that
  // part itself when it finds the promise rejected.
  part.catch(() => {});
  return part;
}

// `part` (a promise from kbParsePart), or a rejection once `ms` milliseconds have passed without it: a
// helper that hangs never holds the file up (it is then stopped, and the file read without it).
export function kbPartWithin(part, ms) {
  return Promise.race([part, new Promise((resolve, reject) => setTimeout(() => reject("the helper took too long"), ms))]);
}

// Bytes of its part the helper has read so far.
export function kbPartBytes() {
  return helper === null ? 0 : helper.bytes;
}

// Data rows of its part the helper has read so far.
export function kbPartRows() {
  return helper === null ? 0 : helper.rows;
}

// Milliseconds from asking the helper for its part to getting it (0 before).
export function kbPartMs() {
  return helper === null ? 0 : helper.ms;
}

// The helper's steps on its part, in milliseconds ({recognise: deciding, read, parse, answer: writing the
// part}), or null.
export function kbPartTimings() {
  return helper === null ? null : helper.timings || null;
}

// Stops the helper without starting another (a file too large to be read in parts is read now: the
// helper's idle memory would only add to the tab's); the next file read in parts starts a new one.
export function kbStopHelper() {
  if (helper !== null && helper.call === null) {
    helper.failed = true;
    helper.worker.terminate();
    helper = null;
  }
  if (self.kbEarlyHelper) {
    self.kbEarlyHelper.worker.terminate();
    self.kbEarlyHelper = null;
  }
}

// Milliseconds after a part before the next helper starts: not while this worker finishes the file and
// the page shows it (starting a worker takes processor time from both), unless a file asks for it first.
const RESTART_AFTER_MS = 1500;

// Stops the helper (its part is read, or no longer wanted: its memory goes back at once) and starts a
// fresh one for the next file a moment later.
export function kbRenewHelper() {
  if (helper !== null) {
    helper.failed = true;
    helper.call = null;
    helper.worker.terminate();
  }
  helper = null;
  setTimeout(kbStartHelper, RESTART_AFTER_MS);
}

// Starts one parsing worker per file (so files parse in parallel and a cancel is a terminate) and
// turns its messages into a promise. The worker runs the page's own wasm module, compiled once by the page
// and handed over; nothing is fetched from anywhere but the page's own files.
const jobs = new Map();

function pageFiles() {
  const wasm = document.querySelector('link[rel="preload"][type="application/wasm"]');
  if (!wasm) {
    return null;
  }
  const bindings = wasm.href.replace(/_bg\.wasm$/, ".js");
  const worker = new URL("parse_worker.js", document.baseURI).href;
  return { wasm: wasm.href, bindings, worker };
}

// The page's wasm compiled once (off the main thread, from the HTTP cache) and shared with every worker,
// so a worker instantiates it instead of compiling it again; undefined when the browser cannot, and the
// worker then loads it by its URL.
let compiled = null;
function compiledModule(url) {
  if (compiled === null) {
    const compile = () => fetch(url).then((r) => r.arrayBuffer()).then((bytes) => WebAssembly.compile(bytes));
    const streaming = WebAssembly.compileStreaming ? WebAssembly.compileStreaming(fetch(url)) : Promise.reject();
    compiled = streaming.catch(compile).catch(() => undefined);
  }
  return compiled;
}

// A new parsing worker with the page's files: {worker, files}, or {error} when none can start here.
function launchWorker() {
  const files = pageFiles();
  if (typeof Worker === "undefined" || files === null) {
    return { error: "no worker" };
  }
  try {
    return { worker: new Worker(files.worker, { type: "module" }), files };
  } catch (error) {
    return { error: String(error) };
  }
}

// Hands the worker the page's compiled wasm (or its URL when the module cannot be posted), then `job`
// (none: the worker only gets ready).
function startWorker(worker, files, job) {
  compiledModule(files.wasm).then((module) => {
    const init = { type: "init", bindings: files.bindings, wasm: files.wasm };
    try {
      worker.postMessage({ ...init, module });
    } catch (error) {
      worker.postMessage(init);
    }
    if (job) {
      worker.postMessage(job);
    }
  });
}

// A parsing worker started and made ready after the warm-up, for the next file: {worker, ready} or null.
// Once ready, the User Timing mark "kb-worker-ready" says so.
let spare = null;

// Starts the spare worker (unless there is one, or a file is being read already).
function startSpare() {
  if (spare !== null || jobs.size > 0) {
    return;
  }
  const { worker, files } = launchWorker();
  if (!worker) {
    return;
  }
  const entry = { worker, ready: false };
  const drop = () => {
    if (spare === entry) {
      spare = null;
    }
    worker.terminate();
  };
  worker.onmessage = (event) => {
    if (event.data.type === "ready") {
      entry.ready = true;
      try {
        performance.mark("kb-worker-ready");
      } catch (error) {
        // Timing is informative only.
      }
    } else {
      drop();
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    drop();
  };
  spare = entry;
  startWorker(worker, files, null);
}

// The spare worker when it is ready (then no longer spare); null otherwise (one still starting is
// stopped: the file gets a worker of its own).
function takeSpare() {
  const entry = spare;
  spare = null;
  if (entry === null) {
    return null;
  }
  if (!entry.ready) {
    entry.worker.terminate();
    return null;
  }
  return entry.worker;
}

// The worker's time reading, parsing and encoding, as User Timing measures ending now (seen in the
// browser's performance tools and read by the browser benchmark).
function recordTimings(timings) {
  if (!timings || typeof performance === "undefined" || !performance.measure) {
    return;
  }
  const end = performance.now();
  for (const [step, ms] of Object.entries(timings)) {
    try {
      performance.measure(`kb-worker-${step}`, { start: Math.max(0, end - ms), end });
    } catch (error) {
      // Timing is informative only.
    }
  }
}

// Resolves with the encoded import (Uint8Array); rejects with {kind, message}, kind being
// "unavailable" (no worker here: parse on the page instead), "failed" (the file) or "cancelled".
export function kbParseInWorker(job, file, options, onProgress) {
  // A file to read comes first: a warm-up still running would only compete with it for the processor.
  stopWarmUp();
  return new Promise((resolve, reject) => {
    // The worker kept ready after the warm-up, if any, skips starting one (about 0.2 s).
    let worker = takeSpare();
    const warm = worker !== null;
    let files = null;
    if (!warm) {
      const launched = launchWorker();
      if (!launched.worker) {
        reject({ kind: "unavailable", message: launched.error });
        return;
      }
      ({ worker, files } = launched);
    }
    const finish = (settle, value) => {
      jobs.delete(job);
      worker.terminate();
      settle(value);
    };
    let started = warm;
    jobs.set(job, () => finish(reject, { kind: "cancelled", message: "cancelled" }));
    worker.onerror = (event) => {
      event.preventDefault();
      const kind = started ? "failed" : "unavailable";
      finish(reject, { kind, message: event.message || "the parsing worker stopped" });
    };
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.type === "ready") {
        started = true;
      } else if (message.type === "unavailable") {
        finish(reject, { kind: "unavailable", message: message.message });
      } else if (message.type === "progress") {
        onProgress(message.bytes, message.rows);
      } else if (message.type === "done") {
        recordTimings(message.timings);
        finish(resolve, new Uint8Array(message.buffer));
      } else if (message.type === "error") {
        finish(reject, { kind: "failed", message: message.message });
      }
    };
    const parse = { type: "parse", file, options };
    if (warm) {
      worker.postMessage(parse);
    } else {
      startWorker(worker, files, parse);
    }
  });
}

// Stops the worker of a job (the file was removed while it was being read).
export function kbCancelParse(job) {
  const cancel = jobs.get(job);
  if (cancel) {
    cancel();
  }
}

// Runs the pipeline once on small data in a worker of its own while the page is idle (see the core's
// warm_up module): the browser then optimises the hot code, shared by the page and every parsing worker,
// before the user's first file. Resolves when done (at once when no worker can run or a file is already
// being read); the worker is then stopped, and a fresh one is made ready for the first file. Recorded as
// the User Timing measure "kb-warm-up".
export function kbWarmUp() {
  return new Promise((resolve) => {
    // A file already being read (restored from this device, or picked at once) needs no warm-up.
    const { worker, files } = jobs.size > 0 ? {} : launchWorker();
    if (!worker) {
      resolve(false);
      return;
    }
    const start = typeof performance !== "undefined" ? performance.now() : 0;
    const finish = (done) => {
      if (warming === finish) {
        warming = null;
      }
      worker.terminate();
      try {
        performance.measure(done ? "kb-warm-up" : "kb-warm-up-stopped", { start, end: performance.now() });
      } catch (error) {
        // Timing is informative only.
      }
      if (done) {
        startSpare();
      }
      resolve(done);
    };
    warming = finish;
    worker.onerror = (event) => {
      event.preventDefault();
      finish(false);
    };
    worker.onmessage = (event) => {
      const type = event.data.type;
      if (type === "warm") {
        finish(true);
      } else if (type === "unavailable" || type === "error") {
        finish(false);
      }
    };
    startWorker(worker, files, { type: "warm-up" });
  });
}

// Stops the warm-up worker while it runs (null otherwise).
let warming = null;

function stopWarmUp() {
  if (warming !== null) {
    warming(false);
  }
}

// Resolves after the other tasks waiting in this thread's event loop had their turn (a message to
// itself: unlike a zero timeout, never held back by the browser). The parsing worker yields so between
// pieces of a slice, letting the browser go on delivering the next slice, read meanwhile.
export function kbYield() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

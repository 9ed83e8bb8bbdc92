// Starts the parsing worker that reads the files and keeps them (the engine), and turns calls to it into
// promises. The worker runs the page's own wasm module, compiled once by the page and handed over;
// nothing is fetched from anywhere but the page's own files.
function pageFiles() {
  const wasm = document.querySelector('link[rel="preload"][type="application/wasm"]');
  if (!wasm) {
    return null;
  }
  const bindings = wasm.href.replace(/_bg\.wasm$/, ".js");
  const worker = new URL("parse_worker.js", document.baseURI).href;
  return { wasm: wasm.href, bindings, worker };
}

// The page's wasm module, shared with every worker, so that a worker instantiates it instead of compiling
// it again, and the page and its workers run the same compiled (and, once warm, optimised) code. It is
// the page's own module when the page handed it over (see kbUseModule); otherwise the page's wasm is
// compiled once more (off the main thread, from the HTTP cache); undefined when the browser cannot, and
// the worker then loads it by its URL.
let compiled = null;

// Hands over the module the page itself runs (a WebAssembly.Module), for the workers.
export function kbUseModule(module) {
  if (compiled === null && typeof WebAssembly !== "undefined" && module instanceof WebAssembly.Module) {
    compiled = Promise.resolve(module);
  }
}

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
  return compiledModule(files.wasm).then((module) => {
    // A worker that only warms up needs no helper (see part_client.js).
    const helper = !(job && job.type === "warm-up");
    const init = { type: "init", bindings: files.bindings, wasm: files.wasm, helper };
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

// A parsing worker started and made ready during the warm-up, for the next file: {worker, ready,
// handedOver} (handedOver: resolves once its module was posted to it), or null. Once ready, the User
// Timing mark "kb-worker-ready" says so.
let spare = null;

// Starts the spare worker (unless there is one, or the engine runs already).
function startSpare() {
  if (spare !== null || engine !== null) {
    return;
  }
  const { worker, files } = launchWorker();
  if (!worker) {
    return;
  }
  const entry = { worker, ready: false, handedOver: null };
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
  entry.handedOver = startWorker(worker, files, null);
}

// The spare worker (then no longer spare), ready or still starting: one still instantiating its module
// is further along than a new one, and the calls posted after its module wait for it in order.
function takeSpare() {
  const entry = spare;
  spare = null;
  return entry;
}

// The size of the worker's WebAssembly memory once a file is kept, as the User Timing mark
// "kb-worker-memory" (its detail, in bytes; read by the browser benchmark).
function recordMemory(bytes) {
  if (typeof bytes !== "number" || typeof performance === "undefined" || !performance.mark) {
    return;
  }
  try {
    performance.mark("kb-worker-memory", { detail: bytes });
  } catch (error) {
    // Timing is informative only.
  }
}

// The worker's time on a call (`call-<op>`) and its steps (reading, parsing…), as User Timing measures ending now (seen in the
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

// The engine: {worker, calls, queue, posted} once a call was made, null before (or after it was stopped
// or crashed), "unavailable" once the browser refused to start it (the page then reads files itself).
let engine = null;
let nextCall = 1;
// Called with a description when the engine stops unexpectedly (its files are then lost).
let onCrash = null;

// Registers the page's handler of an engine crash.
export function kbEngineOnCrash(callback) {
  onCrash = callback;
}

// Every pending call of `entry` rejected with {kind, message}; the engine is then gone ("unavailable":
// for good, the page reads files itself).
function fail(entry, kind, message) {
  if (engine !== entry) {
    return;
  }
  engine = kind === "unavailable" ? "unavailable" : null;
  entry.worker.terminate();
  for (const call of entry.calls.values()) {
    call.reject({ kind, message });
  }
  entry.calls.clear();
  if (kind !== "unavailable" && onCrash) {
    onCrash(message);
  }
}

// The engine, started (from the spare worker kept ready, if any) on the first call.
function engineWorker() {
  if (engine !== null) {
    return engine;
  }
  // A file to read comes first: a warm-up still running would only compete with it for the processor.
  stopWarmUp();
  const taken = takeSpare();
  let worker = taken && taken.worker;
  let files = null;
  if (!taken) {
    const launched = launchWorker();
    if (!launched.worker) {
      engine = "unavailable";
      return engine;
    }
    ({ worker, files } = launched);
  }
  const ready = taken !== null && taken.ready;
  const entry = { worker, started: ready, calls: new Map(), queue: [], posted: ready };
  worker.onerror = (event) => {
    event.preventDefault();
    fail(entry, entry.started ? "failed" : "unavailable", event.message || "the parsing worker stopped");
  };
  worker.onmessage = (event) => {
    const message = event.data;
    const call = entry.calls.get(message.id);
    if (message.type === "ready") {
      entry.started = true;
    } else if (message.type === "unavailable") {
      fail(entry, "unavailable", message.message);
    } else if (message.type === "crashed") {
      fail(entry, "failed", message.message);
    } else if (message.type === "progress") {
      if (call && call.progress) {
        call.progress(message.bytes, message.rows);
      }
    } else if (message.type === "result" || message.type === "error") {
      entry.calls.delete(message.id);
      if (call && message.type === "result") {
        recordTimings({ ...(message.value && message.value.timings), [`call-${call.op}`]: message.ms });
        recordMemory(message.value && message.value.memory);
        call.resolve(message.value);
      } else if (call) {
        call.reject({ kind: "failed", message: message.message });
      }
    }
  };
  engine = entry;
  if (!ready) {
    // Calls made before the worker got its module wait for it, in order.
    (taken ? taken.handedOver : startWorker(worker, files, null)).then(() => {
      entry.posted = true;
      for (const message of entry.queue) {
        worker.postMessage(message);
      }
      entry.queue = [];
    });
  }
  return entry;
}

// Calls `op` of the engine with `args`; `progress(bytes, rows)` hears a parse's progress. Resolves
// with the result; rejects with {kind, message}, kind being "unavailable" (no worker here: the page
// does the work itself) or "failed".
export function kbEngineCall(op, args, progress) {
  return new Promise((resolve, reject) => {
    const entry = engineWorker();
    if (entry === "unavailable") {
      reject({ kind: "unavailable", message: "no worker" });
      return;
    }
    const id = nextCall++;
    entry.calls.set(id, { op, resolve, reject, progress });
    const message = { type: "call", id, op, args };
    if (entry.posted) {
      entry.worker.postMessage(message);
    } else {
      entry.queue.push(message);
    }
  });
}

// Stops the engine (no file is left: its memory goes back to the system); the next call starts one.
export function kbEngineStop() {
  if (engine !== null && engine !== "unavailable") {
    const entry = engine;
    engine = null;
    entry.worker.terminate();
    for (const call of entry.calls.values()) {
      call.reject({ kind: "failed", message: "stopped" });
    }
  }
}

// Runs the pipeline once on small data in a worker of its own while the page is idle (see the core's
// warm_up module): the browser then optimises the hot code, shared by the page and every parsing worker,
// before the user's first file. Resolves when done (at once when no worker can run or a file is already
// being read); the worker is then stopped. A fresh one, started once the warm-up worker has its module,
// is kept ready for the first file. Recorded as the User Timing measure "kb-warm-up".
export function kbWarmUp() {
  return new Promise((resolve) => {
    // A file already being read (restored from this device, or picked at once) needs no warm-up.
    const { worker, files } = engine !== null ? {} : launchWorker();
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
      if (type === "ready") {
        // The worker for the first file starts while the warm-up runs, so that it (and its helper) are
        // ready when the warm-up ends: instantiating the module costs tens of milliseconds.
        startSpare();
      } else if (type === "warm") {
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
// the files of one call.
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

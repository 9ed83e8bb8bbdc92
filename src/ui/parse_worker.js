// kpiboard's parsing worker: runs the page's own wasm (the same core) off the main thread and keeps the
// loaded files there, so that reading a large export never freezes the page and its data never has to
// be copied to the page. Messages in: {type: "init", module, bindings, wasm, helper, part}, then
// {type: "warm-up"} or calls {type: "call", id, op, args} (op: "view", "parse", "sample", "remap",
// "remove", "clear", and "part" in a helper). With `helper`, the worker starts its own helper once ready: a
// second parsing worker that reads the later part of a large file at the same time (see part_client.js);
// `part` marks that helper. Both start their slice reader once ready, before any file.
// Messages out: {type: "ready"} or {type: "unavailable", message}; {type: "warm", rows};
// {type: "progress", id, bytes, rows}; {type: "result", id, value, ms} or {type: "error", id, message};
// {type: "crashed", message} when the WebAssembly code failed (the page then stops this worker).
let ready = null;

// MiB of memory touched while idle, for the first file: the parsing worker keeps the file's rows (160
// MB for a million orders), a helper only its part's until it hands them over.
const RESERVE_MIB = 160;
const HELPER_RESERVE_MIB = 64;

// Touches the idle memory reserve step by step, one step per turn of this worker's event loop, until
// it is complete or a call came (each call releases it first: see memory_reserve.rs).
async function reserveMemory(bindings, mib) {
  while (bindings.kbReserveMemory && bindings.kbReserveMemory(mib)) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

// Starts a helper: this same script (named apart by its query, so that tools can tell it from its parent)
// given the same module, marked `part`. The messages it sends before part_client.js takes it over are
// kept for it: {worker, messages}, or null when no worker can start here.
function launchHelper() {
  const init = self.kbWorkerInit;
  try {
    const worker = new Worker(new URL("parse_worker.js?helper", self.location.href), { type: "module" });
    const launched = { worker, messages: [] };
    worker.onmessage = (event) => launched.messages.push(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      launched.messages.push({ type: "unavailable", message: event.message || "the helper stopped" });
    };
    const message = { type: "init", bindings: init.bindings, wasm: init.wasm, helper: false, part: true };
    try {
      worker.postMessage({ ...message, module: init.module });
    } catch (error) {
      worker.postMessage(message);
    }
    return launched;
  } catch (error) {
    return null;
  }
}

function start(message) {
  // What a helper needs to start the same way (used by launchHelper, called by part_client.js).
  self.kbWorkerInit = { module: message.module, bindings: message.bindings, wasm: message.wasm };
  self.kbLaunchHelper = launchHelper;
  if (message.helper) {
    // At once, so that the helper instantiates its module while this worker does.
    self.kbEarlyHelper = launchHelper();
  }
  return import(message.bindings).then(async (bindings) => {
    await bindings.default({ module_or_path: message.module || message.wasm });
    if ((message.helper || message.part) && bindings.kbPrepareReader) {
      bindings.kbPrepareReader();
    }
    if (message.helper && bindings.kbPrepareHelper) {
      bindings.kbPrepareHelper();
    }
    if (message.helper || message.part) {
      reserveMemory(bindings, message.part ? HELPER_RESERVE_MIB : RESERVE_MIB);
    }
    return bindings;
  });
}

// Runs one call; a parse or the sample resolves later, while other calls go on.
function call(bindings, { id, op, args }) {
  switch (op) {
    case "view":
      return bindings.kbEngineView(args.view);
    case "parse": {
      const progress = (bytes, rows) => self.postMessage({ type: "progress", id, bytes, rows });
      return bindings.kbEngineParse(args.job, args.file, args.options, args.mappings, args.view, progress);
    }
    case "part": {
      const progress = (bytes, rows) => self.postMessage({ type: "progress", id, bytes, rows });
      return bindings.kbEnginePart(args.file, args.start, args.options, progress);
    }
    case "sample":
      return bindings.kbEngineSample(Uint32Array.from(args.jobs), args.names, args.options, args.view);
    case "remap":
      return bindings.kbEngineRemap(args.job, args.remap, args.view);
    case "remove":
      return bindings.kbEngineRemove(args.job, args.view);
    case "clear":
      return bindings.kbEngineClear();
    default:
      throw new Error(`unknown call ${op}`);
  }
}

// The buffers of the byte arrays in a call's result (an answer, previews), handed over to the page
// rather than copied. Only an array that is its whole buffer is handed over (never a view into the
// WebAssembly memory, which would be taken away from the worker), and each buffer once.
function buffersOf(value) {
  const parts = value instanceof Uint8Array ? [value]
    : value !== null && typeof value === "object"
      ? [value.answer, value.view, value.part, ...(Array.isArray(value.views) ? value.views : [])]
      : [];
  const whole = parts.filter((part) => part instanceof Uint8Array && part.byteOffset === 0
    && part.byteLength === part.buffer.byteLength);
  return [...new Set(whole.map((part) => part.buffer))];
}

self.onmessage = async (event) => {
  const message = event.data;
  if (message.type === "init") {
    ready = start(message);
    ready.then(
      () => self.postMessage({ type: "ready" }),
      (error) => self.postMessage({ type: "unavailable", message: String(error) }),
    );
    return;
  }
  if ((message.type !== "call" && message.type !== "warm-up") || ready === null) {
    return;
  }
  let bindings;
  try {
    bindings = await ready;
  } catch (error) {
    return;
  }
  if (message.type === "warm-up") {
    try {
      self.postMessage({ type: "warm", rows: bindings.kbWarmUp() });
    } catch (error) {
      self.postMessage({ type: "error", message: String(error) });
    }
    return;
  }
  if (bindings.kbReleaseMemory) {
    bindings.kbReleaseMemory();
  }
  try {
    const started = performance.now();
    const value = await call(bindings, message);
    const ms = performance.now() - started;
    self.postMessage({ type: "result", id: message.id, value: value === undefined ? null : value, ms }, buffersOf(value));
  } catch (error) {
    if (typeof error === "string") {
      // The core's message for the user.
      self.postMessage({ type: "error", id: message.id, message: error });
    } else {
      // A crash of the WebAssembly code: its state can no longer be trusted, nor the files it holds.
      self.postMessage({ type: "crashed", message: String(error) });
    }
  }
};

// kpiboard's parsing worker: runs the page's own wasm (the same core) off the main thread and keeps the
// loaded files there, so that reading a large export never freezes the page and its data never has to
// be copied to the page. Messages in: {type: "init", module, bindings, wasm, helper}, then {type: "warm-up"}
// or calls {type: "call", id, op, args} (op: "view", "parse", "sample", "remap", "remove", "clear", and
// "part" in a helper). With `helper`, the worker starts its own helper once ready: a second parsing worker
// that reads the later part of a large file at the same time (see part_client.js).
// Messages out: {type: "ready"} or {type: "unavailable", message}; {type: "warm", rows};
// {type: "progress", id, bytes, rows}; {type: "result", id, value, ms} or {type: "error", id, message};
// {type: "crashed", message} when the WebAssembly code failed (the page then stops this worker).
let ready = null;

function start(message) {
  // What a helper needs to start the same way (read by part_client.js).
  self.kbWorkerInit = { module: message.module, bindings: message.bindings, wasm: message.wasm };
  return import(message.bindings).then(async (bindings) => {
    await bindings.default({ module_or_path: message.module || message.wasm });
    if (message.helper && bindings.kbPrepareHelper) {
      bindings.kbPrepareHelper();
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

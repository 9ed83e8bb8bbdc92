// kpiboard's parsing worker: runs the page's own wasm (the same core) off the main thread, so that
// reading a large export never freezes the page. Messages in: {type: "init", module, bindings, wasm}
// then {type: "parse", file, options} or {type: "warm-up"}. Messages out: {type: "progress", bytes, rows},
// {type: "done", buffer, timings} (transferred), {type: "warm", rows} or {type: "error", message}.
let ready = null;

function start(message) {
  return import(message.bindings).then(async (bindings) => {
    await bindings.default({ module_or_path: message.module || message.wasm });
    return bindings;
  });
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
  if ((message.type !== "parse" && message.type !== "warm-up") || ready === null) {
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
    const progress = (bytes, rows) => self.postMessage({ type: "progress", bytes, rows });
    const bytes = await bindings.kbWorkerParse(message.file, message.options, progress);
    self.postMessage({ type: "done", buffer: bytes.buffer, timings: bytes.kbTimings }, [bytes.buffer]);
  } catch (error) {
    // A string is the core's message for the user; anything else is a crash, described by the page.
    self.postMessage({ type: "error", message: typeof error === "string" ? error : String(error) });
  }
};

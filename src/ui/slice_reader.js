// kpiboard's slice reader: a small worker started by the parsing worker, so that the browser's delivery of
// a file's bytes (many small copies) runs on a thread of its own while the parsing worker parses the
// previous slice. Message in: {id, file, start, end}; out: {id, buffer} (transferred) or {id, error}.
self.onmessage = async (event) => {
  const { id, file, start, end } = event.data;
  try {
    const buffer = await file.slice(start, end).arrayBuffer();
    self.postMessage({ id, buffer }, [buffer]);
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};

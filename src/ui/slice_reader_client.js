// The parsing worker's side of the slice reader (slice_reader.js): reads parts of a file on another
// thread and receives them as transferred buffers. Where a worker cannot start one, the parsing worker
// reads the slices itself.
let reader = null;
let nextRead = 1;
const pending = new Map();

function startReader() {
  if (reader === null) {
    try {
      reader = new Worker(new URL("slice_reader.js", self.location.href));
      reader.onmessage = (event) => {
        const { id, buffer, error } = event.data;
        const read = pending.get(id);
        pending.delete(id);
        if (read) {
          if (buffer) {
            read.resolve(buffer);
          } else {
            read.reject(error);
          }
        }
      };
      reader.onerror = (event) => {
        event.preventDefault();
        stopReader();
      };
    } catch (error) {
      reader = false;
    }
  }
  return reader;
}

// Starts the slice reader ahead of the first file (a worker takes tens of milliseconds to start).
export function kbStartSliceReader() {
  startReader();
}

// Resolves with an ArrayBuffer of bytes start..end of `file`.
export function kbReadSlice(file, start, end) {
  const worker = startReader();
  if (!worker) {
    return file.slice(start, end).arrayBuffer();
  }
  return new Promise((resolve, reject) => {
    const id = nextRead++;
    // Should the reader fail, the slice is read here instead.
    pending.set(id, { resolve, reject: () => file.slice(start, end).arrayBuffer().then(resolve, reject) });
    worker.postMessage({ id, file, start, end });
  });
}

// Milliseconds after a file before the next slice reader starts: not while the file is finished and
// shown (a read before then starts one at once).
const RESTART_AFTER_MS = 1500;

// Stops the slice reader (the file is read); reads still pending are done here. A fresh one is started
// for the next file a moment later (unless none can start here).
export function kbStopSliceReader() {
  stop(reader !== false);
}

function stop(restart) {
  if (reader) {
    reader.terminate();
  }
  reader = null;
  for (const read of pending.values()) {
    read.reject();
  }
  pending.clear();
  if (restart) {
    setTimeout(() => {
      if (reader === null) {
        startReader();
      }
    }, RESTART_AFTER_MS);
  } else {
    reader = false;
  }
}

// A reader that failed is not started again: the slices are read here.
function stopReader() {
  stop(false);
}

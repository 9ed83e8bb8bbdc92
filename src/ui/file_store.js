// The user's opt-in file memory: dropped File objects kept in this browser's IndexedDB (never sent
// anywhere), keyed by file name. Written here; loaded by wasm-bindgen as a module of the page's own origin.
const DB = 'kpiboard';
const STORE = 'files';

function openDb() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function run(mode, action) {
  return openDb().then((db) => new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const request = action(tx.objectStore(STORE));
    tx.oncomplete = () => { db.close(); resolve(request.result); };
    tx.onerror = () => { db.close(); reject(tx.error); };
  }));
}

export function kb_store_file(file) { return run('readwrite', (s) => s.put(file, file.name)); }
export function kb_delete_file(name) { return run('readwrite', (s) => s.delete(name)); }
export function kb_stored_files() { return run('readonly', (s) => s.getAll()); }
export function kb_forget_files() { return run('readwrite', (s) => s.clear()); }

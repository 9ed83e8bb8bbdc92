// A tiny static server for the browser tests: serves dist/ under a sub-path on loopback and records
// every request it receives, so tests can prove the page asks for nothing but its own files.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json',
};

/**
 * Starts the server; resolves to { origin, base, requests, refuse, replace, close }. Setting `refuse` to a
 * predicate of the request's URL answers the requests it holds for with 404 (a file the browser cannot get);
 * setting `replace` to a function of the URL answers with the script it returns instead of the file (when
 * it returns a string).
 */
export async function startServer(distDir, basePath = '/sub/kpiboard/') {
  const requests = [];
  const state = { refuse: null, replace: null };
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    if (state.refuse?.(req.url)) { res.writeHead(404); res.end(); return; }
    const replaced = state.replace?.(req.url);
    if (typeof replaced === 'string') { res.writeHead(200, { 'content-type': TYPES['.js'] }); res.end(replaced); return; }
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(basePath)) { res.writeHead(404); res.end(); return; }
    let rel = decodeURIComponent(url.pathname.slice(basePath.length)) || 'index.html';
    const file = normalize(join(distDir, rel));
    if (!file.startsWith(normalize(distDir))) { res.writeHead(403); res.end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404); res.end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin, base: `${origin}${basePath}`, requests, close: () => new Promise((ok) => server.close(ok)),
    set refuse(predicate) { state.refuse = predicate; },
    set replace(script) { state.replace = script; },
  };
}

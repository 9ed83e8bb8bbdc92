// Profile (prints figures, asserts nothing): where the parsing worker spends its CPU time while the
// browser benchmark's seeded orders CSV of N rows (default 1,000,000) loads in headless Chromium. The page
// is built once more into target/dist-names with wasm-opt off, so that the WebAssembly keeps its function
// names; the worker is profiled through the DevTools protocol (V8's sampling profiler, 200 µs) from the
// pick to the first KPI card, and the functions are printed by self time.
// Usage: node tests/benches/worker_profile.mjs [rows] [functions shown]   (run browser_load.mjs first:
// it writes the CSV file). With KB_PROFILE_PAGE=1, the page's main thread is profiled instead, from the
// pick to the frame after the first KPI card.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../e2e/server.mjs';
import { launch, openPage } from '../e2e/browser.mjs';
import { DashboardPage } from '../e2e/dashboard_page.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const rows = Number(process.argv[2] ?? 1_000_000);
const shown = Number(process.argv[3] ?? 30);
const file = join(tmpdir(), `kpiboard-orders-${rows}.csv`);
if (!existsSync(file)) {
  console.log(`${file} is missing: run node tests/benches/browser_load.mjs ${rows} first`);
  process.exit(0);
}

/** Builds the page with wasm-opt off (its function names kept) into target/dist-names. */
function buildWithNames() {
  const page = join(root, 'index.names.html');
  writeFileSync(page, readFileSync(join(root, 'index.html'), 'utf8').replace(/data-wasm-opt="[^"]*"/, 'data-wasm-opt="0"'));
  try {
    execFileSync('trunk', ['build', '--release', '--public-url', './', '--dist', join(root, 'target/dist-names'), page],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  } finally {
    rmSync(page, { force: true });
  }
  return join(root, 'target/dist-names');
}

/** Messages to the worker's DevTools session, through the page's (the worker is its child target). */
function workerSessions(cdp) {
  let next = 1;
  const pending = new Map();
  const workers = [];
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message);
    pending.get(message.id)?.(message.result ?? message.error);
    pending.delete(message.id);
  });
  const send = (sessionId, method, params = {}) => new Promise((resolve) => {
    const id = next++;
    pending.set(id, resolve);
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
  });
  cdp.on('Target.attachedToTarget', async (event) => {
    if (event.targetInfo.type !== 'worker' || !event.targetInfo.url.endsWith('parse_worker.js')) return;
    workers.push(event.sessionId);
    await send(event.sessionId, 'Profiler.enable');
    await send(event.sessionId, 'Profiler.setSamplingInterval', { interval: 200 });
    await send(event.sessionId, 'Profiler.start');
  });
  return { workers, send };
}

/** Self time per function name (ms) of a V8 CPU profile, and the whole time profiled. */
function selfTimes(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const times = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id).callFrame;
    const name = frame.functionName || frame.url || '(anonymous)';
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    times.set(name, (times.get(name) ?? 0) + dt);
    total += dt;
  });
  return { times, total };
}

const server = await startServer(process.env.KB_DIST ?? buildWithNames());
const browser = await launch();
try {
  const page = await openPage(browser, server.base);
  const app = new DashboardPage(page);
  await app.ready();
  await page.waitForFunction(() => performance.getEntriesByName('kb-warm-up').length > 0, null, { timeout: 60000 });
  const cdp = await page.context().newCDPSession(page);
  const onPage = process.env.KB_PROFILE_PAGE === '1';
  const { workers, send } = workerSessions(cdp);
  if (onPage) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  } else {
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  }
  await page.waitForTimeout(300);
  await app.pickFiles([file]);
  await page.waitForFunction(() => document.querySelector('[data-kpi="revenue"]')?.dataset.value, null, { timeout: 600000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  const stops = onPage ? [cdp.send('Profiler.stop')] : workers.map((session) => send(session, 'Profiler.stop'));
  for (const stopped of stops) {
    const result = await stopped;
    if (!result?.profile) continue;
    const { times, total } = selfTimes(result.profile);
    const idle = times.get('(idle)') ?? 0;
    console.log(`${onPage ? 'page' : 'parsing worker'}, ${rows.toLocaleString('en')} rows: ${total.toFixed(0)} ms profiled, ${(total - idle).toFixed(0)} ms busy; by self time:`);
    for (const [name, ms] of [...times].filter(([n]) => n !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, shown)) {
      console.log(`${ms.toFixed(1).padStart(8)} ms ${(100 * ms / (total - idle)).toFixed(1).padStart(5)} %  ${name.replace(/::h[0-9a-f]{16}$/, '').slice(0, 140)}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

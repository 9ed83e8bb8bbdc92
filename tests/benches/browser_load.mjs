// Benchmark (prints figures, asserts nothing): a seeded orders CSV of N rows (default 1,000,000) picked in
// headless Chromium against the release build in dist/. Prints the time from the pick to every KPI card
// shown, the time of a control change (period, granularity, a channel filter, a period change with a
// detail view open), the longest main-thread task
// while loading, the renderer's peak memory, and the User Timing measures of the worker, which keeps the
// file (read, parse, recognise, index, the first answer; the answer to each later view) and of the page
// (reading the answer, applying it).   Usage: node tests/benches/browser_load.mjs [rows]
import { createWriteStream, statSync, existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../e2e/server.mjs';
import { launch, openPage } from '../e2e/browser.mjs';
import { DashboardPage } from '../e2e/dashboard_page.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const rows = Number(process.argv[2] ?? 1_000_000);
const file = join(tmpdir(), `kpiboard-orders-${rows}.csv`);

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

async function generate() {
  if (existsSync(file)) return;
  const rand = rng(42);
  const out = createWriteStream(file);
  const channels = ['organic search', 'paid search', 'email', 'referral', 'direct', 'sales'];
  const countries = ['FR', 'DE', 'KR', 'JP', 'TW', 'US', 'GB', 'ES'];
  const categories = ['Tools', 'Parts', 'Hydraulics', 'Electrical', 'Safety'];
  out.write('order_id,order_date,customer_id,product,category,channel,country,quantity,unit_price,amount,status\n');
  let chunk = '';
  let order = 100000;
  for (let i = 0; i < rows; i++) {
    if (rand() < 0.4) order++;
    const day = Math.floor(rand() * 730);
    const date = new Date(Date.UTC(2023, 0, 1) + day * 86400000 + Math.floor(rand() * 86400) * 1000);
    const iso = date.toISOString().slice(0, 16).replace('T', ' ');
    const qty = 1 + Math.floor(rand() * 20);
    const price = (5 + rand() * 400).toFixed(2);
    const status = rand() < 0.05 ? 'cancelled' : 'completed';
    chunk += `SO-${order},${iso},C${Math.floor(rand() * 100000)},P${Math.floor(rand() * 2000)},${categories[i % 5]},` +
      `${channels[Math.floor(rand() * 6)]},${countries[Math.floor(rand() * 8)]},${qty},${price},${(qty * price).toFixed(2)},${status}\n`;
    if (chunk.length > 1 << 20) { if (!out.write(chunk)) await new Promise((r) => out.once('drain', r)); chunk = ''; }
  }
  out.write(chunk);
  await new Promise((r) => out.end(r));
}

function rendererRssMb() {
  try {
    const lines = execSync("ps -eo rss,args | grep -- '--type=renderer' | grep -v grep", { encoding: 'utf8' });
    return Math.max(0, ...lines.trim().split('\n').map((l) => Number(l.trim().split(/\s+/)[0]) / 1024));
  } catch { return NaN; }
}

/** Changes a control from inside the page (`action`: `{ select: testid, value }` sets a `<select>`,
 * `{ click: selector, label }` clicks the element
 * of `selector` whose parent reads `label`) and times, from that change, the revenue card's new
 * `data-value`, the open detail chart's new drawing (when a detail view is open) and the next frame after
 * both (ms; `chart` is null without a detail view). */
function changeInPage(page, action) {
  return page.evaluate((action) => new Promise((resolve) => {
    const card = () => document.querySelector('[data-kpi="revenue"]')?.dataset.value;
    const chart = () => document.querySelector('.kb-detail__chart [role="img"]')?.innerHTML ?? '';
    const withChart = document.querySelector('.kb-detail__chart') !== null;
    const before = { card: card(), chart: chart() };
    const at = { card: null, chart: null };
    let t0 = 0;
    const observer = new MutationObserver(() => {
      const now = performance.now();
      if (at.card === null && card() !== before.card) at.card = now - t0;
      if (withChart && at.chart === null && chart() !== before.chart) at.chart = now - t0;
      if (at.card !== null && (at.chart !== null || !withChart)) {
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve({ ...at, paint: performance.now() - t0 })));
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    t0 = performance.now();
    if (action.select) {
      const select = document.querySelector(`[data-testid="${action.select}"]`);
      select.value = action.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      [...document.querySelectorAll(action.click)].find((e) => e.parentElement.textContent.trim() === action.label).click();
    }
  }), action);
}

/** One in-page timing as `card/chart/paint ms`. */
const timing = (t) => `${[t.card, t.chart, t.paint].filter((v) => v !== null).map((v) => v.toFixed(0)).join('/')} ms`;

await generate();
const mb = statSync(file).size / 1e6;
// KB_DIST serves another build (e.g. an earlier one kept aside, to compare both on the same machine).
const server = await startServer(process.env.KB_DIST ?? `${root}dist`);
// KB_BENCH_NO_HELPER=1 refuses the parsing worker's helper its script: every file is then read by the
// parsing worker alone, to compare with the two parts read at once.
if (process.env.KB_BENCH_NO_HELPER) server.refuse = (url) => url.endsWith('/parse_worker.js?helper');
const browser = await launch();
try {
  for (const run of ['first', 'second']) {
    const page = await openPage(browser, server.base);
    const app = new DashboardPage(page);
    await app.ready();
    const firstRender = await page.evaluate(() => performance.now());
    // The page warms its hot code up in a worker while idle (a user takes a moment to pick a file);
    // KB_BENCH_PICK_AT_ONCE=1 picks the file at once instead (the warm-up is then stopped).
    let warmUp = 'not waited for';
    if (!process.env.KB_BENCH_PICK_AT_ONCE) {
      await page.waitForFunction(() => performance.getEntriesByName('kb-warm-up').length > 0, null, { timeout: 60000 });
      warmUp = `${(await page.evaluate(() => performance.getEntriesByName('kb-warm-up')[0].duration)).toFixed(0)} ms`;
    }
    await page.evaluate(() => {
      window.kbLongest = 0;
      window.kbLongTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          window.kbLongest = Math.max(window.kbLongest, e.duration);
          window.kbLongTasks.push({ start: e.startTime, duration: e.duration });
        }
      }).observe({ type: 'longtask', buffered: false });
    });
    // The load's timeline inside the page: the file input's change event, the revenue card's first value
    // (MutationObserver) and the frame after it.
    await page.evaluate(() => {
      window.kbTimeline = {};
      document.addEventListener('change', () => { window.kbTimeline.pick ??= performance.now(); }, { capture: true });
      const observer = new MutationObserver(() => {
        if (document.querySelector('[data-kpi="revenue"]')?.dataset.value) {
          observer.disconnect();
          window.kbTimeline.cards = performance.now();
          requestAnimationFrame(() => setTimeout(() => { window.kbTimeline.painted = performance.now(); }));
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    let peak = 0;
    const sampler = setInterval(() => { peak = Math.max(peak, rendererRssMb()); }, 100);
    const t0 = Date.now();
    await app.pickFiles([file]);
    await page.waitForFunction(() => document.querySelector('[data-kpi="revenue"]')?.dataset.value, null, { timeout: 600000 });
    const loaded = Date.now() - t0;
    clearInterval(sampler);
    const longest = await page.evaluate(() => window.kbLongest);
    // Each long task with the page's own measures it overlaps (what ran in it).
    const longTasks = await page.evaluate(() => window.kbLongTasks.map((t) => {
      const inside = performance.getEntriesByType('measure')
        .filter((m) => m.name.startsWith('kb-') && !m.name.startsWith('kb-worker') && m.startTime < t.start + t.duration && m.startTime + m.duration > t.start)
        .map((m) => `${m.name} ${m.duration.toFixed(0)}`);
      return `${t.duration.toFixed(0)} ms at ${(t.start - (window.kbTimeline?.pick ?? 0)).toFixed(0)} ms [${inside.join(', ')}]`;
    }));
    const steps = await page.evaluate(() => Object.fromEntries(['kb-worker-read', 'kb-worker-parse', 'kb-worker-recognise', 'kb-worker-index', 'kb-worker-keep', 'kb-worker-answer', 'kb-worker-join', 'kb-worker-wait', 'kb-worker-finish', 'kb-worker-helper', 'kb-worker-helper-recognise', 'kb-worker-helper-read', 'kb-worker-helper-parse', 'kb-worker-helper-answer', 'kb-worker-helper-call', 'kb-worker-call-parse', 'kb-receive', 'kb-apply']
      .map((n) => [n, Math.max(0, ...performance.getEntriesByName(n).map((e) => e.duration))])));
    await page.waitForFunction(() => window.kbTimeline.painted !== undefined);
    const timeline = await page.evaluate(() => {
      const t = window.kbTimeline;
      const entry = (n) => performance.getEntriesByName(n).at(-1);
      const call = entry('kb-worker-call-parse');
      const received = entry('kb-receive');
      const at = (v) => (v === undefined ? 'n/a' : `${(v - t.pick).toFixed(0)} ms`);
      return `worker call started ${at(call?.startTime)}, ended ${at(call && call.startTime + call.duration)}; ` +
        `answer read on the page ${at(received?.startTime)}; revenue card shown ${at(t.cards)}; next frame ${at(t.painted)}`;
    });
    const workerMemory = await page.evaluate(() => Math.max(0, ...performance.getEntriesByName('kb-worker-memory').map((e) => e.detail)) / 1e6);
    await page.evaluate(() => performance.clearMeasures('kb-worker-call-view'));
    const before = await app.kpiValue('revenue');
    const t1 = Date.now();
    await page.locator('[data-testid="period"]').selectOption('last_full_quarter');
    await page.waitForFunction((b) => document.querySelector('[data-kpi="revenue"]').dataset.value !== b, before);
    const change = Date.now() - t1;
    const reports = await page.evaluate(() => performance.getEntriesByName('kb-worker-call-view').map((e) => e.duration));
    const t2 = Date.now();
    await app.setGranularity('week');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
    const granularity = Date.now() - t2;
    // The same control changed from the keyboard (a real, trusted input, which the browser's Event
    // Timing records): week → day, from the key press to the next paint after its handlers.
    await page.evaluate(() => {
      window.kbEvents = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.kbEvents.push({ name: e.name, duration: e.duration });
      }).observe({ type: 'event', durationThreshold: 16, buffered: false });
    });
    await page.locator('[data-testid="granularity"]').focus();
    await page.keyboard.press('ArrowUp');
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    const keyToPaint = await page.evaluate(() => Math.max(0, ...window.kbEvents.map((e) => e.duration)));
    const granularityNow = await page.locator('[data-testid="granularity"]').inputValue();
    // A filter change (one channel) while the quarter is shown: time to the updated cards, and the
    // KPI report recompute in wasm it caused.
    const filter = page.locator('[data-testid="filter"][data-role="channel"]');
    await filter.locator('summary').click();
    await page.evaluate(() => performance.clearMeasures('kb-worker-call-view'));
    const unfiltered = await app.kpiValue('revenue');
    // The browser's own Event Timing of the click: from the input to the next paint after its handlers
    // (the page's side of the change, without the test driver's round trips).
    await page.evaluate(() => { window.kbEvents = []; });
    const t3 = Date.now();
    await filter.locator('label', { hasText: /^email$/ }).locator('input').check();
    await page.waitForFunction((b) => document.querySelector('[data-kpi="revenue"]').dataset.value !== b, unfiltered);
    const filterChange = Date.now() - t3;
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    const clickToPaint = await page.evaluate(() => Math.max(0, ...window.kbEvents
      .filter((e) => ['click', 'change', 'pointerup', 'mouseup', 'input'].includes(e.name)).map((e) => e.duration)));
    // The filter off and on again, timed inside the page.
    const email = { click: '[data-testid="filter"][data-role="channel"] li input', label: 'email' };
    const filterInPage = [await changeInPage(page, email)];
    await page.waitForTimeout(200);
    filterInPage.push(await changeInPage(page, email));
    const filterReports = await page.evaluate(() => performance.getEntriesByName('kb-worker-call-view').map((e) => e.duration));
    // With the revenue detail view open, a period change: time until its chart is drawn again.
    await filter.locator('summary').click();
    await app.openDetail('revenue');
    const chart = () => page.evaluate(() => document.querySelector('.kb-detail__chart [role="img"]')?.innerHTML ?? '');
    const drawn = await chart();
    await page.evaluate(() => { performance.clearMeasures('kb-worker-call-view'); performance.clearMeasures('kb-detail'); });
    const t4 = Date.now();
    await page.locator('[data-testid="period"]').selectOption('all');
    await page.waitForFunction((b) => (document.querySelector('.kb-detail__chart [role="img"]')?.innerHTML ?? '') !== b, drawn);
    const detailChange = Date.now() - t4;
    // The same kind of change timed inside the page, without the test driver's round trips: from the
    // change event to the revenue card's new value and the open chart's new drawing (MutationObserver),
    // then to the frame after them (the next paint). Periods alternate so that every change changes both.
    const inPage = [];
    for (const period of ['last_full_quarter', 'all', 'last_full_year', 'all']) inPage.push(await changeInPage(page, { select: 'period', value: period }));
    const [detailAnswer, detailDrawing] = await page.evaluate(() => ['kb-worker-call-view', 'kb-detail']
      .map((n) => performance.getEntriesByName(n).map((e) => e.duration.toFixed(0)).join(', ')));
    console.log(`${run} page: empty page rendered ${firstRender.toFixed(0)} ms after navigation start; warm-up in a worker ${warmUp}`);
    console.log(`${run} load: ${rows.toLocaleString('en')} rows, ${mb.toFixed(1)} MB: pick → all KPI cards ${loaded} ms ` +
      `(${(mb / (loaded / 1000)).toFixed(0)} MB/s); period change → cards ${change} ms; granularity change → paint ${granularity} ms ` +
      `(from the keyboard, to ${granularityNow}: key → next paint ${keyToPaint.toFixed(0)} ms by Event Timing); ` +
      `longest main-thread task while loading ${longest.toFixed(0)} ms; renderer peak RSS ${peak.toFixed(0)} MB`);
    const ms = (v) => `${v.toFixed(0)} ms`;
    console.log(`  timeline from the file input's change event: ${timeline}`);
    console.log(`  long main-thread tasks while loading: ${longTasks.join('; ') || 'none'}`);
    console.log(`  in the worker (the whole parse call ${ms(steps['kb-worker-call-parse'])}): reading slices ${ms(steps['kb-worker-read'])}, parsing ${ms(steps['kb-worker-parse'])} ` +
      `then finishing the table ${ms(steps['kb-worker-finish'])}, ` +
      `recognising ${ms(steps['kb-worker-recognise'])}, orders index ${ms(steps['kb-worker-index'])}, keeping the file ${ms(steps['kb-worker-keep'])}, ` +
      `first answer ${ms(steps['kb-worker-answer'])}; waiting for the helper's part ${ms(steps['kb-worker-wait'])}, joining it ${ms(steps['kb-worker-join'])} ` +
      `(the helper's part asked → received ${ms(steps['kb-worker-helper'])}, its call ${ms(steps['kb-worker-helper-call'])}: deciding ${ms(steps['kb-worker-helper-recognise'])}, ` +
      `reading slices ${ms(steps['kb-worker-helper-read'])}, parsing ${ms(steps['kb-worker-helper-parse'])}, writing the part ${ms(steps['kb-worker-helper-answer'])}); its WebAssembly memory ${workerMemory.toFixed(0)} MB`);
    console.log(`  main thread after the worker: answer read ${ms(steps['kb-receive'])}, applied ${ms(steps['kb-apply'])}; ` +
      `KPI answer in the worker after the period change: ${reports.map(ms).join(', ')}`);
    console.log(`  filter change (channel = email, quarter shown) → cards ${filterChange} ms (browser Event Timing, click → next paint: ${clickToPaint.toFixed(0)} ms); ` +
      `KPI answer in the worker: ${filterReports.map(ms).join(', ')}`);
    console.log(`  with the revenue detail view open, period change → its chart drawn again ${detailChange} ms ` +
      `(answer in the worker ${detailAnswer} ms; the detail's charts drawn on the page ${detailDrawing} ms)`);
    console.log(`  timed in the page (change event → revenue card updated / open chart redrawn / next frame painted), ` +
      `filter taken off and put on again (card/paint): ${filterInPage.map(timing).join(', ')}; ` +
      `4 period changes with the detail view open (card/chart/paint): ${inPage.map(timing).join(', ')}`);
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
}

// Files are parsed and kept in a Web Worker (the page's own wasm, off the main thread): the figures are
// the same, the progress shows bytes and rows, and removing a file while it is read stops the reading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWriteStream, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useHarness, fixture } from './harness.mjs';

const { open, browser, server } = useHarness();

/** A large orders CSV (about 60 MB), made of one block of rows written many times. */
async function largeOrders() {
  const file = join(tmpdir(), 'kpiboard-e2e-large-orders.csv');
  if (existsSync(file)) return file;
  let block = '';
  for (let i = 0; i < 12000; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    block += `SO-${i},2024-03-${day} 10:${String(i % 60).padStart(2, '0')},C${i % 977},Tools,paid search,FR,${1 + (i % 9)},${(i % 400) + 0.5},completed\n`;
  }
  const out = createWriteStream(file);
  out.write('order_id,order_date,customer_id,category,channel,country,quantity,amount,status\n');
  for (let i = 0; i < 60; i++) {
    if (!out.write(block)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
  return file;
}

test('a picked file is parsed in a worker and gives the same figures', async () => {
  const { page, app } = await open();
  // Workers already there (the warm-up's, or the one it keeps ready) count too.
  const workers = page.workers().map((w) => w.url());
  page.on('worker', (w) => workers.push(w.url()));
  await app.pickFiles([fixture('orders_small.csv')]);
  await app.waitForDatasets(1);
  assert.equal(Number(await app.kpiValue('revenue')), 450.75);
  assert.ok(workers.some((u) => u.endsWith('/parse_worker.js')), `a parsing worker ran: ${workers.join(', ')}`);
  assert.deepEqual(page.kbErrors, []);
});

test('a large file shows bytes and rows while it loads, and removing it stops its worker', async () => {
  const file = await largeOrders();
  const { page, app } = await open();
  await app.pickFiles([file]);
  const entry = page.locator('[data-testid="dataset"]');
  await page.waitForFunction(() => /MB · [\d,.\s]+ /.test(document.querySelector('.kb-dataset__message')?.textContent ?? ''));
  assert.match(await entry.locator('.kb-dataset__message').innerText(), /\/ \d+(\.\d)? MB/);
  const cancel = entry.locator('[data-testid="remove-dataset"]');
  assert.match(await cancel.innerText(), /cancel/i);
  await cancel.click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="dataset"]').length === 0);
  for (let i = 0; i < 50 && page.workers().length > 0; i++) await page.waitForTimeout(100);
  assert.equal(page.workers().length, 0, 'the worker of the removed file is stopped');
  assert.equal(await page.locator('[data-kpi]').count(), 0, 'a cancelled file gives no figures');
  await app.pickFiles([fixture('orders_small.csv')]);
  await app.waitForDatasets(1);
  assert.equal(Number(await app.kpiValue('revenue')), 450.75, 'the page goes on after a cancel');
  assert.deepEqual(page.kbErrors, []);
});

test('files picked together parse at the same time: a small one is ready while a large one is still read', async () => {
  const file = await largeOrders();
  const { page, app } = await open();
  await app.pickFiles([file, fixture('no_date.csv')]);
  const small = page.locator('[data-testid="dataset"][data-name="no_date.csv"]');
  const large = page.locator('[data-testid="dataset"][data-name="kpiboard-e2e-large-orders.csv"]');
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="dataset"][data-name="no_date.csv"]')?.dataset.rows !== undefined);
  assert.equal(await small.getAttribute('data-rows') !== null, true, 'the small file (picked second) is read');
  assert.equal(await large.locator('progress').count(), 1, 'the large file (picked first) is still being read');
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="dataset"][data-name="kpiboard-e2e-large-orders.csv"]')?.dataset.rows !== undefined,
  null, { timeout: 120000 });
  assert.equal(await large.getAttribute('data-rows'), '720000');
  assert.deepEqual(page.kbErrors, []);
});

test('removing a file still being read while another is loaded stops that reading only; the figures are the other file\'s', async () => {
  const file = await largeOrders();
  const { page, app } = await open();
  await app.pickFiles([file, fixture('orders_small.csv')]);
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="dataset"][data-name="orders_small.csv"]')?.dataset.rows !== undefined);
  const large = page.locator('[data-testid="dataset"][data-name="kpiboard-e2e-large-orders.csv"]');
  assert.equal(await large.locator('progress').count(), 1, 'the large file is still being read');
  assert.equal(Number(await app.kpiValue('revenue')), 450.75, 'the small file\'s figures are shown');
  await large.locator('[data-testid="remove-dataset"]').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="dataset"]').length === 1);
  // The worker keeps the small file and goes on answering: a granularity change keeps its figures.
  await app.setGranularity('week');
  await page.waitForTimeout(300);
  assert.equal(Number(await app.kpiValue('revenue')), 450.75);
  assert.equal(page.workers().filter((w) => w.url().endsWith('/parse_worker.js')).length, 1);
  // A cancelled file never comes back, even once its reading would have ended.
  await page.waitForTimeout(1500);
  assert.equal(await page.locator('[data-testid="dataset"]').count(), 1);
  assert.equal(Number(await app.kpiValue('revenue')), 450.75);
  assert.deepEqual(page.kbErrors, []);
});

/** The figures of every KPI card of a page, by KPI. */
function cardValues(page) {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-kpi]')]
    .map((card) => [card.dataset.kpi, card.dataset.value ?? null])));
}

test('a large file is read in two parts at once, by the parsing worker and its helper, and gives the figures of one reading', async () => {
  const file = await largeOrders();
  const loaded = (page) => page.waitForFunction(() =>
    document.querySelector('[data-testid="dataset"]')?.dataset.rows !== undefined, null, { timeout: 120000 });
  // The helper's time on its part, from the parsing worker's timings (0 when it read none).
  const helped = (page) => page.evaluate(() => performance.getEntriesByName('kb-worker-helper').at(-1)?.duration ?? -1);

  // Without a helper (the server refuses its script), the parsing worker reads the whole file itself.
  server().refuse = (url) => url.endsWith('/parse_worker.js?helper');
  const single = await open();
  await single.app.pickFiles([file]);
  await loaded(single.page);
  server().refuse = null;
  assert.equal(await helped(single.page), 0, 'no helper read a part');
  assert.equal(await single.page.locator('[data-testid="dataset"]').getAttribute('data-rows'), '720000');
  const figures = await cardValues(single.page);
  assert.ok(Object.values(figures).filter((v) => v !== null).length >= 5, `figures are shown: ${JSON.stringify(figures)}`);

  const split = await open();
  await split.app.pickFiles([file]);
  await loaded(split.page);
  assert.ok(await helped(split.page) > 0, 'the helper read the later part');
  assert.equal(await split.page.locator('[data-testid="dataset"]').getAttribute('data-rows'), '720000');
  assert.deepEqual(await cardValues(split.page), figures);
  // Read again, the file gets a helper again (a fresh one: the first was stopped once its part was in).
  await split.page.locator('[data-testid="remove-dataset"]').click();
  await split.page.waitForFunction(() => document.querySelectorAll('[data-testid="dataset"]').length === 0);
  await split.page.evaluate(() => performance.clearMeasures('kb-worker-helper'));
  await split.app.pickFiles([file]);
  await loaded(split.page);
  assert.ok(await helped(split.page) > 0, 'the file read again was read in two parts too');
  assert.deepEqual(await cardValues(split.page), figures);
  assert.deepEqual(split.page.kbErrors, []);
  assert.deepEqual(single.page.kbErrors.filter((e) => !/parse_worker|404|Failed to load/i.test(e)), []);
});

test('a helper that never answers holds a large file up for a few seconds at most: the worker then reads it all', async () => {
  const file = await largeOrders();
  // The helper's script is one that takes its messages and never answers.
  server().replace = (url) => (url.endsWith('/parse_worker.js?helper') ? 'self.onmessage = () => {};' : null);
  const { page, app } = await open();
  const started = Date.now();
  await app.pickFiles([file]);
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="dataset"]')?.dataset.rows !== undefined, null, { timeout: 120000 });
  server().replace = null;
  assert.equal(await page.locator('[data-testid="dataset"]').getAttribute('data-rows'), '720000');
  assert.equal(await page.evaluate(() => performance.getEntriesByName('kb-worker-helper').at(-1)?.duration), 0,
    'no part came from the helper');
  const waited = await page.evaluate(() => performance.getEntriesByName('kb-worker-wait').at(-1)?.duration ?? 0);
  assert.ok(waited >= 5000 && waited < 60000, `the worker waited ${waited} ms for the helper, then went on`);
  assert.ok(Date.now() - started < 90000);
  assert.deepEqual(page.kbErrors, []);
});

test('when the browser cannot start the parsing worker, the page parses the file itself', async () => {
  // Refused from the start: neither the idle warm-up nor a file gets a worker.
  const context = await browser().newContext();
  let blocked = 0;
  await context.route('**/parse_worker.js', (route) => { blocked += 1; return route.abort(); });
  const { page, app } = await open({ context });
  await page.waitForFunction(() => performance.getEntriesByName('kb-warm-up-stopped').length > 0, null, { timeout: 60000 });
  await app.pickFiles([fixture('orders_small.csv')]);
  await app.waitForDatasets(1);
  assert.equal(Number(await app.kpiValue('revenue')), 450.75);
  assert.equal(page.workers().length, 0);
  assert.ok(blocked >= 1, 'the worker script was asked for and refused');
  assert.deepEqual(page.kbErrors.filter((e) => !/parse_worker|ERR_FAILED|Failed to load/i.test(e)), []);
});

test('while the page is idle its code is warmed up in a worker, then one worker is kept ready for the first file and keeps it; a file picked during the warm-up stops the warm-up', async () => {
  const { page, app } = await open();
  await page.waitForFunction(() => performance.getEntriesByName('kb-warm-up').length > 0, null, { timeout: 60000 });
  // The warm-up's worker is stopped and a fresh one is kept ready for the first file.
  await page.waitForFunction(() => performance.getEntriesByName('kb-worker-ready').length > 0, null, { timeout: 60000 });
  // That worker starts its helper (the same script, see below) for the later part of a large file.
  const parsing = () => page.workers().filter((w) => w.url().endsWith('/parse_worker.js')).length;
  const helpers = () => page.workers().filter((w) => w.url().endsWith('/parse_worker.js?helper')).length;
  for (let i = 0; i < 50 && (parsing() !== 1 || helpers() !== 1); i++) await page.waitForTimeout(100);
  assert.equal(parsing(), 1, 'one worker is kept ready once the warm-up is done');
  assert.equal(helpers(), 1, 'with its helper');
  // Each of them starts its slice reader ahead too; no other worker runs.
  const others = page.workers().map((w) => w.url())
    .filter((u) => !/\/parse_worker\.js(\?helper)?$|\/slice_reader\.js$/.test(u));
  assert.deepEqual(others, [], 'and no other worker');
  assert.equal(await page.locator('[data-testid="dataset"]').count(), 0, 'the warm-up adds no file');
  assert.equal(await page.locator('[data-kpi]').count(), 0, 'the warm-up shows no figures');
  // The parsing worker reads through a small slice reader of its own, started ahead (and afresh a moment
  // after each file); no other parsing worker starts.
  const readers = () => page.workers().filter((w) => w.url().endsWith('/slice_reader.js')).length;
  for (let i = 0; i < 50 && readers() < 2; i++) await page.waitForTimeout(100);
  assert.equal(readers(), 2, 'the worker and its helper each have their slice reader before any file');
  const started = [];
  page.on('worker', (w) => started.push(w.url()));
  await app.pickFiles([fixture('orders_small.csv')]);
  await app.waitForDatasets(1);
  assert.equal(Number(await app.kpiValue('revenue')), 450.75);
  assert.deepEqual(started.filter((u) => !u.endsWith('/slice_reader.js')), [], 'the file is read by the worker kept ready');
  assert.equal(parsing(), 1, 'that worker keeps the file (the page holds only its preview)');
  await page.locator('[data-testid="remove-dataset"]').click();
  for (let i = 0; i < 50 && page.workers().length > 0; i++) await page.waitForTimeout(100);
  assert.equal(page.workers().length, 0, 'once no file is left, the worker is stopped (its memory goes back)');

  const busy = await open();
  // Picked as soon as the warm-up worker exists: the file is read and the warm-up is stopped.
  for (let i = 0; i < 100 && busy.page.workers().length === 0; i++) await busy.page.waitForTimeout(20);
  assert.equal(busy.page.workers().length, 1, 'the warm-up worker runs (it starts no helper)');
  await busy.app.pickFiles([fixture('orders_small.csv')]);
  await busy.app.waitForDatasets(1);
  assert.equal(Number(await busy.app.kpiValue('revenue')), 450.75);
  const measures = await busy.page.evaluate(() => ['kb-warm-up', 'kb-warm-up-stopped']
    .map((n) => performance.getEntriesByName(n).length));
  assert.deepEqual(measures, [0, 1], 'the warm-up was stopped by the file, not finished');
  assert.deepEqual([...page.kbErrors, ...busy.page.kbErrors], []);
});

// End-to-end flows of the foundation: sample data, drop, file input, no console errors,
// no request outside the page's own static files, and the Content-Security-Policy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useHarness, root, fixture, shots } from './harness.mjs';

const { open } = useHarness();

test('the sample data shows KPI cards for every dataset kind', async () => {
  const { page, app } = await open();
  const started = Date.now();
  await app.loadSample();
  await app.waitForDatasets(10);
  const revenue = Number(await app.kpiValue('revenue'));
  console.log(`sample dashboard shown ${Date.now() - started} ms after the click`);
  assert.ok(revenue > 0, `revenue ${revenue}`);
  const kinds = (await app.datasets()).map((d) => d.kind).sort();
  assert.deepEqual(kinds, ['ads', 'costs', 'email', 'leads', 'nps', 'orders', 'search', 'social', 'subscriptions', 'traffic']);
  for (const d of await app.datasets()) assert.ok(d.rows > 0, `${d.kind} has rows`);
  for (const id of ['orders', 'aov', 'active_customers', 'sessions', 'nps', 'mrr']) {
    assert.notEqual(await app.kpiValue(id), '', `${id} has a value`);
  }
  await page.screenshot({ path: `${shots}/sample-dashboard.png`, fullPage: true });
  await page.locator('[data-area="sales"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/sample-dashboard-sales.png` });
  assert.deepEqual(page.kbErrors, []);
});

test('a CSV dropped on the drop zone gives revenue, orders, AOV and customers', async () => {
  const { page, app } = await open();
  await app.dropFiles([fixture('orders_small.csv')]);
  await app.waitForDatasets(1);
  assert.deepEqual(await app.datasets(), [{ name: 'orders_small.csv', kind: 'orders', rows: 5 }]);
  // completed orders 1001, 1002, 1004, 1005: 100 + 250.50 + 40.25 + 60 = 450.75; 1003 is cancelled
  assert.equal(Number(await app.kpiValue('revenue')), 450.75);
  assert.equal(Number(await app.kpiValue('orders')), 4);
  assert.equal(Number(await app.kpiValue('aov')), 450.75 / 4);
  assert.equal(Number(await app.kpiValue('active_customers')), 3);
  await page.screenshot({ path: `${shots}/drop-flow.png`, fullPage: true });
  assert.deepEqual(page.kbErrors, []);
});

test('files dropped anywhere on the page load as on the drop zone, and the page shows where they go', async () => {
  const { page, app } = await open();
  await app.loadSample();
  await app.waitForDatasets(10);
  // Dropped on a KPI card, far from the drop zone: the page takes it (the browser would otherwise open
  // the file in place of the dashboard) and says while dragging that the whole page is a drop target.
  const taken = await app.dropFilesOn('[data-kpi="revenue"]', [fixture('orders_small.csv')], async () => {
    await page.locator('.kb-drop-page').waitFor();
    await page.screenshot({ path: `${shots}/drop-anywhere.png` });
  });
  assert.ok(taken.dragover && taken.drop, JSON.stringify(taken));
  await app.waitForDatasets(11);
  assert.ok((await app.datasets()).some((d) => d.name === 'orders_small.csv' && d.kind === 'orders' && d.rows === 5));
  assert.equal(await page.locator('.kb-drop-page').count(), 0, 'the drop hint is gone once dropped');
  // Text dragged within the page is no file: left to the browser.
  const text = await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'hello');
    return !document.querySelector('[data-kpi="revenue"]').dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
  });
  assert.equal(text, false);
  assert.deepEqual(page.kbErrors, []);
});

test('the file input reads a French Windows-1252 export with ; and decimal commas', async () => {
  const { page, app } = await open();
  await app.pickFiles([fixture('commandes_fr.csv')]);
  await app.waitForDatasets(1);
  const [dataset] = await app.datasets();
  assert.equal(dataset.kind, 'orders');
  assert.equal(dataset.rows, 3);
  // F-1 1 200,50 + F-3 99,50 (F-2 is "Annulée", cancelled) = 1300
  assert.equal(Number(await app.kpiValue('revenue')), 1300);
  assert.equal(Number(await app.kpiValue('orders')), 2);
  // The import report says how it was read: separators, header row, rows, and each column's type.
  await page.locator('[data-testid="dataset"] button', { hasText: /report/i }).click();
  const report = page.locator('[data-testid="import-report"]');
  await report.waitFor();
  const facts = await report.locator('.kb-report__facts').innerText();
  for (const fact of [/windows-1252/i, /Thousands separator\s+space/, /Header row\s+1/, /Rows\s+3 rows/]) assert.match(facts, fact);
  const types = await report.locator('[data-testid="column-type"]').allInnerTexts();
  assert.deepEqual(types.map((t) => t.split('\n')[0]), ['Text', 'Date', 'Text', 'Number', 'Text']);
  // Its first lines as read, and as they would read in another encoding, before reading it again.
  const preview = report.locator('[data-testid="encoding-preview"]');
  await preview.waitFor();
  assert.equal(await preview.getAttribute('data-encoding'), 'windows-1252');
  assert.equal((await preview.locator('pre').innerText()).split('\n')[0], 'N° de commande;Date;Client;Montant TTC;Statut');
  await report.locator('[data-testid="encoding"]').selectOption('UTF-8');
  await page.waitForFunction(() => document.querySelector('[data-testid="encoding-preview"]')?.dataset.encoding === 'UTF-8');
  assert.match(await preview.locator('pre').innerText(), /^N\uFFFD de commande/);
  assert.equal(Number(await app.kpiValue('revenue')), 1300, 'nothing is read again until asked');
  await page.screenshot({ path: `${shots}/file-input-flow.png`, fullPage: true });
  assert.deepEqual(page.kbErrors, []);
});

test('the built page carries a CSP that forbids connections to other origins', async () => {
  const html = readFileSync(`${root}dist/index.html`, 'utf8');
  const meta = html.match(/<meta[^>]*Content-Security-Policy[^>]*>/)?.[0] ?? '';
  const csp = meta.match(/content="([^"]+)"/)?.[1] ?? '';
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /connect-src 'self'/);
  assert.doesNotMatch(csp, /CSP-SCRIPT-HASHES/);
  assert.doesNotMatch(csp, /script-src[^;]*'unsafe-inline'/);
  const { page } = await open();
  const outcome = await page.evaluate(async () => {
    try { await fetch('http://127.0.0.2:9/leak', { method: 'POST', body: 'x' }); return 'sent'; }
    catch { return 'blocked'; }
  });
  assert.equal(outcome, 'blocked');
  page.kbErrors.length = 0; // the CSP violation report of the attempt above is expected
  page.kbRequests = page.kbRequests.filter((u) => !u.startsWith('http://127.0.0.2:9/'));
});

test('assets load with relative URLs under a sub-path', async () => {
  const html = readFileSync(`${root}dist/index.html`, 'utf8');
  for (const m of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
    assert.ok(!m[1].startsWith('/'), `absolute asset URL ${m[1]}`);
  }
});

// Import flows: the import report, the mapping editor, files that cannot be used, files that are not tables.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useHarness, fixture, shots, root } from './harness.mjs';

const { open } = useHarness();

test('a file that is not a table gets one clear sentence and the other files go on', async () => {
  const { page, app } = await open();
  await app.dropFiles([fixture('photo.png'), fixture('orders_small.csv')]);
  await app.waitForDatasets(1);
  const failed = page.locator('.kb-dataset--failed');
  await failed.waitFor();
  const message = await failed.locator('.kb-dataset__message').innerText();
  assert.match(message, /photo\.png/);
  assert.equal(Number(await app.kpiValue('revenue')), 450.75);
});

test('a file without a required column opens the mapping editor naming what is missing', async () => {
  const { page } = await open();
  await page.locator('[data-testid="file-input"]').setInputFiles([fixture('no_date.csv')]);
  const editor = page.locator('[data-testid="mapping-editor"]');
  await editor.waitFor();
  assert.match(await editor.locator('[role="alert"]').innerText(), /date/i);
  assert.equal(await page.locator('[data-kpi]').count(), 0, 'no KPI is invented from an unusable file');
  await page.screenshot({ path: `${shots}/mapping-editor-missing.png`, fullPage: true });
});

test('changing a role in the mapping editor applies at once', async () => {
  const { page, app } = await open();
  await app.pickFiles([fixture('orders_small.csv')]);
  await app.waitForDatasets(1);
  assert.equal(Number(await app.kpiValue('revenue')), 450.75);
  await page.locator('[data-testid="dataset"] button', { hasText: /report/i }).click();
  const report = page.locator('[data-testid="import-report"]');
  await report.waitFor();
  assert.match(await report.innerText(), /UTF-8/);
  const amount = page.locator('[data-testid="mapping-editor"] select[aria-label="amount"]');
  await amount.selectOption('');
  await page.waitForFunction(() => document.querySelectorAll('[data-kpi]').length === 0);
  assert.match(await page.locator('[data-testid="mapping-editor"] [role="alert"]').innerText(), /amount/);
  await page.locator('[data-testid="mapping-editor"] select[aria-label="amount"]').selectOption('amount');
  await page.waitForFunction(() => document.querySelector('[data-kpi="revenue"]')?.dataset.value === '450.75');
  assert.deepEqual(page.kbErrors, []);
});

test('the user can force the date order of an ambiguous file and it is read again', async () => {
  const { page, app } = await open();
  await app.pickFiles([fixture('dates_ambiguous.csv')]);
  await app.waitForDatasets(1);
  await page.locator('[data-testid="dataset"] button', { hasText: /report/i }).click();
  const settings = page.locator('[data-testid="import-settings"]');
  for (const [order, range] of [['month', '2024-03-04 – 2024-05-06'], ['day', '2024-04-03 – 2024-06-05']]) {
    await settings.locator('[data-testid="date-order"]').selectOption(order);
    await settings.locator('[data-testid="read-again"]').click();
    // data-period is the period in ISO days whatever the language (the text is in the page's date style)
    await page.waitForFunction((r) => document.querySelector('[data-testid="period-text"]')?.getAttribute('data-period') === r.replace(' – ', '/'), range);
    assert.equal(Number(await app.kpiValue('revenue')), 30);
  }
  assert.deepEqual(page.kbErrors, []);
});

test('the sheet of a workbook can be chosen, and the settings form shows what the file was read with', async () => {
  const { page, app } = await open();
  await app.pickFiles([`${root}tests/fixtures/ingest/orders_two_sheets.xlsx`]);
  await app.waitForDatasets(1);
  assert.ok(await page.locator('[data-kpi="revenue"]').count() >= 1, 'the largest sheet (orders) is read first');
  await page.locator('[data-testid="dataset"] button', { hasText: /report/i }).click();
  const settings = page.locator('[data-testid="import-settings"]');
  assert.deepEqual(await settings.locator('[data-testid="sheet"] option').allInnerTexts(), ['Automatic', 'Notes', 'Orders']);
  await settings.locator('[data-testid="sheet"]').selectOption('Notes');
  await settings.locator('[data-testid="read-again"]').click();
  await page.locator('[data-testid="mapping-editor"] [role="alert"]').waitFor();
  assert.equal(await page.locator('[data-kpi]').count(), 0, 'a notes sheet gives no figures');
  assert.equal(await page.locator('[data-testid="sheet"]').inputValue(), 'Notes', 'the form shows the sheet read');
  await page.locator('[data-testid="sheet"]').selectOption('Orders');
  await page.locator('[data-testid="read-again"]').click();
  await page.locator('[data-kpi="revenue"]').first().waitFor();
  assert.deepEqual(page.kbErrors, []);
});

test('a text report with columns aligned by spaces is read column by column', async () => {
  const { page, app } = await open();
  await app.pickFiles([`${root}tests/fixtures/ingest/aligned_orders.txt`]);
  await app.waitForDatasets(1);
  const [dataset] = await app.datasets();
  assert.equal(dataset.kind, 'orders');
  assert.equal(dataset.rows, 4);
  // Completed orders only: 12.50 + 7.25 + 1200.00.
  assert.equal(Number(await app.kpiValue('revenue')), 1219.75);
  await page.locator('[data-testid="dataset"] button', { hasText: /report/i }).click();
  assert.match(await page.locator('[data-testid="import-report"]').innerText(), /aligned with spaces/);
  assert.deepEqual(page.kbErrors, []);
});

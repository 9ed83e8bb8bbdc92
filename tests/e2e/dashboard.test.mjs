// Dashboard flows: controls, detail view and exports, removing a file, share links and reloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useHarness, fixture, shots } from './harness.mjs';

const { open, browser } = useHarness();

test('changing the granularity keeps the all-data figures and the detail view exports a CSV', async () => {
  const { page, app } = await open();
  await app.loadSample();
  await app.waitForDatasets(10);
  // Each file is listed with its first and last days: the orders' are their earliest and latest order dates.
  const orderDays = readFileSync(new URL('../../assets/sample/orders.csv', import.meta.url), 'utf8')
    .trim().split('\n').slice(1).map((line) => line.split(',')[1].slice(0, 10)).sort();
  const ordersRange = page.locator('[data-testid="dataset"][data-name="orders.csv"] [data-testid="dataset-range"]');
  assert.equal(await ordersRange.getAttribute('data-range'), `${orderDays[0]}/${orderDays.at(-1)}`);
  assert.match(await ordersRange.innerText(), /2023.*2024/);
  assert.equal(await page.locator('[data-testid="dataset-range"]').count(), 10, 'every sample file has dates');
  const before = await app.kpiValues();
  await app.setGranularity('week');
  await page.waitForTimeout(200);
  assert.deepEqual(await app.kpiValues(), before, 'the period (all data) does not depend on the granularity');
  const detail = await app.openDetail('revenue');
  assert.equal(await detail.getAttribute('data-detail'), 'revenue');
  assert.ok(await detail.locator('svg').count() >= 1, 'the detail view draws its chart');
  assert.equal(await detail.locator('.kb-detail__table').count(), 0, 'the table view is laid out only when asked for');
  // Printed, the detail view has its table; afterwards the table view is closed again, as it was.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction(() => document.querySelector('.kb-detail__table-view')?.open
    && document.querySelectorAll('.kb-detail__table tbody tr').length > 100);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.waitForFunction(() => !document.querySelector('.kb-detail__table-view')?.open
    && document.querySelectorAll('.kb-detail__table').length === 0);
  await detail.locator('.kb-detail__table-view > summary').click();
  // The rows are laid out after the toggle event, not within the click.
  await page.waitForFunction(() => document.querySelectorAll('.kb-detail__table tbody tr').length > 0);
  const weeks = await detail.locator('.kb-detail__table tbody tr').count();
  assert.ok(weeks > 100, `about two years of weeks, got ${weeks}`);
  await page.screenshot({ path: `${shots}/detail-revenue.png` });
  const [download] = await Promise.all([page.waitForEvent('download'), detail.locator('[data-testid="export-csv"]').click()]);
  const bytes = readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM for Excel');
  assert.equal(bytes.toString('utf8').split('\r\n').filter(Boolean).length, weeks + 1);
  const [png] = await Promise.all([page.waitForEvent('download'), detail.locator('[data-testid="export-png"]').click()]);
  assert.deepEqual([...readFileSync(await png.path()).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG file');
  // The table view stays open while the figures change.
  await app.setGranularity('month');
  await page.waitForFunction(() => {
    const rows = document.querySelectorAll('.kb-detail__table tbody tr').length;
    return rows > 12 && rows < 40;
  });
  await page.keyboard.press('Escape');
  assert.deepEqual(page.kbErrors, []);
});

test('a KPI without a time series says so in its detail view instead of drawing an empty chart', async () => {
  const { page, app } = await open();
  await app.loadSample();
  await app.waitForDatasets(10);
  // Over all the data, growth has no comparison period with data: no series, a sentence instead.
  let detail = await app.openDetail('growth');
  await detail.locator('[data-testid="no-series"]').waitFor();
  assert.match(await detail.locator('[data-testid="no-series"]').innerText(), /no series over time/);
  assert.equal(await detail.locator('.kb-detail__chart').count(), 0);
  assert.match(await detail.locator('.kb-detail__value').innerText(), /comparison period/i);
  await page.keyboard.press('Escape');
  await detail.waitFor({ state: 'detached' });
  // Over the last full year against the year before, it has one: drawn as usual.
  await page.locator('[data-testid="period"]').selectOption('last_full_year');
  await page.locator('[data-testid="comparison"]').selectOption('previous_year');
  await page.waitForTimeout(200);
  detail = await app.openDetail('growth');
  await detail.locator('.kb-detail__chart svg').waitFor();
  assert.equal(await detail.locator('[data-testid="no-series"]').count(), 0);
  assert.deepEqual(page.kbErrors, []);
});

test('an open detail view keeps its scroll position and a target being typed while its figures change', async () => {
  const { page, app } = await open();
  await app.loadSample();
  await app.waitForDatasets(10);
  const detail = await app.openDetail('revenue');
  await detail.locator('[data-testid="target-value"]').fill('123456');
  const scrolled = await detail.evaluate((e) => { e.scrollTop = 700; return e.scrollTop; });
  assert.ok(scrolled > 0, 'the detail view scrolls');
  const value = await detail.locator('.kb-detail__value').innerText();
  // The figures change under the open dialog (as when a view is restored from the address bar).
  await page.locator('[data-testid="period"]').selectOption('last_full_quarter');
  await page.waitForFunction((v) => document.querySelector('.kb-detail__value')?.innerText !== v, value);
  // Not back at the top (the browser's scroll anchoring may move it a little to keep the same content in view).
  const after = await detail.evaluate((e) => e.scrollTop);
  assert.ok(Math.abs(after - scrolled) < 150, `scrolled ${scrolled}, then ${after}`);
  assert.equal(await detail.locator('[data-testid="target-value"]').inputValue(), '123456');
  assert.deepEqual(page.kbErrors, []);
});

test('a breakdown table sorts by value and by label, and downloads as CSV', async () => {
  const { page, app } = await open();
  await app.loadSample();
  await app.waitForDatasets(10);
  const detail = await app.openDetail('revenue');
  const breakdown = detail.locator('[data-testid="breakdown"]').filter({ has: page.locator('[data-testid="sort-value"]') }).first();
  const table = breakdown.locator('[data-testid="breakdown-table"]');
  const column = (i) => table.locator(`tbody tr td:nth-child(${i})`).allInnerTexts();
  const amount = (text) => Number(text.replace(/[^\d.-]/g, ''));
  const rows = (await column(1)).length;
  assert.ok(rows >= 2, `a breakdown with several rows, got ${rows}`);
  await breakdown.locator('[data-testid="sort-value"]').click();
  const descending = (await column(2)).map(amount);
  assert.deepEqual(descending, [...descending].sort((a, b) => b - a), 'largest first');
  assert.equal(await table.locator('th[aria-sort="descending"]').count(), 1);
  await breakdown.locator('[data-testid="sort-value"]').click();
  const ascending = (await column(2)).map(amount);
  assert.deepEqual(ascending, [...ascending].sort((a, b) => a - b), 'then smallest first');
  await breakdown.locator('[data-testid="sort-label"]').click();
  const labels = await column(1);
  assert.deepEqual(labels, [...labels].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
  const [download] = await Promise.all([page.waitForEvent('download'), breakdown.locator('[data-testid="breakdown-csv"]').click()]);
  const bytes = readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM for Excel');
  assert.equal(bytes.toString('utf8').split('\r\n').filter(Boolean).length, rows + 1);
  assert.deepEqual(page.kbErrors, []);
});

test('a shared link reproduces the view for a teammate who drops the same export', async () => {
  const { page, app } = await open();
  await app.pickFiles([fixture('orders_small.csv')]);
  await app.waitForDatasets(1);
  await app.setGranularity('quarter');
  await page.locator('[data-testid="period"]').selectOption('last_full_month');
  await page.waitForTimeout(200);
  const values = await app.kpiValues();
  const link = await app.shareUrl();
  assert.match(link, /#v1\./);
  assert.ok(link.length < 2000, `link length ${link.length}`);
  assert.ok(!link.includes('250.50') && !link.includes('C2'), 'no data value in the link');

  const context = await browser().newContext();
  const mate = await open({ context, fragment: link.slice(link.indexOf('#')) });
  await mate.page.locator('[data-testid="waiting-for"]').waitFor();
  assert.match(await mate.page.locator('[data-testid="waiting-for"]').innerText(), /orders/i);
  await mate.app.dropFiles([fixture('orders_small.csv')]);
  await mate.app.waitForDatasets(1);
  await mate.page.waitForTimeout(200);
  assert.equal(await mate.page.locator('[data-testid="granularity"]').inputValue(), 'quarter');
  assert.deepEqual(await mate.app.kpiValues(), values);
  assert.equal(await mate.page.locator('[data-testid="waiting-for"]').count(), 0);
  await context.close();
});

test('custom dates give the figures of the same dates chosen by a preset, in either order, and travel in the link', async () => {
  const { page, app } = await open();
  await app.loadSample();
  await app.waitForDatasets(10);
  const period = page.locator('[data-testid="period-text"]');
  const periodIs = (iso) => page.waitForFunction((v) => document.querySelector('[data-testid="period-text"]')?.dataset.period === v, iso);
  const allData = await app.kpiValues();
  const allIso = await period.getAttribute('data-period');
  assert.equal(await page.locator('[data-testid="period-start"]').count(), 0, 'no date fields until custom dates are chosen');
  // Choosing custom dates starts from the period shown: nothing changes yet.
  await page.locator('[data-testid="period"]').selectOption('custom');
  const [start, end] = allIso.split('/');
  assert.equal(await page.locator('[data-testid="period-start"]').inputValue(), start);
  assert.equal(await page.locator('[data-testid="period-end"]').inputValue(), end);
  await page.waitForTimeout(200);
  assert.deepEqual(await app.kpiValues(), allData);
  // The dates of the last full quarter, typed in, give that preset's figures.
  await page.locator('[data-testid="period"]').selectOption('last_full_quarter');
  await page.waitForFunction((v) => document.querySelector('[data-testid="period-text"]')?.dataset.period !== v, allIso);
  const quarterIso = await period.getAttribute('data-period');
  const quarter = await app.kpiValues();
  assert.notDeepEqual(quarter, allData);
  const [qStart, qEnd] = quarterIso.split('/');
  await page.locator('[data-testid="period"]').selectOption('all');
  await periodIs(allIso);
  await page.locator('[data-testid="period"]').selectOption('custom');
  // The end first, then a start past it: the period runs between the two days.
  await page.locator('[data-testid="period-end"]').fill(qStart);
  await periodIs(`${start}/${qStart}`);
  await page.locator('[data-testid="period-start"]').fill(qEnd);
  await periodIs(quarterIso);
  assert.equal(await page.locator('[data-testid="period-start"]').inputValue(), qStart);
  assert.equal(await page.locator('[data-testid="period-end"]').inputValue(), qEnd);
  await page.waitForTimeout(200);
  assert.deepEqual(await app.kpiValues(), quarter);
  await page.screenshot({ path: `${shots}/custom-dates.png` });
  // A teammate opening the link sees the same dates and figures.
  const link = await app.shareUrl();
  const context = await browser().newContext();
  const mate = await open({ context, fragment: link.slice(link.indexOf('#')) });
  await mate.app.loadSample();
  await mate.app.waitForDatasets(10);
  await mate.page.waitForFunction((v) => document.querySelector('[data-testid="period-text"]')?.dataset.period === v, quarterIso);
  assert.equal(await mate.page.locator('[data-testid="period"]').inputValue(), 'custom');
  assert.equal(await mate.page.locator('[data-testid="period-start"]').inputValue(), qStart);
  await mate.page.waitForTimeout(200);
  assert.deepEqual(await mate.app.kpiValues(), quarter);
  await context.close();
  assert.deepEqual(page.kbErrors, []);
});

test('the view survives a reload, and removing the file empties the dashboard', async () => {
  const { page, app } = await open();
  await app.pickFiles([fixture('orders_small.csv')]);
  await app.waitForDatasets(1);
  await app.setGranularity('year');
  await page.waitForTimeout(200);
  await page.reload();
  await app.ready();
  await app.pickFiles([fixture('orders_small.csv')]);
  await app.waitForDatasets(1);
  assert.equal(await page.locator('[data-testid="granularity"]').inputValue(), 'year');
  await page.locator('[data-testid="remove-dataset"]').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-kpi]').length === 0);
  assert.deepEqual(page.kbErrors, []);
});

test('a broken link opens the page with defaults and one clear message', async () => {
  const { page, app } = await open({ fragment: '#v1.%%%not-base64' });
  const notice = page.locator('.kb-notice');
  await notice.waitFor();
  assert.ok((await notice.innerText()).length > 10);
  await app.loadSample();
  await app.waitForDatasets(10);
  assert.notEqual(await app.kpiValue('revenue'), '');
});

test('cards can be pinned, reordered and hidden; a target shows its progress', async () => {
  const { page, app } = await open();
  await app.loadSample();
  await app.waitForDatasets(10);
  for (const id of ['aov', 'nps']) await page.locator(`[data-kpi="${id}"] [data-testid="pin"]`).first().click();
  assert.deepEqual(await app.cardsIn('pinned'), ['aov', 'nps']);
  await page.locator('[data-area="pinned"] [data-kpi="nps"] [title="Move up"]').click();
  assert.deepEqual(await app.cardsIn('pinned'), ['nps', 'aov']);
  await page.locator('[data-kpi="units"] [data-testid="hide"]').click();
  assert.equal(await page.locator('[data-kpi="units"]').count(), 0);

  const detail = await app.openDetail('revenue');
  await detail.locator('[data-testid="target-value"]').fill('4000000');
  await detail.locator('[data-testid="target-deadline"]').fill('2025-06-30');
  await detail.locator('[data-testid="target-editor"] button[type="submit"]').click();
  await page.keyboard.press('Escape');
  await page.locator('[data-kpi="revenue"] .kb-kpi-card__target').filter({ hasText: /of target/ }).first().waitFor();
  const link = await app.shareUrl();
  assert.ok(link.length < 2000);
  await page.screenshot({ path: `${shots}/pinned-and-target.png` });
  assert.deepEqual(page.kbErrors, []);
});

test('a channel filter narrows every figure and clearing it restores them', async () => {
  const { page, app } = await open();
  await app.loadSample();
  await app.waitForDatasets(10);
  const total = Number(await app.kpiValue('revenue'));
  const filter = page.locator('[data-testid="filter"][data-role="channel"]');
  // A closed drop-down lays out none of its values (a dimension may have thousands).
  assert.equal(await filter.locator('li').count(), 0);
  await filter.locator('summary').click();
  await filter.locator('label', { hasText: /^email$/ }).locator('input').check();
  await page.waitForFunction((t) => Number(document.querySelector('[data-kpi="revenue"]').dataset.value) !== t, total);
  const email = Number(await app.kpiValue('revenue'));
  assert.ok(email > 0 && email < total, `email revenue ${email} of ${total}`);
  await page.locator('[data-testid="filters"] button', { hasText: /Clear/ }).click();
  await page.waitForFunction((t) => Number(document.querySelector('[data-kpi="revenue"]').dataset.value) === t, total);
  assert.deepEqual(page.kbErrors, []);
});

test('with the opt-in, files are remembered on this device until "Forget everything"', async () => {
  const { page, app } = await open();
  await page.locator('[data-testid="remember-files"]').check();
  await app.pickFiles([fixture('orders_small.csv')]);
  await app.waitForDatasets(1);
  await page.waitForTimeout(300);
  await page.reload();
  await app.ready();
  await app.waitForDatasets(1);
  assert.equal(Number(await app.kpiValue('revenue')), 450.75);
  await page.locator('[data-testid="forget-everything"]').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="dataset"]').length === 0);
  await page.reload();
  await app.ready();
  await page.waitForTimeout(500);
  assert.equal(await page.locator('[data-testid="dataset"]').count(), 0);
  assert.equal(await page.locator('[data-testid="remember-files"]').isChecked(), false);
  assert.deepEqual(page.kbErrors, []);
});

test('a snapshot link shows the figures to a teammate without the exports, and no data rows', async () => {
  const { page, app } = await open();
  await app.pickFiles([fixture('orders_small.csv')]);
  await app.waitForDatasets(1);
  await page.locator('[data-testid="snapshot"] summary').click();
  assert.match(await page.locator('[data-testid="snapshot"]').innerText(), /no rows/);
  await page.locator('[data-testid="snapshot-create"]').click();
  const link = await page.locator('[data-testid="snapshot-url"]').inputValue();
  assert.match(link, /#s1\./);
  const context = await browser().newContext();
  const mate = await open({ context, fragment: link.slice(link.indexOf('#')) });
  const row = mate.page.locator('[data-snapshot-kpi="revenue"]');
  await row.waitFor();
  assert.match(await row.innerText(), /450[.,]75/);
  assert.equal(await mate.page.locator('[data-testid="dataset"]').count(), 0);
  await context.close();
});

test('every chart type is drawn in the detail view, at desktop and tablet widths', async () => {
  for (const width of [1440, 800]) {
    const { page, app } = await open();
    await page.setViewportSize({ width, height: 1000 });
    await app.loadSample();
    await app.waitForDatasets(10);
    await page.screenshot({ path: `${shots}/dashboard-${width}.png` });
    for (const id of ['cohorts', 'funnel', 'peak_times', 'mrr_movements', 'nps_mix']) {
      const detail = await app.openDetail(id);
      // A KPI without a time series (cohorts, weekday × hour) shows its chart as the main one.
      const mainRows = await detail.locator('.kb-detail__table-view summary').textContent();
      assert.doesNotMatch(mainRows, /· 0 /, `${id}: the main chart has data`);
      if (['funnel', 'mrr_movements', 'nps_mix'].includes(id)) {
        assert.ok(await detail.locator('.kb-detail__breakdown svg').count() >= 1, `${id} has its chart under the series`);
      }
      if (id === 'mrr_movements') {
        assert.ok(await detail.locator('.kb-detail__breakdown svg').count() >= 2, 'waterfall and stacked bars by month');
        await detail.locator('.kb-detail__breakdown').nth(1).scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${shots}/detail-mrr_movements-monthly-${width}.png` });
      }
      await page.screenshot({ path: `${shots}/detail-${id}-${width}.png` });
      await page.keyboard.press('Escape');
      await detail.waitFor({ state: 'detached' });
    }
    // Line chart with its comparison series, and breakdown bar charts.
    await page.locator('[data-testid="period"]').selectOption('last_full_quarter');
    await page.locator('[data-testid="comparison"]').selectOption('previous_year');
    for (const id of ['revenue', 'sessions']) {
      const detail = await app.openDetail(id);
      assert.ok(await detail.locator('.kb-detail__chart svg').count() >= 1, `${id} has its series chart`);
      assert.ok(await detail.locator('[data-testid="breakdown"] svg').count() >= 1, `${id} has breakdown bars`);
      await page.screenshot({ path: `${shots}/detail-${id}-comparison-${width}.png` });
      await page.keyboard.press('Escape');
      await detail.waitFor({ state: 'detached' });
    }
    assert.deepEqual(page.kbErrors, []);
  }
});

test('back and forward move through view states; a file the link does not expect is named', async () => {
  const { page, app } = await open();
  await app.pickFiles([fixture('orders_small.csv')]);
  await app.waitForDatasets(1);
  await app.setGranularity('week');
  await page.waitForTimeout(150);
  await app.setGranularity('quarter');
  await page.waitForTimeout(150);
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('[data-testid="granularity"]').value === 'week');
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('[data-testid="granularity"]').value === 'quarter');

  const link = await app.shareUrl();
  const context = await browser().newContext();
  const mate = await open({ context, fragment: link.slice(link.indexOf('#')) });
  await mate.app.pickFiles([fixture('commandes_fr.csv')]);
  await mate.app.waitForDatasets(1);
  const notice = mate.page.locator('.kb-notice');
  await notice.waitFor();
  assert.match(await notice.innerText(), /commandes_fr\.csv/);
  await context.close();
});

test('money in several currencies: figures wait for a currency choice, then show that currency only', async () => {
  const { page, app } = await open();
  await app.pickFiles([fixture('orders_two_currencies.csv')]);
  await app.waitForDatasets(1);
  assert.equal(await app.kpiValue('revenue'), '', 'no sum of euros and dollars');
  assert.equal(Number(await app.kpiValue('orders')), 3, 'counts do not depend on the currency');
  const currency = page.locator('[data-testid="currency"]');
  assert.deepEqual(await currency.locator('option').allInnerTexts(), ['—', 'EUR', 'USD']);
  await currency.selectOption('EUR');
  await page.waitForFunction(() => document.querySelector('[data-kpi="revenue"]')?.dataset.value === '125.5');
  await currency.selectOption('USD');
  await page.waitForFunction(() => document.querySelector('[data-kpi="revenue"]')?.dataset.value === '50');
  assert.deepEqual(page.kbErrors, []);
});

test('the dashboard fits every screen from a tablet to a 4K monitor without sideways scrolling', async () => {
  const { page, app } = await open();
  await app.loadSample();
  await app.waitForDatasets(10);
  for (const [width, height] of [[768, 1024], [1280, 800], [1920, 1080], [3840, 2160]]) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${width}px: the page is ${overflow}px wider than the window`);
    const cramped = await page.locator('.kb-kpi-card').evaluateAll((els) =>
      els.filter((e) => e.scrollWidth > e.clientWidth + 1).length);
    assert.equal(cramped, 0, `${width}px: cards whose content overflows`);
    await page.screenshot({ path: `${shots}/dashboard-${width}x${height}.png` });
  }
  assert.deepEqual(page.kbErrors, []);
});

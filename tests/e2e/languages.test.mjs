// The sample dashboard in each language: every word changes, no figure does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useHarness, shots, fixture } from './harness.mjs';

const { open } = useHarness();

const LANGUAGES = [
  { code: 'en', revenue: 'Sales revenue' },
  { code: 'ko', revenue: /매출/ },
  { code: 'zh-TW', revenue: /營收|銷售/ },
  { code: 'zh-CN', revenue: /营收|销售/ },
  { code: 'ja', revenue: /売上/ },
  { code: 'fr', revenue: /chiffre d’affaires|Chiffre d’affaires|ventes/i },
];

test('switching the language translates the page and keeps every data-value', async () => {
  const { page, app } = await open();
  await app.loadSample();
  await app.waitForDatasets(10);
  const values = await app.kpiValues();
  const periodText = page.locator('[data-testid="period-text"]');
  const period = await periodText.getAttribute('data-period');
  assert.match(period, /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/, 'the period in ISO days');
  const periodTexts = new Set();
  for (const { code, revenue } of LANGUAGES) {
    await page.locator('[data-testid="language"]').selectOption(code);
    const name = page.locator('[data-kpi="revenue"] .kb-kpi-card__name').first();
    if (typeof revenue === 'string') assert.equal(await name.innerText(), revenue);
    else assert.match(await name.innerText(), revenue, `${code} revenue name`);
    assert.deepEqual(await app.kpiValues(), values, `${code} changes no figure`);
    assert.equal(await periodText.getAttribute('data-period'), period, `${code} keeps the ISO period`);
    periodTexts.add(await periodText.innerText());
    assert.ok(await page.locator('[data-testid="data-quality"] h3').isVisible(), `${code}: the data-quality note`);
    // Long CJK names wrap inside their card instead of overflowing it.
    const overflow = await page.locator('.kb-kpi-card__name').evaluateAll((els) =>
      els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
    assert.deepEqual(overflow, [], `${code}: names overflowing their card`);
    await page.screenshot({ path: `${shots}/sample-${code}.png` });
  }
  assert.equal(periodTexts.size, 5, 'the period reads in each date style (zh-TW and zh-CN share one)');
  assert.match(await app.shareUrl(), /#v1\./);
  assert.deepEqual(page.kbErrors, []);
});

test('the language follows the browser on a first visit', async () => {
  const { page } = await open({ locale: 'ja-JP' });
  assert.equal(await page.locator('[data-testid="language"]').inputValue(), 'ja');
});

test('numbers, money and percentages read exactly as the browser’s own Intl formats them in each language', async () => {
  const { page, app } = await open();
  await app.loadSample();
  await app.waitForDatasets(10);
  for (const { code } of LANGUAGES) {
    await page.locator('[data-testid="language"]').selectOption(code);
    await page.waitForFunction((c) => document.documentElement.lang === c, code);
    const pairs = await page.evaluate((code) => {
      const card = (id) => document.querySelector(`[data-kpi="${id}"]`);
      const shown = (id) => card(id).querySelector('.kb-kpi-card__value').textContent;
      const value = (id) => Number(card(id).dataset.value);
      const intl = (options, id) => new Intl.NumberFormat(code, options).format(value(id));
      return [
        [shown('orders'), intl({}, 'orders')],
        [shown('units'), intl({}, 'units')],
        [shown('gross_margin'), intl({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }, 'gross_margin')],
      ];
    }, code);
    for (const [shown, expected] of pairs) assert.equal(shown, expected, `${code}`);
    const [shown, expected] = await page.evaluate((code) => {
      const card = document.querySelector('[data-kpi="revenue"]');
      return [card.querySelector('.kb-kpi-card__value').textContent,
        new Intl.NumberFormat(code, { style: 'currency', currency: 'EUR' }).format(Number(card.dataset.value))];
    }, code);
    assert.equal(shown, expected, `${code} euros`);
  }
  assert.deepEqual(page.kbErrors, []);
});

test('won are shown without minor units, as Intl does', async () => {
  const { page, app } = await open();
  await app.pickFiles([fixture('orders_krw.csv')]);
  await app.waitForDatasets(1);
  assert.equal(Number(await app.kpiValue('revenue')), 1269800);
  for (const { code } of LANGUAGES) {
    await page.locator('[data-testid="language"]').selectOption(code);
    await page.waitForFunction((c) => document.documentElement.lang === c, code);
    const [shown, expected] = await page.evaluate((code) => {
      const card = document.querySelector('[data-kpi="revenue"]');
      return [card.querySelector('.kb-kpi-card__value').textContent,
        new Intl.NumberFormat(code, { style: 'currency', currency: 'KRW' }).format(Number(card.dataset.value))];
    }, code);
    assert.equal(shown, expected, `${code} won`);
  }
  assert.deepEqual(page.kbErrors, []);
});

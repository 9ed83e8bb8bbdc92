// Launches Debian's Chromium through playwright-core with the flags that work offline on these machines,
// and records every request and console error of each page.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../tools/package.json', import.meta.url));
const { chromium } = require('playwright-core');

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions',
];

/** Extra Chromium flags for experiments (e.g. `KB_CHROMIUM_FLAGS='--js-flags=--no-liftoff'`), separated by `;`. */
const EXTRA_ARGS = (process.env.KB_CHROMIUM_FLAGS ?? '').split(';').filter(Boolean);

/** A browser with a fresh temporary profile (Playwright creates and removes it). */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...EXTRA_ARGS],
  });
}

/** Opens a page that records requests (`page.kbRequests`) and console errors (`page.kbErrors`). */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...options });
  const page = await context.newPage();
  page.kbRequests = [];
  page.kbErrors = [];
  page.on('request', (r) => page.kbRequests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') page.kbErrors.push(m.text()); });
  page.on('pageerror', (e) => page.kbErrors.push(String(e)));
  await page.goto(url);
  return page;
}

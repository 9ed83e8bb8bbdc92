// Shared set-up of the browser test files: serves dist/ under a sub-path, launches Chromium, opens pages,
// and after each file checks the no-data-leaves-the-browser rule over every page it opened.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { launch, openPage } from './browser.mjs';
import { DashboardPage } from './dashboard_page.mjs';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const fixture = (name) => `${root}tests/fixtures/e2e/${name}`;
export const shots = `${root}target/screenshots`;
mkdirSync(shots, { recursive: true });

/** Registers the hooks of one test file; returns { open, server() }. */
export function useHarness() {
  let server;
  let browser;
  const pages = [];
  before(async () => {
    server = await startServer(`${root}dist`);
    browser = await launch();
  });
  after(async () => {
    for (const page of pages) {
      const foreign = page.kbRequests.filter((u) => !u.startsWith(server.base) && !u.startsWith('data:') && !u.startsWith('blob:'));
      assert.deepEqual(foreign, [], `requests outside the page's own files: ${foreign.join(', ')}`);
    }
    await browser?.close();
    await server?.close();
  });
  /** Opens the page (optionally at a fragment, optionally in an existing context) and waits for the app. */
  async function open({ fragment = '', context, locale } = {}) {
    const page = context ? await context.newPage() : null;
    let p = page;
    if (p) {
      p.kbRequests = []; p.kbErrors = [];
      p.on('request', (r) => p.kbRequests.push(r.url()));
      p.on('console', (m) => { if (m.type() === 'error') p.kbErrors.push(m.text()); });
      p.on('pageerror', (e) => p.kbErrors.push(String(e)));
      await p.goto(server.base + fragment);
    } else {
      p = await openPage(browser, server.base + fragment, locale ? { locale } : {});
    }
    pages.push(p);
    const app = new DashboardPage(p);
    await app.ready();
    return { page: p, app };
  }
  return { open, server: () => server, browser: () => browser };
}

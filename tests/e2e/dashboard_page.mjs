// Page object of the dashboard, keyed on the data-testid / data-kpi contract of DESIGN.md.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

export class DashboardPage {
  constructor(page) { this.page = page; }

  /** Waits for the app to mount (the drop zone is shown). */
  async ready() { await this.page.locator('[data-testid="drop-zone"]').waitFor(); }

  async loadSample() {
    await this.page.locator('[data-testid="sample-data"]').click();
  }

  /** Picks files with the file input. */
  async pickFiles(paths) {
    await this.page.locator('[data-testid="file-input"]').setInputFiles(paths);
  }

  /** Drops files on the drop zone with real dragenter/dragover/drop events carrying a DataTransfer. */
  async dropFiles(paths) {
    await this.dropFilesOn('[data-testid="drop-zone"]', paths);
  }

  /**
   * Drops files on the element of `selector` (dragenter, dragover, then drop; `before_drop` runs between
   * the dragover and the drop). Returns whether the page took the dragover (prevented its default, so that
   * the browser does not open the file instead) and the drop.
   */
  async dropFilesOn(selector, paths, beforeDrop = async () => {}) {
    const files = paths.map((p) => ({ name: basename(p), bytes: [...readFileSync(p)] }));
    const taken = await this.page.evaluate(({ selector, files }) => {
      const target = document.querySelector(selector);
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'text/csv' }));
      window.kbDragged = dt;
      const taken = {};
      for (const type of ['dragenter', 'dragover']) {
        taken[type] = !target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
      }
      return taken;
    }, { selector, files });
    await beforeDrop();
    taken.drop = await this.page.evaluate((selector) => !document.querySelector(selector)
      .dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: window.kbDragged })), selector);
    return taken;
  }

  /** The dataset list entries: [{ name, kind, rows }]. */
  async datasets() {
    return this.page.locator('[data-testid="dataset"]').evaluateAll((els) =>
      els.map((e) => ({ name: e.dataset.name, kind: e.dataset.kind, rows: Number(e.dataset.rows) })));
  }

  /** Waits until `count` datasets are listed. */
  async waitForDatasets(count) {
    await this.page.waitForFunction((n) => document.querySelectorAll('[data-testid="dataset"][data-rows]').length >= n, count);
  }

  /** The raw data-value of a KPI card ('' when the KPI has no value); waits for the card. */
  async kpiValue(id) {
    const card = this.page.locator(`[data-kpi="${id}"]`).first();
    await card.waitFor();
    return card.getAttribute('data-value');
  }

  /** All KPI cards: { id: value }. */
  async kpiValues() {
    return this.page.locator('[data-kpi]').evaluateAll((els) =>
      Object.fromEntries(els.map((e) => [e.dataset.kpi, e.getAttribute('data-value')])));
  }

  /** Opens the detail view of a KPI card and returns its locator. */
  async openDetail(id) {
    await this.page.locator(`[data-kpi="${id}"] .kb-kpi-card__open`).first().click();
    const detail = this.page.locator('[data-testid="detail-view"]');
    await detail.waitFor();
    return detail;
  }

  /** The KPI ids of the cards in one area section, in page order. */
  async cardsIn(area) {
    return this.page.locator(`[data-area="${area}"] [data-kpi]`).evaluateAll((els) => els.map((e) => e.dataset.kpi));
  }

  async setGranularity(value) { await this.page.locator('[data-testid="granularity"]').selectOption(value); }

  async shareUrl() {
    const el = this.page.locator('[data-testid="share-url"]');
    return (await el.inputValue().catch(() => null)) ?? el.textContent();
  }
}

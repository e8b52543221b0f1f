import { expect, type Page } from '@playwright/test';

/** Page object for the inventory table (used by inventory.spec.ts). */
export class InventoryPage {
  constructor(readonly page: Page) {}

  get table() {
    return this.page.getByRole('table', { name: 'Devices' });
  }

  get filter() {
    return this.page.getByRole('combobox', { name: 'Filter devices' });
  }

  /** Waits until every device is listed and described. */
  async waitUntilLoaded() {
    await expect(this.page.getByText(/^Every device in/)).toBeVisible({ timeout: 120_000 });
  }

  /** Types a filter like `State = LOCKED` and applies it. */
  async filterBy(text: string) {
    await this.filter.fill(text);
    await this.filter.press('Enter');
  }

  /** The texts of one column on the current page, by its header. */
  async column(header: string): Promise<string[]> {
    return this.table.evaluate((t, h) => {
      const heads = [...t.querySelectorAll('thead tr > *')];
      const i = heads.findIndex((el) => (el.textContent ?? '').trim().startsWith(h));
      if (i < 0) throw new Error(`no column ${h}`);
      return [...t.querySelectorAll('tbody tr')].map((r) => (r.children[i]?.textContent ?? '').trim());
    }, header);
  }

  /** The number in the heading's counter: "(12/60)" gives 12, "(60)" gives 60. */
  async counter(): Promise<number> {
    const text = (await this.page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    return Number(/\(([\d,]+)/.exec(text)?.[1]?.replace(/,/g, '') ?? NaN);
  }
}

import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { brokenWords, expect, test, type Dashboard } from './fixtures';
import { InventoryPage } from './inventory-page';

// The devices views read at a glance from 1024 px up: columns that fit, no word broken inside
// itself, product names for device types, and axe clean in light and dark mode.
test.describe.configure({ timeout: 180_000 });

const WIDE = { width: 1440, height: 900 };
const NARROW = { width: 1024, height: 768 };
const SHOTS = 'test-results/screenshots';
const PRODUCT_NAMES = [
  'Snowball Edge Compute Optimized', 'Snowball Edge Compute Optimized with GPU', 'Snowball Edge Compute Optimized (AMD EPYC Gen2, NVMe)',
  'Snowball Edge Storage Optimized', 'Snowball Edge Storage Optimized 210 TB', 'Snowcone HDD', 'Snowcone SSD',
];

async function darkMode(page: Page) {
  await page.addInitScript(() => localStorage.setItem('snow-dashboard:preferences', JSON.stringify({ theme: 'dark' })));
}

async function screenshot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** The element that scrolls the table sideways, measured: scrollWidth and clientWidth. */
function scroller(table: Locator) {
  return table.evaluate((t) => {
    let el: HTMLElement | null = t.parentElement;
    while (el && !['auto', 'scroll'].includes(getComputedStyle(el).overflowX)) el = el.parentElement;
    const s = el ?? t;
    return { scrollWidth: s.scrollWidth, clientWidth: s.clientWidth };
  });
}

async function openInventory(dashboard: Dashboard, page: Page) {
  await dashboard.open('/devices', { devices: 60 });
  const inv = new InventoryPage(page);
  await inv.waitUntilLoaded();
  return inv;
}

async function openDevice(dashboard: Dashboard, page: Page) {
  await dashboard.open('/devices');
  const { compute } = await dashboard.wellKnown();
  await page.goto(`/devices/${compute}?region=us-west-2`);
  await expect(dashboard.table('EC2 instances').getByText(/^s\.i-[0-9a-f]{17}$/)).toHaveCount(3);
  await expect(dashboard.table('Tags').getByRole('row')).not.toHaveCount(1);
  await expect(dashboard.table('Task history')).toBeVisible();
  return compute;
}

test.describe('at 1440 × 900', () => {
  test.use({ viewport: WIDE });

  test('the inventory shows its default columns without scrolling sideways, device types by product name', async ({ dashboard, page }) => {
    const inv = await openInventory(dashboard, page);
    const headers = await inv.table.locator('thead th').allTextContents();
    expect(headers.map((h) => h.trim()).filter(Boolean).map((h) => h.replace(/\s*\(.*$/, ''))).toEqual([
      'Device ID', 'Name', 'Type', 'State', 'Status', 'Software', 'Storage used',
    ]);
    // Status carries the last contact under it.
    expect((await inv.column('Status'))[0]).toMatch(/^(Online|Offline)(just now|\d+ \w+ ago)$/);
    const { scrollWidth, clientWidth } = await scroller(inv.table);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);

    const types = await inv.column('Type');
    expect(types.length).toBeGreaterThan(10);
    for (const t of types) expect(PRODUCT_NAMES).toContain(t);
    // The API code is on hover and in the filter.
    await expect(inv.table.locator('[title*="device type code SNC1_HDD"]').first()).toBeAttached();
    await inv.filterBy('Type = SNC1_HDD');
    await expect.poll(async () => [...new Set(await inv.column('Type'))]).toEqual(['Snowcone HDD']);

    // A copy button for each device id, as on the device page.
    const [first] = await inv.column('Device ID');
    await expect(inv.table.getByRole('button', { name: 'Copy Device ID' }).first()).toBeVisible();
    expect(first).toMatch(/^smd-[a-z0-9]{14}$/);
    await expect(page.getByRole('button', { name: /^Show \d+ online devices$/ })).toBeVisible();
  });

  test('in several regions the Region column comes right after Name', async ({ dashboard, page }) => {
    await page.addInitScript(() => localStorage.setItem('snow-dashboard:inventory-table', JSON.stringify({ contentDisplay: [{ id: 'id', visible: true }, { id: 'name', visible: true }, { id: 'type', visible: true }] })));
    await dashboard.open('/settings', { devices: 12 });
    await dashboard.addRegion('eu-west-1');
    await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Devices' }).click();
    const inv = new InventoryPage(page);
    await inv.waitUntilLoaded();
    const headers = (await inv.table.locator('thead th').allTextContents()).map((h) => h.trim()).filter(Boolean);
    expect(headers.slice(0, 3)).toEqual(['Device ID', 'Name', 'Region']);
  });
});

test.describe('at 1024 × 768', () => {
  test.use({ viewport: NARROW });

  test('the summary folds into one line and the device id stays in view when the table scrolls sideways', async ({ dashboard, page }) => {
    const inv = await openInventory(dashboard, page);
    const summary = page.getByRole('button', { name: /Fleet summary/ });
    await expect(summary).toBeVisible();
    await expect(page.getByRole('button', { name: /^Show \d+ online devices$/ })).toBeHidden();
    const box = await page.getByRole('heading', { name: /Fleet summary/ }).locator('xpath=ancestor::div[1]').boundingBox();
    expect(box?.height ?? 0).toBeLessThan(120);

    const id = inv.table.locator('tbody tr').first().locator('th, td').nth(1);
    await inv.table.evaluate((t) => {
      let el: HTMLElement | null = t.parentElement;
      while (el && !['auto', 'scroll'].includes(getComputedStyle(el).overflowX)) el = el.parentElement;
      el?.scrollBy({ left: 2000 });
    });
    const wrapper = await inv.table.evaluate((t) => t.parentElement!.getBoundingClientRect().left);
    const cell = await id.boundingBox();
    expect(cell?.x ?? -1).toBeGreaterThanOrEqual(wrapper - 1);
    await expect(id.getByRole('link')).toBeInViewport();

    await summary.click();
    await expect(page.getByRole('button', { name: /^Show \d+ online devices$/ })).toBeVisible();
  });
});

for (const viewport of [WIDE, NARROW]) {
  test(`no table cell on the device page breaks a word at ${viewport.width} px`, async ({ dashboard, page }) => {
    await page.setViewportSize(viewport);
    await openDevice(dashboard, page);
    await expect(page.getByText('Snowball Edge Compute Optimized', { exact: true })).toBeVisible();
    await expect(page.getByText('Device type code EDGE_C')).toBeVisible();
    await expect(dashboard.table('EC2 instances').getByText('Running').first()).toBeVisible();
    expect(await brokenWords(page.locator('main'))).toEqual([]);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`the inventory and the device page are axe clean in ${theme} mode, and look right at both sizes`, async ({ dashboard, page }) => {
    if (theme === 'dark') await darkMode(page);
    for (const viewport of [WIDE, NARROW]) {
      await page.setViewportSize(viewport);
      await openInventory(dashboard, page);
      await screenshot(page, `inventory-${viewport.width}-${theme}`);
      if (viewport === WIDE) await dashboard.expectAccessible();
      await openDevice(dashboard, page);
      await screenshot(page, `device-${viewport.width}-${theme}`);
      if (viewport === WIDE) await dashboard.expectAccessible();
    }
  });
}

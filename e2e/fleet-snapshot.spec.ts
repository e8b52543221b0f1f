import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { InventoryPage } from './inventory-page';

// The simulator builds and compresses the snapshot in the page: allow time for it.
test.describe.configure({ timeout: 180_000 });

const DEVICES = 400;

/** Auto refresh off keeps request counts exact. */
async function noAutoRefresh(page: Page) {
  await page.addInitScript(() => localStorage.setItem('snow-dashboard:preferences', JSON.stringify({ autoRefresh: false })));
}

test('with the shared snapshot, every device shows at once with its age and only the rows on screen are described', async ({ dashboard, page }) => {
  await noAutoRefresh(page);
  await dashboard.open('/devices', { devices: DEVICES, snapshot: 4 });
  const inv = new InventoryPage(page);
  // Written 4 minutes ago; the shared 15-second clock may still read a moment earlier.
  await expect(page.getByText(/^Fleet as of [34] minutes ago, from the shared snapshot/)).toBeVisible();
  expect(await inv.counter()).toBe(DEVICES);
  const onScreen = await inv.table.locator('tbody tr').count();
  expect(onScreen).toBeGreaterThan(0);
  expect(onScreen).toBeLessThan(DEVICES);

  const requests = () => dashboard.sim((s) => s.stats().requests);
  await expect.poll(async () => (await requests()).DescribeDevice ?? 0).toBe(onScreen);
  // Nothing more goes out while the operator stays on the page: no listing, no background fill.
  await page.waitForTimeout(2_000);
  expect(await requests()).toEqual({ GetObject: 1, DescribeDevice: onScreen });

  // The next page's rows are described when they come on screen.
  await page.getByRole('button', { name: 'Next page' }).click();
  const second = await inv.table.locator('tbody tr').count();
  await expect.poll(async () => (await requests()).DescribeDevice ?? 0).toBe(onScreen + second);

  // Refresh still describes the whole fleet from the service.
  await page.getByRole('button', { name: 'Refresh devices' }).click();
  await inv.waitUntilLoaded();
  expect((await requests()).ListDevices).toBe(Math.ceil(DEVICES / 100));
  // Every device is described again (the rows keep their descriptions on screen meanwhile).
  await expect.poll(async () => (await requests()).DescribeDevice ?? 0, { timeout: 120_000 }).toBeGreaterThanOrEqual(onScreen + DEVICES);
  await expect(page.getByText(/from the shared snapshot/)).toHaveCount(0);
});

test('a snapshot the schedule stopped writing is reported and the fleet is described from the service', async ({ dashboard, page }) => {
  await noAutoRefresh(page);
  await dashboard.open('/devices', { devices: 60, snapshot: 90 });
  const inv = new InventoryPage(page);
  await expect(page.getByText('The shared fleet snapshot was not used')).toBeVisible();
  await expect(page.getByText(/us-west-2: it was written 90 minutes ago, though it is written every 5 minutes/)).toBeVisible();
  await inv.waitUntilLoaded();
  const requests = await dashboard.sim((s) => s.stats().requests);
  expect(requests.DescribeDevice).toBe(60);
  await dashboard.expectAccessible();
});

test('without a snapshot the inventory loads as before and reads none', async ({ dashboard, page }) => {
  await noAutoRefresh(page);
  await dashboard.open('/devices', { devices: 60 });
  await new InventoryPage(page).waitUntilLoaded();
  const requests = await dashboard.sim((s) => s.stats().requests);
  expect(requests.GetObject).toBeUndefined();
  expect(requests.DescribeDevice).toBe(60);
});

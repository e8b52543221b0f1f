import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, type Dashboard } from './fixtures';
import { InventoryPage } from './inventory-page';

// Large fleets, functionally: every device is listed and reachable, a filter narrows to
// exactly the matching devices, select-all and export cover all of them. The simulator has
// no latency here; speed is measured by `npm run bench`, never asserted.
// Listing 50,000 devices is 500 pages one after the other: allow for a busy machine. No
// trace: it would record every one of the tens of thousands of simulated calls.
test.describe.configure({ timeout: 900_000 });
test.use({ trace: 'off' });

const n = (x: number) => x.toLocaleString('en');

/** Device ids of a simulated region, straight from the simulator. */
function simulatorIds(dashboard: Dashboard, region: string): Promise<string[]> {
  // `devices` is the simulator's own list (mocks/simulator.ts), beyond the handle's typed part.
  return dashboard.sim((s, r) => (s as unknown as { devices(r: string): { id: string }[] }).devices(r).map((d) => d.id), region);
}

async function waitUntilListed(page: Page, total: number) {
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`(${n(total)})`, { timeout: 800_000 });
  await expect(page.getByText('Listing devices.')).toHaveCount(0, { timeout: 60_000 });
}

async function exported(page: Page, format: 'CSV' | 'JSON'): Promise<string> {
  await page.getByRole('button', { name: 'Export devices' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: new RegExp(`^${format}`) }).click();
  return readFileSync((await (await download).path())!, 'utf8');
}

test('50,000 devices in one region: every one listed, filtered, selected and exported', async ({ dashboard, page }) => {
  const total = 50_000;
  await dashboard.open('/devices', { devices: total, latency: 0, throttle: 50 });
  const inv = new InventoryPage(page);
  await waitUntilListed(page, total);
  const ids = await simulatorIds(dashboard, 'us-west-2');
  expect(ids).toHaveLength(total);

  // The last page holds the last 50 devices of the listing.
  const pages = total / 50;
  await page.getByRole('button', { name: `Page ${pages} of ${pages}` }).click();
  await expect(inv.table.locator('tbody tr')).toHaveCount(50);
  await expect.poll(async () => new Set(await inv.column('Device ID'))).toEqual(new Set(ids.slice(-50)));

  // A filter narrows to exactly the devices whose id starts so.
  const wanted = ids.filter((id) => id.startsWith('smd-0'));
  await inv.filterBy('Device ID ^ smd-0');
  await expect(page.getByRole('button', { name: /Remove filter Device ID \^ smd-0/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`(${n(wanted.length)}/${n(total)})`);
  for (const id of await inv.column('Device ID')) expect(id.startsWith('smd-0')).toBe(true);

  // Select all matching selects every one of them, across pages.
  await page.getByRole('checkbox', { name: 'Select all devices on this page' }).check();
  await page.getByRole('button', { name: `Select all ${n(wanted.length)} matching` }).click();
  await expect(page.getByRole('status').filter({ hasText: `${n(wanted.length)} devices selected` })).toBeVisible();

  // The export holds exactly the matching devices; without the filter, every device.
  const csv = (await exported(page, 'CSV')).slice(1).trimEnd().split('\r\n').slice(1);
  expect(new Set(csv.map((line) => line.split(',')[0]))).toEqual(new Set(wanted));
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`(${n(wanted.length)}/${n(total)})`);
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`(${n(total)})`);
  const all = JSON.parse(await exported(page, 'JSON')) as { managedDeviceId: string }[];
  expect(all).toHaveLength(total);
  expect(new Set(all.map((d) => d.managedDeviceId))).toEqual(new Set(ids));
});

test('3 × 10,000 devices across three regions: each region filters, selects and exports its own', async ({ dashboard, page }) => {
  const perRegion = 10_000;
  const regions = ['us-west-2', 'eu-west-1', 'us-east-1'];
  await page.addInitScript((r) => localStorage.setItem('snow-dashboard:connection', JSON.stringify({ regions: r })), regions);
  await dashboard.open('/devices', { devices: perRegion, latency: 0, throttle: 50 });
  const inv = new InventoryPage(page);
  await waitUntilListed(page, perRegion * regions.length);
  const ids = await simulatorIds(dashboard, 'eu-west-1');

  await inv.filterBy('Region = eu-west-1');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`(${n(perRegion)}/${n(perRegion * regions.length)})`);
  for (const region of await inv.column('Region')) expect(region).toBe('eu-west-1');

  await page.getByRole('checkbox', { name: 'Select all devices on this page' }).check();
  await page.getByRole('button', { name: `Select all ${n(perRegion)} matching` }).click();
  await expect(page.getByRole('status').filter({ hasText: `${n(perRegion)} devices selected` })).toBeVisible();

  const rows = JSON.parse(await exported(page, 'JSON')) as { managedDeviceId: string; region: string }[];
  expect(rows).toHaveLength(perRegion);
  expect(rows.every((r) => r.region === 'eu-west-1')).toBe(true);
  expect(new Set(rows.map((r) => r.managedDeviceId))).toEqual(new Set(ids));
});

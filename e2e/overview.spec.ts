import type { Page } from '@playwright/test';
import { totalUsedPercent } from '../src/lib/rules/capacity';
import { onlineStatus } from '../src/lib/rules/online';
import { installInProgress } from '../src/lib/rules/software';
import { expect, test, type Dashboard } from './fixtures';
import { InventoryPage } from './inventory-page';

// Describing a fleet in the browser is CPU-bound (the simulator runs in the page): allow time.
test.describe.configure({ timeout: 180_000 });

interface SimDevice {
  managedDeviceId: string;
  deviceState?: string;
  lastReachedOutAt?: number;
  deviceCapacities?: { name?: string; total?: number; used?: number; available?: number }[];
  software?: { installedVersion?: string; installingVersion?: string; installState?: string };
}

/** Every device of a region as the simulated service describes it (ListDevices to the last page, then DescribeDevice). */
function simulatorFleet(dashboard: Dashboard, region = 'us-west-2'): Promise<{ devices: SimDevice[]; now: number }> {
  return dashboard.sim((s, r) => {
    const ids: string[] = [];
    let token: string | undefined;
    do {
      const query = new URLSearchParams(token ? { nextToken: token } : {});
      const page = s.handle('ListDevices', r, { params: {}, query, body: {} }).body as { devices: { managedDeviceId: string }[]; nextToken?: string };
      ids.push(...page.devices.map((d) => d.managedDeviceId));
      token = page.nextToken;
    } while (token);
    const devices = ids.map((id) => s.handle('DescribeDevice', r, { params: { managedDeviceId: id }, query: new URLSearchParams(), body: {} }).body);
    return { devices, now: Date.now() } as { devices: SimDevice[]; now: number };
  }, region);
}

/** The overview's counters computed from the simulator's own answers with the dashboard's rules. */
function expectedCounts({ devices, now }: { devices: SimDevice[]; now: number }) {
  const storage = (d: SimDevice) => totalUsedPercent((d.deviceCapacities ?? []).filter((c) => /storage/i.test(c.name ?? '')));
  const at = (d: SimDevice) => (d.lastReachedOutAt === undefined ? undefined : new Date(d.lastReachedOutAt * 1000));
  const online = devices.filter((d) => onlineStatus({ lastReachedOutAt: at(d) }, 15 * 60_000, now) === 'online').length;
  return {
    'Show {n} devices': devices.length,
    'Show {n} devices online': online,
    'Show {n} devices offline': devices.length - online,
    'Show {n} devices with an install in progress': devices.filter((d) => installInProgress(d.software)).length,
    'Show {n} devices locked': devices.filter((d) => d.deviceState === 'LOCKED').length,
    'Show {n} devices unlocked': devices.filter((d) => d.deviceState === 'UNLOCKED').length,
    'Show {n} devices unlocking': devices.filter((d) => d.deviceState === 'UNLOCKING').length,
    'Show {n} devices with storage over 80 %': devices.filter((d) => (storage(d) ?? 0) > 80).length,
    'Show {n} devices with storage over 95 %': devices.filter((d) => (storage(d) ?? 0) > 95).length,
    'Show {n} devices that could not be described': 0,
  };
}

/** The counter whose accessible name matches the pattern ("{n}" stands for its count). */
function counter(page: Page, pattern: string) {
  const [before = '', after = ''] = pattern.split('{n}');
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // "1 device" or "3 devices": the noun follows the count.
  return page.getByRole('link', { name: new RegExp(`^${esc(before)}[\\d,]+${esc(after).replace(/devices/, 'devices?')}$`) });
}

const count = async (link: ReturnType<typeof counter>) => Number(((await link.textContent()) ?? '').replace(/,/g, ''));

test('the counters match the simulated fleet, and each opens the inventory with exactly that many devices', async ({ dashboard, page }) => {
  await dashboard.open('/');
  await expect(page.getByRole('heading', { name: 'Fleet overview', level: 1 })).toBeVisible();
  await expect(page.getByText('All 60 devices described')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Online (within 15 minutes)')).toBeVisible();

  const expected = expectedCounts(await simulatorFleet(dashboard));
  // The well-known devices make sure the fleet has each kind (mocks/README.md).
  expect(expected['Show {n} devices offline']).toBeGreaterThan(0);
  expect(expected['Show {n} devices with storage over 95 %']).toBeGreaterThan(0);
  for (const [pattern, n] of Object.entries(expected)) {
    expect([pattern, await count(counter(page, pattern))]).toEqual([pattern, n]);
  }

  const inv = new InventoryPage(page);
  for (const [pattern, n] of Object.entries(expected)) {
    await counter(page, pattern).click();
    await expect(page).toHaveURL(/\/devices/);
    await expect.poll(() => inv.counter(), { message: pattern }).toBe(n);
    if (n === 0) await expect(page.getByText('No devices match the filter.')).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Fleet overview', level: 1 })).toBeVisible();
  }
  await dashboard.expectAccessible();
});

test('a software version bar, and its row in the table view, open the inventory filtered to that version', async ({ dashboard, page }) => {
  await dashboard.open('/');
  await expect(page.getByText('All 60 devices described')).toBeVisible({ timeout: 60_000 });
  const inv = new InventoryPage(page);
  const pattern = /^Show ([\d,]+) devices? with software (\S+) installed$/;
  const opens = async (link: ReturnType<Page['getByRole']>) => {
    const [, n = '', version = ''] = pattern.exec((await link.getAttribute('aria-label')) ?? '') ?? [];
    expect(version).not.toBe('');
    await link.click();
    await expect.poll(() => inv.counter()).toBe(Number(n.replace(/,/g, '')));
    await expect(page.getByRole('button', { name: `Remove filter Software version = ${version}` })).toBeVisible();
    const shown = await inv.column('Software');
    expect(shown.length).toBeGreaterThan(0);
    for (const v of shown) expect(v).toContain(version);
  };

  // A click on the first bar pins its details, which link to its devices.
  const chart = page.getByRole('application', { name: 'Software versions' });
  const box = (await chart.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.125, box.y + box.height - 60);
  await opens(page.getByRole('link', { name: pattern }).first());

  await page.goBack();
  await page.getByRole('switch', { name: 'View software versions as table' }).or(page.getByRole('checkbox', { name: 'View software versions as table' })).click();
  const table = page.getByRole('table', { name: 'Software versions' });
  await expect(table).toBeVisible();
  await dashboard.expectAccessible();
  await opens(table.getByRole('link', { name: pattern }).last());
});

test('the overview says it is partial while devices are being described', async ({ dashboard, page }) => {
  await dashboard.open('/', { devices: 2000, latency: 80, throttle: 50 });
  await expect(page.getByText(/^Partial: [\d,]+ of [\d,]+ devices described/).first()).toBeVisible({ timeout: 30_000 });
  const devices = counter(page, 'Show {n} devices');
  // Live while the fleet fills: the described count grows without a reload.
  const described = async () => Number(/Partial: ([\d,]+) of/.exec((await page.getByText(/^Partial: [\d,]+ of/).first().textContent()) ?? '')?.[1]?.replace(/,/g, '') ?? NaN);
  const first = await described();
  await expect.poll(described, { timeout: 30_000 }).toBeGreaterThan(first);
  expect(await count(devices)).toBeGreaterThan(0);
  await dashboard.expectAccessible();
});

test('in several regions every figure can be split by region, each linking to its region', async ({ dashboard, page }) => {
  await dashboard.open('/settings', { devices: 12 });
  await dashboard.addRegion('eu-west-1');
  await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByText('All 24 devices described')).toBeVisible({ timeout: 60_000 });
  const online = await count(counter(page, 'Show {n} devices online'));

  await page.getByRole('button', { name: 'Split by region' }).click();
  await expect(page).toHaveURL(/split=region/);
  for (const region of ['us-west-2', 'eu-west-1']) {
    await expect(page.getByRole('heading', { name: `Devices in ${region}` })).toBeVisible();
    await expect(page.getByRole('heading', { name: `Software versions in ${region}` })).toBeVisible();
    await expect(counter(page, `Show {n} devices in ${region}`)).toHaveText('12');
  }
  const perRegion = await Promise.all(['us-west-2', 'eu-west-1'].map((r) => count(counter(page, `Show {n} devices online in ${r}`))));
  expect(perRegion[0]! + perRegion[1]!).toBe(online);
  await dashboard.expectAccessible();

  await counter(page, 'Show {n} devices online in eu-west-1').click();
  const inv = new InventoryPage(page);
  await expect.poll(() => inv.counter()).toBe(perRegion[1]);
  for (const region of await inv.column('Region')) expect(region).toBe('eu-west-1');
});

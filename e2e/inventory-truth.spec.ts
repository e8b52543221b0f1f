import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { InventoryPage } from './inventory-page';

// Describing a fleet in the browser is CPU-bound (the simulator runs in the page): allow time, assert no timings beyond the product's.
test.describe.configure({ timeout: 180_000 });

const region = 'us-west-2';

/** Operator preferences before the app starts (auto refresh off keeps request counts exact). */
async function preferences(page: Page, prefs: Record<string, unknown>) {
  await page.addInitScript((p) => localStorage.setItem('snow-dashboard:preferences', JSON.stringify(p)), prefs);
}

/** RFC 4180 lines into fields (quoted fields may hold commas). */
function parseCsv(text: string): string[][] {
  return text.trimEnd().split('\r\n').map((line) => {
    const out: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') { out.push(field); field = ''; } else field += c;
    }
    out.push(field);
    return out;
  });
}

test('after an unlock sent from the device page, the page and the inventory read Unlocked without a reload', async ({ dashboard, page }) => {
  await dashboard.open('/devices');
  const { locked } = await dashboard.wellKnown();
  const inv = new InventoryPage(page);
  await inv.waitUntilLoaded();
  await inv.table.getByRole('link', { name: locked }).click();
  // The inventory's rows read "Locked" too: wait until the device page has replaced them.
  await expect(page.getByRole('heading', { name: 'Device details' })).toBeVisible();
  await expect(page.getByText('Locked', { exact: true })).toBeVisible();
  await expect(page.getByText(/Updated (just now|\d+ seconds? ago)/)).toBeVisible();
  await page.evaluate(() => ((window as unknown as { __notReloaded?: boolean }).__notReloaded = true));

  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Create task', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Unlock 1 device' }).click();
  await expect(page.getByText('1 device sent in 1 task.').first()).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();

  // The execution takes about 4 s in the simulator; the page follows it without a reload.
  await expect(page.getByText('Unlocked', { exact: true })).toBeVisible({ timeout: 10_000 });
  const unlock = page.getByRole('button', { name: 'Unlock' });
  await expect(unlock).toBeDisabled();
  await unlock.hover();
  await expect(page.getByRole('tooltip')).toHaveText('The device is already unlocked.');
  await expect(dashboard.table('Task history').getByText('Succeeded')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);

  // The inventory's row heard of it as well.
  await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Devices' }).click();
  await expect(inv.table.getByRole('row', { name: new RegExp(locked) })).toContainText('Unlocked', { timeout: 5_000 });
  await dashboard.expectAccessible();
});

test('an export while the fleet is still loading marks the rows not described yet', async ({ dashboard, page }) => {
  await dashboard.open('/devices', { devices: 2000, latency: 80, throttle: 50 });
  const inv = new InventoryPage(page);
  await expect(inv.table.locator('tbody tr')).toHaveCount(50, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Export devices' }).click();
  const csv = page.getByRole('menuitem', { name: /^CSV: [\d,]+ devices( listed so far)?, [\d,]+ not yet described/ });
  await expect(csv).toBeVisible();
  await expect(page.getByRole('menuitem', { name: /^JSON: [\d,]+ devices/ })).toContainText(/API's field names/);
  const download = page.waitForEvent('download');
  await csv.click();
  const text = readFileSync((await (await download).path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header = [], ...rows] = parseCsv(text.slice(1));
  expect(header.slice(0, 7)).toEqual(['Device ID', 'Described', 'Name', 'Region', 'Type', 'State', 'Status']);
  const col = (name: string) => header.indexOf(name);
  const notYet = rows.filter((r) => r[col('Described')] === 'Not yet');
  expect(notYet.length).toBeGreaterThan(0);
  for (const r of notYet) expect([r[col('State')], r[col('Status')]]).toEqual(['', '']);
  for (const r of rows.filter((x) => x[col('Described')] === 'Yes')) expect(r[col('State')]).toMatch(/^(Locked|Unlocked|Unlocking)$/);
});

test('the summary says it is partial while devices are being described', async ({ dashboard, page }) => {
  await dashboard.open('/devices', { devices: 2000, latency: 80, throttle: 50 });
  await expect(page.getByText(/^Partial counts: [\d,]+ of [\d,]+ devices described so far/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: /^Show [\d,]+ online devices? \(of [\d,]+ described\)$/ })).toBeVisible();
  await expect(page.getByText(/^Online: the device reached out to AWS within the last 15 minutes/)).toBeVisible();
  await expect(dashboard.table('Devices').getByRole('columnheader', { name: /Status \(within 15 minutes\)/ })).toBeVisible();
});

test('the table does not move while the fleet is listed and described', async ({ dashboard, page }) => {
  // Where the table's header is, at every frame from the first paint on.
  await page.addInitScript(() => {
    const tops: number[] = [];
    Object.assign(window, { __tableTops: tops });
    const frame = () => {
      const header = document.querySelector('table thead');
      if (header) {
        const top = Math.round(header.getBoundingClientRect().top + window.scrollY);
        if (tops[tops.length - 1] !== top) tops.push(top);
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await dashboard.open('/devices', { devices: 2000, latency: 80, throttle: 50 });
  const described = async () => Number((/Partial counts: ([\d,]+) of/.exec((await page.getByText(/^Partial counts:/).textContent()) ?? '')?.[1] ?? '0').replace(/,/g, ''));
  // From "Listing devices" through the first page's rows loading and described, to hundreds described.
  await expect.poll(described, { timeout: 60_000 }).toBeGreaterThan(300);
  const tops = await page.evaluate(() => (window as unknown as { __tableTops: number[] }).__tableTops);
  expect(tops.length).toBeGreaterThan(0);
  expect(tops).toEqual([tops[0]]);
});

test('when every DescribeDevice fails, one alert says why and its one action retries exactly those rows', async ({ dashboard, page }) => {
  await preferences(page, { autoRefresh: false });
  await dashboard.open('/devices', { devices: 60, error: 'DescribeDevice:1' });
  const alert = page.getByText('60 devices could not be described', { exact: true });
  await expect(alert).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('AWS had an internal error (60 devices)')).toBeVisible();
  await expect(page.getByText(/This is usually temporary\. Retry in a moment\./).first()).toBeVisible();
  await expect(page.getByText('Partial counts: 0 of 60 devices described; 60 devices could not be described (see the alert above).')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show 0 online devices (of 0 described)' })).toBeVisible();
  await expect(page.getByText(/^Every device in/)).toHaveCount(0);
  await expect(page.getByText(/^60 devices in us-west-2, listed .*; 60 could not be described\.$/)).toBeVisible();
  await dashboard.expectAccessible();

  await dashboard.sim((s) => s.setScenario({ error: undefined }));
  await dashboard.sim((s) => s.resetStats());
  await page.getByRole('button', { name: 'Retry describing 60 devices' }).click();
  await expect(alert).toBeHidden({ timeout: 30_000 });
  await expect(page.getByText(/^Every device in us-west-2/)).toBeVisible();
  const requests = await dashboard.sim((s) => s.stats().requests);
  expect(requests.DescribeDevice).toBe(60);
  expect(requests.ListDevices ?? 0).toBe(0);
});

test('failed rows are described again by themselves once the service answers again', async ({ dashboard, page }) => {
  await preferences(page, { autoRefresh: true, autoRefreshSeconds: 5 });
  await dashboard.open('/devices', { devices: 60, error: 'DescribeDevice:1' });
  const alert = page.getByText('60 devices could not be described', { exact: true });
  await expect(alert).toBeVisible({ timeout: 60_000 });
  await dashboard.sim((s) => s.setScenario({ error: undefined }));
  // The next auto refresh describes the rows on screen; its first success brings back the rest.
  await expect(alert).toBeHidden({ timeout: 30_000 });
  await expect(page.getByText(/^Every device in us-west-2/)).toBeVisible();
});

test('with DescribeDevice denied, the device page shows unknowns and the inventory says why', async ({ dashboard, page }) => {
  await dashboard.open('/devices', { deny: ['DescribeDevice'] });
  const { compute } = await dashboard.wellKnown();
  await page.goto(`/devices/${compute}?region=${region}`);
  await expect(page.getByText('Could not be read: Access denied').first()).toBeVisible();
  await expect(page.getByText(/not allowed to perform snow-device-management:DescribeDevice in us-west-2/).first()).toBeVisible();
  for (const what of ['capacity', 'software', 'network interfaces', 'device details']) {
    await expect(page.getByRole('button', { name: `Retry reading ${what}` })).toBeVisible();
  }
  for (const fact of ['The device reports no capacity.', 'Not reported', 'No install in progress', 'The device reports no network interfaces.']) {
    await expect(page.getByText(fact)).toHaveCount(0);
  }
  await expect(page.getByText('Unknown').first()).toBeVisible();
  const unlock = page.getByRole('button', { name: 'Unlock' });
  await expect(unlock).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Reboot' })).toBeDisabled();
  // The panels that do not depend on the description still work.
  await expect(dashboard.table('EC2 instances').getByText(/^s\.i-[0-9a-f]{17}$/).first()).toBeVisible();
  await dashboard.expectAccessible();
  await unlock.hover();
  await expect(page.getByRole('tooltip')).toContainText("The device's state could not be read (Access denied)");

  await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Devices' }).click();
  const inv = new InventoryPage(page);
  await expect.poll(async () => (await inv.column('State')).every((s) => s === 'Access denied'), { timeout: 60_000 }).toBe(true);
  await inv.table.getByRole('button', { name: 'Access denied' }).first().click();
  await expect(inv.table.getByText(/Your role is not allowed to perform snow-device-management:DescribeDevice in us-west-2/)).toBeVisible();
});

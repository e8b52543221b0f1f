import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { InventoryPage } from './inventory-page';

// Describing a fleet in the browser is CPU-bound (the simulator runs in the page): allow time, assert no timings.
test.describe.configure({ timeout: 180_000 });

test('the inventory lists and describes every device of the fleet', async ({ dashboard, page }) => {
  await dashboard.open('/devices', { devices: 60 });
  const inv = new InventoryPage(page);
  await inv.waitUntilLoaded();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(60)');
  // 50 per page by default: two pages, all ids distinct.
  const first = await inv.column('Device ID');
  await page.getByRole('button', { name: 'Next page' }).click();
  // The second page has replaced the first before it is read.
  await expect.poll(async () => (await inv.column('Device ID'))[0]).not.toBe(first[0]);
  const ids = new Set([...first, ...(await inv.column('Device ID'))]);
  expect(ids.size).toBe(60);
  expect(await inv.column('State')).not.toContain('Loading');
  await dashboard.expectAccessible();
});

test('filters by tag, by state and by online status', async ({ dashboard, page }) => {
  // The Tags column is in the preferences, not shown by default.
  await page.addInitScript(() => localStorage.setItem('snow-dashboard:inventory-table', JSON.stringify({ contentDisplay: [{ id: 'tags', visible: true }] })));
  await dashboard.open('/devices', { devices: 60 });
  const inv = new InventoryPage(page);
  await inv.waitUntilLoaded();

  // The site tag of the first device that has one: `site = <value>`.
  const site = (await inv.column('Tags')).flatMap((t) => t.split(', ')).find((t) => t.startsWith('site='))!;
  const [key, value] = site.split('=');
  await inv.filterBy(`${key} = ${value}`);
  await expect(page.getByRole('button', { name: new RegExp(`Remove filter ${key} = ${value}`) })).toBeVisible();
  const tags = await inv.column('Tags');
  expect(tags.length).toBeGreaterThan(0);
  for (const t of tags) expect(t.split(', ')).toContain(`${key}=${value}`);
  expect(await inv.counter()).toBeLessThan(60);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('button', { name: /^Remove filter / })).toHaveCount(0);

  await inv.filterBy('State != UNLOCKED');
  await expect.poll(() => inv.counter()).toBeLessThan(60);
  for (const s of await inv.column('State')) expect(s).not.toBe('Unlocked');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('button', { name: /^Remove filter / })).toHaveCount(0);

  // The summary strip filters on click.
  const online = page.getByRole('button', { name: /^Show \d+ online devices$/ });
  const count = Number(/\d+/.exec((await online.getAttribute('aria-label'))!)![0]);
  await online.click();
  await expect.poll(() => inv.counter()).toBe(count);
  // Status reads "Online" over when the device last reached out.
  for (const s of await inv.column('Status')) expect(s).toMatch(/^Online/);
  await expect(page).toHaveURL(/filter=/);
  await dashboard.expectAccessible();
});

test('sorts numerically by software and keeps the view in the URL', async ({ dashboard, page }) => {
  await dashboard.open('/devices', { devices: 60 });
  const inv = new InventoryPage(page);
  await inv.waitUntilLoaded();
  // The header's sort control (the column's resize handle comes after it).
  await inv.table.getByRole('columnheader', { name: /Software/ }).getByRole('button', { name: 'Software' }).first().click();
  await expect(page).toHaveURL(/sort=software/);
  // The table re-renders after the URL changes: read it until it settles.
  const versions = async () => (await inv.column('Software')).map((s) => Number.parseFloat(s)).filter(Number.isFinite);
  await expect.poll(async () => {
    const v = await versions();
    return v.length > 5 && v.every((x, i) => i === 0 || v[i - 1]! <= x);
  }).toBe(true);

  // Back undoes the sort; forward restores it.
  await page.goBack();
  await expect(page).not.toHaveURL(/sort=/);
  await page.goForward();
  await expect(page).toHaveURL(/sort=software/);
});

test('a bookmarked URL restores filter, sort and page', async ({ dashboard, page }) => {
  const filter = encodeURIComponent(JSON.stringify(['state', '=', 'LOCKED']));
  await dashboard.open(`/devices?filter=${filter}&sort=lastContact&desc=1`, { devices: 60 });
  const inv = new InventoryPage(page);
  await inv.waitUntilLoaded();
  await expect(page.getByRole('button', { name: /Remove filter State = LOCKED/ })).toBeVisible();
  const states = await inv.column('State');
  expect(states.length).toBeGreaterThan(0);
  for (const s of states) expect(s).toBe('Locked');
  // The Status column shows the last contact and sorts by it.
  await expect(inv.table.getByRole('columnheader', { name: /Status/ })).toHaveAttribute('aria-sort', 'descending');
});

test('exports the filtered rows as CSV', async ({ dashboard, page }) => {
  await dashboard.open('/devices', { devices: 60 });
  const inv = new InventoryPage(page);
  await inv.waitUntilLoaded();
  await inv.filterBy('State = Locked');
  await expect(page.getByRole('button', { name: /Remove filter State = Locked/ })).toBeVisible();
  const matching = await inv.counter();
  await page.getByRole('button', { name: 'Export devices' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /^CSV/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^snow-devices-.*\.csv$/);
  const text = readFileSync((await file.path())!, 'utf8');
  // A byte-order mark first, so spreadsheets read the file as UTF-8.
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toMatch(/^Device ID,Described,Name,Region,Type,State,Status,/);
  expect(lines).toHaveLength(matching + 1);
  // Types by product name (quoted when the name holds a comma), states in sentence case; the code at the end.
  for (const line of lines.slice(1)) expect(line).toMatch(/^smd-[a-z0-9]{14},Yes,.*,us-west-2,(Snow[^,"]*|"Snow[^"]*"),Locked,(Online|Offline),.*,[A-Z0-9_]+$/);
});

test('select all matching hands the devices over to task creation', async ({ dashboard, page }) => {
  await dashboard.open('/devices', { devices: 60 });
  const inv = new InventoryPage(page);
  await inv.waitUntilLoaded();
  await expect(page.getByRole('button', { name: 'Reboot' })).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Select all devices on this page' }).check();
  await expect(page.getByRole('status').filter({ hasText: '50 devices selected' })).toBeVisible();
  await page.getByRole('button', { name: 'Select all 60 matching' }).click();
  await expect(page.getByRole('status').filter({ hasText: '60 devices selected' })).toBeVisible();
  await page.getByRole('button', { name: 'Reboot' }).click();
  await expect(page).toHaveURL(/\/tasks\/create$/);
  const state = await page.evaluate(() => (history.state as { usr?: { command: string; targets: Array<{ managedDeviceId: string; region: string }> } }).usr);
  expect(state?.command).toBe('reboot');
  expect(state?.targets).toHaveLength(60);
  expect(new Set(state?.targets.map((t) => t.managedDeviceId)).size).toBe(60);
  expect(state?.targets.every((t) => t.region === 'us-west-2')).toBe(true);
});

test('the whole first page shows while a large fleet is still being described', async ({ page, dashboard }) => {
  // 2,000 devices at 50 calls per second: describing takes about 40 s, with the
  // rows updating all along. The first page must fill up meanwhile, not only a screenful.
  await dashboard.open('/devices', { devices: 2000, latency: 80, throttle: 50 });
  const inv = new InventoryPage(page);
  await expect(inv.table.locator('tbody tr')).toHaveCount(50, { timeout: 30_000 });
  await expect(page.getByText(/^Every device in/)).toBeHidden();
  await expect.poll(async () => (await inv.column('State')).filter((s) => s !== 'Loading').length, { timeout: 60_000 }).toBe(50);
  await expect(inv.table.locator('tbody tr')).toHaveCount(50);
});

test('throttling never reaches the operator', async ({ dashboard, page }) => {
  await dashboard.open('/devices', { devices: 200, throttle: 20 });
  const inv = new InventoryPage(page);
  await inv.waitUntilLoaded();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(200)');
  expect(await inv.column('State')).not.toContain('Requests are being throttled');
  const throttled = await dashboard.sim((s) => s.stats().throttled);
  expect(throttled).toBeGreaterThan(0);
});

test('a failing DescribeDevice shows on its rows; the list stays', async ({ dashboard, page }) => {
  await dashboard.open('/devices', { devices: 30, error: 'DescribeDevice:1:AccessDeniedException' });
  const inv = new InventoryPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(30)');
  await expect.poll(async () => (await inv.column('State')).every((s) => s === 'Access denied')).toBe(true);
  expect(await inv.column('Device ID')).toHaveLength(30);
});

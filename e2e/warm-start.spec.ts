import type { Page } from '@playwright/test';
import { Dashboard, expect, test } from './fixtures';
import { InventoryPage } from './inventory-page';

test.describe.configure({ timeout: 180_000 });

/** What the fleet cache holds, read from IndexedDB in the page (never creating the database). */
function cached(page: Page): Promise<{ keys: string[]; devices: number; described: number; text: string }> {
  return page.evaluate(async () => {
    const name = 'snow-dashboard-fleet-cache';
    if (!(await indexedDB.databases()).some((d) => d.name === name)) return { keys: [], devices: 0, described: 0, text: '' };
    return new Promise((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('entries');
        const keys = tx.objectStore('entries').getAllKeys();
        const values = tx.objectStore('entries').getAll();
        tx.oncomplete = () => {
          const all = values.result as Array<{ rows?: unknown }>;
          const described = (keys.result as string[]).map((k, i) => (k.includes('#') ? (all[i]?.rows as Array<{ detail?: unknown }>) : [])).flat().filter((r) => r.detail).length;
          const heads = (keys.result as string[]).map((k, i) => [k, all[i]] as const).filter(([k]) => !k.includes('#') && !k.endsWith('/meta'));
          db.close();
          resolve({ keys: keys.result as string[], described, devices: heads.reduce((s, [, h]) => s + Number(h?.rows ?? 0), 0), text: JSON.stringify(all) });
        };
      };
    });
  });
}

const describes = (d: Dashboard) => d.sim((s) => s.stats().requests.DescribeDevice ?? 0);
/** DescribeDevice calls the simulator answered with a device (not throttled or failed). */
const answered = (d: Dashboard) => d.sim((s) => (s.stats().requests.DescribeDevice ?? 0) - (s.stats() as unknown as { errors: number }).errors);

test('a reload shows every device at once from the cache, with its age, and then refreshes it', async ({ dashboard, page }) => {
  await dashboard.open('/devices', { devices: 60 });
  const inv = new InventoryPage(page);
  await inv.waitUntilLoaded();
  // Written behind the inventory, a few seconds after the fleet was described.
  await expect.poll(async () => (await cached(page)).described, { timeout: 20_000 }).toBe(60);
  // A slow service (6 s a call), so the rows on screen can only come from the cache.
  await dashboard.sim((s) => s.setScenario({ latencyMs: 6_000 }));
  await page.reload();

  // The first frame with rows: every row there is already described, from the cache, with its age.
  const first = await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('table tbody tr')].filter((r) => r.querySelector('a[href^="/devices/smd-"]'));
    const heading = document.querySelector('h1')?.textContent ?? '';
    return rows.length > 0 && { heading, states: rows.map((r) => r.children[4]?.textContent ?? '') };
  }, undefined, { polling: 'raf', timeout: 60_000 });
  const { heading, states } = (await first.jsonValue()) as { heading: string; states: string[] };
  expect(heading).toContain('(60)');
  expect(states.length).toBeGreaterThanOrEqual(20);
  for (const s of states) expect(s).toMatch(/^(Locked|Unlocked|Unlocking).*From cache, described (just now|\d+ seconds? ago)$/);
  await expect(page.getByText(/Counts include 60 of 60 devices as this browser cached them \(listed .*\); refreshing\./)).toBeVisible();
  await expect(page.getByText(/60 of 60 devices shown from the cache, refreshing/)).toBeVisible();
  await dashboard.expectAccessible();

  // Then described again behind it (the service at its usual speed again): every mark goes.
  await dashboard.sim((s) => s.setScenario({ latencyMs: 0 }));
  await inv.waitUntilLoaded();
  expect((await inv.column('State')).filter((s) => s.includes('From cache'))).toEqual([]);
  await expect(page.getByText(/as this browser cached them/)).toHaveCount(0);
});

test('a second tab shows the fleet without describing it while the first leads, and takes over when it closes', async ({ dashboard, page, context }) => {
  // About twenty seconds of DescribeDevice at the service's rate: enough to close the first tab
  // half-way, even on a busy machine where opening the second tab takes a while.
  const sim = { devices: 200, throttle: 10 };
  await dashboard.open('/devices', sim);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(200)', { timeout: 60_000 });

  const second = await context.newPage();
  const other = new Dashboard(second);
  await other.open('/devices', sim);
  await expect(second.getByRole('heading', { level: 1 })).toContainText('(200)', { timeout: 60_000 });
  // The first tab's descriptions arrive in the second one.
  await expect.poll(async () => (await new InventoryPage(second).column('State')).filter((s) => s !== 'Loading').length, { timeout: 60_000 }).toBeGreaterThan(0);
  expect(await describes(other)).toBe(0);
  expect(await describes(dashboard)).toBeGreaterThan(0);
  const loading = await second.getByText(/of 200 devices still loading details/).textContent();
  const missing = Number(/([\d,]+) of 200 devices still loading/.exec(loading ?? '')?.[1]);
  expect(missing).toBeGreaterThan(0);
  expect(await describes(other)).toBe(0);

  await page.close();
  // Every row answered: described, or (the service throttling a burst) said not to be.
  await expect(second.getByText(/^(Every device in|200 devices in)/)).toBeVisible({ timeout: 120_000 });
  const taken = await answered(other);
  expect(taken).toBeGreaterThan(0);
  // It went on from what it had: only the devices still missing, not the whole fleet again.
  expect(taken).toBeLessThanOrEqual(missing);
  expect(await other.sim((s) => s.stats().requests.ListDevices ?? 0)).toBe(0);
});

test('Forget cached fleet data empties the cache, and so does signing out', async ({ dashboard, page }) => {
  await dashboard.open('/devices', { devices: 12 });
  await new InventoryPage(page).waitUntilLoaded();
  await expect.poll(async () => (await cached(page)).described, { timeout: 20_000 }).toBe(12);
  await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Forget cached fleet data' }).click();
  await expect(page.getByText(/Removed 12 devices in 1 region \(about .*\) from this browser/)).toBeVisible();
  expect((await cached(page)).keys).toEqual([]);
  // Nothing is written again behind the inventory still held in memory.
  await page.waitForTimeout(4_000);
  expect((await cached(page)).keys).toEqual([]);

  // Pasted keys for another account: its fleet is cached, with nothing of the keys.
  const keys = { accessKeyId: 'ASIAE2ETESTKEY000009', secretAccessKey: 'e2eSecretKeyValue/abcdefghijklmnopqrstuv', sessionToken: 'FwoGZXIvYXdzEE2EWARMSTARTTOKEN00000000000000000' };
  await dashboard.sim((s) => s.setScenario({ callerArn: 'arn:aws:sts::111122223333:assumed-role/FleetOperator/e2e' }));
  await page.getByRole('radio', { name: /Temporary credentials/ }).click();
  await page.getByLabel('Access key ID').fill(keys.accessKeyId);
  await page.getByLabel('Secret access key').fill(keys.secretAccessKey);
  await page.getByLabel('Session token').fill(keys.sessionToken);
  await page.getByRole('button', { name: 'Connect' }).click();
  await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Devices' }).click();
  await new InventoryPage(page).waitUntilLoaded();
  await expect.poll(async () => (await cached(page)).devices, { timeout: 20_000 }).toBe(12);
  const stored = await cached(page);
  expect(stored.keys.filter((k) => !k.endsWith('/meta')).every((k) => k.startsWith('v1/temporary/111122223333/us-west-2'))).toBe(true);
  for (const secret of Object.values(keys)) expect(stored.text).not.toContain(secret);

  await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Forget credentials' }).click();
  await expect.poll(async () => (await cached(page)).keys).toEqual([]);
});

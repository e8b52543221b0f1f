import type { Page } from '@playwright/test';
import { expect, test, type Dashboard } from './fixtures';
import { InventoryPage } from './inventory-page';

test.describe.configure({ timeout: 180_000 });

const region = 'us-west-2';
type SimDevice = { id: string; arn: string; tags: Record<string, string> };

/** The simulator's devices with their ARNs and current tags. */
function simDevices(dashboard: Dashboard): Promise<SimDevice[]> {
  return dashboard.sim((s, r) => (s as unknown as { devices(r: string): SimDevice[] }).devices(r).map((d) => ({ id: d.id, arn: d.arn, tags: { ...d.tags } })), region);
}

/** Selects the first `n` devices of the table's current page; returns their ids. */
async function selectFirst(page: Page, inv: InventoryPage, n: number): Promise<string[]> {
  const ids = (await inv.column('Device ID')).slice(0, n);
  expect(ids).toHaveLength(n);
  for (const id of ids) await page.getByRole('checkbox', { name: `Select ${id}` }).check();
  await expect(page.getByText(`${n} devices selected`)).toBeVisible();
  return ids;
}

/** ARNs that tag writes were sent for, as the browser sent them. */
function countTagWrites(page: Page): { tag: string[]; untag: string[] } {
  const seen = { tag: [] as string[], untag: [] as string[] };
  page.on('request', (r) => {
    const m = /\/tags\/([^?]+)/.exec(new URL(r.url()).pathname);
    if (!m?.[1]) return;
    if (r.method() === 'POST') seen.tag.push(decodeURIComponent(m[1]));
    if (r.method() === 'DELETE') seen.untag.push(decodeURIComponent(m[1]));
  });
  return seen;
}

test('a tag added to 25 devices is previewed, sent and shown in the inventory', async ({ dashboard, page }) => {
  await dashboard.open('/devices');
  const inv = new InventoryPage(page);
  await inv.waitUntilLoaded();
  const writes = countTagWrites(page);
  const ids = await selectFirst(page, inv, 25);
  const before = new Map((await simDevices(dashboard)).map((d) => [d.id, d]));
  // What should change, from the simulator's own tags.
  const changing = ids.filter((id) => before.get(id)?.tags.rollout !== 'wave-1');

  await page.getByRole('button', { name: 'Edit tags' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit tags on 25 devices' });
  await dialog.getByRole('textbox', { name: 'Tag key 1' }).fill('rollout');
  await dialog.getByRole('textbox', { name: 'Tag value 1' }).fill('wave-1');
  await expect(dialog.getByText(`${changing.length} devices will change.`)).toBeVisible();
  const preview = dialog.getByRole('table', { name: 'Devices that will change' });
  await expect(preview.getByRole('row').filter({ hasText: 'Add rollout = wave-1' }).first()).toBeVisible();
  await dashboard.expectAccessible('[role="dialog"]');

  await dialog.getByRole('button', { name: `Change tags on ${changing.length} devices` }).click();
  await expect(dialog.getByText(`${changing.length} devices changed.`)).toBeVisible({ timeout: 30_000 });
  await dashboard.expectAccessible('[role="dialog"]');
  expect(new Set(writes.tag)).toEqual(new Set(changing.map((id) => before.get(id)!.arn)));
  const after = new Map((await simDevices(dashboard)).map((d) => [d.id, d]));
  for (const id of ids) expect(after.get(id)?.tags.rollout).toBe('wave-1');

  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByRole('button', { name: 'Clear selection' }).click();
  // The inventory describes the changed devices again: the tag filter finds all 25.
  await inv.filterBy('rollout = wave-1');
  await expect.poll(() => inv.counter()).toBe(25);
  expect((await inv.column('Device ID')).sort()).toEqual([...ids].sort());
});

test('devices a change would take over the tag limit are listed apart and nothing is sent for them', async ({ dashboard, page }) => {
  await dashboard.open('/devices');
  const inv = new InventoryPage(page);
  await inv.waitUntilLoaded();
  const rows = (await inv.column('Device ID')).slice(0, 25);
  const full = rows.slice(2, 5);
  // Three of them get 50 tags in the simulator, as another operator might have set; then the page reads the fleet again.
  const fleet = await simDevices(dashboard);
  await dashboard.sim((s, a) => {
    for (const d of a.devices) {
      const filler = Object.fromEntries(Array.from({ length: 50 - Object.keys(d.tags).length }, (_, i) => [`extra-${i}`, 'x']));
      s.handle('TagResource', a.region, { params: { resourceArn: d.arn }, query: new URLSearchParams(), body: { tags: filler } });
    }
  }, { region, devices: fleet.filter((d) => full.includes(d.id)) });
  await page.goto('/devices');
  await inv.waitUntilLoaded();

  const writes = countTagWrites(page);
  const ids = await selectFirst(page, inv, 25);
  expect(ids).toEqual(rows);
  await page.getByRole('button', { name: 'Edit tags' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit tags on 25 devices' });
  await dialog.getByRole('textbox', { name: 'Tag key 1' }).fill('rollout');
  await dialog.getByRole('textbox', { name: 'Tag value 1' }).fill('wave-2');
  await expect(dialog.getByText('22 devices will change; 3 devices left out: over the tag limit.')).toBeVisible();
  const apart = dialog.getByRole('table', { name: 'Devices left out for the tag limit' });
  for (const id of full) await expect(apart.getByRole('row').filter({ hasText: id }).getByText('Would have 51 tags; a resource can have at most 50.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Change tags on 22 devices' }).click();
  await expect(dialog.getByText('22 devices changed.')).toBeVisible({ timeout: 30_000 });
  const arns = new Map(fleet.map((d) => [d.id, d.arn]));
  expect(writes.tag).toHaveLength(22);
  for (const id of full) expect(writes.tag).not.toContain(arns.get(id));
  expect(writes.untag).toEqual([]);
  const after = new Map((await simDevices(dashboard)).map((d) => [d.id, d]));
  for (const id of full) {
    expect(Object.keys(after.get(id)!.tags)).toHaveLength(50);
    expect(after.get(id)!.tags.rollout).toBeUndefined();
  }
});

test('a denied tag change is explained, the other devices are not sent, and the action stays disabled with the reason', async ({ dashboard, page }) => {
  await dashboard.open('/devices', { deny: ['TagResource'] });
  const inv = new InventoryPage(page);
  await inv.waitUntilLoaded();
  await selectFirst(page, inv, 10);
  await page.getByRole('button', { name: 'Edit tags' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit tags on 10 devices' });
  await dialog.getByRole('textbox', { name: 'Tag key 1' }).fill('rollout');
  await dialog.getByRole('textbox', { name: 'Tag value 1' }).fill('wave-3');
  await dialog.getByRole('button', { name: 'Change tags on 10 devices' }).click();
  await expect(dialog.getByText('0 devices changed, 10 not changed.')).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByText(/Your role is not allowed to perform snow-device-management:TagResource in us-west-2/).first()).toBeVisible();
  await expect(dialog.getByText('Not sent: your role may not change tags.').first()).toBeVisible();
  const sent = await dashboard.sim((s) => s.stats().requests.TagResource ?? 0);
  expect(sent).toBeGreaterThan(0);
  expect(sent).toBeLessThan(10);
  await dashboard.expectAccessible('[role="dialog"]');

  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  const action = page.getByRole('button', { name: 'Edit tags' });
  await expect(action).toBeDisabled();
  await action.hover();
  await expect(page.getByRole('tooltip')).toContainText('Your role may not change tags.');
});

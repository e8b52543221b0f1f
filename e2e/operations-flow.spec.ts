import { expect, test } from './fixtures';
import { InventoryPage } from './inventory-page';

// Both tests wait for the whole inventory to be described first.
test.describe.configure({ timeout: 150_000 });

test('reboot 3 devices selected in the inventory and watch them succeed', async ({ dashboard, page }) => {
  await dashboard.open('/devices', { devices: 60 });
  const inv = new InventoryPage(page);
  await inv.waitUntilLoaded();
  const healthy = new Set(await dashboard.healthyDevices(60));
  const ids = (await inv.column('Device ID')).filter((id) => healthy.has(id)).slice(0, 3);
  expect(ids).toHaveLength(3);
  for (const id of ids) await page.getByRole('checkbox', { name: `Select ${id}` }).check();
  await expect(page.getByRole('status').filter({ hasText: '3 devices selected' })).toBeVisible();
  await page.getByRole('button', { name: 'Reboot' }).click();
  await page.getByRole('button', { name: 'Reboot 3 devices' }).click();
  await expect(page.getByText(/ sent in \d+ tasks?\.$/).first()).toBeVisible();
  await page.getByRole('link', { name: 'Follow the operation' }).click();
  const executions = dashboard.table('Executions');
  await expect(executions.getByRole('row')).toHaveCount(4);
  await expect(executions.getByText('Succeeded')).toHaveCount(3, { timeout: 30_000 });
});

test('unlock a locked device and see its lock state change in the inventory', async ({ dashboard, page }) => {
  await dashboard.open('/devices', { devices: 60 });
  const inv = new InventoryPage(page);
  await inv.waitUntilLoaded();
  const { locked } = await dashboard.wellKnown();
  await inv.filterBy(locked);
  await expect(inv.table.getByRole('link', { name: locked })).toBeVisible();
  // The filtered table has replaced the whole fleet before its column is read.
  await expect.poll(() => inv.column('State')).toEqual(['Locked']);
  await page.getByRole('checkbox', { name: `Select ${locked}` }).check();
  await page.getByRole('button', { name: 'Unlock', exact: true }).first().click();
  await page.getByRole('button', { name: 'Unlock 1 device' }).click();
  await expect(page.getByText(/ sent in \d+ tasks?\.$/).first()).toBeVisible();
  await page.goBack();
  await expect(inv.table.getByRole('link', { name: locked })).toBeVisible();
  await expect(async () => {
    await page.getByRole('button', { name: 'Refresh devices' }).click();
    expect(await inv.column('State')).toEqual(['Unlocked']);
  }).toPass({ timeout: 30_000, intervals: [2000] });
});

import { expect, test } from './fixtures';

test('the inventory lists the simulated fleet', async ({ dashboard, page }) => {
  test.setTimeout(180_000); // describing the fleet is CPU-bound: the simulator answers in the page
  await dashboard.open('/devices', { devices: 60 });
  const table = dashboard.table('Devices');
  await expect(page.getByRole('heading', { name: /Devices/ })).toContainText('(60)');
  const links = table.getByRole('link', { name: /^smd-[a-z0-9]{14}$/ });
  await expect(links.first()).toBeVisible();
  expect(await links.count()).toBeGreaterThan(10);
  // Check accessibility once every device is described and the page is quiet.
  await expect(page.getByText(/^Every device in/)).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole('link', { name: /simulated fleet, not a real AWS account/i })).toBeVisible();
  await dashboard.expectAccessible();
});

test('a device link opens its detail page', async ({ dashboard, page }) => {
  await dashboard.open('/devices');
  const first = dashboard.table('Devices').getByRole('link', { name: /^smd-/ }).first();
  const id = (await first.textContent())!.trim();
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/devices/${id}`));
  await expect(page.getByText('Lock state')).toBeVisible();
  await expect(page.getByText(/arn:aws:snow-device-management:us-west-2:\d{12}:managed-device\//)).toBeVisible();
});

test('unknown paths and devices show a not-found view', async ({ dashboard, page }) => {
  await dashboard.open('/nowhere');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await dashboard.open('/devices/smd-doesnotexist000');
  await expect(page.getByRole('heading', { name: 'Device not found' })).toBeVisible();
});

import { expect, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });
test.use({ viewport: { width: 1440, height: 900 } });

test('the first tab stop skips to the page, and the top bar stays on screen when the page scrolls', async ({ dashboard, page }) => {
  await dashboard.open('/devices', { devices: 60 });
  await expect(page.getByRole('table').first()).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();

  await page.mouse.wheel(0, 2_000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  const bar = await page.locator('#top-nav').boundingBox();
  expect(bar?.y).toBe(0);
  await expect(page.getByRole('link', { name: 'Snow Fleet Dashboard' })).toBeInViewport();
});

test('breadcrumbs show every step at 1440 px, and times on hover give the local time and UTC', async ({ dashboard, page }) => {
  await dashboard.open('/devices', { devices: 20 });
  const link = page.locator('a[href^="/devices/smd-"]').first();
  const id = (await link.getAttribute('href'))!.split('/').pop()!.split('?')[0]!;
  await link.click();
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
  for (const step of ['Snow Fleet', 'Devices']) await expect(crumbs.getByRole('link', { name: step })).toBeVisible();
  await expect(crumbs.getByText(id).first()).toBeVisible();
  await expect(crumbs.getByRole('button', { name: /show path/i })).toHaveCount(0);
  const time = page.locator('time[title]').first();
  await expect(time).toHaveAttribute('title', /UTC/);
});

test('Settings applies display and fleet changes with one button, and Cancel puts them back', async ({ dashboard, page }) => {
  await dashboard.open('/settings');
  const apply = page.getByRole('button', { name: 'Apply display and fleet settings' });
  await expect(apply).toBeDisabled();
  await page.getByRole('button', { name: 'Dark', exact: true }).click();
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  // Nothing changes while the operator is choosing.
  await expect(page.locator('body')).not.toHaveClass(/awsui-dark-mode/);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(apply).toBeDisabled();

  await page.getByRole('button', { name: 'Dark', exact: true }).click();
  await page.getByLabel('Online threshold (minutes)').fill('0');
  await expect(page.getByText('Enter a whole number of minutes from 1 to 10080')).toBeVisible();
  await expect(apply).toBeDisabled();
  await page.getByLabel('Online threshold (minutes)').fill('30');
  await apply.click();
  await expect(page.locator('body')).toHaveClass(/awsui-dark-mode/);
  await expect(page.getByText('Saved')).toBeVisible();
  await dashboard.expectAccessible();
});

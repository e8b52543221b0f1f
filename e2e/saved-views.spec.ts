import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { InventoryPage } from './inventory-page';

test.describe.configure({ timeout: 240_000 });

const viewSelect = (page: Page) => page.getByRole('button', { name: /^Saved view (?!actions$)/ });

async function viewAction(page: Page, item: string) {
  await page.getByRole('button', { name: 'Saved view actions' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

test('a saved view survives a reload, is found by name, opens the inventory as default, and is exported and imported', async ({ dashboard, page }) => {
  await dashboard.open('/devices');
  const inv = new InventoryPage(page);
  await inv.waitUntilLoaded();

  // The summary strip's Locked count is the built-in Locked view.
  await page.getByRole('button', { name: /^Show \d+ locked devices?$/ }).click();
  await expect(viewSelect(page)).toContainText('Locked');
  await expect(viewSelect(page)).not.toContainText('unsaved changes');
  await page.getByRole('button', { name: /^Show \d+ online devices?$/ }).click();
  await expect(viewSelect(page)).toContainText('Locked (unsaved changes)');
  const matching = await inv.counter();
  expect(matching).toBeGreaterThan(0);

  await viewAction(page, 'Save as new view');
  const save = page.getByRole('dialog', { name: 'Save as new view' });
  await save.getByRole('textbox', { name: 'View name' }).fill('Locked online');
  await save.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('View "Locked online" saved.')).toBeVisible();
  await expect(viewSelect(page)).toContainText('Locked online');

  // A reload keeps the view (localStorage) and the address keeps its filter.
  await page.reload();
  await inv.waitUntilLoaded();
  await expect(viewSelect(page)).toContainText('Locked online');
  await expect.poll(() => inv.counter()).toBe(matching);

  // Found by name from an unfiltered inventory.
  await page.goto('/devices');
  await inv.waitUntilLoaded();
  await expect.poll(() => inv.counter()).toBe(60);
  await viewSelect(page).click();
  await page.getByRole('searchbox', { name: 'Find a view by name' }).or(page.getByPlaceholder('Find a view by name')).fill('online');
  await page.getByRole('option', { name: 'Locked online' }).click();
  await expect(viewSelect(page)).toContainText('Locked online');
  await expect.poll(() => inv.counter()).toBe(matching);

  // As default: opening /devices without a view in the address applies it.
  await viewAction(page, 'Set as default');
  await expect(page.getByText('The inventory opens with "Locked online".')).toBeVisible();
  await page.goto('/devices');
  await inv.waitUntilLoaded();
  await expect(viewSelect(page)).toContainText('Locked online');
  await expect.poll(() => inv.counter()).toBe(matching);
  expect(new URL(page.url()).searchParams.getAll('filter')).toHaveLength(2);

  // Export, delete, import back; a second import offers a choice for the name taken.
  const [download] = await Promise.all([page.waitForEvent('download'), viewAction(page, 'Export views')]);
  const path = await download.path();
  const file = JSON.parse(readFileSync(path, 'utf8')) as { format: string; version: number; views: { name: string }[] };
  expect(file).toMatchObject({ format: 'snow-dashboard-saved-views', version: 1 });
  expect(file.views.map((v) => v.name)).toEqual(['Locked online']);

  await viewAction(page, 'Delete');
  const del = page.getByRole('dialog', { name: 'Delete view' });
  await dashboard.expectAccessible('[role="dialog"]');
  await del.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('View "Locked online" deleted.')).toBeVisible();

  await viewAction(page, 'Import views');
  const imp = page.getByRole('dialog', { name: 'Import views' });
  await imp.locator('input[type="file"]').setInputFiles(path);
  await expect(imp.getByText('1 view to import.')).toBeVisible();
  await imp.getByRole('button', { name: 'Import 1 view' }).click();
  await expect(page.getByText('Imported 1 view.')).toBeVisible();

  await viewAction(page, 'Import views');
  await imp.locator('input[type="file"]').setInputFiles(path);
  await expect(imp.getByText('Names already taken: Locked online')).toBeVisible();
  await dashboard.expectAccessible('[role="dialog"]');
  await imp.getByRole('button', { name: 'Import 1 view' }).click();
  await expect(page.getByText('Imported 1 view; renamed "Locked online" to "Locked online (2)".')).toBeVisible();
  await viewSelect(page).click();
  await expect(page.getByRole('option', { name: 'Locked online (2)' })).toBeVisible();
});

test('a file that is not saved views is refused with the reason, and a damaged view is skipped and said', async ({ dashboard, page }) => {
  await dashboard.open('/devices');
  const inv = new InventoryPage(page);
  await inv.waitUntilLoaded();
  await viewAction(page, 'Import views');
  const imp = page.getByRole('dialog', { name: 'Import views' });
  const input = imp.locator('input[type="file"]');
  await input.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"devices": []}') });
  await expect(imp.getByText('The file does not hold saved views. Choose a file exported from the saved views menu.')).toBeVisible();
  const mixed = {
    format: 'snow-dashboard-saved-views', version: 1,
    views: [
      { name: 'Good', settings: { query: { operation: 'and', tokens: [{ propertyKey: 'status', operator: '=', value: 'Online' }] }, descending: false } },
      { name: 'Odd', settings: { query: { operation: 'and', tokens: [{ propertyKey: 'colour', operator: '=', value: 'red' }] }, descending: false } },
    ],
  };
  await input.setInputFiles({ name: 'views.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mixed)) });
  await expect(imp.getByText('"Odd": Filter 1 is on "colour", which the inventory does not have.')).toBeVisible();
  await imp.getByRole('button', { name: 'Import 1 view' }).click();
  await expect(page.getByText(/^Imported 1 view; skipped "Odd"/)).toBeVisible();
});

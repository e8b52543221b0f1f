import { expect, test } from './fixtures';
import { InventoryPage } from './inventory-page';

test.describe.configure({ timeout: 180_000 });

/** "1 devices", "1 matches" and the like: a count of one with a plural noun. */
const WRONG_PLURAL = /(^|[^\d,.])1 (devices|matches|tasks|operations|executions|instances|regions|groups|waves|tags|findings)\b/;

async function expectNoWrongPlural(page: import('@playwright/test').Page, where: string) {
  const text = await page.locator('body').innerText();
  const hit = WRONG_PLURAL.exec(text);
  expect(hit?.[0].trim(), `${where} says "${hit?.[0].trim()}"`).toBeUndefined();
}

test('a count of one reads in the singular in every view', async ({ dashboard, page }) => {
  await dashboard.open('/devices', { devices: 60 });
  const inv = new InventoryPage(page);
  await inv.waitUntilLoaded();
  const id = await dashboard.healthyDevice();

  // One matching device in the inventory, selected.
  await inv.filterBy(id);
  await expect.poll(() => inv.counter()).toBe(1);
  await page.getByRole('checkbox', { name: new RegExp(id) }).check();
  await expectNoWrongPlural(page, 'the inventory');

  // Task creation for that one device, and its pre-flight.
  await page.getByRole('button', { name: 'Reboot', exact: false }).first().click();
  await expect(page.getByRole('heading', { name: 'Create task', level: 1 })).toBeVisible();
  // The pre-flight has run once it offers to check again.
  await expect(page.getByRole('button', { name: 'Check again' })).toBeVisible({ timeout: 30_000 });
  await expectNoWrongPlural(page, 'task creation');

  // An operation of one task on one device, in the tasks list and on its pages.
  const { taskId } = await dashboard.createTaskInSim({ targets: [id], command: { reboot: {} }, tags: { 'snow-dashboard:operation': 'op-one', 'snow-dashboard:command': 'reboot', 'snow-dashboard:batch': '1/1', 'snow-dashboard:planned': '1' } });
  await page.goto('/tasks');
  await expect(page.getByRole('link', { name: 'op-one' })).toBeVisible({ timeout: 30_000 });
  await expectNoWrongPlural(page, 'the tasks list');
  await page.getByRole('link', { name: 'op-one' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('op-one');
  await expect(page.getByText(taskId).first()).toBeVisible({ timeout: 30_000 });
  await expectNoWrongPlural(page, 'the operation page');
  await page.goto(`/tasks/${taskId}?region=us-west-2`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(taskId);
  await expectNoWrongPlural(page, 'the task page');
});

import { expect, test } from './fixtures';

const op = (id: string, command = 'reboot') => ({ 'snow-dashboard:operation': id, 'snow-dashboard:command': command });

test('tasks of one operation show as one row, and its executions succeed while watching', async ({ dashboard, page }) => {
  await dashboard.open('/tasks');
  const ids = await dashboard.healthyDevices(3);
  await dashboard.createTaskInSim({ targets: ids.slice(0, 2), command: { reboot: {} }, tags: { ...op('op-e2e-1'), 'snow-dashboard:batch': '1/2' }, description: 'Patch reboot' });
  await dashboard.createTaskInSim({ targets: ids.slice(2), command: { reboot: {} }, tags: { ...op('op-e2e-1'), 'snow-dashboard:batch': '2/2' } });
  await page.reload();
  const table = dashboard.table('Operations');
  const row = table.getByRole('row', { name: /op-e2e-1/ });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('reboot');
  await expect(row).toContainText('Patch reboot');
  await row.getByRole('link', { name: 'op-e2e-1' }).click();
  await expect(page.getByRole('heading', { name: 'Operation op-e2e-1', level: 1 })).toBeVisible();
  const executions = dashboard.table('Executions');
  await expect(executions.getByRole('row')).toHaveCount(4);
  await expect(executions.getByText('Succeeded')).toHaveCount(3, { timeout: 30_000 });
  await expect(page.getByText(/Reboot operation op-e2e-1 finished/)).toBeVisible();
  await dashboard.expectAccessible();
});

test('cancel a queued task behind a running one', async ({ dashboard, page }) => {
  await dashboard.open('/tasks');
  const [id] = await dashboard.healthyDevices(1);
  await dashboard.createTaskInSim({ targets: [id], command: { reboot: {} } });
  const second = await dashboard.createTaskInSim({ targets: [id], command: { unlock: {} } });
  await page.goto(`/tasks/${second.taskId}?region=us-west-2`);
  await expect(dashboard.table('Executions').getByText('Queued').first()).toBeVisible();
  await page.getByRole('button', { name: 'Cancel 1 queued execution' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel 1 executions' }).click();
  await expect(page.getByText(/1 canceled: /)).toBeVisible();
  await expect(dashboard.table('Executions').getByText('Canceled').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel 0 queued executions' })).toBeDisabled();
});

test('retry failed devices opens task creation for exactly those devices', async ({ dashboard, page }) => {
  await dashboard.open('/tasks', { speed: 4 });
  const { offline } = await dashboard.wellKnown();
  const [ok] = await dashboard.healthyDevices(1);
  const task = await dashboard.createTaskInSim({ targets: [offline, ok], command: { reboot: {} }, tags: op('op-e2e-retry') });
  await page.goto(`/tasks/${task.taskId}?region=us-west-2`);
  await expect(dashboard.table('Executions').getByText('Timed out').first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Retry 1 failed device' }).click();
  await expect(page.getByRole('heading', { name: 'Create task', level: 1 })).toBeVisible();
  const state = await page.evaluate(() => window.history.state?.usr as { targets: { managedDeviceId: string }[]; retryOf: string });
  expect(state.targets.map((t) => t.managedDeviceId)).toEqual([offline]);
  expect(state.retryOf).toBe('op-e2e-retry');
  await expect(page.getByRole('button', { name: 'Reboot 1 device' })).toBeVisible();
});

import { expect, test } from './fixtures';

const region = 'us-west-2';
const op = (id: string, command = 'reboot', extra: Record<string, string> = {}) => ({ 'snow-dashboard:operation': id, 'snow-dashboard:command': command, ...extra });

test('tasks of one operation show as one row; its executions succeed while watching, then it notifies', async ({ dashboard, page }) => {
  // Two axe checks and a live wait: more than the default on a slow runner (no timing asserted).
  test.setTimeout(120_000);
  await dashboard.open('/tasks');
  const ids = await dashboard.healthyDevices(3);
  await dashboard.createTaskInSim({ targets: ids.slice(0, 2), command: { reboot: {} }, tags: op('op-e2e-1', 'reboot', { 'snow-dashboard:batch': '1/2' }), description: 'Patch reboot' });
  await dashboard.createTaskInSim({ targets: ids.slice(2), command: { reboot: {} }, tags: op('op-e2e-1', 'reboot', { 'snow-dashboard:batch': '2/2' }) });
  await page.reload();
  const row = dashboard.table('Operations').getByRole('row', { name: /op-e2e-1/ });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Reboot');
  await expect(row).toContainText('Patch reboot');
  // The operation id (with its description) is the row header; cells: command, created, devices (in how many tasks), state.
  await expect(row.getByRole('cell').nth(2)).toHaveText(/^3\s*in 2 tasks$/);
  await dashboard.expectAccessible();

  await row.getByRole('link', { name: 'op-e2e-1' }).click();
  await expect(page.getByRole('heading', { name: 'Operation op-e2e-1', level: 1 })).toBeVisible();
  await expect(dashboard.table('Tasks of this operation').getByRole('row')).toHaveCount(3);
  const executions = dashboard.table('Executions');
  await expect(executions.getByRole('row')).toHaveCount(4);
  // Live polling: no reload, the states move on by themselves.
  await expect(executions.getByText('Succeeded')).toHaveCount(3, { timeout: 30_000 });
  await expect(page.getByText('Reboot operation op-e2e-1 finished')).toBeVisible();
  await expect(page.getByText('3 succeeded').first()).toBeVisible();
  await dashboard.expectAccessible();
});

test('task detail lists its executions with times, links each device, and filters by a count', async ({ dashboard, page }) => {
  await dashboard.open('/tasks');
  const ids = await dashboard.healthyDevices(2);
  expect(ids).toHaveLength(2);
  const firstId = ids[0]!;
  const task = await dashboard.createTaskInSim({ targets: ids, command: { unlock: {} }, description: 'Unlock pair' });
  await page.goto(`/tasks/${task.taskId}?region=${region}`);
  await expect(page.getByRole('heading', { name: task.taskId, level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy Task ARN' })).toBeVisible();
  const executions = dashboard.table('Executions');
  await expect(executions.getByText('Succeeded')).toHaveCount(2, { timeout: 30_000 });
  // The device is named by its Name tag where it has one, its id under it; the link goes to its page.
  const first = executions.getByRole('row', { name: new RegExp(firstId) });
  await expect(first.getByRole('link')).toHaveAttribute('href', `/devices/${firstId}?region=${region}`);
  // Time queued and running come from DescribeExecution once it ended; the device is the row header; cells: state, timeline.
  await expect(first.getByRole('cell').nth(1)).toHaveText(/^Queued \d+ s, ran \d+ s$/);
  await page.getByRole('button', { name: 'Show 2 succeeded' }).click();
  await expect(page).toHaveURL(/state=SUCCEEDED/);
  await expect(executions.getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Cancel 0 queued executions' })).toBeDisabled();
  await dashboard.expectAccessible();
});

test('cancel a queued task behind a running one', async ({ dashboard, page }) => {
  // Slow time: the first reboot runs 20 s, so the second task surely waits in the queue.
  await dashboard.open('/tasks', { speed: 0.2 });
  const id = await dashboard.healthyDevice();
  await dashboard.createTaskInSim({ targets: [id], command: { reboot: {} } });
  const second = await dashboard.createTaskInSim({ targets: [id], command: { unlock: {} } });
  await page.goto(`/tasks/${second.taskId}?region=${region}`);
  const executions = dashboard.table('Executions');
  await expect(executions.getByText('Queued', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel 1 queued execution' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('a device that picks its execution up meanwhile runs it anyway');
  await dialog.getByRole('button', { name: 'Cancel 1 execution' }).click();
  await expect(page.getByText('Cancel finished: 1 canceled')).toBeVisible();
  await expect(page.getByText(`1 canceled: ${id}.`)).toBeVisible();
  await expect(executions.getByText('Canceled', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel 0 queued executions' })).toBeDisabled();
  expect(await dashboard.sim((s, a) => (s.handle('DescribeTask', a.region, { params: { taskId: a.taskId }, query: new URLSearchParams(), body: undefined }).body as { state: string }).state, { region, taskId: second.taskId })).toBe('CANCELED');
});

test('retry failed devices opens task creation for exactly those devices, tagged as a retry', async ({ dashboard, page }) => {
  await dashboard.open('/tasks', { speed: 4 });
  const { offline } = await dashboard.wellKnown();
  const ok = await dashboard.healthyDevice();
  await dashboard.createTaskInSim({ targets: [offline, ok], command: { reboot: {} }, tags: op('op-e2e-retry'), description: 'Weekly reboot' });
  await dashboard.createTaskInSim({ targets: [ok], command: { reboot: {} }, tags: op('op-e2e-again', 'reboot', { 'snow-dashboard:retry-of': 'op-e2e-retry' }) });
  await page.goto('/tasks/operations/op-e2e-again');
  await expect(page.getByRole('link', { name: 'op-e2e-retry' })).toBeVisible();
  await page.getByRole('link', { name: 'op-e2e-retry' }).click();
  await expect(page.getByRole('heading', { name: 'Operation op-e2e-retry', level: 1 })).toBeVisible();
  await expect(dashboard.table('Executions').getByText('Timed out')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Retry 1 failed device' }).click();
  await expect(page.getByRole('heading', { name: 'Create task', level: 1 })).toBeVisible();
  const state = await page.evaluate(() => window.history.state?.usr as { command: string; targets: { managedDeviceId: string; region: string }[]; retryOf: string; description: string });
  expect(state).toEqual({ command: 'reboot', targets: [{ managedDeviceId: offline, region }], retryOf: 'op-e2e-retry', description: 'Weekly reboot' });
  await expect(page.getByRole('button', { name: 'Reboot 1 device' })).toBeVisible();
});

test('the state filter asks the service and lives in the URL', async ({ dashboard, page }) => {
  await dashboard.open('/tasks', { speed: 0.2 });
  const id = await dashboard.healthyDevice();
  await dashboard.createTaskInSim({ targets: [id], command: { reboot: {} }, tags: op('op-e2e-live') });
  await page.reload();
  const filtered = page.waitForRequest((r) => /\/tasks\?/.test(r.url()) && r.url().includes('state=IN_PROGRESS'));
  await page.getByRole('button', { name: 'Filter by state' }).click();
  await page.getByRole('option', { name: 'In progress' }).click();
  await filtered;
  await expect(page).toHaveURL(/state=IN_PROGRESS/);
  await expect(dashboard.table('Operations').getByRole('row', { name: /op-e2e-live/ })).toBeVisible();
  await expect(dashboard.table('Operations').getByRole('row', { name: /op-seed/ })).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Find operations' }).fill('no-such-operation');
  await expect(page.getByText('No operation matches the filter.')).toBeVisible();
  await expect(page).toHaveURL(/q=no-such-operation/);
});

test('errors: unknown task gets the not-found view; denied ListTasks names the IAM action', async ({ dashboard, page }) => {
  await dashboard.open('/tasks/st-zzzzzzzzzzzzzz?region=us-west-2');
  await expect(page.getByRole('heading', { name: 'Task not found' })).toBeVisible();
  await dashboard.open('/tasks', { deny: ['ListTasks'] });
  await expect(page.getByText(/snow-device-management:ListTasks/)).toBeVisible();
});

import { expect, test } from './fixtures';

test('device detail shows capacity, interfaces, software, EC2 instances and task history', async ({ dashboard, page }) => {
  await dashboard.open('/devices');
  const { compute } = await dashboard.wellKnown();
  const task = await dashboard.createTaskInSim({ targets: [compute], command: { reboot: {} }, tags: { 'snow-dashboard:command': 'reboot' } });
  await page.goto(`/devices/${compute}?region=us-west-2`);

  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Snowball Edge Compute Optimized', { exact: true })).toBeVisible();
  await expect(page.getByText('Device type code EDGE_C')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'SSD Storage used' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Memory used' })).toBeVisible();
  await expect(page.getByText('Not present on this device').first()).toBeVisible();

  const interfaces = dashboard.table('Network interfaces');
  await expect(interfaces.getByRole('row')).not.toHaveCount(1);
  await expect(interfaces.getByText(/^s\.ni-[0-9a-f]{17}$/).first()).toBeVisible();

  await expect(page.getByText('Installing version')).toBeVisible();
  await expect(page.getByText('131', { exact: true })).toBeVisible();

  const instances = dashboard.table('EC2 instances');
  await expect(instances.getByText(/^s\.i-[0-9a-f]{17}$/)).toHaveCount(3);
  await expect(instances.getByText('Running').first()).toBeVisible();
  await expect(page.getByText(/Served from the cloud-side cache/)).toBeVisible();

  const history = dashboard.table('Task history');
  await expect(history.getByRole('link', { name: task.taskId })).toBeVisible();
  await expect(history.getByText('Reboot', { exact: true })).toBeVisible();
  await expect(history.getByText('SUCCEEDED')).toBeVisible({ timeout: 20_000 });
  await dashboard.expectAccessible();
});

test('task history says what a task came to, that it still runs elsewhere, and when its command was not recorded', async ({ dashboard, page }) => {
  test.setTimeout(120_000);
  await dashboard.open('/devices');
  const { compute, offline } = await dashboard.wellKnown();
  // No command tag (created outside the dashboard); the offline device keeps the task running, then times out.
  const task = await dashboard.createTaskInSim({ targets: [compute, offline], command: { reboot: {} } });
  await page.goto(`/devices/${compute}?region=us-west-2`);
  const history = dashboard.table('Task history');
  const row = history.getByRole('row', { name: new RegExp(task.taskId) });
  await expect(row.getByRole('button', { name: 'Not recorded' })).toBeVisible();
  await expect(row).toContainText('Succeeded', { timeout: 20_000 });
  await expect(row).toContainText('Task in progress on other devices');
  await row.getByRole('button', { name: 'Not recorded' }).click();
  await expect(history.getByText(/does not report which command a task runs/)).toBeVisible();
  // The offline device's execution times out 20 s after queueing; a refresh reads the outcome.
  await page.waitForTimeout(16_000);
  await page.getByRole('button', { name: 'Refresh device' }).click();
  await expect(row).toContainText('Completed with 1 failed', { timeout: 35_000 });
});

test('tags can be added, edited and removed inside their panel, a removal undone', async ({ dashboard, page }) => {
  await dashboard.open('/devices');
  const { locked } = await dashboard.wellKnown();
  await page.goto(`/devices/${locked}?region=us-west-2`);
  const tags = dashboard.table('Tags');
  await expect(tags.getByText('site', { exact: true })).toBeVisible();

  await page.getByLabel('Tag key').fill('aws:reserved');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByText('Keys starting with "aws:" are reserved for AWS.')).toBeVisible();

  await page.getByLabel('Tag key').fill('rack');
  await page.getByLabel('Tag value').fill('A-12');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await expect(tags.getByRole('row', { name: /rack A-12/ })).toBeVisible();
  // The outcome shows in the Tags panel, next to the tags, not only at the top of the page.
  const panel = page.getByRole('region', { name: 'Tags' });
  await expect(panel.getByText('Tag "rack" saved.')).toBeVisible();

  await page.getByRole('button', { name: 'Edit tag rack' }).click();
  await page.getByLabel('Tag value').fill('B-03');
  await page.getByRole('button', { name: 'Save tag' }).click();
  await expect(tags.getByRole('row', { name: /rack B-03/ })).toBeVisible();

  await page.reload();
  await expect(dashboard.table('Tags').getByRole('row', { name: /rack B-03/ })).toBeVisible();
  await page.getByRole('button', { name: 'Remove tag rack' }).click();
  await expect(dashboard.table('Tags').getByText('rack', { exact: true })).toHaveCount(0);
  await expect(panel.getByText('Tag "rack" removed.')).toBeVisible();
  await panel.getByRole('button', { name: 'Undo removing tag rack' }).click();
  await expect(dashboard.table('Tags').getByRole('row', { name: /rack B-03/ })).toBeVisible();
});

test('a failing panel leaves the rest of the device page working', async ({ dashboard, page }) => {
  await dashboard.open('/devices', { deny: ['DescribeDeviceEc2Instances'] });
  const { compute } = await dashboard.wellKnown();
  await page.goto(`/devices/${compute}?region=us-west-2`);
  await expect(page.getByText('EC2 instances: Access denied')).toBeVisible();
  await expect(page.getByText(/snow-device-management:DescribeDeviceEc2Instances/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Memory used' })).toBeVisible();
  await expect(dashboard.table('Network interfaces')).toBeVisible();
  await expect(dashboard.table('Tags')).toBeVisible();
});

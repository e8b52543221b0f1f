import { expect, test } from './fixtures';

const region = 'us-west-2';

test('reboot from the device page: one task created, the device reboots', async ({ dashboard, page }) => {
  await dashboard.open('/devices');
  const id = await dashboard.healthyDevice();
  const before = await dashboard.sim((s) => s.taskCount());
  await page.goto(`/devices/${id}?region=${region}`);
  await page.getByRole('button', { name: 'Reboot' }).click();
  await expect(page.getByRole('heading', { name: 'Create task', level: 1 })).toBeVisible();
  await expect(page.getByText('Pre-flight summary')).toBeVisible();
  await page.getByRole('button', { name: 'Reboot 1 device' }).click();
  await expect(page.getByText(/ sent in \d+ tasks?\.$/).first()).toBeVisible();
  expect(await dashboard.sim((s) => s.taskCount())).toBe(before + 1);
  await expect(page.getByText('Reboot of 1 device sent')).toBeVisible();
});

test('a 25-device reboot becomes 3 tasks under one operation, after a typed confirmation', async ({ dashboard, page }) => {
  await dashboard.open('/tasks', { devices: 80 });
  const ids = await dashboard.healthyDevices(25);
  expect(ids).toHaveLength(25);
  await dashboard.handOver({ command: 'reboot', targets: ids.map((managedDeviceId) => ({ managedDeviceId, region })) });
  await page.getByRole('button', { name: 'Reboot 25 devices' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Reboot 25 devices' })).toBeDisabled();
  await dialog.getByLabel('Number of devices to confirm').fill('25');
  await dialog.getByRole('button', { name: 'Reboot 25 devices' }).click();
  await expect(page.getByText(/ sent in \d+ tasks?\.$/).first()).toBeVisible();
  const tasks = await dashboard.sim((s) =>
    (s as unknown as { listTasks(): { targets: string[]; tags: Record<string, string> }[] }).listTasks().filter((t) => t.tags['snow-dashboard:command'] === 'reboot' && t.tags['snow-dashboard:batch'] && !t.tags['snow-dashboard:operation']?.startsWith('op-seed')),
  );
  expect(tasks.map((t) => t.targets.length).sort()).toEqual([10, 10, 5]);
  expect(new Set(tasks.map((t) => t.tags['snow-dashboard:operation'])).size).toBe(1);
  expect(tasks.map((t) => t.tags['snow-dashboard:batch']).sort()).toEqual(['1/3', '2/3', '3/3']);
});

test('a refused task retried after the fault clears creates exactly one task', async ({ dashboard, page }) => {
  await dashboard.open('/tasks', { error: 'CreateTask:1:InternalServerException' });
  const ids = await dashboard.healthyDevices(2);
  const before = await dashboard.sim((s) => s.taskCount());
  await dashboard.handOver({ command: 'reboot', targets: ids.map((managedDeviceId) => ({ managedDeviceId, region })) });
  await page.getByLabel('Description').fill('Patch reboot');
  await page.getByRole('button', { name: 'Reboot 2 devices' }).click();
  await expect(page.getByRole('table', { name: 'Tasks sent' }).getByText('Failed')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('table', { name: 'Tasks sent' }).getByText(/AWS had an internal error/)).toBeVisible();
  // Nothing reached the service: the operation reads as stopped, with every device not sent.
  await expect(page.getByText('Stopped: 2 of 2 devices not sent', { exact: true })).toBeVisible();
  expect(await dashboard.sim((s) => s.taskCount())).toBe(before);
  await expect(page.getByLabel('Description')).toHaveValue('Patch reboot');
  await dashboard.sim((s) => s.setScenario({ error: undefined }));
  await page.getByRole('button', { name: 'Retry task 1' }).click();
  await expect(page.getByText(/ sent in \d+ tasks?\.$/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Retry task 1' }).click({ timeout: 1000 }).catch(() => undefined);
  expect(await dashboard.sim((s) => s.taskCount())).toBe(before + 1);
});

test('description validation names the character that is not allowed', async ({ dashboard, page }) => {
  await dashboard.open('/tasks');
  const id = await dashboard.healthyDevice();
  await dashboard.handOver({ command: 'unlock', targets: [{ managedDeviceId: id, region }] });
  await page.getByLabel('Description').fill('Unlock; then reboot');
  await expect(page.getByText('";" at position 7 is not allowed. Use letters A-Z and a-z, digits, spaces and _ . , ! # only.')).toBeVisible();
  await page.getByLabel('Description').fill('Unlock, then reboot');
  await expect(page.getByText(/is not allowed/)).toHaveCount(0);
});

test('pre-flight lists offline devices and running instances', async ({ dashboard, page }) => {
  await dashboard.open('/tasks');
  const { compute, offline } = await dashboard.wellKnown();
  await dashboard.handOver({ command: 'reboot', targets: [compute, offline].map((managedDeviceId) => ({ managedDeviceId, region })) });
  await expect(page.getByText('1 offline device')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Offline devices' })).toContainText(offline);
  await expect(page.getByText(/running EC2 instances? on 2 devices will stop/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Devices with running EC2 instances' }).getByRole('listitem').filter({ hasText: compute })).toContainText(/: \d+ running$/);
  await dashboard.expectAccessible();
});

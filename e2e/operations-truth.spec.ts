import type { Page } from '@playwright/test';
import { expect, test, type Dashboard } from './fixtures';

const region = 'us-west-2';
const targets = (ids: string[]) => ids.map((managedDeviceId) => ({ managedDeviceId, region }));

interface FleetDevice {
  id: string;
  offlineSince?: number;
  tags: Record<string, string>;
  instances: { state: { name: string } }[];
}

/** The simulated fleet of the region, as the tests pick devices from it. */
function fleet(dashboard: Dashboard) {
  return dashboard.sim((s) => {
    const sim = s as unknown as { devices(r: string): FleetDevice[]; isFlaky(r: string, id: string): boolean };
    return sim.devices('us-west-2').map((d, i) => ({
      id: d.id, index: i, name: d.tags.Name, online: d.offlineSince === undefined, flaky: sim.isFlaky('us-west-2', d.id),
      running: d.instances.filter((x) => x.state.name === 'RUNNING').length,
    }));
  });
}

/** The tasks the simulated service holds for one operation. */
function tasksOf(dashboard: Dashboard, operation: string) {
  return dashboard.sim(
    (s, op) => (s as unknown as { listTasks(): { targets: string[]; tags: Record<string, string> }[] }).listTasks().filter((t) => t.tags['snow-dashboard:operation'] === op),
    operation,
  );
}

/** The operation id the create page is sending ("Operation op-…" names its progress bar). */
async function operationId(page: Page): Promise<string> {
  const text = await page.getByText(/^Operation op-[0-9a-f-]+$/).first().textContent();
  return text!.replace('Operation ', '');
}

test('a check that could not run is a finding of its own, and confirming waits until it is acknowledged', async ({ dashboard, page }) => {
  await dashboard.open('/tasks', { deny: ['DescribeDeviceEc2Instances'] });
  const { compute } = await dashboard.wellKnown();
  await dashboard.handOver({ command: 'reboot', targets: targets([compute]) });
  await expect(page.getByText('Running instances could not be checked on 1 device: Access denied')).toBeVisible();
  await expect(page.getByText(/not allowed to perform snow-device-management:DescribeDeviceEc2Instances in us-west-2/)).toBeVisible();
  await expect(page.getByRole('list', { name: /Devices not checked/ })).toContainText(compute);
  // Never read as clean: the summary says the check did not run.
  await expect(page.getByText(/0 \(1 device not checked\)/)).toBeVisible();
  const confirm = page.getByRole('button', { name: 'Reboot 1 device' });
  await expect(confirm).toBeDisabled();
  await dashboard.expectAccessible();
  await page.getByRole('checkbox', { name: /running instances were not checked on these devices/ }).check();
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expect(page.getByText(/ sent in 1 task\.$/).first()).toBeVisible();
});

test('a 12-device reboot lists every device whose running instances stop, and the dialog repeats it', async ({ dashboard, page }) => {
  await dashboard.open('/tasks');
  const picked = (await fleet(dashboard)).filter((d) => d.running > 0).slice(0, 12);
  expect(picked).toHaveLength(12);
  const instances = picked.reduce((n, d) => n + d.running, 0);
  const offline = picked.filter((d) => !d.online).length;
  await dashboard.handOver({ command: 'reboot', targets: targets(picked.map((d) => d.id)) });
  await expect(page.getByText(`${instances} running EC2 instances on 12 devices will stop`)).toBeVisible();
  await page.getByRole('button', { name: 'Show all 12 devices' }).first().click();
  const list = page.getByRole('list', { name: 'Devices with running EC2 instances' });
  await expect(list.getByRole('listitem')).toHaveCount(12);
  for (const d of picked) await expect(list.getByRole('listitem').filter({ hasText: d.id })).toContainText(d.name ? `${d.id} (${d.name}): ${d.running} running` : `${d.running} running`);
  await page.getByRole('button', { name: 'Reboot 12 devices' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('list', { name: 'What happens' })).toContainText(`12 devices in ${region} will reboot.`);
  await expect(dialog).toContainText(`${instances} running EC2 instances on 12 devices will stop.`);
  if (offline) await expect(dialog).toContainText(`${offline} offline device`);
  await dialog.getByLabel('Number of devices to confirm').fill('12');
  await dialog.getByRole('button', { name: 'Reboot 12 devices' }).click();
  await expect(page.getByText('All 12 devices sent in 2 tasks.').first()).toBeVisible();
});

test('a wave operation stopped by its rule reads as stopped on the tasks list and its page, after a reload and from the service alone', async ({ dashboard, page }) => {
  test.setTimeout(150_000);
  await dashboard.open('/tasks', { speed: 4 });
  const devices = (await fleet(dashboard)).filter((d) => d.index >= 5 && d.online);
  const flaky = devices.find((d) => d.flaky)!;
  const healthy = devices.filter((d) => !d.flaky).slice(0, 29);
  expect(healthy).toHaveLength(29);
  // The first wave: one device that always fails and nine that succeed; 10% failed reaches the rule.
  await dashboard.handOver({ command: 'reboot', targets: targets([flaky.id, ...healthy.map((d) => d.id)]) });
  await page.getByText('Send in waves').click();
  await page.getByLabel('Devices per wave').fill('10');
  await page.getByLabel('Stop when failures reach (%)').fill('10');
  await page.getByLabel('Only once this many have ended').fill('10');
  await page.getByRole('button', { name: 'Reboot 30 devices' }).click();
  await page.getByRole('dialog').getByLabel('Number of devices to confirm').fill('30');
  await page.getByRole('dialog').getByRole('button', { name: 'Reboot 30 devices' }).click();
  await expect(page.getByText('Sending in waves')).toBeVisible();
  const op = await operationId(page);
  await expect(page.getByText('Stopped: 20 of 30 devices not sent', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/Stopped by the stop rule: 1 of 10 ended executions failed, timed out or were rejected \(10%, the limit is 10%\)\./)).toBeVisible();
  expect((await tasksOf(dashboard, op)).flatMap((t) => t.targets)).toHaveLength(10);

  await page.goto('/tasks');
  const row = dashboard.table('Operations').getByRole('row', { name: new RegExp(op) });
  await expect(row).toContainText('Stopped: 20 of 30 devices not sent');
  await expect(row).toContainText('Sent devices: Completed with 1 failed');
  await row.getByRole('link', { name: op }).click();
  await expect(page.getByRole('heading', { name: `Operation ${op}`, level: 1 })).toBeVisible();
  await expect(page.getByText('Stopped: 20 of 30 devices not sent').first()).toBeVisible();
  // This browser holds what was not sent: it can resume or discard it.
  await expect(page.getByRole('button', { name: 'Resume: send 20 devices' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Discard the 20 devices not sent' })).toBeVisible();
  await dashboard.expectAccessible();

  // Another browser has only the service: the tasks' tags still say 20 devices were never sent.
  await page.addInitScript(() => localStorage.removeItem('snow-dashboard:submissions'));
  await page.reload();
  await expect(page.getByText('Stopped: 20 of 30 devices not sent').first()).toBeVisible();
  await expect(page.getByText(/Only the browser that sent it knows which devices were left/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'New operation from the 10 devices sent' })).toBeVisible();
  await page.goto('/tasks');
  await expect(dashboard.table('Operations').getByRole('row', { name: new RegExp(op) })).toContainText('Stopped: 20 of 30 devices not sent');
});

test('Stop holds the next wave; Resume on the operation page sends it at once', async ({ dashboard, page }) => {
  // Slow time: the first wave runs long enough to be stopped before the next goes.
  await dashboard.open('/tasks', { speed: 0.5 });
  const ids = await dashboard.healthyDevices(20);
  await dashboard.handOver({ command: 'reboot', targets: targets(ids) });
  await page.getByText('Send in waves').click();
  await page.getByLabel('Devices per wave').fill('10');
  await page.getByLabel('Stop when failures reach (%)').fill('');
  await page.getByRole('button', { name: 'Reboot 20 devices' }).click();
  await page.getByRole('dialog').getByLabel('Number of devices to confirm').fill('20');
  await page.getByRole('dialog').getByRole('button', { name: 'Reboot 20 devices' }).click();
  const op = await operationId(page);
  await page.getByRole('button', { name: `Stop sending operation ${op}` }).click();
  await expect(page.getByText('Stopped: 10 of 20 devices not sent', { exact: true })).toBeVisible();
  await expect(page.getByText('Sending was stopped by the operator.')).toBeVisible();
  expect((await tasksOf(dashboard, op)).flatMap((t) => t.targets)).toHaveLength(10);
  await page.goto(`/tasks/operations/${op}`);
  await expect(page.getByText('Stopped: 10 of 20 devices not sent').first()).toBeVisible();
  await page.getByRole('button', { name: 'Resume: send 10 devices' }).click();
  await expect.poll(async () => (await tasksOf(dashboard, op)).flatMap((t) => t.targets).length).toBe(20);
  await expect(page.getByText(/devices? not sent/)).toHaveCount(0, { timeout: 30_000 });
});

test('the end of an operation the operator started is told on the inventory, with its counts and a link', async ({ dashboard, page }) => {
  await dashboard.open('/tasks', { speed: 4 });
  const ids = await dashboard.healthyDevices(2);
  await dashboard.handOver({ command: 'reboot', targets: targets(ids) });
  await page.getByRole('button', { name: 'Reboot 2 devices' }).click();
  const op = await operationId(page);
  await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Devices' }).click();
  await expect(page.getByRole('heading', { name: /Devices/ }).first()).toBeVisible();
  const notice = page.getByText(`Reboot operation ${op} finished`);
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Completed. 2 succeeded.')).toBeVisible();
  await page.getByRole('button', { name: 'View operation' }).first().click();
  await expect(page.getByRole('heading', { name: `Operation ${op}`, level: 1 })).toBeVisible();
});

test('a vanished device is left out by default, and when it vanishes after the pre-flight it leaves itself out and is named', async ({ dashboard, page }) => {
  await dashboard.open('/tasks');
  const ids = await dashboard.healthyDevices(12);
  const gone = ids[3]!;
  await dashboard.sim((s, id) => s.setScenario({ vanish: id }), gone);
  await dashboard.handOver({ command: 'reboot', targets: targets(ids) });
  await expect(page.getByText('1 device not found')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Devices not found' })).toContainText(gone);
  await page.getByRole('button', { name: 'Reboot 11 devices (1 not found, left out)' }).click();
  await page.getByRole('dialog').getByLabel('Number of devices to confirm').fill('11');
  await expect(page.getByRole('dialog')).toContainText('1 device left out.');
  await page.getByRole('dialog').getByRole('button', { name: 'Reboot 11 devices (1 not found, left out)' }).click();
  await expect(page.getByText('All 11 devices sent in 2 tasks.').first()).toBeVisible();
  const first = await tasksOf(dashboard, await operationId(page));
  expect(first.flatMap((t) => t.targets).sort()).toEqual(ids.filter((id) => id !== gone).sort());

  // Included anyway: the service refuses its group, which goes again without it, by itself.
  await page.goto('/tasks');
  await dashboard.handOver({ command: 'reboot', targets: targets(ids) });
  await page.getByLabel('Include them anyway').check();
  await page.getByRole('button', { name: 'Reboot 12 devices' }).click();
  await page.getByRole('dialog').getByLabel('Number of devices to confirm').fill('12');
  await page.getByRole('dialog').getByRole('button', { name: 'Reboot 12 devices' }).click();
  await expect(page.getByText('1 device not found, left out')).toBeVisible();
  await expect(page.getByText(`The service no longer knows ${gone}`)).toBeVisible();
  await expect(page.getByText('All 11 devices sent in 2 tasks.').first()).toBeVisible();
  const second = await tasksOf(dashboard, await operationId(page));
  expect(second.flatMap((t) => t.targets)).toHaveLength(11);
  expect(second.flatMap((t) => t.targets)).not.toContain(gone);
  expect(second.map((t) => t.tags['snow-dashboard:not-found']).filter(Boolean)).toEqual([gone]);
});

test('access denied on the task list clears with Retry, and by itself on the next read', async ({ dashboard, page }) => {
  await dashboard.open('/tasks', { deny: ['ListTasks'] });
  await expect(page.getByText(/snow-device-management:ListTasks in us-west-2/).first()).toBeVisible();
  await dashboard.sim((s) => s.setScenario({ deny: [] }));
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText(/snow-device-management:ListTasks/)).toHaveCount(0);
  await expect(dashboard.table('Operations').getByRole('row', { name: /op-seed/ }).first()).toBeVisible();
  // Denied again, then cleared without a click: the list's own poll reads it again.
  await dashboard.sim((s) => s.setScenario({ deny: ['ListTasks'] }));
  await page.reload();
  await expect(page.getByText(/snow-device-management:ListTasks/).first()).toBeVisible();
  await dashboard.sim((s) => s.setScenario({ deny: [] }));
  await expect(page.getByText(/snow-device-management:ListTasks/)).toHaveCount(0, { timeout: 20_000 });
});

test('a task created outside the dashboard says its command is not recorded, and why', async ({ dashboard, page }) => {
  await dashboard.open('/tasks');
  const id = await dashboard.healthyDevice();
  const task = await dashboard.createTaskInSim({ targets: [id], command: { unlock: {} }, tags: { team: 'blue' } });
  await page.reload();
  const row = dashboard.table('Operations').getByRole('row', { name: new RegExp(task.taskId) });
  await row.getByRole('button', { name: 'Not recorded' }).click();
  await expect(page.getByText(/does not report which command a task runs/)).toBeVisible();
  await page.goto(`/tasks/${task.taskId}?region=${region}`);
  await expect(page.getByRole('button', { name: 'Not recorded' })).toBeVisible();
  // The operator's tags show; the dashboard's own only on request.
  await expect(page.getByText('team = blue')).toBeVisible();
});

import { expect, test } from './fixtures';

const region = 'us-west-2';

test('a reboot shows in Activity with the simulated identity, filters by device and user, and on the device page', async ({ dashboard, page }) => {
  await dashboard.open('/tasks');
  const id = await dashboard.healthyDevice();
  await dashboard.handOver({ command: 'reboot', targets: [{ managedDeviceId: id, region }] });
  await page.getByRole('button', { name: 'Reboot 1 device' }).click();
  await expect(page.getByText(/ sent in \d+ tasks?\.$/).first()).toBeVisible();

  await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Activity' }).click();
  await expect(page.getByRole('heading', { name: 'Activity', level: 1 })).toBeVisible();
  await expect(page.getByText(/some minutes after the call/).first()).toBeVisible();
  const table = dashboard.table('Activity');
  const mine = table.getByRole('row').filter({ hasText: 'CreateTask' }).filter({ hasText: 'pasted-keys' }).filter({ has: page.getByRole('link', { name: `Device ${id}` }) });
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText('SimulatedOperator');
  await expect(mine).toContainText('Succeeded');
  // Other people's history is there too, with the dashboard's own sign-in marked.
  await expect(table.getByText('Dashboard sign-in').first()).toBeVisible();
  await dashboard.expectAccessible();

  await page.getByLabel('Device ID').fill(id);
  await expect(page).toHaveURL(new RegExp(`device=${id}`));
  await expect(mine).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasNot: page.getByRole('link', { name: `Device ${id}` }) }).filter({ hasText: /CreateTask|CancelTask|TagResource/ })).toHaveCount(0);
  await page.getByLabel('Device ID').fill('');
  await page.getByLabel('User').fill('alice');
  await expect(mine).toHaveCount(0);
  await expect(table.getByText('alice.nguyen@example.com').first()).toBeVisible();
  await page.getByLabel('User').fill('pasted-keys');
  await expect(mine).toHaveCount(1);
  // The filter lives in the URL: a reload keeps it.
  await page.reload();
  await expect(page.getByLabel('User')).toHaveValue('pasted-keys');
  await expect(dashboard.table('Activity').getByRole('link', { name: `Device ${id}` }).first()).toBeVisible();

  await dashboard.table('Activity').getByRole('link', { name: `Device ${id}` }).first().click();
  await expect(page.getByRole('heading', { name: 'Device details' })).toBeVisible();
  const panel = dashboard.table(`Activity of ${id}`);
  await expect(panel.getByRole('row').filter({ hasText: 'CreateTask' }).filter({ hasText: 'pasted-keys' })).toHaveCount(1);
});

test('a denied CreateTask shows with its error code; the task page says who created it', async ({ dashboard, page }) => {
  await dashboard.open('/activity');
  const id = await dashboard.healthyDevice();
  await dashboard.sim((s) => s.setScenario({ deny: ['CreateTask'] }));
  const refused = await dashboard.sim((s, target) => s.handle('CreateTask', 'us-west-2', { params: {}, query: new URLSearchParams(), body: { targets: [target], command: { reboot: {} }, clientToken: 'e2e-denied' } }).status, id);
  expect(refused).toBe(403);
  await dashboard.sim((s) => s.setScenario({ deny: [] }));
  const created = await dashboard.createTaskInSim({ targets: [id], command: { unlock: {} } });
  await page.getByRole('button', { name: 'Refresh activity' }).click();
  const table = dashboard.table('Activity');
  const denied = table.getByRole('row').filter({ hasText: 'AccessDeniedException' }).filter({ hasText: 'pasted-keys' });
  await expect(denied).toHaveCount(1);
  await expect(denied).toContainText('snow-device-management:CreateTask');
  await expect(denied.getByRole('link', { name: `Device ${id}` })).toBeVisible();

  await table.getByRole('link', { name: `Task ${created.taskId}` }).click();
  await expect(page.getByRole('heading', { name: created.taskId, level: 1 })).toBeVisible();
  await expect(page.getByText('pasted-keys').first()).toBeVisible();
});

test('without cloudtrail:LookupEvents the panels explain the missing action and the rest of the page works', async ({ dashboard, page }) => {
  await dashboard.open('/devices', { deny: ['LookupEvents'] });
  const { compute } = await dashboard.wellKnown();
  await page.goto(`/devices/${compute}?region=${region}`);
  await expect(page.getByRole('heading', { name: 'Device details' })).toBeVisible();
  await expect(page.getByText(/not allowed to perform cloudtrail:LookupEvents/).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: /Capacity/ }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: /Tags/ }).first()).toBeVisible();
  await expect(page.getByText('Could not be read').first()).toBeVisible();
  await dashboard.expectAccessible();

  await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Activity' }).click();
  await expect(page.getByText(/not allowed to perform cloudtrail:LookupEvents/).first()).toBeVisible();
  await expect(page.getByLabel('User')).toBeEditable();
  await dashboard.expectAccessible();
});

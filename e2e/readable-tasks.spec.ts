import { brokenWords, expect, test, type Dashboard } from './fixtures';
import { InventoryPage } from './inventory-page';

const region = 'us-west-2';
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
] as const;
const THEMES = ['light', 'dark'] as const;
/** How the service is built, never what the operator reads on a default view. */
const IMPLEMENTATION_WORDS = [/batches of/i, /batches per wave/i, /never creates a second task/i, /snow-dashboard:/i, /API route/i, /reading executions/i];

/** Every word of every table cell that the browser broke over two lines (a Range over the word has more than one line box). */
/** Opens the page at each size and theme: no word broken, axe clean, a screenshot; the words of 4 stay out. */
async function checkEverywhere(dashboard: Dashboard, name: string, ready: () => Promise<void>) {
  const { page } = dashboard;
  for (const theme of THEMES) {
    await page.evaluate((t) => localStorage.setItem('snow-dashboard:preferences', JSON.stringify({ theme: t })), theme);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.reload();
      await ready();
      await expect(page.locator('body.awsui-dark-mode')).toHaveCount(theme === 'dark' ? 1 : 0);
      await page.screenshot({ path: `test-results/screenshots/${name}-${size.width}-${theme}.png`, fullPage: true });
      expect(await brokenWords(page.locator('body')), `${name} at ${size.width} px, ${theme}`).toEqual([]);
      if (theme === 'light') {
        const text = await page.evaluate(() => document.body.innerText);
        for (const word of IMPLEMENTATION_WORDS) expect(text, `${name} says ${word}`).not.toMatch(word);
      }
      await dashboard.expectAccessible();
    }
  }
  await page.evaluate(() => localStorage.removeItem('snow-dashboard:preferences'));
}

const tags = (op: string, batch: string) => ({ 'snow-dashboard:operation': op, 'snow-dashboard:command': 'reboot', 'snow-dashboard:batch': batch });

/** An operation of two tasks on three devices (one that always fails), ended. */
async function endedOperation(dashboard: Dashboard) {
  const fleet = await dashboard.sim((s) => {
    const sim = s as unknown as { devices(r: string): { id: string; offlineSince?: number }[]; isFlaky(r: string, id: string): boolean };
    return sim.devices('us-west-2').slice(5).filter((d) => d.offlineSince === undefined).map((d) => ({ id: d.id, flaky: sim.isFlaky('us-west-2', d.id) }));
  });
  const flaky = fleet.find((d) => d.flaky)!.id;
  const ok = fleet.filter((d) => !d.flaky).slice(0, 2).map((d) => d.id);
  const first = await dashboard.createTaskInSim({ targets: [ok[0]!, flaky], command: { reboot: {} }, tags: tags('op-e2e-readable', '1/2'), description: 'Monthly patch reboot, site berlin' });
  await dashboard.createTaskInSim({ targets: [ok[1]!], command: { reboot: {} }, tags: tags('op-e2e-readable', '2/2') });
  return { taskId: first.taskId, devices: [...ok, flaky] };
}

test.describe.configure({ timeout: 240_000 });

test('the tasks list, an operation and a task read at a glance at 1440 and 1024 px, light and dark', async ({ dashboard, page }) => {
  await dashboard.open('/tasks', { speed: 4 });
  const { taskId, devices } = await endedOperation(dashboard);
  const executions = dashboard.table('Executions');
  await page.goto('/tasks/operations/op-e2e-readable');
  await expect(executions.getByText('Succeeded')).toHaveCount(2, { timeout: 60_000 });
  await expect(executions.getByText(/Failed|Timed out/)).toHaveCount(1, { timeout: 60_000 });

  await page.goto('/tasks');
  const list = dashboard.table('Operations');
  const heading = page.getByRole('heading', { level: 1, name: /Operations/ });
  const listReady = async () => {
    await expect(list.getByRole('row', { name: /op-e2e-readable/ })).toContainText('Completed with 1 failed');
    await expect(list.getByText(/not counted yet/)).toHaveCount(0, { timeout: 30_000 });
  };
  await listReady();
  // The count names what it counts: operations, with the tasks they hold in the description.
  await expect(heading).toContainText(/Operations\s*\(\d+\)/);
  await expect(page.getByText(/^\d+ tasks\./)).toBeVisible();
  await checkEverywhere(dashboard, 'tasks-list', listReady);

  // Failed: worked out in the page from the executions, as the service filters task states only.
  await page.getByRole('button', { name: 'Filter by state' }).click();
  await page.getByRole('option', { name: /^Failed/ }).click();
  await expect(page).toHaveURL(/state=FAILED/);
  await expect(list.getByRole('row', { name: /op-e2e-readable/ })).toBeVisible();
  await expect(page.getByText(/Operations with failed/)).toBeVisible();
  for (const text of await list.getByRole('row').allInnerTexts()) if (!/^Operation/.test(text)) expect(text).toMatch(/fail|timed out|rejected/i);

  await page.goto('/tasks/operations/op-e2e-readable');
  const operationReady = async () => {
    await expect(executions.getByText('Succeeded')).toHaveCount(2);
    await expect(executions.getByText(/Times not read yet/)).toHaveCount(0, { timeout: 30_000 });
  };
  await operationReady();
  // A timeline row per device, each with its text: how long it was queued and ran.
  const timeline = executions.getByRole('row').filter({ hasText: /Queued \d+ s, ran \d+ s/ });
  await expect(timeline).toHaveCount(devices.length);
  await checkEverywhere(dashboard, 'operation', operationReady);
  // The dashboard's own tags wait behind a toggle on the task page.
  await page.goto(`/tasks/${taskId}?region=${region}`);
  await expect(page.getByText(/snow-dashboard:operation/)).toHaveCount(0);
  await page.getByRole('switch', { name: 'Show system tags' }).or(page.getByRole('checkbox', { name: 'Show system tags' })).click();
  await expect(page.getByText(/snow-dashboard:operation = op-e2e-readable/)).toBeVisible();

  const taskReady = async () => {
    await expect(executions.getByRole('row').filter({ hasText: /Queued \d+ s, ran \d+ s/ })).toHaveCount(2, { timeout: 30_000 });
  };
  await checkEverywhere(dashboard, 'task', taskReady);
});

test('create task lists the devices handed over from the inventory, one can be removed, and the form is read-only once sent', async ({ dashboard, page }) => {
  await dashboard.open('/devices', { devices: 24 });
  const inv = new InventoryPage(page);
  await inv.waitUntilLoaded();
  const healthy = new Set(await dashboard.healthyDevices(24));
  const ids = (await inv.column('Device ID')).filter((id) => healthy.has(id)).slice(0, 3);
  expect(ids).toHaveLength(3);
  for (const id of ids) await page.getByRole('checkbox', { name: `Select ${id}` }).check();
  await page.getByRole('button', { name: 'Reboot' }).click();
  await expect(page.getByRole('heading', { name: 'Create task', level: 1 })).toBeVisible();

  const targets = dashboard.table('Devices the task goes to');
  await expect(targets.getByRole('row')).toHaveCount(4);
  for (const id of ids) await expect(targets.getByRole('row', { name: new RegExp(id) })).toContainText(/Unlocked|Locked/);
  await expect(targets.getByRole('row', { name: new RegExp(ids[0]!) })).toContainText('Online');
  const ready = async () => {
    await expect(targets.getByText('Loading')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Check again' })).toBeEnabled({ timeout: 30_000 });
  };
  await ready();
  // History state survives a reload, so the handover is there at every size and theme.
  await checkEverywhere(dashboard, 'create', ready);

  await targets.getByRole('button', { name: `Remove ${ids[1]}` }).click();
  await expect(targets.getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('heading', { name: /Target devices/ })).toContainText('(2)');
  await page.getByRole('button', { name: 'Reboot 2 devices' }).click();
  await expect(page.getByText(/ sent in \d+ tasks?\.$/).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Progress' })).toBeInViewport();
  await expect(page.getByLabel('Description')).toHaveAttribute('readonly', '');
  await expect(targets.getByRole('button', { name: /^Remove / })).toHaveCount(0);
  const sent = await dashboard.sim((s) => (s as unknown as { listTasks(): { targets: string[]; tags: Record<string, string> }[] }).listTasks().filter((t) => /^op-(?!seed)/.test(t.tags['snow-dashboard:operation'] ?? '')).flatMap((t) => t.targets));
  expect(sent.sort()).toEqual([ids[0]!, ids[2]!].sort());

  // Without a handover the device picker shows each device's state and status.
  await page.goto('/tasks');
  await page.getByRole('link', { name: 'Create task' }).click();
  const picker = dashboard.table('Devices to choose from');
  for (const header of ['Name', 'State', 'Status']) await expect(picker.getByRole('columnheader', { name: header })).toBeVisible();
  await expect(picker.getByRole('row', { name: new RegExp(ids[0]!) })).toContainText('Online');
});

import { test } from './fixtures';
test('debug', async ({ dashboard, page }) => {
  page.on('console', (m) => { if (m.text().startsWith('DBG')) console.log(m.text()); });
  await dashboard.open('/tasks', { speed: 4 });
  const { offline } = await dashboard.wellKnown();
  const task = await dashboard.createTaskInSim({ targets: [offline], command: { reboot: {} } });
  await page.goto(`/tasks/${task.taskId}?region=us-west-2`);
  await page.waitForTimeout(12000);
});

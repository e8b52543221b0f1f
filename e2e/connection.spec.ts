import type { Page } from '@playwright/test';
import { expect, test, type Dashboard } from './fixtures';

// Obviously fake, well-formed keys: in the demo build the simulator answers requests to the
// real AWS host names, so the SDK signs with these exactly as it would for AWS.
const KEYS = {
  accessKeyId: 'ASIAE2ETESTKEY000001',
  secretAccessKey: 'e2eSecretKeyValue/abcdefghijklmnopqrstuv',
  sessionToken: 'FwoGZXIvYXdzEE2ETESTSESSIONTOKEN000000000000000',
};
const NEW_KEYS = { ...KEYS, accessKeyId: 'ASIAE2ETESTKEY000002', sessionToken: 'FwoGZXIvYXdzEE2ERENEWEDSESSIONTOKEN0000000000000' };
const SDM_REQUEST = /snow-device-management\.[a-z0-9-]+\.amazonaws\.com|\/sdm\/[a-z0-9-]+\//;

// Who the pasted keys belong to: the simulator answers STS GetCallerIdentity with this ARN.
const CALLER_ARN = 'arn:aws:sts::111122223333:assumed-role/FleetOperator/e2e';

async function enterKeys(page: Page, keys: typeof KEYS, submit: string) {
  await page.getByLabel('Access key ID').fill(keys.accessKeyId);
  await page.getByLabel('Secret access key').fill(keys.secretAccessKey);
  await page.getByLabel('Session token').fill(keys.sessionToken);
  await page.getByRole('button', { name: submit }).click();
}

/**
 * From now on every call answers as AWS does for expired credentials, until
 * credentialsValidAgain (the simulator only models SDM's own errors, so this is switched in its worker).
 */
async function expireCredentials(dashboard: Dashboard) {
  await dashboard.sim((sim) => {
    const s = sim as unknown as { handle: (op: string, ...rest: unknown[]) => unknown };
    const original = s.handle.bind(s);
    const w = globalThis as unknown as { __credentialsExpired?: boolean };
    w.__credentialsExpired = true;
    s.handle = (op, ...rest) =>
      w.__credentialsExpired
        ? { status: 403, errorType: 'ExpiredTokenException', body: { message: 'The security token included in the request is expired' } }
        : original(op, ...rest);
  });
}

async function credentialsValidAgain(dashboard: Dashboard) {
  await dashboard.sim(() => {
    (globalThis as unknown as { __credentialsExpired?: boolean }).__credentialsExpired = false;
  });
}

async function connectWithKeys(dashboard: Dashboard, page: Page) {
  await dashboard.open('/settings', { devices: 12 });
  await dashboard.sim((s, arn) => s.setScenario({ callerArn: arn }), CALLER_ARN);
  await page.getByRole('radio', { name: /Temporary credentials/ }).click();
  await expect(page.getByText(/Reloading or closing the tab forgets them/)).toBeVisible();
  await enterKeys(page, KEYS, 'Connect');
  await expect(page.getByRole('button', { name: /Identity: FleetOperator\/e2e, account 111122223333/ })).toBeVisible();
}

test('a wrong config.json shows the setup page with the exact problems', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ json: { regions: ['us-west-2', 'us-west-22'], apiRoute: 'proxy' } }));
  await page.goto('/devices?sim-reset=1');
  await expect(page.getByRole('heading', { name: 'Set up the Snow Fleet Dashboard' })).toBeVisible();
  const problems = page.getByRole('list', { name: 'Configuration problems' });
  await expect(problems).toContainText("regions[1] 'us-west-22' is not an AWS region name");
  await expect(problems).toContainText(`apiRoute 'proxy' must be "direct" or "same-origin".`);
  // The demo build can still show the simulated fleet.
  await page.getByRole('button', { name: 'Continue with the simulated fleet' }).click();
  await expect(page.getByRole('heading', { name: /Devices/ })).toBeVisible();
});

test('a config.json that is not JSON is named as such', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"regions": ["us-west-2"],}' }));
  await page.goto('/devices');
  await expect(page.getByRole('list', { name: 'Configuration problems' })).toContainText('config.json is not valid JSON');
});

test('temporary credentials sign every request and are kept in no storage', async ({ dashboard, page }) => {
  const authorizations: string[] = [];
  const tokens: string[] = [];
  page.on('request', (r) => {
    if (!SDM_REQUEST.test(r.url())) return;
    authorizations.push(r.headers()['authorization'] ?? '(none)');
    tokens.push(r.headers()['x-amz-security-token'] ?? '(none)');
  });
  await connectWithKeys(dashboard, page);
  authorizations.length = 0;
  tokens.length = 0;

  await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Devices' }).click();
  await expect(page.getByRole('heading', { name: /Devices/ })).toContainText('(12)');
  await expect(dashboard.table('Devices').getByRole('link', { name: /^smd-/ }).first()).toBeVisible();
  expect(authorizations.length).toBeGreaterThan(1);
  for (const a of authorizations) expect(a).toMatch(new RegExp(`^AWS4-HMAC-SHA256 Credential=${KEYS.accessKeyId}/\\d{8}/us-west-2/snow-device-management/aws4_request`));
  for (const t of tokens) expect(t).toBe(KEYS.sessionToken);

  const stored = await page.evaluate(() => {
    const dump = (s: Storage) => Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i)!)}`).join('\n');
    return `${dump(localStorage)}\n${dump(sessionStorage)}\n${document.cookie}`;
  });
  const cookies = JSON.stringify(await page.context().cookies());
  for (const secret of Object.values(KEYS)) {
    expect(stored).not.toContain(secret);
    expect(cookies).not.toContain(secret);
  }
  expect(page.url()).not.toContain(KEYS.accessKeyId);
});

test('long-term keys are accepted with a warning, malformed ones are explained as typed', async ({ dashboard, page }) => {
  await dashboard.open('/settings');
  await page.getByRole('radio', { name: /Temporary credentials/ }).click();
  await page.getByLabel('Access key ID').fill('AKIB0000');
  await expect(page.getByText(/starts with ASIA \(temporary credentials\) or AKIA \(long-term keys\)/).first()).toBeVisible();
  await page.getByLabel('Access key ID').fill('AKIAE2ETESTKEY000003');
  await page.getByLabel('Secret access key').fill(KEYS.secretAccessKey);
  await expect(page.getByText('These are long-term access keys').first()).toBeVisible();
  await dashboard.expectAccessible();
});

test('two regions at once: the inventory lists the devices of both', async ({ dashboard, page }) => {
  await dashboard.open('/settings', { devices: 12 });
  await page.getByLabel('Regions', { exact: true }).click();
  await page.getByRole('option', { name: /eu-west-1/ }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Apply regions and endpoint' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Applied: us-west-2, eu-west-1.' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Regions: us-west-2, eu-west-1' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Devices' }).click();
  await expect(page.getByRole('heading', { name: /Devices/ })).toContainText('(24)');
  // The choice is not secret: it survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: /Devices/ })).toContainText('(24)');
});

test('an expired token asks for new credentials over the page, then the page loads', async ({ dashboard, page }) => {
  const authorizations: string[] = [];
  page.on('request', (r) => {
    if (SDM_REQUEST.test(r.url())) authorizations.push(r.headers()['authorization'] ?? '');
  });
  await connectWithKeys(dashboard, page);
  await expireCredentials(dashboard);
  await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Tasks' }).click();
  const modal = page.getByRole('dialog', { name: 'Enter new credentials' });
  await expect(modal).toBeVisible();
  await expect(modal).toContainText('The security token included in the request is expired');
  await expect(page.getByRole('heading', { name: /Operations/ }).first()).toBeVisible();
  const url = page.url();
  await credentialsValidAgain(dashboard);
  const before = authorizations.length;
  let navigations = 0;
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) navigations++;
  });
  await enterKeys(page, NEW_KEYS, 'Use these credentials');
  await expect(modal).toBeHidden();
  // The page never left: whatever was typed on it is still there.
  expect(page.url()).toBe(url);
  expect(navigations).toBe(0);
  // What failed ran again, with the new keys, and the page shows it.
  await expect.poll(() => authorizations.slice(before).some((a) => a.includes(`Credential=${NEW_KEYS.accessKeyId}/`))).toBe(true);
  expect(authorizations.slice(before).filter((a) => a.includes(`Credential=${KEYS.accessKeyId}/`))).toEqual([]);
  await expect(page.getByRole('table', { name: 'Operations' })).toBeVisible();
  await expect(page.getByText(/session has expired/)).toHaveCount(0);
});

test('access denied names the missing IAM action and region', async ({ dashboard, page }) => {
  await dashboard.open('/tasks', { deny: ['ListTasks'] });
  await expect(page.getByText(/snow-device-management:ListTasks in us-west-2/).first()).toBeVisible();
});

test('credentials expiring while a task is sent: the form keeps its input and the retry creates one task', async ({ dashboard, page }) => {
  await connectWithKeys(dashboard, page);
  const id = await dashboard.healthyDevice();
  const before = await dashboard.sim((s) => s.taskCount());
  await dashboard.handOver({ command: 'reboot', targets: [{ managedDeviceId: id, region: 'us-west-2' }] });
  await page.getByLabel('Description').fill('Reboot after the site power test');
  await expireCredentials(dashboard);
  await page.getByRole('button', { name: 'Reboot 1 device' }).click();
  const modal = page.getByRole('dialog', { name: 'Enter new credentials' });
  await expect(modal).toBeVisible();
  await credentialsValidAgain(dashboard);
  await enterKeys(page, NEW_KEYS, 'Use these credentials');
  await expect(modal).toBeHidden();
  // Nothing typed was lost, and nothing was created with the expired keys.
  await expect(page.getByLabel('Description')).toHaveValue('Reboot after the site power test');
  expect(await dashboard.sim((s) => s.taskCount())).toBe(before);
  await page.getByRole('button', { name: 'Retry task 1' }).click();
  await expect(page.getByText(/ sent in \d+ tasks?\.$/).first()).toBeVisible();
  expect(await dashboard.sim((s) => s.taskCount())).toBe(before + 1);
  const created = await dashboard.sim((s) => (s as unknown as { listTasks(): { description?: string }[] }).listTasks().at(-1)?.description);
  expect(created).toBe('Reboot after the site power test');
});

test('after new credentials the inventory lists and describes the fleet again by itself', async ({ dashboard, page }) => {
  await connectWithKeys(dashboard, page);
  await expireCredentials(dashboard);
  await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Devices' }).click();
  const modal = page.getByRole('dialog', { name: 'Enter new credentials' });
  await expect(modal).toBeVisible();
  await credentialsValidAgain(dashboard);
  await enterKeys(page, NEW_KEYS, 'Use these credentials');
  await expect(modal).toBeHidden();
  // No Retry pressed: the listing and the descriptions run again by themselves.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(12)', { timeout: 30_000 });
  const table = page.getByRole('table').first();
  await expect(table.locator('tbody tr')).toHaveCount(12);
  await expect(table.getByText('Loading', { exact: true })).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole('button', { name: /^Retry/ })).toHaveCount(0);
});

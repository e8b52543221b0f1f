import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Every request the page or its service worker makes (the page's own address aside). */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.context().on('request', (r) => {
    if (!r.isNavigationRequest()) urls.push(r.url());
  });
  return urls;
}

const SDM = /snow-device-management[^/]*\.amazonaws\.com|\/sdm\//;

for (const [what, path] of [
  ['a device link', '/devices/smd-aaaaaaaaaaaaaaaa?region=x.attacker.example%23'],
  ['a task link', '/tasks/st-aaaaaaaaaaaaaaaa?region=attacker.example%2F'],
] as const) {
  test(`${what} that moves the region to another host sends nothing and says why`, async ({ dashboard, page }) => {
    const urls = recordRequests(page);
    await dashboard.open(path);
    await expect(page.getByRole('heading', { name: 'Region not part of this connection', level: 1 })).toBeVisible();
    const main = page.getByRole('main');
    await expect(main).toContainText('a region that is not an AWS region name');
    await expect(main).toContainText('This connection covers us-west-2, so the dashboard sent nothing there.');
    await expect(main).not.toContainText('attacker');
    // Whatever the loaders and the page would have asked has had its chance to leave by now.
    await page.waitForTimeout(500);
    expect(urls.filter((u) => /attacker/.test(u))).toEqual([]);
    expect(urls.filter((u) => SDM.test(u) && !u.includes('us-west-2'))).toEqual([]);

    await main.getByRole('link', { name: 'Regions and endpoint in Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  });
}

test('a link to a region the connection does not cover names it and sends nothing there', async ({ dashboard, page }) => {
  const urls = recordRequests(page);
  await dashboard.open('/devices/smd-aaaaaaaaaaaaaaaa?region=eu-west-3');
  await expect(page.getByRole('heading', { name: 'Region not part of this connection', level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('This address asks for device smd-aaaaaaaaaaaaaaaa in region eu-west-3.');
  await page.waitForTimeout(500);
  expect(urls.filter((u) => u.includes('eu-west-3'))).toEqual([]);
  await dashboard.expectAccessible();
});

test('a device link in the connection still opens the device', async ({ dashboard, page }) => {
  await dashboard.open('/devices');
  const { compute } = await dashboard.wellKnown();
  await page.goto(`/devices/${compute}?region=us-west-2`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('EDGE_C')).toBeVisible();
  await expect(page.getByText('Region not part of this connection')).toHaveCount(0);
});

test('Settings takes only an address of Snow Device Management as the endpoint URL, and says why', async ({ dashboard, page }) => {
  await dashboard.open('/settings');
  const field = page.getByLabel(/^Endpoint URL/);
  const apply = page.getByRole('button', { name: 'Apply regions and endpoint' });
  await field.fill('https://attacker.example');
  await expect(page.getByText(/'attacker\.example' is not an address of AWS Snow Device Management/)).toBeVisible();
  await expect(apply).toBeDisabled();
  await field.fill('https://snow-device-management.us-west-2.amazonaws.com.attacker.example');
  await expect(page.getByText(/is not an address of AWS Snow Device Management/)).toBeVisible();
  await field.fill('https://snow-device-management-fips.{region}.amazonaws.com');
  await expect(page.getByText(/is not an address of AWS Snow Device Management/)).toHaveCount(0);
  await expect(apply).toBeEnabled();
});

test("another host in the deployment's configuration is shown as set by the administrator", async ({ dashboard, page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ json: { regions: ['us-west-2'], endpointUrl: 'https://sdm-proxy.corp.example' } }));
  await dashboard.open('/settings');
  const field = page.getByLabel(/^Endpoint URL/);
  await expect(field).toHaveValue('https://sdm-proxy.corp.example');
  await expect(field).toHaveAttribute('readonly', '');
  await expect(page.getByText(/Set by your administrator/)).toBeVisible();
});

test('a session token no service would take is refused as it is typed, and nothing connects', async ({ dashboard, page }) => {
  await dashboard.open('/settings');
  await page.getByRole('radio', { name: /Temporary credentials/ }).click();
  await page.getByLabel('Access key ID').fill('ASIAE2ETESTKEY000001');
  await page.getByLabel('Secret access key').fill('e2eSecretKeyValue/abcdefghijklmnopqrstuv');
  const token = page.getByLabel('Session token');
  await token.fill('FwoGZXIvYXdz🙂<script>alert(1)</script>');
  await expect(page.getByText(/A session token has only letters, digits and \+ \/ =/)).toBeVisible();
  await token.fill('A'.repeat(10_000));
  await expect(page.getByText(/A session token has at most 8,192 characters; this one has 10,000 characters/)).toBeVisible();
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByText('Connected with the credentials you entered')).toHaveCount(0);
  await expect(page.getByText('Simulated fleet (no AWS account)')).toBeVisible();
  await token.fill('FwoGZXIvYXdzEE2ETESTSESSIONTOKEN000000000000000');
  await expect(page.getByText(/A session token has/)).toHaveCount(0);
});

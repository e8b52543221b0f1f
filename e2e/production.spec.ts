import { expect, test } from './fixtures';

// The production build (no simulator), served by the second web server of playwright.config.ts.
const production = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4174) + 1}`;

test('first start of a production build without config.json shows the setup page', async ({ dashboard, page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${production}/devices`);
  await expect(page.getByRole('heading', { name: 'Set up the Snow Fleet Dashboard' })).toBeVisible();
  await expect(page.getByText('config.json').first()).toBeVisible();
  // No way into a simulated fleet, and no simulator code or worker was loaded.
  await expect(page.getByRole('button', { name: 'Continue with the simulated fleet' })).toHaveCount(0);
  await expect(page.getByText('Simulated fleet')).toHaveCount(0);
  expect(requested.filter((p) => /sim-service-worker|simulator-worker|\/browser-/.test(p))).toEqual([]);
  await dashboard.expectAccessible();
});

test('a production build with Cognito configured asks the operator to sign in', async ({ page }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      json: {
        regions: ['us-west-2'],
        apiRoute: 'same-origin',
        auth: {
          type: 'cognito',
          region: 'us-west-2',
          userPoolId: 'us-west-2_E2eTest12',
          userPoolClientId: '1e2etest23456789abcdefghij',
          identityPoolId: 'us-west-2:0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d',
          domain: 'https://e2e-test.auth.us-west-2.amazoncognito.com',
        },
      },
    }),
  );
  await page.route(/amazoncognito\.com/, (route) => route.fulfill({ contentType: 'text/html', body: '<h1>Managed login</h1>' }));
  await page.goto(`${production}/devices`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The managed login with the authorization code flow and PKCE.
  await page.waitForURL(/amazoncognito\.com\/oauth2\/authorize\?.*code_challenge_method=S256/);
  const url = new URL(page.url());
  expect(url.searchParams.get('response_type')).toBe('code');
  expect(url.searchParams.get('client_id')).toBe('1e2etest23456789abcdefghij');
});

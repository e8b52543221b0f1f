#!/usr/bin/env node
// Loads the production build in Chromium under the deployed Content-Security-Policy and
// fails on any violation: no inline script, no eval, nothing fetched from where the policy
// does not allow. `--no-build` reuses dist/ (npm test builds it just before, for the bundle check).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';

// The very policy the CDK stack serves (infra/lib/csp.ts), built for each scenario's
// config.json. Run with tsx (`npm run check:csp`), which loads the TypeScript module.
import { buildContentSecurityPolicy } from '../infra/lib/csp.ts';

/** The stack's policy for a deployment with this config.json. */
export function cspFor(cfg) {
  const regions = cfg?.regions ?? ['us-west-2'];
  const cognitoRegion = cfg?.auth?.region ?? regions[0];
  return buildContentSecurityPolicy({
    regions,
    cognitoRegion,
    cognitoDomain: cfg?.auth?.domain ?? `https://csp-check.auth.${cognitoRegion}.amazoncognito.com`,
    endpointOrigin: cfg?.endpointUrl ? new URL(cfg.endpointUrl).origin : undefined,
  });
}

const DIST = 'dist';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.woff2': 'font/woff2', '.png': 'image/png' };
const AUTH = {
  type: 'cognito',
  region: 'us-west-2',
  userPoolId: 'us-west-2_CspCheck1',
  userPoolClientId: '1cspcheck23456789abcdefghij',
  identityPoolId: 'us-west-2:0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d',
  domain: 'https://csp-check.auth.us-west-2.amazoncognito.com',
};

if (!process.argv.includes('--no-build')) execSync('npx vite build --logLevel warn', { stdio: 'inherit' });

/** config.json per scenario; null answers 404 like a site without one. */
let config = null;
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const headers = { 'content-security-policy': cspFor(config), 'x-content-type-options': 'nosniff' };
  if (path === '/config.json') {
    if (!config) return res.writeHead(404, headers).end();
    return res.writeHead(200, { ...headers, 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(config));
  }
  let file = join(DIST, normalize(path).replace(/^([/\\])+/, ''));
  // Client-side routes get index.html, as CloudFront answers them.
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(DIST, 'index.html');
  res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const violations = [];
const pages = [];

/** One page load under the policy; `steps` drives it like an operator would. */
async function visit(name, path, steps) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.exposeFunction('__reportCsp', (v) => violations.push(`${name}: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__reportCsp(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || '?'}:${e.lineNumber}`),
    );
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|evaluate|create)/i.test(m.text())) violations.push(`${name}: console: ${m.text()}`);
  });
  page.on('pageerror', (e) => violations.push(`${name}: page error: ${e.message}`));
  // Nothing leaves the machine: AWS and Cognito answer from here.
  await context.route(/^https:\/\/[^/]*\.amazonaws\.com\//, (route) => {
    const url = route.request().url();
    if (url.startsWith('https://sts.')) {
      return route.fulfill({ status: 200, headers: { 'access-control-allow-origin': '*', 'content-type': 'text/xml' }, body: '<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:sts::111122223333:assumed-role/Csp/check</Arn><Account>111122223333</Account></GetCallerIdentityResult></GetCallerIdentityResponse>' });
    }
    return route.fulfill({ status: 200, headers: { 'access-control-allow-origin': '*', 'content-type': 'application/json' }, body: '{"devices":[],"tasks":[]}' });
  });
  await context.route(/^https:\/\/[^/]*\.amazoncognito\.com\//, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>managed login</p>' }));
  await page.goto(origin + path);
  await steps(page);
  await page.waitForTimeout(300);
  pages.push(name);
  await context.close();
}

const expectText = (page, text) => page.getByText(text).first().waitFor({ timeout: 30_000 });

try {
  config = null;
  await visit('no config.json: setup page', '/devices', (page) => expectText(page, 'Set up the Snow Fleet Dashboard'));

  config = { regions: ['us-west-2', 'eu-west-1'], apiRoute: 'direct' };
  await visit('temporary credentials, then the inventory', '/settings', async (page) => {
    await page.getByLabel('Access key ID').fill('ASIACSPCHECKKEY00001');
    await page.getByLabel('Secret access key').fill('cspCheckSecretKeyValue/abcdefghijklmnopq');
    await page.getByLabel('Session token').fill('FwoGZXIvYXdzECSPCHECK');
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('button', { name: /Identity: Csp\/check, account 111122223333/ }).waitFor({ timeout: 30_000 });
    await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Devices' }).click();
    await page.getByRole('heading', { name: /Devices/ }).first().waitFor({ timeout: 30_000 });
    await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { name: 'Fleet overview' }).waitFor({ timeout: 30_000 });
    await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Tasks' }).click();
    await page.getByRole('heading', { name: /Operations/ }).first().waitFor({ timeout: 30_000 });
    // The activity trail: CloudTrail LookupEvents in both regions, under the same policy.
    await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Activity' }).click();
    await page.getByRole('heading', { name: 'Activity', level: 1 }).waitFor({ timeout: 30_000 });
    await expectText(page, 'No events');
  });

  config = { regions: ['us-west-2'], apiRoute: 'same-origin', auth: AUTH };
  await visit('Cognito sign-in (PKCE) start', '/devices', async (page) => {
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/amazoncognito\.com\/oauth2\/authorize\?.*code_challenge_method=S256/, { timeout: 30_000 });
  });
} catch (error) {
  violations.push(`the check itself failed: ${error.message.split('\n')[0]}`);
} finally {
  await browser.close();
  server.close();
}

if (violations.length) {
  console.error(`CSP check failed (${violations.length} violation(s)):\n` + violations.map((v) => '  - ' + v).join('\n'));
  process.exit(1);
}
console.log(`CSP check: ${pages.length} pages of the production build ran under the strict policy with no violation.`);

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { InventoryPage } from './inventory-page';

// A link that drops for a few seconds, as on a ship or at a depot: views come back by themselves.
const OFFLINE_MS = 3_000;

/** Marks the document, so a reload (which would lose the mark) shows. */
async function markDocument(page: Page) {
  await page.evaluate(() => ((window as unknown as { __sameDocument?: boolean }).__sameDocument = true));
}
/** Stylesheets of the document that did not load (the browser keeps a failed one, without rules). */
const failedStylesheets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]
      .filter((link) => {
        try {
          return !link.sheet || link.sheet.cssRules.length === 0;
        } catch {
          return true;
        }
      })
      .map((link) => link.href),
  );
const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

test('three seconds offline: the tasks page and a device page show without a reload, and the banner comes and goes', async ({ dashboard, page }) => {
  await dashboard.open('/devices', { devices: 12 });
  await new InventoryPage(page).waitUntilLoaded();
  const { compute } = await dashboard.wellKnown();
  const network = page.getByRole('status', { name: 'Network' });
  const banner = network.getByText('The dashboard is offline');
  await markDocument(page);

  // The inventory's early load of the device page falls in the outage too.
  await page.context().setOffline(true);
  await expect(banner).toBeVisible();
  await expect(network).toContainText('Reads resume by themselves when the network is back');
  await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Tasks' }).click();
  await page.waitForTimeout(OFFLINE_MS);
  await expect(page.getByRole('main')).toContainText('Snow Fleet');
  await page.context().setOffline(false);

  await expect(banner).toBeHidden();
  await expect(page.getByRole('heading', { name: /Operations/, level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Operations' })).toBeVisible();

  // Offline again, this time on the way to a device.
  await page.context().setOffline(true);
  await page.evaluate((href) => {
    window.history.pushState(null, '', href);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, `/devices/${compute}?region=us-west-2`);
  await page.waitForTimeout(OFFLINE_MS);
  await page.context().setOffline(false);
  await expect(page.getByText('EDGE_C')).toBeVisible();
  await expect(page.getByText(/Failed to fetch dynamically imported module|Unable to preload CSS|could not be loaded/)).toHaveCount(0);
  await expect.poll(() => failedStylesheets(page)).toEqual([]);
  expect(await sameDocument(page)).toBe(true);
});

test('a view whose code does not load says so, and tries again in place', async ({ dashboard, page }) => {
  await dashboard.open('/devices', { devices: 12 });
  // The connection settings' code fails however often it is asked for, the browser online.
  const settingsCode = /\/assets\/connection-settings-[^/]*\.js$/;
  await page.context().route(settingsCode, (route) => route.abort('connectionreset'));
  await markDocument(page);
  await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByText('This view could not be loaded', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('main')).toContainText('Check your connection, then try again.');

  await page.context().unroute(settingsCode);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('radio', { name: /Temporary credentials/ })).toBeVisible();
  await expect(page.getByText('This view could not be loaded', { exact: true })).toHaveCount(0);
  expect(await sameDocument(page)).toBe(true);
});

test("a view's stylesheet lost on the way is loaded again with the view", async ({ dashboard, page }) => {
  await dashboard.open('/devices', { devices: 12 });
  const css = /\/assets\/[^/]+\.css$/;
  let lost = 0;
  await page.context().route(css, (route) => {
    lost++;
    return route.abort('internetdisconnected');
  });
  await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Settings' }).click();
  await expect.poll(() => lost).toBeGreaterThan(0);
  await page.context().unroute(css);
  await expect(page.getByRole('radio', { name: /Temporary credentials/ })).toBeVisible();
  await expect.poll(() => failedStylesheets(page)).toEqual([]);
});

test('a stylesheet of the first page lost on the way is loaded again', async ({ dashboard, page }) => {
  let lost = 0;
  await page.context().route(/\/assets\/index-[^/]+\.css$/, (route) => (lost++ === 0 ? route.abort('internetdisconnected') : route.continue()));
  await dashboard.open('/devices', { devices: 12 });
  await expect.poll(() => failedStylesheets(page)).toEqual([]);
  expect(lost).toBe(2);
});

// Requests for AWS that reach the network (the simulator answers the others in the page).
const AWS = /^https?:\/\/[^/]*(amazonaws\.com|api\.aws)/;

test('once the page is being left, no request for the fleet goes to the network', async ({ dashboard, page }) => {
  const reached: string[] = [];
  await page.context().route(AWS, (route) => {
    reached.push(route.request().url());
    return route.abort();
  });
  await dashboard.open('/devices', { devices: 300, latency: 150 });
  await expect(page.getByRole('link', { name: /^smd-/ }).first()).toBeVisible();
  // What a navigation does first: the simulator's worker stops asking this page from here on,
  // while the inventory's fan-out is still sending.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeunload')));
  await page.waitForTimeout(2_000);
  expect(reached).toEqual([]);
});

// What the bench scripts share: the browser, a cold page, and the two first-view conditions,
// so `npm run bench` and the dev aids measure the same thing the same way.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';

/** Debian's Chromium when installed (no browser download needed), else Playwright's own. */
export function launchBrowser(chromiumArgs = [], extraArgs = []) {
  const system = '/usr/bin/chromium';
  return chromium.launch({
    executablePath: existsSync(system) ? system : undefined,
    args: [...new Set(chromiumArgs), '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...extraArgs],
  });
}

/** The simulator's scale scenario, from BENCH_DEVICES, BENCH_LATENCY and BENCH_THROTTLE. */
export const scenario = {
  devices: Number(process.env.BENCH_DEVICES ?? 10_000),
  latency: Number(process.env.BENCH_LATENCY ?? 80),
  throttle: Number(process.env.BENCH_THROTTLE ?? 50),
};
export const scenarioQuery = `sim-reset=1&sim-devices=${scenario.devices}&sim-latency=${scenario.latency}&sim-throttle=${scenario.throttle}`;

/** Rows of the whole first page: the app's default page size is 50 (BENCH_PAGE_SIZE changes it). */
export const PAGE_ROWS = Math.min(scenario.devices, Number(process.env.BENCH_PAGE_SIZE ?? 50));

/** A new browser profile (cold caches, empty storage) at the desktop size the figures use. */
export async function newBenchPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  // BENCH_PAGE_SIZE: the inventory's saved page size (default: the app's default, 50).
  if (process.env.BENCH_PAGE_SIZE) await page.addInitScript((n) => localStorage.setItem('snow-dashboard:inventory-table', JSON.stringify({ pageSize: n })), Number(process.env.BENCH_PAGE_SIZE));
  return { context, page };
}

// Both conditions are checked in the page at every animation frame and give the page's own
// clock (ms since navigation) when they first hold, so a figure does not include the round
// trip to the script, which waits for the page's main thread.
export const firstRowsShown = () => document.querySelectorAll('table a[href^="/devices/smd-"]').length > 0 && performance.now();
// Kept cheap (it runs at every frame while the page is busy): one text read of the table body.
export const pageDescribed = (n) => {
  const body = document.querySelector('table tbody');
  return !!body && body.querySelectorAll('a[href^="/devices/smd-"]').length >= n && !/\bLoading\b/.test(body.textContent ?? '') && performance.now();
};

/** The page's clock when `condition(arg)` first holds. */
export async function when(page, condition, arg, timeout) {
  return (await page.waitForFunction(condition, arg, { polling: 'raf', timeout })).jsonValue();
}

/** A desktop-size page in a new browser serving `outDir`, with V8's sampling profiler started. */
export async function profiledPage(outDir, port) {
  const server = await serve(outDir, port);
  const browser = await launchBrowser(server.chromiumArgs);
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return { server, browser, page, cdp };
}

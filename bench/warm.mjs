// The warm-start and shared fan-out figures of `npm run bench` (called from bench/run.mjs):
// a reload of a described fleet (shown from this browser's cache, then described again) and
// three tabs of one connection (requests in all, against one fan-out).
import { firstRowsShown, newBenchPage, when } from './measure.mjs';

const PAGE_SIZE = 100; // ListDevices page size the inventory asks for

/** Described devices the fleet cache holds, read from IndexedDB in the page (0 while nothing is written). */
const cachedDevices = async () => {
  const name = 'snow-dashboard-fleet-cache';
  if (!(await indexedDB.databases()).some((d) => d.name === name)) return 0;
  return new Promise((resolve) => {
    const open = indexedDB.open(name);
    open.onerror = () => resolve(0);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('entries');
      const store = tx.objectStore('entries');
      const keys = store.getAllKeys();
      const values = store.getAll();
      tx.oncomplete = () => {
        let n = 0;
        keys.result.forEach((k, i) => { if (String(k).includes('#')) n += (values.result[i]?.rows ?? []).filter((r) => r.detail).length; });
        db.close();
        resolve(n);
      };
    };
  });
};

// The whole fleet on screen: the heading counts every device and no row of the page is loading.
const wholeFleetShown = (n) => {
  const h1 = document.querySelector('h1')?.parentElement?.textContent ?? '';
  const body = document.querySelector('table tbody');
  return h1.includes(`(${n.toLocaleString('en')})`) && !!body && body.querySelectorAll('a[href^="/devices/smd-"]').length > 0 && !/\bLoading\b/.test(body.textContent ?? '') && performance.now();
};
const everyDevice = () => /Every device in/.test(document.body.textContent ?? '');

/**
 * Reloads a page whose fleet is described: the time until the whole fleet shows (from the
 * cache) and until it is described again, both on the page's clock since the reload.
 */
export async function warmReload(page, devices) {
  // The cache is written behind the fan-out (every few seconds): wait for the last rows.
  let written = 0;
  for (const until = Date.now() + 120_000; Date.now() < until; await page.waitForTimeout(1_000)) {
    written = await page.evaluate(cachedDevices);
    if (written >= devices) break;
  }
  await page.reload();
  const shown = await when(page, wholeFleetShown, devices, 120_000);
  await page.waitForFunction(everyDevice, undefined, { polling: 250, timeout: 900_000 });
  const refreshed = await page.evaluate(() => performance.now());
  return { written, shown, refreshed };
}

/** Three tabs of one connection on a new fleet: requests each tab's simulator answered, until all three are complete. */
export async function threeTabs(browser, base, { devices, latency, throttle }) {
  const { context, page } = await newBenchPage(browser);
  const query = `sim-reset=1&sim-devices=${devices}&sim-latency=${latency}&sim-throttle=${throttle}`;
  const pages = [page, await context.newPage(), await context.newPage()];
  for (const p of pages) {
    await p.goto(`${base}/devices?${query}`);
    await when(p, firstRowsShown, undefined, 60_000);
  }
  const started = Date.now();
  await Promise.all(pages.map((p) => p.waitForFunction(everyDevice, undefined, { polling: 500, timeout: 900_000 })));
  const seconds = (Date.now() - started) / 1000;
  const stats = await Promise.all(pages.map((p) => p.evaluate(() => window.__SNOW_SIMULATOR__?.stats?.())));
  await context.close();
  const sum = (op) => stats.reduce((s, st) => s + (st?.requests?.[op] ?? 0), 0);
  const total = stats.reduce((s, st) => s + Object.values(st?.requests ?? {}).reduce((a, b) => a + b, 0), 0);
  return {
    devices,
    total,
    describes: sum('DescribeDevice'),
    lists: sum('ListDevices'),
    throttled: stats.reduce((s, st) => s + (st?.throttled ?? 0), 0),
    perTab: stats.map((st) => Object.values(st?.requests ?? {}).reduce((a, b) => a + b, 0)),
    oneFanOut: Math.ceil(devices / PAGE_SIZE) + devices,
    seconds,
  };
}

/** The figures' rows for run.mjs's table. */
export function warmRows(warm, tabs, { s, mark, lowerBound }) {
  return [
    ['warm reload: cache written before it', `${warm.written.toLocaleString('en')} devices`, ''],
    ['warm reload: whole fleet shown (cache)', s(warm.shown), `${mark(warm.shown < 2000)} (< 2 s)`],
    ['warm reload: whole fleet refreshed', s(warm.refreshed), `${mark(warm.refreshed / lowerBound <= 1.05)} (≤ 1.05 × bound ${s(lowerBound)})`],
    [`three tabs (${tabs.devices.toLocaleString('en')} devices): requests in all`, String(tabs.total), `${mark(tabs.total <= tabs.oneFanOut * 1.1)} (≈ one fan-out: ${tabs.oneFanOut}; per tab ${tabs.perTab.join(' + ')}; ${tabs.throttled} throttled)`],
  ];
}

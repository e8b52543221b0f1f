#!/usr/bin/env node
// `npm run bench`: builds the demo app, serves it, loads the inventory in Chromium on the
// simulator's scale scenario and prints the performance figures next to their targets.
// Figures only: it never fails on a target (speed is not asserted in tests), it marks
// misses with "MISS".
// Settings (environment): BENCH_DEVICES, BENCH_LATENCY, BENCH_THROTTLE (the scenario),
// BENCH_LOADS (cold loads for the first two figures, default 5), BENCH_PAGE_SIZE,
// BENCH_SKIP_BUILD (reuse the last build), BENCH_VERBOSE (files, timeline, scheduler),
// BENCH_OUT (where to build), BENCH_SKIP_LIGHTHOUSE, BENCH_SKIP_SCALE (leave those figures out).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { firstRowsShown, launchBrowser, newBenchPage, PAGE_ROWS, pageDescribed, scenario, scenarioQuery, when } from './measure.mjs';
import { lighthouseFigures, lighthouseRows } from './lighthouse.mjs';
import { scaleFigures, scaleRows } from './scale.mjs';
import { serve } from './serve.mjs';
import { measure, simulatorFiles, simulatorWorkerPaths } from './sizes.mjs';
import { overviewFigures } from './overview.mjs';
import { threeTabs, warmReload, warmRows } from './warm.mjs';

const { devices: DEVICES, latency: LATENCY, throttle: THROTTLE } = scenario;
const query = scenarioQuery;
const PORT = Number(process.env.BENCH_PORT ?? (Number(process.env.E2E_PORT ?? 4174) + 1000));
const OUT = resolve(process.env.BENCH_OUT ?? 'node_modules/.cache/snow-bench/dist');
const PAGE_SIZE = 100; // ListDevices page size the inventory asks for

if (!process.env.BENCH_SKIP_BUILD) {
  console.log('building the demo app…');
  execFileSync('npx', ['vite', 'build', '--mode', 'demo', '--outDir', OUT, '--emptyOutDir', '--manifest', '--logLevel', 'warn'], { stdio: 'inherit' });
}
const server = await serve(OUT, PORT);
const base = server.base;
const browser = await launchBrowser(server.chromiumArgs, ['--enable-precise-memory-info']);

// One cold load's timings vary by about a tenth either way: the first two
// figures are the median of BENCH_LOADS cold loads (each a new browser profile and a new
// simulated fleet); the last of them goes on to describe the whole fleet.
const LOADS = Math.max(1, Number(process.env.BENCH_LOADS ?? 5));
const firstRowsAll = [];
const visibleAll = [];
try {
  for (let i = 1; i < LOADS; i++) {
    const { context, page } = await newBenchPage(browser);
    await page.goto(`${base}/devices?${query}`);
    firstRowsAll.push(await when(page, firstRowsShown, undefined, 60_000));
    visibleAll.push(await when(page, pageDescribed, PAGE_ROWS, 120_000));
    await context.close();
  }
  const { context, page } = await newBenchPage(browser);
  // A duplicate is a second successful answer for the same request while the first is
  // still fresh (the app's staleTime, 30 s); refreshing stale data on screen is not one.
  const FRESH_MS = 30_000;
  const answers = new Map(); // request identity → time of the last answer that was not throttled
  let duplicates = 0;
  let responses = 0;
  page.on('response', async (res) => {
    const req = res.request();
    const url = new URL(req.url());
    if (url.origin !== base && res.status() !== 429) {
      const id = `${req.method()} ${url.pathname}${url.search} ${req.postData() ?? ''}`;
      const now = Date.now();
      if (now - (answers.get(id) ?? -Infinity) < FRESH_MS) duplicates++;
      answers.set(id, now);
      responses++;
    }
  });

  console.log(`loading /devices?${query} (${LOADS} cold load${LOADS > 1 ? 's' : ''})`);
  await page.goto(`${base}/devices?${query}`);
  const since = () => page.evaluate(() => performance.now());
  const firstRows = await when(page, firstRowsShown, undefined, 60_000);
  firstRowsAll.push(firstRows);
  const timeline = await page.evaluate((limit) => performance.getEntriesByType('resource')
    .filter((e) => e.startTime < limit)
    .map((e) => ({ name: e.name.replace(/^https?:\/\/[^/]+/, '').slice(0, 70), start: e.startTime, end: e.responseEnd })), firstRows);
  // The first load: the JS and CSS requested before the first rows were on screen.
  const loaded = await page.evaluate((limit) => performance.getEntriesByType('resource')
    .filter((e) => e.startTime < limit && e.name.startsWith(location.origin) && /\.(js|css)$/.test(new URL(e.name).pathname))
    .map((e) => new URL(e.name).pathname), firstRows);
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)} ms`));
  visibleAll.push(await when(page, pageDescribed, PAGE_ROWS, 120_000));
  const visibleRows = await page.locator('table tbody tr').count();
  // The header says "Every device in <regions>" once nothing is listing or loading any more.
  await page.waitForFunction(() => /Every device in/.test(document.body.textContent ?? ''), undefined, { polling: 250, timeout: 900_000 });
  const fleetDone = await since();
  const listed = await page.evaluate(() => document.querySelector('h1')?.parentElement?.textContent?.match(/\(([\d,]+)\)/)?.[1] ?? '?');

  const stats = await page.evaluate(() => window.__SNOW_SIMULATOR__?.stats?.());
  const schedulerStats = await page.evaluate(() => window.__SNOW_SCHEDULER__?.stats?.());
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const perfMemory = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
  const sizes = measure(OUT, [...loaded, ...simulatorWorkerPaths(OUT)], simulatorFiles(OUT));
  // Warm start and one fan-out for every tab (bench/warm.mjs); BENCH_TABS_DEVICES sizes the tabs' fleet.
  // Counted for the cold load only: the warm reload describes the rows on screen again at once, as it should.
  const coldDuplicates = duplicates;
  console.log('reloading the described fleet; then three tabs on one connection');
  const warm = await warmReload(page, DEVICES);
  const tabs = await threeTabs(browser, base, { devices: Number(process.env.BENCH_TABS_DEVICES ?? 2_000), latency: LATENCY, throttle: THROTTLE });

  const lowerBound = Math.ceil(DEVICES / PAGE_SIZE) * LATENCY + (DEVICES / THROTTLE) * 1000;
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  const mb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`;
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const mark = (ok) => (ok ? 'ok' : 'MISS');
  const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  const spread = (a) => (a.length > 1 ? `; median of ${a.length}, ${s(Math.min(...a))} to ${s(Math.max(...a))}` : '');
  const firstRowsMedian = median(firstRowsAll);
  const visibleMedian = median(visibleAll);
  const rows = [
    ['devices listed', listed, ''],
    ['first rows visible', s(firstRowsMedian), `${mark(firstRowsMedian < 800)} (< 0.8 s${spread(firstRowsAll)})`],
    [`visible page described (${visibleRows} rows)`, s(visibleMedian), `${mark(visibleMedian < 1500)} (< 1.5 s${spread(visibleAll)})`],
    ['whole fleet described', s(fleetDone), ''],
    ['  lower bound', s(lowerBound), `${Math.ceil(DEVICES / PAGE_SIZE)} pages × ${LATENCY} ms + ${DEVICES} ÷ ${THROTTLE}/s`],
    ['  ratio', (fleetDone / lowerBound).toFixed(3), `${mark(fleetDone / lowerBound <= 1.05)} (≤ 1.05)`],
    ['requests sent (simulator)', stats ? JSON.stringify(stats.requests) : 'n/a', ''],
    ['throttling errors met', stats ? String(stats.throttled) : 'n/a', ''],
    ['duplicate requests for the same data', String(coldDuplicates), mark(coldDuplicates === 0)],
    ['first load JS+CSS, app (gzip)', kb(sizes.app.gzip), `${mark(sizes.app.gzip <= 400 * 1024)} (≤ 400 KB; ${sizes.app.files} files, ${kb(sizes.app.raw)} raw)`],
    ['first load JS+CSS, simulator (gzip)', kb(sizes.simulator.gzip), 'demo only; not in the production build'],
    ...warmRows(warm, tabs, { s, mark, lowerBound }),
    ['JS heap after full load (after GC)', mb(heap.usedSize), `${mark(heap.usedSize < 150 * 1024 * 1024)} (< 150 MB)`],
    ['performance.memory.usedJSHeapSize', perfMemory ? mb(perfMemory) : 'n/a', ''],
  ];
  await context.close();
  rows.push(...(await overviewFigures(browser, base, query)));
  // Lighthouse and 50,000 devices each run in their own browser, after the cold loads.
  if (!process.env.BENCH_SKIP_LIGHTHOUSE) rows.push(...lighthouseRows(await lighthouseFigures(base, server.chromiumArgs)));
  if (!process.env.BENCH_SKIP_SCALE) rows.push(...scaleRows(await scaleFigures(base, server.chromiumArgs)));
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(`\nScale scenario: ${DEVICES} devices, ${LATENCY} ms latency, throttle ${THROTTLE} req/s per operation`);
  console.log(`Served as: ${server.description}\n`);
  for (const [k, v, note] of rows) console.log(`${k.padEnd(w)}  ${String(v).padEnd(12)}  ${note}`);
  if (process.env.BENCH_VERBOSE) {
    console.log('\nfirst-load files (gzip):');
    for (const f of sizes.list.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(f.gzip).padStart(9)}  ${f.file}${f.simulator ? '  (simulator)' : ''}`);
    console.log(`\nscheduler: ${JSON.stringify(schedulerStats)}`);
    console.log(`responses seen: ${responses}`);
    console.log(`\nboot: ${marks.join(', ')}`);
    console.log('\nfirst load timeline (ms since navigation):');
    for (const e of timeline) console.log(`  ${String(Math.round(e.start)).padStart(6)} → ${String(Math.round(e.end)).padStart(6)}  ${e.name}`);
  }
} finally {
  await browser.close();
  await server.close();
}

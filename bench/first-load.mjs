#!/usr/bin/env node
// Dev aid: one cold load of the inventory (ROUTE, default devices) on the scale scenario, with
// the first rows, the visible page, and the JS and CSS fetched before the first rows (gzip,
// largest first, the simulator's files marked). TL=1 adds the boot marks and the first
// seconds' request timeline. Measures the last bench build (BENCH_DIST to measure another).
import { resolve } from 'node:path';
import { firstRowsShown, launchBrowser, newBenchPage, pageDescribed, PAGE_ROWS, scenarioQuery, when } from './measure.mjs';
import { serve } from './serve.mjs';
import { measure, simulatorFiles, simulatorWorkerPaths } from './sizes.mjs';
const OUT = resolve(process.env.BENCH_DIST ?? 'node_modules/.cache/snow-bench/dist');
const server = await serve(OUT, Number(process.env.BENCH_PORT ?? 5199));
const browser = await launchBrowser(server.chromiumArgs);
const { page } = await newBenchPage(browser);
await page.goto(`${server.base}/${process.env.ROUTE ?? 'devices'}?${scenarioQuery}`);
const first = await when(page, firstRowsShown, undefined, 60000);
const vis = await when(page, pageDescribed, PAGE_ROWS, 60000);
const loaded = await page.evaluate((limit) => performance.getEntriesByType('resource').filter((e) => e.startTime < limit && e.name.startsWith(location.origin) && /\.(js|css)$/.test(new URL(e.name).pathname)).map((e) => new URL(e.name).pathname), first);
const timeline = await page.evaluate(() => performance.getEntriesByType('resource').filter(e=>e.startTime<3000).map((e) => `${Math.round(e.startTime)}→${Math.round(e.responseEnd)} ${e.name.replace(/^https?:\/\/[^/]+/, '').slice(0, 80)}`));
const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)}`));
const sizes = measure(OUT, [...loaded, ...simulatorWorkerPaths(OUT)], simulatorFiles(OUT));
console.log('first', Math.round(first), 'visible', Math.round(vis));
console.log('app', (sizes.app.gzip/1024).toFixed(1), 'sim', (sizes.simulator.gzip/1024).toFixed(1));
for (const f of sizes.list.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${(f.gzip/1024).toFixed(1).padStart(7)}  ${f.file}${f.simulator ? ' (sim)' : ''}`);
if (process.env.TL) { console.log(marks.join('\n')); console.log(timeline.join('\n')); }
await browser.close(); await server.close();

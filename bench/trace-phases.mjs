// Dev aid: where the main thread's time goes in the inventory's first seconds (Chrome trace:
// script, style, layout, paint, parse), on the bench's demo build. `npm run bench` builds it first.
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from './measure.mjs';
import { serve } from './serve.mjs';
const OUT = resolve(process.env.BENCH_DIST ?? 'node_modules/.cache/snow-bench/dist');
const server = await serve(OUT, Number(process.env.BENCH_PORT ?? 5192));
const browser = await launchBrowser(server.chromiumArgs);
const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
const file = '/tmp/snow-trace.json';
await browser.startTracing(page, { path: file, categories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'] });
await page.goto(`${server.base}/devices?sim-reset=1&sim-devices=${process.env.DEVICES ?? 10000}&sim-latency=80&sim-throttle=50`);
await page.waitForFunction(() => document.querySelectorAll('table a[href^="/devices/smd-"]').length > 0, undefined, { polling: 'raf', timeout: 60_000 });
const firstRows = await page.evaluate(() => performance.now());
await browser.stopTracing();
const events = JSON.parse(readFileSync(file, 'utf8')).traceEvents;
rmSync(file);
const main = events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames?.[0]?.processId;
const byName = new Map();
for (const e of events) {
  if (e.ph !== 'X' || !e.dur || (main && e.pid !== main)) continue;
  byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
}
console.log(`first rows at ${Math.round(firstRows)} ms; top-level main-thread events (ms, nested events overlap):`);
for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${v.toFixed(0).padStart(7)}  ${k}`);
await browser.close();
await server.close();

#!/usr/bin/env node
// Dev aid: the first two figures of `npm run bench` (first rows, visible page described)
// over several cold loads, with the median, to compare builds: one cold load's timings vary
// by about a tenth from run to run.
// BENCH_DIST: one build or several, comma-separated (default: the bench's demo build, so run
// `npm run bench` once first); several builds are loaded in turn, run by run, so that any drift
// in the host's speed affects them alike. RUNS (default 7), BENCH_PAGE_SIZE, BENCH_DEVICES,
// BENCH_LATENCY, BENCH_THROTTLE as for the bench.
import { resolve } from 'node:path';
import { firstRowsShown, launchBrowser, newBenchPage, PAGE_ROWS, pageDescribed, scenarioQuery, when } from './measure.mjs';
import { serve } from './serve.mjs';

const dists = (process.env.BENCH_DIST ?? 'node_modules/.cache/snow-bench/dist').split(',').map((d) => resolve(d));
const RUNS = Number(process.env.RUNS ?? 7);
const PORT = Number(process.env.BENCH_PORT ?? 5195);
const servers = [];
for (const [i, dist] of dists.entries()) servers.push(await serve(dist, PORT + i));
console.log(`serving ${servers[0].description}`);
const browser = await launchBrowser(servers.flatMap((s) => s.chromiumArgs));
const results = dists.map(() => ({ first: [], visible: [] }));
try {
  for (let run = 0; run < RUNS; run++) {
    for (const [i, server] of servers.entries()) {
      const { context, page } = await newBenchPage(browser);
      await page.goto(`${server.base}/devices?${scenarioQuery}`);
      const first = await when(page, firstRowsShown, undefined, 60_000);
      const visible = await when(page, pageDescribed, PAGE_ROWS, 60_000);
      results[i].first.push(first);
      results[i].visible.push(visible);
      const marks = await page.evaluate(() => performance.getEntriesByType('mark').filter((m) => /^(boot|sim):/.test(m.name)).map((m) => `${m.name.replace(/^\w+:/, '')} ${Math.round(m.startTime)}`).join(', '));
      console.log(`${dists.length > 1 ? `[${i}] ` : ''}run ${run + 1}: first rows ${Math.round(first)} ms, visible page ${Math.round(visible)} ms  (${marks})`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
for (const [i, r] of results.entries()) console.log(`median of ${RUNS}${dists.length > 1 ? ` [${i}] ${dists[i]}` : ''}: first rows ${Math.round(median(r.first))} ms, visible page described ${Math.round(median(r.visible))} ms`);

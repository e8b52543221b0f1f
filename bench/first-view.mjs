#!/usr/bin/env node
// Dev aid: the first two figures of `npm run bench` (first rows, visible page described)
// over several cold loads, with the median, to compare changes on a noisy machine.
// BENCH_DIST: one build or several, comma-separated (default: the bench's demo build, so run
// `npm run bench` once first); several builds are loaded in turn, run by run, so that drift
// in the machine's load hits them alike. RUNS (default 7), BENCH_PAGE_SIZE, BENCH_DEVICES,
// BENCH_LATENCY, BENCH_THROTTLE as for the bench.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';

const dists = (process.env.BENCH_DIST ?? 'node_modules/.cache/snow-bench/dist').split(',').map((d) => resolve(d));
const RUNS = Number(process.env.RUNS ?? 7);
const PORT = Number(process.env.BENCH_PORT ?? 5195);
const query = `sim-reset=1&sim-devices=${process.env.BENCH_DEVICES ?? 10_000}&sim-latency=${process.env.BENCH_LATENCY ?? 80}&sim-throttle=${process.env.BENCH_THROTTLE ?? 50}`;
const servers = [];
for (const [i, dist] of dists.entries()) servers.push(await serve(dist, PORT + i));
console.log(`serving ${servers[0].description}`);
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: [...new Set(servers.flatMap((s) => s.chromiumArgs)), '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const results = dists.map(() => ({ first: [], visible: [] }));
try {
  for (let run = 0; run < RUNS; run++) {
    for (const [i, server] of servers.entries()) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      if (process.env.BENCH_PAGE_SIZE) await page.addInitScript((n) => localStorage.setItem('snow-dashboard:inventory-table', JSON.stringify({ pageSize: n })), Number(process.env.BENCH_PAGE_SIZE));
      await page.goto(`${server.base}/devices?${query}`);
      // Checked in the page at every frame; the page's own clock when it first holds (as the bench).
      const first = await (await page.waitForFunction(() => document.querySelectorAll('table a[href^="/devices/smd-"]').length > 0 && performance.now(), undefined, { polling: 'raf', timeout: 60_000 })).jsonValue();
      // The whole first page (default 50 rows) on screen, every row described.
      const visible = await (await page.waitForFunction((n) => {
        const body = document.querySelector('table tbody');
        return !!body && body.querySelectorAll('a[href^="/devices/smd-"]').length >= n && !/\bLoading\b/.test(body.textContent ?? '') && performance.now();
      }, Math.min(Number(process.env.BENCH_DEVICES ?? 10_000), Number(process.env.BENCH_PAGE_SIZE ?? 50)), { polling: 'raf', timeout: 60_000 })).jsonValue();
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

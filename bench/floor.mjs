#!/usr/bin/env node
// Dev aid: the first rows of a reference page of the same stack (bench/floor/: React,
// Cloudscape's top navigation, app layout and table, 20 rows fetched with the bench's
// latency; no router, SDK, simulator or fleet store), in cold loads interleaved with the
// dashboard's demo build (BENCH_DIST, default the bench's), measured as bench/first-view.mjs
// measures: what the stack alone takes on this hardware, next to what the dashboard takes.
// The reference is built with the dashboard's Cloudscape build plugins (bench/floor/vite.config.ts).
// RUNS (default 7).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { firstRowsShown, launchBrowser, newBenchPage, scenario, scenarioQuery, when } from './measure.mjs';
import { serve } from './serve.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
const PORT = Number(process.env.BENCH_PORT ?? 5185);
const app = resolve(process.env.BENCH_DIST ?? 'node_modules/.cache/snow-bench/dist');
const out = resolve('node_modules/.cache/snow-bench/floor');

await build({ configFile: resolve('bench/floor/vite.config.ts') });
const rows = Array.from({ length: 20 }, (_, i) => ({ id: `smd-${i.toString(36).padStart(14, '0')}`, name: `rig-${i}`, type: 'Snowball Edge Compute Optimized', locked: i % 3 === 0, online: i % 5 !== 0 }));
writeFileSync(resolve(out, 'rows.json'), JSON.stringify(rows));

const servers = [await serve(out, PORT), await serve(app, PORT + 1)];
const browser = await launchBrowser(servers.flatMap((s) => s.chromiumArgs));
const urls = [`${servers[0].base}/devices?latency=${scenario.latency}`, `${servers[1].base}/devices?${scenarioQuery}`];
const results = [[], []];
try {
  for (let run = 0; run < RUNS; run++) {
    for (const [i, url] of urls.entries()) {
      const { context, page } = await newBenchPage(browser);
      await page.goto(url);
      results[i].push(await when(page, firstRowsShown, undefined, 60_000));
      await context.close();
    }
  }
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const ms = (a) => `${Math.round(median(a))} ms (${Math.round(Math.min(...a))} to ${Math.round(Math.max(...a))})`;
console.log(`first rows, median of ${RUNS} interleaved cold loads:`);
console.log(`  reference page of the stack  ${ms(results[0])}`);
console.log(`  dashboard (${app})  ${ms(results[1])}`);

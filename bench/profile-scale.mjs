#!/usr/bin/env node
// Dev aid: a CPU profile around each timed interaction of bench/scale.mjs (filter applied,
// cleared, sorted, next page) while a large fleet fills, each printed with its answer time
// and the app's functions that took most of it (inclusive, named from the source maps).
// Build with source maps first (`--sourcemap`) and pass BENCH_DIST; DEVICES (default
// 50,000), TOPN (default 10), ALL=1 for library frames too, BENCH_PORT. Busy runs of 30 ms or
// more are listed by their start, in ms from the input event. INTERVAL_US: sampling interval (200).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { launchBrowser, scenario } from './measure.mjs';
import { interactions } from './scale.mjs';
import { serve } from './serve.mjs';

const OUT = resolve(process.env.BENCH_DIST ?? 'node_modules/.cache/snow-bench/dist-sourcemap');
const DEVICES = Number(process.env.DEVICES ?? 50_000);
const server = await serve(OUT, Number(process.env.BENCH_PORT ?? 5192));
const browser = await launchBrowser(server.chromiumArgs);
const maps = new Map();
function orig(url, line, col) {
  if (!url.includes('/assets/')) return null;
  const file = url.replace(/^.*\/assets\//, '');
  if (!maps.has(file)) {
    const p = `${OUT}/assets/${file}.map`;
    maps.set(file, existsSync(p) ? new SourceMapConsumer(JSON.parse(readFileSync(p, 'utf8'))) : null);
  }
  const o = maps.get(file)?.originalPositionFor({ line: line + 1, column: col });
  return o?.source ? `${o.name ?? '?'} ${o.source.replace(/.*node_modules\//, 'nm/').replace(/^(\.\.\/)+/, '')}:${o.line}` : null;
}

/** Inclusive time per function (ms), busy time in total. */
function summarise(profile, inputAt = 0) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (id) => {
    const f = byId.get(id).callFrame;
    return orig(f.url, f.lineNumber, f.columnNumber) ?? `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '').slice(0, 40)}:${f.lineNumber}`;
  };
  const incl = new Map();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (['(idle)', '(program)'].includes(byId.get(id).callFrame.functionName)) return;
    busy += dt;
    const seen = new Set();
    for (let n = id; n; n = parent.get(n)) {
      const l = label(n);
      if (!seen.has(l)) {
        seen.add(l);
        incl.set(l, (incl.get(l) ?? 0) + dt);
      }
    }
  });
  // The busy runs of 30 ms or more, each with the functions that spent most of it themselves.
  const runs = [];
  let cur;
  let t = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    t += dt;
    if (byId.get(id).callFrame.functionName === '(idle)') {
      if (cur) runs.push(cur);
      cur = undefined;
      return;
    }
    cur ??= { start: t, end: t, self: new Map() };
    cur.end = t;
    const l = label(id);
    cur.self.set(l, (cur.self.get(l) ?? 0) + dt);
  });
  if (cur) runs.push(cur);
  const long = runs.filter((r) => r.end - r.start >= 30).map((r) => `  @${Math.round(r.start - inputAt)} +${Math.round(r.end - r.start)}: ${[...r.self].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${Math.round(v)} ${k}`).join(' | ')}`);
  const top = [...incl].filter(([k]) => process.env.ALL || /src\/|mocks\//.test(k)).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOPN ?? 10));
  return { busy, top, long };
}

try {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await page.goto(`${server.base}/devices?sim-reset=1&sim-devices=${DEVICES}&sim-latency=${scenario.latency}&sim-throttle=${scenario.throttle}`);
  await page.waitForFunction((n) => /Devices\s*\(([\d,]+)\)/.exec(document.body.textContent ?? '')?.[1]?.replace(/,/g, '') === String(n), DEVICES, { polling: 500, timeout: 600_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.INTERVAL_US ?? 200) });
  const around = async (name, step) => {
    await cdp.send('Profiler.start');
    const t0 = await page.evaluate(() => performance.now());
    const ms = await step();
    const { profile } = await cdp.send('Profiler.stop');
    // Busy runs are printed from the input event (within a few ms: the profile starts just before t0).
    const inputAt = (await page.evaluate(() => window.__benchInputAt)) - t0;
    const { busy, top, long } = summarise(profile, inputAt);
    console.log(`\n${name}: answered in ${Math.round(ms)} ms, main thread busy ${Math.round(busy)} ms`);
    for (const [k, v] of top) console.log(`${String(Math.round(v)).padStart(7)} ms  ${k}`);
    console.log(long.join('\n'));
    return ms;
  };
  await interactions(page, around);
} finally {
  await browser.close();
  await server.close();
}

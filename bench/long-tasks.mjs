#!/usr/bin/env node
// Dev aid: the long tasks (over 50 ms of main-thread work) of the inventory's first SECONDS
// (default 4) on the scale scenario, each with the functions that took most of it, named
// from the source maps, and the total blocking time they add up to. Build with source maps
// first: `npx vite build --mode demo --sourcemap --manifest --outDir node_modules/.cache/snow-bench/dist-sourcemap`
// (or set BENCH_DIST). ALL=1 lists library frames too, TOPN sets how many; ROUTE, DEVICES.
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { profiledPage } from './measure.mjs';
const OUT = resolve(process.env.BENCH_DIST ?? 'node_modules/.cache/snow-bench/dist-sourcemap');
const SECONDS = Number(process.env.SECONDS ?? 4);
const { server, browser, page, cdp } = await profiledPage(OUT, Number(process.env.BENCH_PORT ?? 5191));
await page.goto(`${server.base}/${process.env.ROUTE ?? 'devices'}?sim-reset=1&sim-devices=${process.env.DEVICES ?? 10000}&sim-latency=80&sim-throttle=50`);
await page.waitForTimeout(SECONDS * 1000);
const { profile } = await cdp.send('Profiler.stop');
await browser.close(); await server.close();
const maps = new Map();
function orig(url, line, col) {
  const file = url.replace(/^.*\/assets\//, '');
  if (!url.includes('/assets/')) return null;
  if (!maps.has(file)) { const p = `${OUT}/assets/${file}.map`; maps.set(file, existsSync(p) ? new SourceMapConsumer(JSON.parse(readFileSync(p, 'utf8'))) : null); }
  const c = maps.get(file); if (!c) return null;
  const o = c.originalPositionFor({ line: line + 1, column: col });
  return o.source ? `${o.name ?? '?'} ${o.source.replace(/.*node_modules\//, 'nm/').replace(/^(\.\.\/)+/, '')}:${o.line}` : null;
}
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = new Map();
function lab(id) { if (label.has(id)) return label.get(id); const f = byId.get(id).callFrame; const l = orig(f.url, f.lineNumber, f.columnNumber) ?? `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '').slice(0,40)}:${f.lineNumber}`; label.set(id, l); return l; }
let t = profile.startTime; const samples = profile.samples.map((id, i) => { t += profile.timeDeltas[i]; return { id, t: (t - profile.startTime) / 1000, dt: profile.timeDeltas[i] / 1000 }; });
// busy runs
const idle = (id) => { const n = byId.get(id).callFrame.functionName; return n === '(idle)'; };
const tasks = []; let cur = null;
for (const s of samples) { if (idle(s.id)) { if (cur) { tasks.push(cur); cur = null; } } else { cur ??= { start: s.t, end: s.t, samples: [] }; cur.end = s.t; cur.samples.push(s); } }
if (cur) tasks.push(cur);
const long = tasks.filter((x) => x.end - x.start > 50);
let tbt = 0;
for (const task of long) {
  tbt += task.end - task.start - 50;
  const incl = new Map();
  for (const s of task.samples) { const seen = new Set(); let id = s.id; while (id) { const l = lab(id); if (!seen.has(l)) { seen.add(l); incl.set(l, (incl.get(l) ?? 0) + s.dt); } id = parent.get(id); } }
  const top = [...incl].filter(([k]) => process.env.ALL || /src\/|mocks\//.test(k)).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOPN ?? 6)).map(([k, v]) => `${Math.round(v)} ${k}`);
  console.log(`@${Math.round(task.start)} +${Math.round(task.end - task.start)}: ${top.join(' | ')}`);
}
console.log('sum(long-50) over all', Math.round(tbt));

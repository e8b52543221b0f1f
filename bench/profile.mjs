// Dev aid: CPU profile of the inventory's first seconds on the scale scenario (the bench's demo build, or BENCH_DIST).
import { resolve } from 'node:path';
import { profiledPage } from './measure.mjs';
const OUT = resolve(process.env.BENCH_DIST ?? 'node_modules/.cache/snow-bench/dist');
const SECONDS = Number(process.env.SECONDS ?? 4);
const { server, browser, page, cdp } = await profiledPage(OUT, Number(process.env.BENCH_PORT ?? 5190));
const skip = Number(process.env.SKIP ?? 0);
await page.goto(`${server.base}/devices?sim-reset=1&sim-devices=${process.env.DEVICES ?? 10000}&sim-latency=80&sim-throttle=50`);
if (skip) { await page.waitForTimeout(skip * 1000); await cdp.send('Profiler.stop'); await cdp.send('Profiler.start'); }
await page.waitForTimeout(SECONDS * 1000);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas; let total = 0;
profile.samples.forEach((id, i) => { const n = byId.get(id); const f = n.callFrame; const k = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)); total += dt[i] ?? 0; });
const byFile = new Map();
for (const [k, v] of self) { const file = k.split(' ')[1]?.split(':')[0] || k; byFile.set(file, (byFile.get(file) ?? 0) + v); }
console.log(`total sampled ${(total / 1000).toFixed(0)} ms`);
console.log('\nby file:'); for (const [k, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${(v / 1000).toFixed(0).padStart(7)} ms  ${k}`);
console.log('\nby function:'); for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(v / 1000).toFixed(0).padStart(7)} ms  ${k}`);
await browser.close(); await server.close();

// Lighthouse's desktop performance score and total blocking time on the inventory of the
// demo build, served by bench/serve.mjs: the median of LH_RUNS runs (default 3), each in a
// new Chromium (Debian's, the one Playwright uses) with a cold profile.
// Used by `npm run bench`; on its own (`node bench/lighthouse.mjs`) it measures the last
// bench build (BENCH_DIST to measure another).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { scenarioQuery } from './measure.mjs';
import { serve } from './serve.mjs';

export const LIGHTHOUSE_TARGETS = { score: 90, tbt: 200 };

/** What Lighthouse names as the largest contentful paint's element (its HTML, shortened). */
function lcpElement(lhr) {
  const items = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
  const node = items.flatMap((i) => i.items ?? [i]).find((i) => i.node)?.node;
  return node ? `${node.nodeLabel ?? ''} ${String(node.snippet ?? '').slice(0, 120)}` : 'n/a';
}

/** One Lighthouse run of `url` in a fresh Chromium; resolves with the score (0–100) and the metrics (ms). */
async function runOnce(url, chromiumArgs) {
  const chrome = await chromeLauncher.launch({
    chromePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...chromiumArgs],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, desktopConfig);
    const { lhr } = result;
    const metric = (id) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      tbt: metric('total-blocking-time'),
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      cls: metric('cumulative-layout-shift'),
      si: metric('speed-index'),
      // Each metric's share of the score: its own score (0–1) from Lighthouse's curves.
      scores: Object.fromEntries(['first-contentful-paint', 'speed-index', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'].map((id) => [id, lhr.audits[id]?.score])),
      shifts: (lhr.audits['layout-shifts']?.details?.items ?? []).map((i) => `${Number(i.score).toFixed(3)} ${String(i.node?.snippet ?? i.node?.nodeLabel ?? '').slice(0, 90)}`),
      lcpElement: lcpElement(lhr),
      observed: lhr.audits.metrics?.details?.items?.[0] ?? {},
      bootup: lhr.audits['bootup-time']?.details?.items ?? [],
      error: lhr.runtimeError?.message,
      tti: metric('interactive'),
      longTasks: (lhr.audits['long-tasks']?.details?.items ?? []).map((t) => `${String(t.url).replace(/^.*\//, '').slice(0, 30)}@${Math.round(t.startTime)}+${Math.round(t.duration)}`),
      warnings: lhr.runWarnings,
      total: lhr.timing?.total,
    };
  } finally {
    await chrome.kill();
  }
}

/** Median of `runs` Lighthouse runs on the inventory at `base` (the scale scenario). */
export async function lighthouseFigures(base, chromiumArgs, runs = Number(process.env.LH_RUNS ?? 3)) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await runOnce(`${base}/devices?${scenarioQuery}`, chromiumArgs));
  const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  return {
    runs: all,
    score: median(all.map((r) => r.score)),
    tbt: median(all.map((r) => r.tbt)),
    fcp: median(all.map((r) => r.fcp)),
    lcp: median(all.map((r) => r.lcp)),
  };
}

/** Rows for the bench's table: [figure, measured, note]. */
export function lighthouseRows(lh) {
  const mark = (ok) => (ok ? 'ok' : 'MISS');
  const range = (k, f) => (lh.runs.length > 1 ? `; median of ${lh.runs.length}, ${f(Math.min(...lh.runs.map((r) => r[k])))} to ${f(Math.max(...lh.runs.map((r) => r[k])))}` : '');
  const ms = (v) => `${Math.round(v)} ms`;
  return [
    ['Lighthouse performance (desktop)', String(lh.score), `${mark(lh.score >= LIGHTHOUSE_TARGETS.score)} (≥ ${LIGHTHOUSE_TARGETS.score}${range('score', String)})`],
    ['  total blocking time', ms(lh.tbt), `${mark(lh.tbt < LIGHTHOUSE_TARGETS.tbt)} (< ${LIGHTHOUSE_TARGETS.tbt} ms${range('tbt', ms)})`],
    ['  first / largest contentful paint', `${ms(lh.fcp)} / ${ms(lh.lcp)}`, ''],
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = resolve(process.env.BENCH_DIST ?? 'node_modules/.cache/snow-bench/dist');
  const server = await serve(dist, Number(process.env.BENCH_PORT ?? 5196));
  try {
    const lh = await lighthouseFigures(server.base, server.chromiumArgs);
    for (const r of lh.runs) {
      const top = r.bootup.slice(0, 4).map((b) => `${String(b.url).replace(/^.*\//, '')} ${Math.round(b.scripting)} ms`).join(', ');
      if (process.env.BENCH_VERBOSE) console.log(`  TTI ${Math.round(r.tti)} ms, run ${Math.round(r.total)} ms, long tasks: ${r.longTasks.join(' ')}\n  LCP element: ${r.lcpElement}\n  observed: FCP ${Math.round(r.observed.observedFirstContentfulPaint)} ms, LCP ${Math.round(r.observed.observedLargestContentfulPaint)} ms, TBT ${Math.round(r.observed.observedTotalBlockingTime ?? NaN)} ms\n  speed index ${Math.round(r.si)} ms, layout shift ${r.cls.toFixed(3)}; metric scores: ${Object.entries(r.scores).map(([k, v]) => `${k} ${v}`).join(', ')}\n  layout shifts: ${r.shifts.join(' | ') || 'none'}\n  warnings: ${r.warnings.join('; ')}`);
      console.log(`run: score ${r.score}, TBT ${Math.round(r.tbt)} ms, FCP ${Math.round(r.fcp)} ms, LCP ${Math.round(r.lcp)} ms${r.error ? `, error ${r.error}` : ''}; scripting: ${top}`);
    }
    for (const [k, v, note] of lighthouseRows(lh)) console.log(`${k.padEnd(36)}  ${v.padEnd(14)}  ${note}`);
  } finally {
    await server.close();
  }
}

// The fleet overview's figures for `npm run bench`: on the scale scenario, opens the overview
// (/) on a cold page and, while the whole fleet is described, reads the overview's own User
// Timing entries (src/features/overview/api/timing.ts) and the main thread's busy time.
import { newBenchPage } from './measure.mjs';

const busyMs = async (cdp) => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
};
const pct = (a, p) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(a.length * p))] ?? NaN;
const mark = (ok) => (ok ? 'ok' : 'MISS');

/** Rows [figure, value, note] for the bench's table. */
export async function overviewFigures(browser, base, query) {
  const { context, page } = await newBenchPage(browser);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${base}/?${query}`);
    await page.waitForFunction(() => /Partial: [\d,]+ of/.test(document.body.textContent ?? ''), undefined, { polling: 100, timeout: 60_000 });
    const busyStart = await busyMs(cdp);
    const aggStart = await page.evaluate(() => performance.getEntriesByName('overview:aggregate').length);
    await page.waitForFunction(() => /All [\d,]+ devices described/.test(document.body.textContent ?? ''), undefined, { polling: 1_000, timeout: 900_000 });
    const busy = (await busyMs(cdp)) - busyStart;
    const { aggregate, updates } = await page.evaluate((from) => ({
      aggregate: performance.getEntriesByName('overview:aggregate').slice(from).map((e) => e.duration),
      updates: performance.getEntriesByName('overview:update').map((e) => e.duration),
    }), aggStart);
    const aggMs = aggregate.reduce((a, b) => a + b, 0);
    const share = busy > 0 ? (aggMs / busy) * 100 : NaN;
    const p95 = pct(updates, 0.95);
    return [
      ['overview: fleet update → counters on screen', `${Math.round(pct(updates, 0.5))} ms`, `${mark(p95 <= 100)} (p95 ${Math.round(p95)} ms ≤ 100 ms; ${updates.length} updates, max ${Math.round(Math.max(...updates))} ms)`],
      ['overview: aggregation share of busy time', `${share.toFixed(1)} %`, `${mark(share <= 10)} (≤ 10 %; ${aggregate.length} passes, ${Math.round(aggMs)} ms of ${Math.round(busy)} ms busy while filling)`],
    ];
  } finally {
    await context.close();
  }
}

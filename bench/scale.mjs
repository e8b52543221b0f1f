// 50,000 devices in one region (BENCH_SCALE_DEVICES): the first rows, the visible page, and
// how the inventory answers while it fills: typing in the filter, applying it, sorting and
// paging, each timed in the page from the input event to the frame that shows the answer;
// the JS heap while filling and, with BENCH_SCALE_FULL=1 (default), once every device is
// described (on a simulator without latency or throttling, so it takes a minute, not 17),
// with select-all-matching and the CSV export over all rows.
// Used by `npm run bench`; on its own (`node bench/scale.mjs`) it measures the last bench
// build (BENCH_DIST to measure another).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { firstRowsShown, launchBrowser, PAGE_ROWS, pageDescribed, scenario, when } from './measure.mjs';
import { serve } from './serve.mjs';

export const SCALE_TARGETS = { answerMs: 150, heapMb: 300 };
const DEVICES = Number(process.env.BENCH_SCALE_DEVICES ?? 50_000);
const FULL = process.env.BENCH_SCALE_FULL !== '0';

/** Records when the next trusted input event happened, for `answered`. */
const armInput = () => {
  window.__benchInputAt = undefined;
  const at = (e) => {
    window.__benchInputAt ??= e.timeStamp;
  };
  for (const type of ['keydown', 'pointerdown']) document.addEventListener(type, at, { capture: true, once: true });
};

/** ms from the armed input event to the frame after the one where `cond` first holds. */
const answered = (cond) => new Promise((done, fail) => {
  const give = setTimeout(() => fail(new Error('no answer within 60 s')), 60_000);
  const check = () => {
    if (window.__benchInputAt !== undefined && new Function(`return (${cond})`)()()) {
      // The answer is painted once the next frame starts.
      requestAnimationFrame(() => {
        clearTimeout(give);
        done(performance.now() - window.__benchInputAt);
      });
    } else requestAnimationFrame(check);
  };
  check();
});

const firstId = () => document.querySelector('table tbody a[href^="/devices/smd-"]')?.textContent ?? '';
const heading = () => document.querySelector('h1')?.parentElement?.textContent ?? '';

async function timed(page, act, cond) {
  await page.evaluate(armInput);
  const result = page.evaluate(answered, cond.toString());
  await act();
  return result;
}

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** The interactions, timed: typing, filtering, clearing, sorting, paging (`around` wraps each timed step, for a profile). */
export async function interactions(page, around = (_name, step) => step()) {
  const out = {};
  const filter = page.getByRole('combobox', { name: 'Filter devices' });
  await filter.waitFor({ timeout: 60_000 });
  // Typing: the longest a keystroke took to show (Event Timing: input to next paint).
  await page.evaluate(() => {
    window.__benchKeys = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'keydown' || e.name === 'keyup' || e.name === 'keypress') window.__benchKeys.push(e.duration); })
      .observe({ type: 'event', durationThreshold: 16, buffered: false });
  });
  await filter.click();
  await filter.pressSequentially('smd-0', { delay: 60 });
  await page.waitForTimeout(300);
  const keys = await page.evaluate(() => window.__benchKeys);
  out.typing = keys.length ? Math.max(...keys) : 16;
  const before = await page.evaluate(heading);
  out.filter = await around('filter', () => timed(page, () => filter.press('Enter'), `() => (${heading})() !== ${JSON.stringify(before)} && [...document.querySelectorAll('table tbody a[href^="/devices/smd-"]')].every((a) => a.textContent.includes('smd-0'))`));
  out.matching = await page.evaluate(() => document.querySelector('h1')?.parentElement?.textContent?.match(/\(([\d,]+)\//)?.[1] ?? '?');
  out.clear = await around('clear', () => timed(page, () => page.getByRole('button', { name: 'Clear filters' }).click(), `() => /Devices\\s*\\([\\d,]+\\)/.test((${heading})())`));
  const top = await page.evaluate(firstId);
  out.sort = await around('sort', () => timed(page, () => page.getByRole('columnheader', { name: /Device ID/ }).getByRole('button').first().click(), `() => (${firstId})() !== ${JSON.stringify(top)}`));
  const sortedTop = await page.evaluate(firstId);
  out.page = await around('page', () => timed(page, () => page.getByRole('button', { name: 'Next page' }).click(), `() => (${firstId})() !== ${JSON.stringify(sortedTop)}`));
  return out;
}

/** Measures the scale scenario on the build served at `base`. */
export async function scaleFigures(base, chromiumArgs) {
  const browser = await launchBrowser(chromiumArgs, ['--enable-precise-memory-info']);
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const q = `sim-reset=1&sim-devices=${DEVICES}&sim-latency=${scenario.latency}&sim-throttle=${scenario.throttle}`;
    await page.goto(`${base}/devices?${q}`);
    const firstRows = await when(page, firstRowsShown, undefined, 120_000);
    const visible = await when(page, pageDescribed, PAGE_ROWS, 120_000);
    // Every device listed (the counter reaches them all), descriptions still arriving.
    const listedBy = Date.now();
    await page.waitForFunction((n) => /Devices\s*\(([\d,]+)\)/.exec(document.body.textContent ?? '')?.[1]?.replace(/,/g, '') === String(n), DEVICES, { polling: 500, timeout: 600_000 });
    const listed = await page.evaluate(() => performance.now());
    const filling = await interactions(page);
    const heapFilling = await heapMb(page);
    await context.close();
    const figures = { devices: DEVICES, firstRows, visible, listed, listedWaitMs: Date.now() - listedBy, filling, heapFilling };
    if (!FULL) return figures;

    // The whole fleet described, fast: no latency, no throttling.
    const full = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    const p2 = await full.newPage();
    await p2.goto(`${base}/devices?sim-reset=1&sim-devices=${DEVICES}&sim-latency=0&sim-throttle=0`);
    const started = Date.now();
    await p2.waitForFunction(() => /Every device in/.test(document.body.textContent ?? ''), undefined, { polling: 1000, timeout: 1_200_000 });
    figures.describedAllSeconds = (Date.now() - started) / 1000;
    figures.described = await interactions(p2);
    figures.heapDescribed = await heapMb(p2);
    await p2.getByRole('checkbox', { name: 'Select all devices on this page' }).check();
    figures.selectAll = await timed(p2, () => p2.getByRole('button', { name: /^Select all [\d,]+ matching$/ }).click(), `() => /${DEVICES.toLocaleString('en')} devices selected/.test(document.body.textContent ?? '')`);
    await p2.getByRole('button', { name: 'Export devices' }).click();
    const download = p2.waitForEvent('download');
    const exportStart = Date.now();
    await p2.getByRole('menuitem', { name: /^CSV/ }).click();
    const file = await download;
    const text = await (await import('node:fs/promises')).readFile(await file.path(), 'utf8');
    figures.exportMs = Date.now() - exportStart;
    figures.exportRows = text.trimEnd().split('\n').length - 1;
    await full.close();
    return figures;
  } finally {
    await browser.close();
  }
}

/** Rows for the bench's table: [figure, measured, note]. */
export function scaleRows(f) {
  const mark = (ok) => (ok ? 'ok' : 'MISS');
  const ms = (v) => `${Math.round(v)} ms`;
  const s = (v) => `${(v / 1000).toFixed(2)} s`;
  const answer = (label, v) => [label, ms(v), `${mark(v < SCALE_TARGETS.answerMs)} (< ${SCALE_TARGETS.answerMs} ms in the page)`];
  const n = f.devices.toLocaleString('en');
  const rows = [
    [`${n} devices: first rows visible`, s(f.firstRows), ''],
    ['  visible page described', s(f.visible), ''],
    ['  every device listed', s(f.listed), 'descriptions still arriving'],
    answer('  while filling: a keystroke in the filter', f.filling.typing),
    answer(`  while filling: filter applied (${f.filling.matching} match)`, f.filling.filter),
    answer('  while filling: filter cleared', f.filling.clear),
    answer('  while filling: sorted by device ID', f.filling.sort),
    answer('  while filling: next page', f.filling.page),
    ['  JS heap while filling (after GC)', `${f.heapFilling.toFixed(1)} MB`, `${mark(f.heapFilling < SCALE_TARGETS.heapMb)} (< ${SCALE_TARGETS.heapMb} MB)`],
  ];
  if (f.described) {
    rows.push(
      ['  every device described (no latency, no throttling)', `${f.describedAllSeconds.toFixed(0)} s`, ''],
      answer('  described: a keystroke in the filter', f.described.typing),
      answer(`  described: filter applied (${f.described.matching} match)`, f.described.filter),
      answer('  described: filter cleared', f.described.clear),
      answer('  described: sorted by device ID', f.described.sort),
      answer('  described: next page', f.described.page),
      ['  JS heap, every device described (after GC)', `${f.heapDescribed.toFixed(1)} MB`, `${mark(f.heapDescribed < SCALE_TARGETS.heapMb)} (< ${SCALE_TARGETS.heapMb} MB)`],
      [`  select all ${n} matching`, ms(f.selectAll), ''],
      ['  CSV export of every row', `${f.exportRows.toLocaleString('en')} rows`, `${mark(f.exportRows === f.devices)} (${ms(f.exportMs)} until the file was saved)`],
    );
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = resolve(process.env.BENCH_DIST ?? 'node_modules/.cache/snow-bench/dist');
  const server = await serve(dist, Number(process.env.BENCH_PORT ?? 5197));
  try {
    const f = await scaleFigures(server.base, server.chromiumArgs);
    for (const [k, v, note] of scaleRows(f)) console.log(`${k.padEnd(52)}  ${v.padEnd(12)}  ${note}`);
  } finally {
    await server.close();
  }
}

// User Timing entries `npm run bench` reads (bench/overview.mjs): how long the aggregation
// takes and how soon a fleet update is on screen. A measure is a few bytes; the entries are
// cleared once there are many, so a long session does not collect them without end.

const MAX_ENTRIES = 2_000;

/** Records `name` from `start` (performance.now()) until now. */
export function measureSince(name: string, start: number): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  if (performance.getEntriesByName(name, 'measure').length >= MAX_ENTRIES) performance.clearMeasures(name);
  performance.measure(name, { start, end: performance.now() });
}

export const AGGREGATE_MEASURE = 'overview:aggregate';
export const UPDATE_MEASURE = 'overview:update';

import type { ActivityRow } from './trail-rows';

/** CloudTrail keeps 90 days of management events in its event history. */
export const RETENTION_DAYS = 90;
const DAY = 86_400_000;
const UNIT_MS = { second: 1000, minute: 60_000, hour: 3_600_000, day: DAY, week: 7 * DAY, month: 30 * DAY, year: 365 * DAY } as const;
export type RangeUnit = keyof typeof UNIT_MS;

/** The time range: the last N units (moving with now) or two fixed instants. */
export type TimeRange = { type: 'relative'; amount: number; unit: RangeUnit } | { type: 'absolute'; start: string; end: string };

export const DEFAULT_RANGE: TimeRange = { type: 'relative', amount: 7, unit: 'day' };

/** What the URL holds about the activity view, so a view can be shared like the inventory's. */
export interface ActivityView {
  range: TimeRange;
  user?: string;
  event?: string;
  device?: string;
  task?: string;
  region?: string;
  reads: boolean;
}

const PARAMS = ['range', 'user', 'event', 'device', 'task', 'region', 'reads'];

/** Reads `range=7d`-style relative ranges (`7:day`) or `<iso>/<iso>` absolute ones; anything else is the default. */
export function parseRange(raw: string | null): TimeRange {
  if (!raw) return DEFAULT_RANGE;
  const rel = /^(\d{1,4}):(second|minute|hour|day|week|month|year)$/.exec(raw);
  if (rel) return { type: 'relative', amount: Math.max(1, Number(rel[1])), unit: rel[2] as RangeUnit };
  const [start, end] = raw.split('/');
  if (start && end && !Number.isNaN(Date.parse(start)) && !Number.isNaN(Date.parse(end))) return { type: 'absolute', start, end };
  return DEFAULT_RANGE;
}

export function writeRange(range: TimeRange): string {
  return range.type === 'relative' ? `${range.amount}:${range.unit}` : `${range.start}/${range.end}`;
}

/** The range as instants at `now`: never further back than CloudTrail keeps, never past now. */
export function rangeWindow(range: TimeRange, now: number): { start: number; end: number } {
  const oldest = now - RETENTION_DAYS * DAY;
  if (range.type === 'relative') return { start: Math.max(oldest, now - range.amount * UNIT_MS[range.unit]), end: now };
  const start = Math.max(oldest, Date.parse(range.start));
  const end = Math.min(now, Date.parse(range.end));
  return { start: Math.min(start, end), end };
}

/** Why a range cannot be looked up, or undefined when it can. */
export function rangeProblem(range: TimeRange, now: number): string | undefined {
  if (range.type === 'relative') {
    return range.amount * UNIT_MS[range.unit] > RETENTION_DAYS * DAY ? `CloudTrail keeps ${RETENTION_DAYS} days of events: choose ${RETENTION_DAYS} days or less.` : undefined;
  }
  const start = Date.parse(range.start);
  const end = Date.parse(range.end);
  if (!(start < end)) return 'The start must be before the end.';
  if (end < now - RETENTION_DAYS * DAY) return `CloudTrail keeps ${RETENTION_DAYS} days of events: this range ended before that.`;
  return undefined;
}

const text = (p: URLSearchParams, k: string) => p.get(k)?.trim() || undefined;

export function parseActivityView(p: URLSearchParams): ActivityView {
  return { range: parseRange(p.get('range')), user: text(p, 'user'), event: text(p, 'event'), device: text(p, 'device'), task: text(p, 'task'), region: text(p, 'region'), reads: p.get('reads') === '1' };
}

/** Writes the view into a copy of the query string, keeping unrelated parameters; defaults are left out. */
export function writeActivityView(view: ActivityView, current: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const k of PARAMS) next.delete(k);
  const range = writeRange(view.range);
  if (range !== writeRange(DEFAULT_RANGE)) next.set('range', range);
  for (const k of ['user', 'event', 'device', 'task', 'region'] as const) if (view[k]) next.set(k, view[k]!);
  if (view.reads) next.set('reads', '1');
  return next;
}

const has = (value: string | undefined, needle: string) => (value ?? '').toLowerCase().includes(needle.toLowerCase());

/**
 * What CloudTrail could not filter together with the event source: user, event name, device,
 * task, region, and reads. Applied in the page to the events loaded so far.
 */
export function matchesView(row: ActivityRow, view: Omit<ActivityView, 'range'>): boolean {
  if (!view.reads && row.readOnly && view.event === undefined) return false;
  if (view.event && row.eventName !== view.event) return false;
  if (view.user && !has(row.actor.name, view.user) && !has(row.actor.arn, view.user) && !has(row.actor.via, view.user)) return false;
  if (view.device && !row.devices.includes(view.device)) return false;
  if (view.task && !row.tasks.includes(view.task)) return false;
  if (view.region && row.region !== view.region) return false;
  return true;
}

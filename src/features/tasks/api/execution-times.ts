/**
 * Time an execution spent queued and running. SDM has no such fields; it gives the task's
 * createdAt (when CreateTask was called) and the execution's startedAt (when the device
 * picked it up) and lastUpdatedAt (its last state change). So:
 * - queued  = startedAt − createdAt; while still queued, now − createdAt; for one that
 *   ended without starting (canceled, timed out in the queue), lastUpdatedAt − createdAt.
 * - running = lastUpdatedAt − startedAt once it ended; now − startedAt while it runs
 *   (lastUpdatedAt only moves on a state change, so it would freeze the clock).
 * Undefined where a time is not known yet (no DescribeExecution answer, or never started).
 */
export function executionTimes(
  createdAt: Date | undefined,
  startedAt: Date | undefined,
  lastUpdatedAt: Date | undefined,
  state: string | undefined,
  now = Date.now(),
): { queuedMs?: number; runningMs?: number } {
  const created = createdAt?.getTime();
  const started = startedAt?.getTime();
  const updated = lastUpdatedAt?.getTime();
  let queuedMs: number | undefined;
  if (created !== undefined) {
    if (started !== undefined) queuedMs = started - created;
    else if (state === 'QUEUED') queuedMs = now - created;
    else if (updated !== undefined) queuedMs = updated - created;
  }
  let runningMs: number | undefined;
  if (started !== undefined) {
    if (state === 'IN_PROGRESS') runningMs = now - started;
    else if (updated !== undefined) runningMs = updated - started;
  }
  // Clock skew between the browser and AWS can make "now" earlier than a service time.
  return { queuedMs: queuedMs === undefined ? undefined : Math.max(0, queuedMs), runningMs: runningMs === undefined ? undefined : Math.max(0, runningMs) };
}

/** "1 h 4 min", "2 min 5 s", "35 s"; "-" when unknown. */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) return '-';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h} h ${m % 60} min`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}

/** One execution on a timeline: queued from `queuedAt` to `startedAt` (or its end), ran to `endedAt`, in ms. */
export interface TimelineEntry {
  queuedAt?: number;
  startedAt?: number;
  /** When it ended, or now while it is still queued or running. */
  endedAt?: number;
  live: boolean;
}

/**
 * Where an execution sits in time, from the same fields as executionTimes: the task's
 * createdAt, the execution's startedAt and, once it ended, lastUpdatedAt; "now" while it is live.
 */
export function timelineEntry(createdAt: Date | undefined, startedAt: Date | undefined, lastUpdatedAt: Date | undefined, live: boolean, now = Date.now()): TimelineEntry {
  const ended = live ? now : lastUpdatedAt?.getTime();
  return { queuedAt: createdAt?.getTime(), startedAt: startedAt?.getTime(), endedAt: ended, live };
}

/** The span every bar is drawn on: the first task created to the last execution that ended (or now). */
export function timelineSpan(entries: readonly TimelineEntry[]): { start: number; end: number } | undefined {
  const starts = entries.map((e) => e.queuedAt ?? e.startedAt).filter((t): t is number => t !== undefined);
  const ends = entries.flatMap((e) => [e.endedAt, e.startedAt, e.queuedAt]).filter((t): t is number => t !== undefined);
  if (!starts.length) return undefined;
  const start = Math.min(...starts);
  // A span of at least a second, so one that just started still draws.
  return { start, end: Math.max(start + 1000, ...ends) };
}

/** Left offset and width in percent of the span, clamped to it. */
export function placeOnSpan(span: { start: number; end: number }, from: number, to: number): { left: number; width: number } {
  const len = span.end - span.start;
  const clamp = (t: number) => Math.min(100, Math.max(0, ((t - span.start) / len) * 100));
  const left = clamp(from);
  return { left, width: Math.max(0, clamp(to) - left) };
}

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

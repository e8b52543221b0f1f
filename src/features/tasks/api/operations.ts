import { TAGS } from './batching';

/** One task as the tasks views need it. */
export interface TaskInfo {
  taskId: string;
  region: string;
  state?: string;
  tags: Record<string, string>;
  description?: string;
  createdAt?: Date;
  targets: string[];
  /** Execution states by device, when read. */
  executions?: Record<string, string>;
}

export const EXECUTION_STATES = ['QUEUED', 'IN_PROGRESS', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'REJECTED', 'CANCELED'] as const;
export type ExecutionCounts = Record<(typeof EXECUTION_STATES)[number], number>;
const FAILED = new Set(['FAILED', 'TIMED_OUT', 'REJECTED']);

/** Tasks grouped by the dashboard's operation tag (an untagged task is its own operation). */
export interface OperationGroup {
  id: string;
  /** True when the id comes from the operation tag, so /tasks/operations/<id> exists. */
  tagged: boolean;
  command: string;
  description?: string;
  createdAt?: Date;
  tasks: TaskInfo[];
  targets: number;
  counts: ExecutionCounts;
  state: 'IN_PROGRESS' | 'COMPLETED' | 'CANCELED' | 'UNKNOWN';
  retryOf?: string;
}

export function emptyCounts(): ExecutionCounts {
  return { QUEUED: 0, IN_PROGRESS: 0, SUCCEEDED: 0, FAILED: 0, TIMED_OUT: 0, REJECTED: 0, CANCELED: 0 };
}

export function countExecutions(tasks: TaskInfo[]): ExecutionCounts {
  const c = emptyCounts();
  for (const t of tasks) for (const s of Object.values(t.executions ?? {})) if (s in c) c[s as keyof ExecutionCounts]++;
  return c;
}

/** Groups tasks into operations, newest first. */
export function groupOperations(tasks: TaskInfo[]): OperationGroup[] {
  const groups = new Map<string, TaskInfo[]>();
  for (const t of tasks) {
    const id = t.tags[TAGS.operation] ?? t.taskId;
    groups.set(id, [...(groups.get(id) ?? []), t]);
  }
  return [...groups.entries()]
    .map(([id, list]) => {
      const first = list[0];
      const states = new Set(list.map((t) => t.state));
      const created = list.map((t) => t.createdAt?.getTime()).filter((x): x is number => x !== undefined);
      return {
        id,
        tagged: Boolean(first.tags[TAGS.operation]),
        command: first.tags[TAGS.command] ?? 'unknown',
        description: list.find((t) => t.description)?.description,
        createdAt: created.length ? new Date(Math.min(...created)) : undefined,
        tasks: list,
        targets: list.reduce((n, t) => n + t.targets.length, 0),
        counts: countExecutions(list),
        state: states.has('IN_PROGRESS') ? 'IN_PROGRESS' : states.has(undefined) ? 'UNKNOWN' : states.size === 1 && states.has('CANCELED') ? 'CANCELED' : 'COMPLETED',
        retryOf: first.tags[TAGS.retryOf],
      } satisfies OperationGroup;
    })
    .sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
}

/** Whether anything is still queued or running (so the view keeps polling). */
export const isLive = (c: ExecutionCounts) => c.QUEUED + c.IN_PROGRESS > 0;

/** Tasks that CancelTask can still act on, and how many executions it would cancel. */
export function cancelPlan(tasks: TaskInfo[]): { tasks: TaskInfo[]; executions: number } {
  const withQueued = tasks.filter((t) => t.state === 'IN_PROGRESS' && Object.values(t.executions ?? {}).includes('QUEUED'));
  return { tasks: withQueued, executions: withQueued.reduce((n, t) => n + Object.values(t.executions ?? {}).filter((s) => s === 'QUEUED').length, 0) };
}

/** Devices whose execution failed, timed out or was rejected, to retry as a new operation. */
export function failedTargets(tasks: TaskInfo[]): Array<{ managedDeviceId: string; region: string }> {
  return tasks.flatMap((t) => Object.entries(t.executions ?? {}).filter(([, s]) => FAILED.has(s)).map(([managedDeviceId]) => ({ managedDeviceId, region: t.region })));
}

/**
 * Time queued and running of one execution. SDM gives the task's createdAt and the
 * execution's startedAt and lastUpdatedAt: queued = startedAt - createdAt; running =
 * lastUpdatedAt - startedAt once finished, or now - startedAt while it runs.
 */
export function executionTimes(createdAt: Date | undefined, startedAt: Date | undefined, lastUpdatedAt: Date | undefined, state: string | undefined, now = Date.now()) {
  const created = createdAt?.getTime();
  const started = startedAt?.getTime();
  const queuedMs = created === undefined ? undefined : (started ?? (state === 'QUEUED' ? now : lastUpdatedAt?.getTime() ?? now)) - created;
  const runningMs = started === undefined ? undefined : (state === 'IN_PROGRESS' ? now : lastUpdatedAt?.getTime() ?? now) - started;
  return { queuedMs, runningMs };
}

/** "1 h 4 min", "35 s". */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || ms < 0) return '-';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

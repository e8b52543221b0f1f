import { EXECUTION_STATES, isExecutionState, isFailedState, isLiveState, type ExecutionState } from '@/lib/rules/execution-states';
import { TAGS, type Submission } from './batching';
import { leftOutOf, sendingOf, type LocalSending, type Sending } from './operation-sending';

// The states and their sets live in src/lib/rules/execution-states.ts; isLiveState stays
// importable from here for the tasks API that already uses it.
export { isLiveState };

/** One task as the tasks views need it, filled in as its reads arrive. */
export interface TaskInfo {
  taskId: string;
  region: string;
  /** From ListTasks (or DescribeTask on the task page). */
  state?: string;
  taskArn?: string;
  tags: Record<string, string>;
  /** Position in ListTasks (newest first): orders rows before DescribeTask answers. */
  order: number;
  /** From DescribeTask; undefined until it answers. */
  description?: string;
  createdAt?: Date;
  completedAt?: Date;
  targets?: string[];
  /** Execution state by device (ListExecutions); undefined until read. */
  executions?: Record<string, string>;
}

export type ExecutionCounts = Record<ExecutionState, number>;

export type OperationState = 'IN_PROGRESS' | 'COMPLETED' | 'CANCELED';

/** Tasks grouped by the dashboard's operation tag (an untagged task is its own operation). */
export interface Operation {
  id: string;
  /** True when the id comes from the operation tag, so /tasks/operations/<id> exists. */
  tagged: boolean;
  /** From the dashboard's command tag; undefined when not recorded (the service does not report a task's command). */
  command?: string;
  description?: string;
  createdAt?: Date;
  tasks: TaskInfo[];
  regions: string[];
  /** Devices targeted (from DescribeTask, or the executions while it has not answered). */
  targets: number;
  counts: ExecutionCounts;
  state: OperationState;
  /** Every task described and its executions read. */
  complete: boolean;
  retryOf?: string;
  order: number;
  /** Devices never sent (yet), when some were not. */
  sending?: Sending;
  /** Devices left out because the service no longer knew them (from the tasks' tags). */
  leftOut: string[];
}

export interface GroupOptions {
  /** What this browser knows of operations it sent or holds, by operation id. */
  local?: (operationId: string) => LocalSending | undefined;
  /** Only some of the tasks were listed (a state filter): the service-only stopped check cannot run. */
  partial?: boolean;
}

export function emptyCounts(): ExecutionCounts {
  return Object.fromEntries(EXECUTION_STATES.map((s) => [s, 0])) as ExecutionCounts;
}

/** Executions per state over some tasks. */
export function countExecutions(tasks: TaskInfo[]): ExecutionCounts {
  const c = emptyCounts();
  for (const t of tasks) for (const s of Object.values(t.executions ?? {})) if (isExecutionState(s)) c[s]++;
  return c;
}

/** Executions in total, ended (no longer live) and failed, for a progress bar. */
export function progressOf(c: ExecutionCounts): { total: number; ended: number; failed: number; percent: number } {
  const sum = (states: readonly ExecutionState[]) => states.reduce((n, s) => n + c[s], 0);
  const total = sum(EXECUTION_STATES);
  const ended = total - sum(EXECUTION_STATES.filter(isLiveState));
  return { total, ended, failed: sum(EXECUTION_STATES.filter(isFailedState)), percent: total ? Math.round((ended / total) * 100) : 0 };
}

/**
 * Whether a task may still change: the service says it is in progress, or one of its
 * executions is still queued or running (a CANCELED task can still have one running: it
 * left the queue before the cancel arrived).
 */
export function isLiveTask(t: TaskInfo): boolean {
  return t.state === 'IN_PROGRESS' || Object.values(t.executions ?? {}).some(isLiveState);
}

function operationOf(id: string, tagged: boolean, list: TaskInfo[], options: GroupOptions): Operation {
  const byBatch = [...list].sort((a, b) => b.order - a.order);
  const first = byBatch[0];
  const created = list.map((t) => t.createdAt?.getTime()).filter((x): x is number => x !== undefined);
  const complete = list.every((t) => t.targets !== undefined && t.executions !== undefined);
  const local = tagged ? options.local?.(id) : undefined;
  const live = list.some(isLiveTask);
  return {
    id,
    tagged,
    command: first?.tags[TAGS.command],
    description: byBatch.find((t) => t.description)?.description,
    createdAt: created.length ? new Date(Math.min(...created)) : undefined,
    tasks: byBatch,
    regions: [...new Set(list.map((t) => t.region))],
    targets: list.reduce((n, t) => n + (t.targets?.length ?? Object.keys(t.executions ?? {}).length), 0),
    counts: countExecutions(list),
    state: live || local?.sending ? 'IN_PROGRESS' : list.length && list.every((t) => t.state === 'CANCELED') ? 'CANCELED' : 'COMPLETED',
    complete,
    retryOf: list.find((t) => t.tags[TAGS.retryOf])?.tags[TAGS.retryOf],
    order: list.length ? Math.min(...list.map((t) => t.order)) : -1,
    sending: tagged ? sendingOf(list, live, local, complete && !options.partial) : undefined,
    leftOut: leftOutOf(list),
  };
}

/**
 * An operation this browser holds of which the service has no task yet (every batch
 * failed, or it was stopped before the first went out): it exists only here.
 */
export function localOperation(sub: Submission & { sending: boolean }, local: LocalSending): Operation {
  const op = operationOf(sub.id, true, [], { local: () => local });
  return { ...op, command: sub.command, description: sub.description, createdAt: new Date(sub.createdAt), regions: [...new Set(sub.batches.map((b) => b.region))], retryOf: sub.retryOf };
}

/** Groups tasks into operations by the operation tag, newest first. */
export function groupOperations(tasks: TaskInfo[], options: GroupOptions = {}): Operation[] {
  const groups = new Map<string, { id: string; tagged: boolean; list: TaskInfo[] }>();
  for (const t of tasks) {
    const op = t.tags[TAGS.operation];
    // Separate namespaces: an untagged task id can never merge with an operation id.
    const key = op ? `op|${op}` : `task|${t.region}|${t.taskId}`;
    const g = groups.get(key) ?? { id: op ?? t.taskId, tagged: Boolean(op), list: [] };
    g.list.push(t);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => operationOf(g.id, g.tagged, g.list, options)).sort(byNewest);
}

/** Newest first: by creation time once known, else by ListTasks order (also newest first). */
export function byNewest(a: Pick<Operation, 'createdAt' | 'order'>, b: Pick<Operation, 'createdAt' | 'order'>): number {
  if (a.createdAt && b.createdAt && a.createdAt.getTime() !== b.createdAt.getTime()) return b.createdAt.getTime() - a.createdAt.getTime();
  return a.order - b.order;
}

/** Link to an operation's view: its own page when tagged, else its only task's page. */
export function operationHref(op: Pick<Operation, 'id' | 'tagged' | 'tasks'>): string {
  return op.tagged ? `/tasks/operations/${encodeURIComponent(op.id)}` : `/tasks/${encodeURIComponent(op.id)}?region=${op.tasks[0]?.region ?? ''}`;
}

/** Devices whose execution failed, timed out or was rejected (each once), for a retry. */
export function failedTargets(tasks: TaskInfo[]): Array<{ managedDeviceId: string; region: string }> {
  const seen = new Map<string, { managedDeviceId: string; region: string }>();
  for (const t of tasks) {
    for (const [managedDeviceId, s] of Object.entries(t.executions ?? {})) {
      if (isFailedState(s)) seen.set(`${t.region}|${managedDeviceId}`, { managedDeviceId, region: t.region });
    }
  }
  return [...seen.values()];
}

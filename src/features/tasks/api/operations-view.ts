import type { TaskState } from '@aws-sdk/client-snow-device-management';
import { byNewest, progressOf, type Operation } from './operation-groups';

/** A task state (asked of the service), or FAILED: operations with failed executions (filtered here). */
export type StateFilter = TaskState | 'FAILED';

/** The tasks page's view state, kept in the URL so a link or a reload shows the same rows. */
export interface OperationsView {
  text: string;
  /** Task state, filtered by the service (ListTasks state); FAILED is filtered in the page. */
  state?: StateFilter;
  region?: string;
  sort: SortField;
  descending: boolean;
  page: number;
}

export const SORT_FIELDS = ['created', 'command', 'targets', 'tasks', 'state', 'progress'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export const TASK_STATES: readonly TaskState[] = ['IN_PROGRESS', 'COMPLETED', 'CANCELED'];
const STATE_FILTERS: readonly StateFilter[] = [...TASK_STATES, 'FAILED'];

/** The task state the service is asked for: none for FAILED, which needs every task's executions. */
export function serviceState(view: Pick<OperationsView, 'state'>): TaskState | undefined {
  return view.state === 'FAILED' ? undefined : view.state;
}

/** Whether an operation has an execution that failed, timed out or was rejected. */
export const hasFailed = (o: Operation): boolean => progressOf(o.counts).failed > 0;
export const PAGE_SIZE = 25;

/** Reads the view from the query string; anything unknown falls back to the default. */
export function parseView(params: URLSearchParams): OperationsView {
  const state = params.get('state') as StateFilter | null;
  const sort = params.get('sort') as SortField | null;
  return {
    text: params.get('q') ?? '',
    state: state && STATE_FILTERS.includes(state) ? state : undefined,
    region: params.get('region') ?? undefined,
    sort: sort && SORT_FIELDS.includes(sort) ? sort : 'created',
    descending: params.get('order') !== 'asc',
    page: Math.max(1, Math.floor(Number(params.get('page'))) || 1),
  };
}

/** Writes a change of the view into the query string, leaving defaults out. */
export function writeView(params: URLSearchParams, change: Partial<OperationsView>): URLSearchParams {
  const v = { ...parseView(params), ...change };
  const next = new URLSearchParams(params);
  const set = (k: string, value: string | undefined) => (value ? next.set(k, value) : next.delete(k));
  set('q', v.text || undefined);
  set('state', v.state);
  set('region', v.region);
  set('sort', v.sort === 'created' ? undefined : v.sort);
  set('order', v.descending ? undefined : 'asc');
  set('page', v.page > 1 ? String(v.page) : undefined);
  return next;
}

// Stopped sorts right after what still runs: both may want the operator's attention.
const STATE_RANK: Record<Operation['state'], number> = { IN_PROGRESS: 0, COMPLETED: 2, CANCELED: 3 };
const rank = (o: Operation) => (o.sending?.state === 'stopped' ? 1 : STATE_RANK[o.state]);
const progress = (o: Operation) => {
  const total = Object.values(o.counts).reduce((a, b) => a + b, 0);
  return total ? (total - o.counts.QUEUED - o.counts.IN_PROGRESS) / total : 0;
};
const COMPARE: Record<SortField, (a: Operation, b: Operation) => number> = {
  created: (a, b) => -byNewest(a, b),
  command: (a, b) => (a.command ?? '').localeCompare(b.command ?? ''),
  targets: (a, b) => a.targets - b.targets,
  tasks: (a, b) => a.tasks.length - b.tasks.length,
  state: (a, b) => rank(a) - rank(b),
  progress: (a, b) => progress(a) - progress(b),
};

/** Whether an operation matches the free text: ids, command, description, devices, tags. */
export function matchesText(op: Operation, text: string): boolean {
  const t = text.trim().toLowerCase();
  if (!t) return true;
  const fields = [op.id, op.command ?? '', op.description ?? '', op.retryOf ?? ''];
  for (const task of op.tasks) fields.push(task.taskId, ...(task.targets ?? Object.keys(task.executions ?? {})), ...Object.values(task.tags));
  return fields.some((f) => f.toLowerCase().includes(t));
}

/** Filters, sorts (ties newest first) and pages the operations. */
export function viewOperations(ops: Operation[], view: OperationsView): { matched: Operation[]; pageItems: Operation[]; pages: number; page: number } {
  const matched = ops.filter((o) => (!view.region || o.regions.includes(view.region)) && (view.state !== 'FAILED' || hasFailed(o)) && matchesText(o, view.text));
  const dir = view.descending ? -1 : 1;
  const sorted = matched.map((o, i) => [o, i] as const).sort(([a, i], [b, j]) => dir * COMPARE[view.sort](a, b) || i - j).map(([o]) => o);
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const page = Math.min(view.page, pages);
  return { matched: sorted, pageItems: sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), pages, page };
}

import { useSyncExternalStore } from 'react';
import type { Connection } from '@/lib/aws/connection';
import { PRIORITY, scheduleSdm } from '@/lib/aws/scheduler';
import { describeError } from '@/lib/errors';
import { createExternalStore } from '@/lib/external-store';
import { queryClient } from '@/lib/query-client';
import { isUnsent, planSubmission, TAGS, type Submission, type SubmissionRequest } from './batching';
import { followTask } from './execution-follow';
import { KEPT_SUBMISSIONS, submissionRecord, toRecord } from './submission-record';
import { taskQueries } from './task-queries';
import { retryBatch, sendWaves, type WaveDeps } from './waves';

/** A submission as views see it. */
export interface HeldSubmission extends Submission {
  /** Being sent from this tab right now. */
  sending: boolean;
  /** Started (or resumed) in this tab: followed to its end wherever the operator is. */
  startedHere: boolean;
}

/**
 * Operations being sent from this tab, and those this browser holds because some of their
 * devices were not sent; kept outside React so leaving a page never loses one. Snapshots
 * are replaced on every change so React sees them update.
 */
const operations = new Map<string, Submission>();
const running = new Map<string, { controller: AbortController; done: Promise<void> }>();
const startedHere = new Set<string>();
const forgotten = new Set<string>();
const snapshots = createExternalStore<ReadonlyMap<string, HeldSubmission>>(new Map());

const snapshot = (op: Submission): HeldSubmission => ({ ...op, batches: op.batches.map((b) => ({ ...b })), sending: running.has(op.id), startedHere: startedHere.has(op.id) });

function publish() {
  snapshots.set(new Map([...operations.values()].map((op) => [op.id, snapshot(op)])));
}

let saveTimer: ReturnType<typeof setTimeout> | undefined;
function changed(op: Submission) {
  snapshots.set(new Map(snapshots.get()).set(op.id, snapshot(op)));
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => persist(false), 300);
}

/**
 * Saves the submissions with devices not sent, merged with what other tabs saved. One being
 * sent is saved only when the page goes away, so another tab never offers to resume it.
 */
function persist(leaving: boolean) {
  const out = new Map<string, unknown>();
  for (const s of submissionRecord.load() ?? []) if (!operations.has(s.id) && !forgotten.has(s.id)) out.set(s.id, toRecord(s));
  const mine = [...operations.values()].filter((op) => op.batches.some(isUnsent) && (leaving || !running.has(op.id)));
  for (const op of mine.sort((a, b) => b.createdAt - a.createdAt)) out.set(op.id, toRecord(op));
  if (out.size === 0) submissionRecord.remove();
  else submissionRecord.save([...out.values()].slice(0, KEPT_SUBMISSIONS) as Submission[]);
}

function load() {
  const stored = submissionRecord.load() ?? [];
  const ids = new Set(stored.map((s) => s.id));
  // Held elsewhere only: gone from storage means another tab discarded or finished it.
  for (const id of [...operations.keys()]) if (!ids.has(id) && !running.has(id) && !startedHere.has(id)) operations.delete(id);
  for (const s of stored) if (!operations.has(s.id) && !forgotten.has(s.id)) operations.set(s.id, s);
  publish();
}

if (typeof window !== 'undefined') {
  load();
  window.addEventListener('pagehide', () => persist(true));
  window.addEventListener('storage', (e) => {
    if (e.key === null || e.key === submissionRecord.key) load();
  });
}

/** Which of these devices DescribeDevice answers not found for. */
async function findMissing(connection: Connection, region: string, ids: string[]): Promise<string[]> {
  const gone = await Promise.all(ids.map((managedDeviceId) =>
    scheduleSdm(connection, region, 'DescribeDevice', { managedDeviceId }).then(
      () => undefined,
      (error: unknown) => {
        if (describeError(error).kind === 'not-found') return managedDeviceId;
        throw error;
      },
    )));
  return gone.filter((id): id is string => id !== undefined);
}

/**
 * Before sending again what may already have reached the service (a batch caught mid-send),
 * looks for its task by the operation's tags: the token protects too, but only as long as
 * the service remembers it. Unreadable lists leave that to the token.
 */
async function reconcile(connection: Connection, op: Submission) {
  const unsure = op.batches.filter((b) => isUnsent(b) && b.attempts > 0);
  for (const region of new Set(unsure.map((b) => b.region))) {
    const tasks = await queryClient.fetchQuery({ ...taskQueries.list(connection, region), staleTime: 0 }).catch(() => []);
    for (const b of unsure.filter((x) => x.region === region)) {
      const t = tasks.find((x) => x.tags?.[TAGS.operation] === op.id && x.tags[TAGS.batch] === `${b.index}/${op.batches.length}`);
      if (t?.taskId) Object.assign(b, { state: 'accepted', taskId: t.taskId, error: undefined });
    }
  }
}

function deps(connection: Connection, op: Submission, signal?: AbortSignal): WaveDeps {
  return {
    send: (region, input, onSend, sig) => scheduleSdm(connection, region, 'CreateTask', input, { onSend, signal: sig }),
    findMissing: (region, ids) => findMissing(connection, region, ids),
    // The same cache entry the views poll: a wave's wait adds no reads of its own when one is on screen.
    listExecutions: (region, taskId) => queryClient.fetchQuery({ ...taskQueries.executions(connection, region, taskId, PRIORITY.background), staleTime: 1_000 }),
    onUpdate: () => changed(op),
    onAccepted: (b) => b.taskId && followTask(connection.id, b.region, b.taskId, b.targets),
    signal,
  };
}

function run(connection: Connection, op: Submission, resuming: boolean): Promise<void> {
  const current = running.get(op.id);
  if (current) return current.done;
  const controller = new AbortController();
  startedHere.add(op.id);
  const done = (async () => {
    try {
      if (resuming) await reconcile(connection, op);
      await sendWaves(op, deps(connection, op, controller.signal));
    } finally {
      running.delete(op.id);
      changed(op);
    }
  })();
  running.set(op.id, { controller, done });
  changed(op);
  return done;
}

export const submissionStore = {
  /** Plans and starts sending an operation; resolves when sending ended (everything tried, or stopped). */
  start(connection: Connection, req: SubmissionRequest): { operation: HeldSubmission; done: Promise<void> } {
    const op = planSubmission(req);
    operations.set(op.id, op);
    const done = run(connection, op, false);
    return { operation: snapshot(op), done };
  },
  /** Sends what is held, failed or was never sent: the next wave goes at once. */
  resume(connection: Connection, id: string): Promise<void> {
    const op = operations.get(id);
    return op ? run(connection, op, true) : Promise.resolve();
  },
  /** Stops sending: what has not gone out is held (a wave already sent runs on). */
  stop(id: string): void {
    running.get(id)?.controller.abort();
  },
  /** Sends one failed batch again, with its own token. */
  retry(connection: Connection, id: string, index: number): Promise<void> {
    const op = operations.get(id);
    const batch = op?.batches.find((b) => b.index === index);
    return op && batch && !running.has(id) ? retryBatch(op, batch, deps(connection, op)) : Promise.resolve();
  },
  /** Forgets the devices not sent: the operation stays as the service has it. */
  discard(id: string): void {
    if (running.has(id)) return;
    operations.delete(id);
    forgotten.add(id);
    publish();
    persist(false);
  },
  get: (id: string): HeldSubmission | undefined => snapshots.get().get(id),
  all: (): ReadonlyMap<string, HeldSubmission> => snapshots.get(),
  subscribe: snapshots.subscribe,
};

/** One operation's latest snapshot as React state. */
export function useSubmission(id: string | undefined): HeldSubmission | undefined {
  return useSyncExternalStore(submissionStore.subscribe, () => (id ? submissionStore.get(id) : undefined));
}

/** Every submission this browser holds, as React state. */
export function useSubmissions(): ReadonlyMap<string, HeldSubmission> {
  return useSyncExternalStore(submissionStore.subscribe, submissionStore.all, submissionStore.all);
}

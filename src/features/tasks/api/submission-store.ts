import { useSyncExternalStore } from 'react';
import { createExternalStore } from '@/lib/external-store';
import type { Connection } from '@/lib/aws/connection';
import { listAll, scheduleSdm } from '@/lib/aws/scheduler';
import { isFailedState, isLiveState } from '@/lib/rules/execution-states';
import { planSubmission, retryBatch, sendBatches, type Batch, type Submission, type SubmissionRequest, type SendBatch } from './batching';

/**
 * Operations being sent from this tab, kept outside React so leaving the page never loses
 * one. Snapshots are replaced on every change so React sees them update.
 */
const operations = new Map<string, Submission>();
const snapshots = createExternalStore<ReadonlyMap<string, Submission>>(new Map());

function changed(op: Submission) {
  snapshots.set(new Map(snapshots.get()).set(op.id, { ...op, batches: op.batches.map((b) => ({ ...b })) }));
}

function sender(connection: Connection): SendBatch {
  return (region, input, onSend) => scheduleSdm(connection, region, 'CreateTask', input, { onSend });
}

/** Share of finished executions that failed across the accepted batches (for waves). */
async function failureRate(connection: Connection, op: Submission): Promise<number> {
  let finished = 0;
  let failed = 0;
  for (const b of op.batches.filter((x) => x.state === 'accepted' && x.taskId)) {
    const executions = await listAll(connection, b.region, 'ListExecutions', { taskId: b.taskId! }, 'executions');
    for (const e of executions) {
      if (!e.state || isLiveState(e.state)) continue;
      finished++;
      if (isFailedState(e.state)) failed++;
    }
  }
  return finished === 0 ? 0 : failed / finished;
}

export const submissionStore = {
  /** Plans and starts sending an operation; resolves when every batch has been tried. */
  start(connection: Connection, req: SubmissionRequest): { operation: Submission; done: Promise<void> } {
    const op = planSubmission(req);
    operations.set(op.id, op);
    changed(op);
    const done = submissionStore.resume(connection, op.id);
    return { operation: snapshots.get().get(op.id)!, done };
  },
  /** Sends whatever is pending or held (after a wave stopped). */
  resume(connection: Connection, id: string): Promise<void> {
    const op = operations.get(id)!;
    return sendBatches(op, sender(connection), { onUpdate: () => changed(op), failureRate: () => failureRate(connection, op) });
  },
  retry(connection: Connection, id: string, index: number): Promise<void> {
    const op = operations.get(id)!;
    const batch = op.batches.find((b) => b.index === index) as Batch;
    return retryBatch(op, batch, sender(connection), { onUpdate: () => changed(op) });
  },
  /** Drops devices the service no longer knows from a failed batch before it is retried. */
  dropTargets(id: string, index: number, deviceIds: string[]) {
    const op = operations.get(id)!;
    const batch = op.batches.find((b) => b.index === index)!;
    batch.targets = batch.targets.filter((t) => !deviceIds.includes(t));
    // Different targets are a different request: the old token must not be reused for it
    // (the service would reject it), and the failed attempt created no task.
    batch.clientToken = crypto.randomUUID();
    changed(op);
  },
  get: (id: string) => snapshots.get().get(id),
  subscribe: snapshots.subscribe,
};

/** One operation's latest snapshot as React state. */
export function useSubmission(id: string | undefined): Submission | undefined {
  return useSyncExternalStore(submissionStore.subscribe, () => (id ? submissionStore.get(id) : undefined));
}

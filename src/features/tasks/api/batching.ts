import type { CreateTaskCommandInput } from '@aws-sdk/client-snow-device-management';

/** The service takes at most 10 targets per CreateTask. */
export const BATCH_SIZE = 10;
export const TAGS = {
  operation: 'snow-dashboard:operation',
  command: 'snow-dashboard:command',
  batch: 'snow-dashboard:batch',
  retryOf: 'snow-dashboard:retry-of',
} as const;

export type Command = 'reboot' | 'unlock';
export type BatchState = 'pending' | 'sending' | 'accepted' | 'failed' | 'held';

export interface Batch {
  /** 1-based, across regions. */
  index: number;
  region: string;
  targets: string[];
  /** Generated once; every retry of this batch sends the same token, so it never creates a second task. */
  clientToken: string;
  state: BatchState;
  attempts: number;
  taskId?: string;
  error?: unknown;
}

/** What the operator submitted, planned into batches: it becomes an operation (a group of tasks) on the service. */
export interface Submission {
  id: string;
  command: Command;
  description?: string;
  tags: Record<string, string>;
  retryOf?: string;
  batches: Batch[];
  createdAt: number;
  /** Waves: send this many batches, then check the failure rate before going on. */
  waveSize?: number;
  /** Stop sending when this share of finished executions failed (0..1). */
  maxFailureRate?: number;
  /** Why sending stopped early, when it did. */
  haltReason?: string;
}

export interface SubmissionRequest {
  command: Command;
  targets: Array<{ managedDeviceId: string; region: string }>;
  description?: string;
  tags?: Record<string, string>;
  retryOf?: string;
  waveSize?: number;
  maxFailureRate?: number;
}

/** Splits an intent into per-region batches of at most 10 devices, each with its own token. */
export function planSubmission(req: SubmissionRequest, newId: () => string = () => crypto.randomUUID(), now = Date.now()): Submission {
  const byRegion = new Map<string, string[]>();
  for (const t of req.targets) {
    const list = byRegion.get(t.region) ?? [];
    if (!list.includes(t.managedDeviceId)) list.push(t.managedDeviceId);
    byRegion.set(t.region, list);
  }
  const batches: Batch[] = [];
  for (const [region, ids] of byRegion) {
    for (let i = 0; i < ids.length; i += BATCH_SIZE) {
      batches.push({ index: batches.length + 1, region, targets: ids.slice(i, i + BATCH_SIZE), clientToken: newId(), state: 'pending', attempts: 0 });
    }
  }
  return {
    id: `op-${newId().slice(0, 13)}`,
    command: req.command,
    description: req.description || undefined,
    tags: req.tags ?? {},
    retryOf: req.retryOf,
    batches,
    createdAt: now,
    waveSize: req.waveSize,
    maxFailureRate: req.maxFailureRate,
  };
}

/** The CreateTask input of one batch: the same on every attempt. */
export function batchInput(op: Submission, batch: Batch): CreateTaskCommandInput {
  return {
    clientToken: batch.clientToken,
    command: op.command === 'reboot' ? { reboot: {} } : { unlock: {} },
    description: op.description,
    targets: batch.targets,
    tags: {
      ...op.tags,
      [TAGS.operation]: op.id,
      [TAGS.command]: op.command,
      [TAGS.batch]: `${batch.index}/${op.batches.length}`,
      ...(op.retryOf ? { [TAGS.retryOf]: op.retryOf } : {}),
    },
  };
}

/**
 * Sends one batch's CreateTask; `onSend` is called each time it actually goes out. The
 * scheduler paces CreateTask and retries it as its retry policy says, always with this
 * input, so every send of a batch carries the same clientToken.
 */
export type SendBatch = (region: string, input: CreateTaskCommandInput, onSend: () => void) => Promise<{ taskId?: string }>;

export interface SendOptions {
  onUpdate?: () => void;
  /** Share of finished executions that failed so far, read between waves. */
  failureRate?: () => Promise<number>;
}

async function sendOne(op: Submission, batch: Batch, send: SendBatch, onUpdate?: () => void) {
  batch.error = undefined;
  try {
    const out = await send(batch.region, batchInput(op, batch), () => {
      batch.state = 'sending';
      batch.attempts++;
      onUpdate?.();
    });
    batch.state = 'accepted';
    batch.taskId = out.taskId;
  } catch (error) {
    batch.state = 'failed';
    batch.error = error;
  }
  onUpdate?.();
}

/**
 * Sends the pending (and held) batches; the scheduler bounds how many go at once and how
 * fast. With waves, sending stops when the failure rate of finished executions passes the
 * threshold; the rest is marked held and can be resumed by calling this again.
 */
export async function sendBatches(op: Submission, send: SendBatch, options: SendOptions = {}): Promise<void> {
  const queue = op.batches.filter((b) => b.state === 'pending' || b.state === 'held');
  queue.forEach((b) => (b.state = 'pending'));
  op.haltReason = undefined;
  const wave = op.waveSize && op.waveSize > 0 ? op.waveSize : queue.length;
  for (let start = 0; start < queue.length; start += wave) {
    if (start > 0 && op.maxFailureRate !== undefined && options.failureRate) {
      const rate = await options.failureRate();
      if (rate > op.maxFailureRate) {
        queue.slice(start).forEach((b) => (b.state = 'held'));
        op.haltReason = `Stopped after ${start} of ${queue.length} batches: ${Math.round(rate * 100)}% of finished executions failed (limit ${Math.round(op.maxFailureRate * 100)}%).`;
        options.onUpdate?.();
        return;
      }
    }
    await Promise.all(queue.slice(start, start + wave).map((batch) => sendOne(op, batch, send, options.onUpdate)));
  }
}

/** Sends one failed batch again, with its original token. */
export function retryBatch(op: Submission, batch: Batch, send: SendBatch, options: SendOptions = {}): Promise<void> {
  batch.state = 'pending';
  return sendOne(op, batch, send, options.onUpdate);
}

/** Counts for the progress display. */
export function batchCounts(op: Submission) {
  const c = { total: op.batches.length, pending: 0, sending: 0, accepted: 0, failed: 0, held: 0 };
  for (const b of op.batches) c[b.state]++;
  return c;
}

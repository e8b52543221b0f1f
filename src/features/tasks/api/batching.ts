import type { CreateTaskCommandInput } from '@aws-sdk/client-snow-device-management';
import { describeError } from '@/lib/errors';

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

export type SendBatch = (region: string, input: CreateTaskCommandInput) => Promise<{ taskId?: string }>;

export interface SendOptions {
  /** Batches in flight at once. */
  concurrency?: number;
  /** Minimum time between two CreateTask calls, to stay well under the service's rate. */
  minIntervalMs?: number;
  /** Automatic retries of throttled or internal errors, with backoff, on the same token. */
  maxAttempts?: number;
  onUpdate?: () => void;
  /** Share of finished executions that failed so far, read between waves. */
  failureRate?: () => Promise<number>;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function sendOne(op: Submission, batch: Batch, send: SendBatch, o: Required<Pick<SendOptions, 'maxAttempts' | 'sleep'>> & SendOptions) {
  batch.state = 'sending';
  batch.error = undefined;
  o.onUpdate?.();
  for (;;) {
    batch.attempts++;
    try {
      const out = await send(batch.region, batchInput(op, batch));
      batch.state = 'accepted';
      batch.taskId = out.taskId;
      break;
    } catch (error) {
      const d = describeError(error);
      const again = (d.kind === 'throttling' || d.kind === 'internal' || d.kind === 'network') && batch.attempts < o.maxAttempts;
      if (!again) {
        batch.state = 'failed';
        batch.error = error;
        break;
      }
      await o.sleep(Math.min(500 * 2 ** batch.attempts, 8000));
    }
  }
  o.onUpdate?.();
}

/**
 * Sends the pending (and held) batches at a bounded rate. With waves, sending stops when the
 * failure rate of finished executions passes the threshold; the rest is marked held and can
 * be resumed by calling this again.
 */
export async function sendBatches(op: Submission, send: SendBatch, options: SendOptions = {}): Promise<void> {
  const o = { concurrency: 2, minIntervalMs: 200, maxAttempts: 4, sleep: defaultSleep, ...options };
  const queue = op.batches.filter((b) => b.state === 'pending' || b.state === 'held');
  queue.forEach((b) => (b.state = 'pending'));
  op.haltReason = undefined;
  const wave = op.waveSize && op.waveSize > 0 ? op.waveSize : queue.length;
  for (let start = 0; start < queue.length; start += wave) {
    if (start > 0 && op.maxFailureRate !== undefined && o.failureRate) {
      const rate = await o.failureRate();
      if (rate > op.maxFailureRate) {
        queue.slice(start).forEach((b) => (b.state = 'held'));
        op.haltReason = `Stopped after ${start} of ${queue.length} batches: ${Math.round(rate * 100)}% of finished executions failed (limit ${Math.round(op.maxFailureRate * 100)}%).`;
        o.onUpdate?.();
        return;
      }
    }
    const slice = queue.slice(start, start + wave);
    let next = 0;
    let lastStart = 0;
    const worker = async () => {
      while (next < slice.length) {
        const batch = slice[next++];
        const wait = lastStart + o.minIntervalMs - Date.now();
        lastStart = Math.max(Date.now(), lastStart + o.minIntervalMs);
        if (wait > 0) await o.sleep(wait);
        await sendOne(op, batch, send, o);
      }
    };
    await Promise.all(Array.from({ length: Math.min(o.concurrency, slice.length) }, worker));
  }
}

/** Sends one failed batch again, with its original token. */
export function retryBatch(op: Submission, batch: Batch, send: SendBatch, options: SendOptions = {}): Promise<void> {
  return sendOne(op, batch, send, { maxAttempts: 4, sleep: defaultSleep, ...options });
}

/** Counts for the progress display. */
export function batchCounts(op: Submission) {
  const c = { total: op.batches.length, pending: 0, sending: 0, accepted: 0, failed: 0, held: 0 };
  for (const b of op.batches) c[b.state]++;
  return c;
}

import type { CreateTaskCommandInput } from '@aws-sdk/client-snow-device-management';
import type { StopRule } from './stop-rule';

/** The service takes at most 10 targets per CreateTask. */
export const BATCH_SIZE = 10;
export const TAGS = {
  operation: 'snow-dashboard:operation',
  command: 'snow-dashboard:command',
  batch: 'snow-dashboard:batch',
  retryOf: 'snow-dashboard:retry-of',
  /** Devices the operation planned to reach: any view can tell from it that some were never sent. */
  planned: 'snow-dashboard:planned',
  /** Devices left out of this task because the service no longer knew them (space-separated ids). */
  notFound: 'snow-dashboard:not-found',
} as const;

/** Keys of the dashboard's own tags: kept out of the operator's default view. */
export const DASHBOARD_TAG_PREFIX = 'snow-dashboard:';
export const isDashboardTag = (key: string) => key.startsWith(DASHBOARD_TAG_PREFIX);

export type Command = 'reboot' | 'unlock';
/** `dropped`: every target was found missing, so no task was needed. */
export type BatchState = 'pending' | 'sending' | 'accepted' | 'failed' | 'held' | 'dropped';

export interface Batch {
  /** 1-based, across regions. */
  index: number;
  /** 1-based wave the batch goes out in (all batches are wave 1 without waves). */
  wave: number;
  region: string;
  targets: string[];
  /** Generated once; every retry of this batch sends the same token, so it never creates a second task. */
  clientToken: string;
  /** The planned size this batch's tag carries, fixed once it has been sent (its input never changes). */
  planned: number;
  state: BatchState;
  attempts: number;
  taskId?: string;
  error?: unknown;
  /** Devices the service answered not found for: left out, and the batch re-sent without them. */
  leftOut?: string[];
}

/** Waves: this many devices at a time, the next once they ended or `waitMs` passed. */
export interface WavePlan {
  size: number;
  waitMs: number;
  rule?: StopRule;
}

export type HaltCause = 'rule' | 'error' | 'operator' | 'interrupted';

/** Why sending stopped before every device was sent. */
export interface Halt {
  cause: HaltCause;
  text: string;
  at: number;
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
  /** Devices the operation is to reach; lowered when the service no longer knows one. */
  planned: number;
  waves?: WavePlan;
  halt?: Halt;
  /** The stop rule counts the executions of this wave and later ones (raised on resume). */
  ruleFromWave: number;
  /** Show a browser notification when it ends while the tab is hidden. */
  notifyBrowser?: boolean;
}

export interface SubmissionRequest {
  command: Command;
  targets: Array<{ managedDeviceId: string; region: string }>;
  description?: string;
  tags?: Record<string, string>;
  retryOf?: string;
  waves?: WavePlan;
  notifyBrowser?: boolean;
}

/**
 * Plans an intent: duplicates dropped, then waves of `waves.size` devices (in the order
 * given), each split per region into batches of at most 10, each with its own token.
 */
export function planSubmission(req: SubmissionRequest, newId: () => string = () => crypto.randomUUID(), now = Date.now()): Submission {
  const seen = new Set<string>();
  const unique: SubmissionRequest['targets'] = [];
  for (const t of req.targets) {
    const key = `${t.region}|${t.managedDeviceId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(t);
  }
  const size = req.waves && req.waves.size > 0 ? req.waves.size : Math.max(1, unique.length);
  const batches: Batch[] = [];
  for (let start = 0, wave = 1; start < unique.length; start += size, wave++) {
    const byRegion = new Map<string, string[]>();
    for (const t of unique.slice(start, start + size)) byRegion.set(t.region, [...(byRegion.get(t.region) ?? []), t.managedDeviceId]);
    for (const [region, ids] of byRegion) {
      for (let i = 0; i < ids.length; i += BATCH_SIZE) {
        batches.push({ index: batches.length + 1, wave, region, targets: ids.slice(i, i + BATCH_SIZE), clientToken: newId(), planned: unique.length, state: 'pending', attempts: 0 });
      }
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
    planned: unique.length,
    waves: req.waves && req.waves.size > 0 ? req.waves : undefined,
    ruleFromWave: 1,
    notifyBrowser: req.notifyBrowser,
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
      [TAGS.planned]: String(batch.planned),
      ...(op.retryOf ? { [TAGS.retryOf]: op.retryOf } : {}),
      // At most 10 ids of 18 characters: always within a tag value's 256.
      ...(batch.leftOut?.length ? { [TAGS.notFound]: batch.leftOut.join(' ') } : {}),
    },
  };
}

/** Batches whose devices have not reached the service (yet). */
export const isUnsent = (b: Batch) => b.state === 'pending' || b.state === 'sending' || b.state === 'failed' || b.state === 'held';

/** Counts of batches and devices, for the progress display and the stopped state. */
export function batchCounts(op: Submission) {
  const c = { total: op.batches.length, pending: 0, sending: 0, accepted: 0, failed: 0, held: 0, dropped: 0, devicesSent: 0, devicesNotSent: 0, leftOut: [] as string[] };
  for (const b of op.batches) {
    c[b.state]++;
    if (b.state === 'accepted') c.devicesSent += b.targets.length;
    else if (isUnsent(b)) c.devicesNotSent += b.targets.length;
    c.leftOut.push(...(b.leftOut ?? []));
  }
  return c;
}

import type { CreateTaskCommandInput } from '@aws-sdk/client-snow-device-management';
import { describeError } from '@/lib/errors';
import { batchInput, type Batch, type Submission } from './batching';

/**
 * Sends one batch's CreateTask; `onSend` is called each time it actually goes out. The
 * scheduler paces CreateTask and retries it as its retry policy says, always with this
 * input, so every send of a batch carries the same clientToken.
 */
export type SendBatch = (region: string, input: CreateTaskCommandInput, onSend: () => void, signal?: AbortSignal) => Promise<{ taskId?: string }>;

/** Which of these devices the service no longer knows (DescribeDevice answers not found); rejects when that cannot be told. */
export type FindMissing = (region: string, managedDeviceIds: string[]) => Promise<string[]>;

export interface SendDeps {
  send: SendBatch;
  findMissing?: FindMissing;
  newToken?: () => string;
  onUpdate?: () => void;
  /** A task was created for the batch. */
  onAccepted?: (batch: Batch) => void;
}

const isAbort = (error: unknown) => (error as { name?: string } | undefined)?.name === 'AbortError';

/**
 * Leaves devices the service no longer knows out of a batch. Different targets are a
 * different request, so the batch gets a new token (the attempt that was refused created
 * no task), and the operation plans that many devices fewer from here on.
 */
export function leaveOut(op: Submission, batch: Batch, missing: readonly string[], newToken: () => string = () => crypto.randomUUID()): void {
  batch.targets = batch.targets.filter((t) => !missing.includes(t));
  batch.leftOut = [...(batch.leftOut ?? []), ...missing];
  batch.clientToken = newToken();
  op.planned -= missing.length;
  batch.planned = op.planned;
  // Batches never sent carry the new size too; those already sent keep their input.
  for (const b of op.batches) if (b.attempts === 0) b.planned = op.planned;
}

/**
 * Sends one batch. When CreateTask answers ResourceNotFoundException, the batch's targets
 * are described to find which are gone; those are left out and the rest sent again at once.
 * Aborted before it went out, the batch is held (not sent); any other failure leaves it failed.
 */
export async function sendBatch(op: Submission, batch: Batch, deps: SendDeps, signal?: AbortSignal): Promise<void> {
  batch.error = undefined;
  batch.state = 'pending';
  for (;;) {
    try {
      const out = await deps.send(batch.region, batchInput(op, batch), () => {
        batch.state = 'sending';
        batch.attempts++;
        deps.onUpdate?.();
      }, signal);
      batch.state = 'accepted';
      batch.taskId = out.taskId;
      deps.onAccepted?.(batch);
      break;
    } catch (error) {
      if (isAbort(error) && batch.state === 'pending') {
        batch.state = 'held';
        break;
      }
      if (describeError(error).kind === 'not-found' && deps.findMissing) {
        const missing = await deps.findMissing(batch.region, batch.targets).catch(() => []);
        if (missing.length > 0) {
          leaveOut(op, batch, missing, deps.newToken);
          deps.onUpdate?.();
          if (batch.targets.length === 0) {
            batch.state = 'dropped';
            break;
          }
          batch.state = 'pending';
          continue;
        }
      }
      batch.state = 'failed';
      batch.error = error;
      break;
    }
  }
  deps.onUpdate?.();
}

import type { LaneLimits, RequestQueue } from './request-queue';
import { makeCommand, type InputOf, type OutputOf, type SdmCommandName } from './sdm-commands';
import { toSdmError } from './sdm-error';

/** What sends an SDK command: an SDM client (the browser's per connection and region, or the Lambda's). */
export interface SdmClientLike {
  send(command: ReturnType<typeof makeCommand>, options: { abortSignal: AbortSignal }): Promise<unknown>;
}

export interface QueuedCallOptions {
  priority?: number;
  signal?: AbortSignal;
  /** Called each time the request is sent (1, 2, … up to the retry budget). */
  onSend?: (send: number) => void;
}

/**
 * Lanes that differ from the default: tasks are created two at a time, at most five a
 * second, well under the service's rate, so a large operation never crowds out the reads
 * the operator is waiting for. Tag writes (one per device in a bulk tag edit) go four at a
 * time, at most ten a second, for the same reason.
 */
const LANE_LIMITS: Partial<Record<SdmCommandName, LaneLimits>> = {
  CreateTask: { maxInFlight: 2, initialRate: 5, maxRate: 5 },
  TagResource: { maxInFlight: 4, initialRate: 10, maxRate: 10 },
  UntagResource: { maxInFlight: 4, initialRate: 10, maxRate: 10 },
};

/** Reads are merged while queued or in flight; writes never are (each is a deliberate act). */
function isRead(name: SdmCommandName): boolean {
  return name.startsWith('Describe') || name.startsWith('List');
}

/** Stable text of an input: same members in any order give the same key. */
export function inputKey(input: unknown): string {
  return JSON.stringify(input, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

interface YieldingScheduler {
  yield(): Promise<void>;
}

/**
 * Yields to the page's other work where the browser has `scheduler.yield` (the call goes on
 * ahead of other queued tasks); elsewhere (the Lambda, older browsers, tests) it goes on at once.
 */
function yieldToPage(): Promise<void> | undefined {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : undefined;
}

/**
 * Sends one SDM command through a request queue: paced per lane, retried as retry-policy.ts
 * says (the same input, so a CreateTask keeps its clientToken), identical reads in flight
 * merged. The one place an SDM `send` happens, for the browser (scheduleSdm) and for the
 * snapshot Lambda alike. Rejects with an SdmError.
 */
export function queuedSdmCall<N extends SdmCommandName>(
  queue: RequestQueue,
  client: () => SdmClientLike,
  lane: string,
  region: string,
  name: N,
  input: InputOf<N>,
  options: QueuedCallOptions = {},
  defaultPriority = 0,
): Promise<OutputOf<N>> {
  const send = async (signal: AbortSignal): Promise<OutputOf<N>> => {
    try {
      // The queue starts many calls at once (a page of rows to describe): each call's SDK
      // work (serialize, sign, send) runs in a task of its own, so together they never make
      // one long task on the page.
      await yieldToPage();
      // The registry guarantees the command and output types line up for N.
      const output = await client().send(makeCommand(name, input), { abortSignal: signal });
      return output as OutputOf<N>;
    } catch (error) {
      throw toSdmError(error, name, region);
    }
  };
  return queue.schedule(lane, send, {
    priority: options.priority ?? defaultPriority,
    signal: options.signal,
    key: isRead(name) ? inputKey(input) : undefined,
    limits: LANE_LIMITS[name],
    onSend: options.onSend,
  });
}

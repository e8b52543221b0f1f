import { retryImport } from '../lazy-retry';
import { sdmClient } from './client';
import type { Connection } from './connection';
import { createRequestQueue, type LaneLimits } from './request-queue';
import { makeCommand, type InputOf, type OutputOf, type SdmCommandName } from './sdm-commands';
import { toSdmError } from './sdm-error';

/**
 * Priorities: what the operator is looking at right now (a detail page, a dialog) runs
 * before the rows on the current page, which run before the background fill of a fan-out.
 */
export const PRIORITY = {
  background: 0,
  /** Rows on screen; add a generation counter so the latest view wins (see raiseSdmPriority). */
  visible: 1_000,
  interactive: 1_000_000_000,
} as const;

/** The app's one request queue: every AWS call shares its per-command rate, concurrency and retry policy. */
export const sdmQueue = createRequestQueue();

// The demo build exposes the queue's counters to `npm run bench`; production builds drop this.
if (__SIMULATOR__ && typeof window !== 'undefined') {
  (window as unknown as { __SNOW_SCHEDULER__?: typeof sdmQueue }).__SNOW_SCHEDULER__ = sdmQueue;
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

function laneOf(connection: Connection, region: string, name: string): string {
  return `${connection.id}|${region}|${name}`;
}

export interface SdmCallOptions {
  priority?: number;
  signal?: AbortSignal;
  /** Called each time the request is sent (1, 2, … up to the retry budget). */
  onSend?: (send: number) => void;
}

/**
 * Sends an SDM command through the shared scheduler: the one place the dashboard calls the
 * SDK. Paced per connection, region and command; retried as retry-policy.ts says (the same
 * input, so a CreateTask keeps its clientToken); identical reads in flight share one call.
 * Rejects with an SdmError.
 */
export function scheduleSdm<N extends SdmCommandName>(
  connection: Connection,
  region: string,
  name: N,
  input: InputOf<N>,
  options: SdmCallOptions = {},
): Promise<OutputOf<N>> {
  const send = async (signal: AbortSignal): Promise<OutputOf<N>> => {
    try {
      // The registry guarantees the command and output types line up for N.
      const output = await sdmClient(connection, region).send(makeCommand(name, input), { abortSignal: signal });
      return output as unknown as OutputOf<N>;
    } catch (error) {
      throw toSdmError(error, name, region);
    }
  };
  return sdmQueue.schedule(laneOf(connection, region, name), send, {
    priority: options.priority ?? PRIORITY.interactive,
    signal: options.signal,
    key: isRead(name) ? inputKey(input) : undefined,
    limits: LANE_LIMITS[name],
    onSend: options.onSend,
  });
}

/** Moves a queued read up, e.g. when the operator pages to rows that are still waiting. */
export function raiseSdmPriority<N extends SdmCommandName>(connection: Connection, region: string, name: N, input: InputOf<N>, priority: number): boolean {
  return sdmQueue.raise(laneOf(connection, region, name), inputKey(input), priority);
}

type ListCommand = 'ListDevices' | 'ListTasks' | 'ListExecutions' | 'ListDeviceResources';

/**
 * Follows a list command's nextToken to the last page, each page a scheduled call (paced,
 * retried and prioritised like every other); `onPage` sees the items so far as pages arrive.
 */
export async function listAll<N extends ListCommand, K extends keyof OutputOf<N>>(
  connection: Connection,
  region: string,
  name: N,
  input: InputOf<N>,
  key: K,
  options: SdmCallOptions & { onPage?: (items: NonNullable<OutputOf<N>[K]>) => void } = {},
): Promise<NonNullable<OutputOf<N>[K]>> {
  const all: unknown[] = [];
  let nextToken: string | undefined;
  do {
    const page = await scheduleSdm(connection, region, name, { ...input, nextToken, maxResults: 100 }, options);
    all.push(...((page[key] ?? []) as unknown[]));
    options.onPage?.(all.slice() as NonNullable<OutputOf<N>[K]>);
    nextToken = (page as { nextToken?: string }).nextToken;
  } while (nextToken);
  return all as NonNullable<OutputOf<N>[K]>;
}

/** STS GetCallerIdentity for a connection, through the same queue (its own lane). */
export function scheduleCallerIdentity(connection: Connection, region: string, signal?: AbortSignal): Promise<{ Account?: string; Arn?: string }> {
  const send = async (abortSignal: AbortSignal) => {
    const { STSClient, GetCallerIdentityCommand } = await retryImport(() => import('@aws-sdk/client-sts'));
    const client = new STSClient({ region, credentials: connection.credentials, maxAttempts: 1 });
    try {
      return await client.send(new GetCallerIdentityCommand({}), { abortSignal });
    } catch (error) {
      // fetch() rejects with a TypeError when the network fails: a transient failure.
      throw error instanceof TypeError ? Object.assign(new Error(error.message), { name: 'NetworkError' }) : error;
    } finally {
      client.destroy();
    }
  };
  return sdmQueue.schedule(laneOf(connection, region, 'sts:GetCallerIdentity'), send, { priority: PRIORITY.interactive, signal, key: 'identity' });
}

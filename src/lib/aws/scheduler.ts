import type { LookupEventsCommandInput, LookupEventsCommandOutput } from '@aws-sdk/client-cloudtrail';
import { retryImport } from '../lazy-retry';
import { sdmClient } from './client';
import type { Connection } from './connection';
import { createRequestQueue, type LaneLimits } from './request-queue';
import type { InputOf, OutputOf, SdmCommandName } from './sdm-commands';
import { toSdmError } from './sdm-error';
import { inputKey, queuedSdmCall } from './sdm-send';

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

export { inputKey } from './sdm-send';

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
  const client = () => sdmClient(connection, region);
  return queuedSdmCall(sdmQueue, client, laneOf(connection, region, name), region, name, input, options, PRIORITY.interactive);
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

/**
 * CloudTrail's LookupEvents rate: "The rate of lookup requests is limited to two per second,
 * per account, per Region. If this limit is exceeded, a throttling error occurs." (AWS
 * CloudTrail API Reference, LookupEvents). One lane per connection and region, one request
 * in flight, never more than two sends in any second; throttling still waits and slows the
 * lane as for SDM (retry-policy.ts).
 */
export const CLOUDTRAIL_LANE: LaneLimits = { maxInFlight: 1, initialRate: 2, maxRate: 2 };

/**
 * Sends one CloudTrail LookupEvents page through the shared queue (its own lane per region,
 * at CloudTrail's rate); rejects with an SdmError naming LookupEvents. The CloudTrail SDK
 * loads with the first call, so views that never ask for the trail do not carry it.
 */
export function scheduleCloudTrail(
  connection: Connection,
  region: string,
  input: LookupEventsCommandInput,
  options: SdmCallOptions = {},
): Promise<LookupEventsCommandOutput> {
  const send = async (signal: AbortSignal): Promise<LookupEventsCommandOutput> => {
    try {
      const { cloudTrailClient, lookupEventsCommand } = await retryImport(() => import('./cloudtrail-client'));
      return await cloudTrailClient(connection, region).send(lookupEventsCommand(input), { abortSignal: signal });
    } catch (error) {
      throw toSdmError(error, 'LookupEvents', region);
    }
  };
  return sdmQueue.schedule(laneOf(connection, region, 'cloudtrail:LookupEvents'), send, {
    priority: options.priority ?? PRIORITY.interactive,
    signal: options.signal,
    key: inputKey(input),
    limits: CLOUDTRAIL_LANE,
    onSend: options.onSend,
  });
}

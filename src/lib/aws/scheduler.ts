import type { Connection } from './connection';
import type { InputOf, SdmCommandName, OutputOf } from './sdm-commands';
import { createRequestQueue } from './request-queue';
import { sendSdm } from './send';

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

/** The app's one request queue: every SDM call shares its per-operation rate and concurrency. */
export const sdmQueue = createRequestQueue();

// The demo build exposes the queue's counters to `npm run bench`; production builds drop this.
if (__SIMULATOR__ && typeof window !== 'undefined') {
  (window as unknown as { __SNOW_SCHEDULER__?: typeof sdmQueue }).__SNOW_SCHEDULER__ = sdmQueue;
}

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

function laneOf(connection: Connection, region: string, name: SdmCommandName): string {
  return `${connection.id}|${region}|${name}`;
}

/**
 * Sends an SDM operation through the shared scheduler: same signature and result as
 * sendSdm, plus a priority. Throttling is retried transparently with backoff; identical
 * reads in flight share one call.
 */
export function scheduleSdm<N extends SdmCommandName>(
  connection: Connection,
  region: string,
  name: N,
  input: InputOf<N>,
  options: { priority?: number; signal?: AbortSignal } = {},
): Promise<OutputOf<N>> {
  return sdmQueue.schedule(laneOf(connection, region, name), (signal) => sendSdm(connection, region, name, input, { signal }), {
    priority: options.priority ?? PRIORITY.interactive,
    signal: options.signal,
    key: isRead(name) ? inputKey(input) : undefined,
  });
}

/** Moves a queued read up, e.g. when the operator pages to rows that are still waiting. */
export function raiseSdmPriority<N extends SdmCommandName>(connection: Connection, region: string, name: N, input: InputOf<N>, priority: number): boolean {
  return sdmQueue.raise(laneOf(connection, region, name), inputKey(input), priority);
}

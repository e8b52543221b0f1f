import { FleetCacheWriter, readFleetCache, type CachedFleet } from '@/lib/fleet-cache';
import type { FleetRow, FleetSnapshot } from './fleet-types';
import type { SharedFleetStore } from './shared-fleet-store';

/** Whose fleet: the connection's kind, the account STS names, its regions. */
export interface FleetScope {
  kind: string;
  account: string;
  regions: readonly string[];
}

/** What a warm start read, for the writer that follows it. */
export type CachedEntries = ReadonlyMap<string, { chunks: readonly number[]; listedAt?: number }>;

/** The cache read waits this long at most before the fan-out starts without it. */
const READ_TIMEOUT_MS = 1_500;

/**
 * The warm start: the fleet as this browser cached it goes into the store at once (each row
 * marked as from the cache, with its describe time), before the fan-out refreshes it.
 */
export async function warmStart(store: SharedFleetStore, scope: FleetScope): Promise<CachedEntries> {
  const reads = Promise.all(scope.regions.map(async (region) => [region, await readFleetCache({ kind: scope.kind, account: scope.account, region })] as const));
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, READ_TIMEOUT_MS));
  const read = await Promise.race([reads, timeout]);
  const entries = new Map<string, { chunks: readonly number[]; listedAt?: number }>();
  if (!read) return entries;
  const rows: FleetRow[] = [];
  let listedAt: number | undefined;
  for (const [region, cached] of read as ReadonlyArray<readonly [string, CachedFleet | undefined]>) {
    if (!cached) continue;
    entries.set(region, { chunks: cached.chunks, listedAt: cached.listedAt });
    // The oldest listing speaks for the whole fleet.
    if (cached.listedAt !== undefined) listedAt = Math.min(listedAt ?? Infinity, cached.listedAt);
    for (const r of cached.rows) {
      rows.push({ key: `${region}|${r.managedDeviceId}`, region, managedDeviceId: r.managedDeviceId, summary: r.summary, detail: r.detail, detailAt: r.detailAt, fromCache: true });
    }
  }
  if (rows.length) store.seedFromCache(rows, listedAt);
  return entries;
}

/** Each region's listing time, once its listing finished. */
function listingTimes(snapshot: FleetSnapshot): Map<string, number | undefined> {
  return new Map(snapshot.regions.map((r) => [r.region, !r.listing && !r.error ? snapshot.listedAt : undefined]));
}

/** Keeps the cache up to date with the store (throttled, in chunks); returns the function that stops it. */
export function writeBehind(store: SharedFleetStore, scope: FleetScope, previous: CachedEntries): () => void {
  const writer = new FleetCacheWriter({ kind: scope.kind, account: scope.account, previous });
  const observe = () => {
    const snapshot = store.getSnapshot();
    writer.observe(snapshot.rows, listingTimes(snapshot));
  };
  const unsubscribe = store.subscribe(observe);
  observe();
  const hide = () => writer.flushNow();
  if (typeof window !== 'undefined') window.addEventListener('pagehide', hide);
  return () => {
    unsubscribe();
    writer.dispose();
    if (typeof window !== 'undefined') window.removeEventListener('pagehide', hide);
  };
}

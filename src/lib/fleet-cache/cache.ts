import { cacheBackend } from './backend';
import { chunkKey, entryKey, isChunk, isCurrentKey, isHead, isHeadKey, isMeta, META_KEY, CACHE_VERSION, type CacheScope, type CachedRow, type EntryHead } from './schema';

/** Entries kept at most (one per connection kind, account and region); the least recently written go first. */
export const MAX_ENTRIES = 8;

/** One region's cached fleet. */
export interface CachedFleet {
  rows: CachedRow[];
  listedAt?: number;
  writtenAt: number;
  /** The chunks the entry had: a writer replaces them. */
  chunks: number[];
}

/** What was removed or is held: devices, entries, estimated bytes. */
export interface CacheUsage {
  devices: number;
  entries: number;
  bytes: number;
}

// Storage errors (quota, private mode, a blocked upgrade) never reach the operator: the
// cache is an optimisation, the fleet is listed and described as without it.
async function quietly<T>(work: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await work();
  } catch {
    return fallback;
  }
}

let dropping: Promise<void> | undefined;

/** Drops every key of another schema version, once per page (later callers wait for that one pass). */
function dropOtherVersions(): Promise<void> {
  const db = cacheBackend();
  if (!db) return Promise.resolve();
  dropping ??= (async () => {
    const other = (await db.keys()).filter((k) => !isCurrentKey(k)).map(String);
    if (other.length) await db.delMany(other);
  })().catch(() => undefined);
  return dropping;
}

/**
 * Opens the cache's database and drops other versions' keys ahead of the first read: start-up
 * calls it while the rest of the dashboard loads, so that the fleet's first read (and with it
 * the first listing) does not wait for IndexedDB to open.
 */
export function prepareFleetCache(): void {
  void dropOtherVersions();
}

/** Reads a region's cached fleet; a malformed or other-version entry is dropped and reads as nothing. */
export function readFleetCache(scope: CacheScope): Promise<CachedFleet | undefined> {
  return quietly(async () => {
    const db = cacheBackend();
    if (!db) return undefined;
    await dropOtherVersions();
    const key = entryKey(scope);
    const [head] = await db.getMany([key]);
    if (head === undefined) return undefined;
    if (!isHead(head) || head.account !== scope.account || head.region !== scope.region) {
      await removeEntries([key]);
      return undefined;
    }
    const chunks = await db.getMany(head.chunks.map((n) => chunkKey(key, n)));
    const byId = new Map<string, CachedRow>();
    // A chunk that is missing or malformed loses its rows only: the listing brings them back.
    for (const c of chunks) if (isChunk(c)) for (const r of c.rows) byId.set(r.managedDeviceId, r);
    return { rows: [...byId.values()], listedAt: head.listedAt, writtenAt: head.writtenAt, chunks: head.chunks };
  }, undefined);
}

async function heads(): Promise<Array<[string, EntryHead]>> {
  const db = cacheBackend();
  if (!db) return [];
  const keys = (await db.keys()).filter(isCurrentKey).filter(isHeadKey);
  const values = await db.getMany(keys);
  return keys.flatMap((k, i) => (isHead(values[i]) ? [[k, values[i]] as [string, EntryHead]] : []));
}

/** Removes entries with their chunks. */
async function removeEntries(entries: string[]): Promise<void> {
  const db = cacheBackend();
  if (!db || entries.length === 0) return;
  const all = (await db.keys()).filter(isCurrentKey);
  await db.delMany(all.filter((k) => entries.some((e) => k === e || k.startsWith(`${e}#`))));
}

/** Writes a head, then keeps at most MAX_ENTRIES entries (the least recently written go). */
export function writeHead(key: string, head: EntryHead, since: number): Promise<void> {
  return quietly(async () => {
    const db = cacheBackend();
    if (!db || since !== epoch) return;
    await db.set(key, head);
    const all = (await heads()).sort(([, a], [, b]) => b.writtenAt - a.writtenAt);
    await removeEntries(all.slice(MAX_ENTRIES).map(([k]) => k));
  }, undefined);
}

/** Writes one chunk of an entry, or deletes it when empty. */
export function writeChunk(key: string, n: number, rows: CachedRow[], since: number): Promise<void> {
  return quietly(async () => {
    const db = cacheBackend();
    if (!db || since !== epoch) return;
    if (rows.length === 0) await db.delMany([chunkKey(key, n)]);
    else await db.set(chunkKey(key, n), { version: CACHE_VERSION, rows });
  }, undefined);
}

/** Deletes chunks an entry no longer uses. */
export function deleteChunks(key: string, chunks: number[]): Promise<void> {
  return quietly(async () => {
    const db = cacheBackend();
    if (db && chunks.length) await db.delMany(chunks.map((n) => chunkKey(key, n)));
  }, undefined);
}

/** How much the cache holds. */
export function cacheUsage(): Promise<CacheUsage> {
  return quietly(async () => {
    const all = await heads();
    return { entries: all.length, devices: all.reduce((s, [, h]) => s + h.rows, 0), bytes: all.reduce((s, [, h]) => s + h.bytes, 0) };
  }, { entries: 0, devices: 0, bytes: 0 });
}

// ——— clearing ———

let epoch = 0;
const CHANNEL = `snow-dashboard-fleet-cache/v${CACHE_VERSION}`;
// Pages only: outside a browser nothing else writes the cache.
const channel = typeof window === 'undefined' || typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);
// Another tab forgot the cache: this tab's writers stop too, or they would write it again.
channel?.addEventListener('message', () => void epoch++);

/** The current clearing epoch: writes made for an earlier one (`since`) are refused. */
export function cacheEpoch(): number {
  return epoch;
}

/** Removes every cached fleet, in this tab's and every other tab's writers too; says how much went. */
export function clearFleetCache(): Promise<CacheUsage> {
  epoch++;
  channel?.postMessage('cleared');
  return quietly(async () => {
    const db = cacheBackend();
    if (!db) return { entries: 0, devices: 0, bytes: 0 };
    const usage = await cacheUsage();
    const all = await db.keys();
    if (all.length) await db.delMany(all.map(String));
    return usage;
  }, { entries: 0, devices: 0, bytes: 0 });
}

/**
 * The cache is for one account at a time: a connection to another account clears it
 * before anything of its own is read or written.
 */
export function claimAccount(account: string): Promise<void> {
  return quietly(async () => {
    const db = cacheBackend();
    if (!db) return;
    await dropOtherVersions();
    const [meta] = await db.getMany([META_KEY]);
    if (isMeta(meta) && meta.account === account) return;
    // Another account's fleet, or entries whose account is unknown: none of it stays.
    const all = await db.keys();
    if (all.length) await db.delMany(all.map(String));
    await db.set(META_KEY, { version: CACHE_VERSION, account });
  }, undefined);
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SIMULATED_CREDENTIALS } from '@/lib/aws/connection';
import { setCacheBackend } from './backend';
import { cacheUsage, claimAccount, clearFleetCache, MAX_ENTRIES, readFleetCache } from './cache';
import { memoryBackend } from './test-backend';
import { FleetCacheWriter, type CacheableRow } from './writer';

const scope = { kind: 'temporary', account: '111122223333', region: 'us-west-2' };
const row = (i: number, region = 'us-west-2'): CacheableRow => ({
  region,
  managedDeviceId: `smd-${String(i).padStart(6, '0')}`,
  summary: { managedDeviceId: `smd-${String(i).padStart(6, '0')}`, tags: { Name: `dev ${i}` } },
  detail: { managedDeviceId: `smd-${i}`, deviceState: 'LOCKED', lastReachedOutAt: new Date(1_700_000_000_000), $metadata: { requestId: 'req-1', httpStatusCode: 200 } } as CacheableRow['detail'],
  detailAt: 1_700_000_000_000 + i,
});
const listed = (at: number | undefined, region = 'us-west-2') => new Map([[region, at]]);

let db: ReturnType<typeof memoryBackend>;
beforeEach(() => {
  vi.useFakeTimers();
  db = memoryBackend();
  setCacheBackend(db);
});
afterEach(() => vi.useRealTimers());

/** Writes rows through a writer and lets its throttled flush run. */
async function write(rows: CacheableRow[], o: Partial<ConstructorParameters<typeof FleetCacheWriter>[0]> = {}, at = 1_700_000_500_000) {
  const w = new FleetCacheWriter({ kind: scope.kind, account: scope.account, flushMs: 1_000, pause: async () => {}, ...o });
  w.observe(rows, listed(at, rows[0]?.region));
  await vi.advanceTimersByTimeAsync(1_100);
  return w;
}

describe('fleet cache', () => {
  it('writes rows in chunks behind a throttle and reads them back with their describe time', async () => {
    const rows = Array.from({ length: 600 }, (_, i) => row(i));
    const w = new FleetCacheWriter({ kind: scope.kind, account: scope.account, flushMs: 3_000, chunkRows: 250, pause: async () => {} });
    for (let i = 0; i < 5; i++) w.observe(rows, listed(42));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(db.data.size).toBe(0); // nothing before the throttle allows
    await vi.advanceTimersByTimeAsync(1_100);
    expect([...db.data.keys()].sort()).toEqual(['v1/temporary/111122223333/us-west-2', 'v1/temporary/111122223333/us-west-2#0', 'v1/temporary/111122223333/us-west-2#1', 'v1/temporary/111122223333/us-west-2#2']);
    const back = await readFleetCache(scope);
    expect(back?.rows).toHaveLength(600);
    expect(back?.listedAt).toBe(42);
    expect(back?.rows[7]).toMatchObject({ managedDeviceId: 'smd-000007', detailAt: 1_700_000_000_007, detail: { deviceState: 'LOCKED', lastReachedOutAt: new Date(1_700_000_000_000) } });

    // One changed row rewrites its chunk only; a device the listing no longer has leaves.
    const changed = [...rows.slice(0, 599)];
    changed[3] = { ...row(3), detail: { managedDeviceId: 'smd-3', deviceState: 'UNLOCKED' } };
    const before = new Map(db.data);
    w.observe(changed, listed(43));
    await vi.advanceTimersByTimeAsync(3_100);
    expect(db.data.get('v1/temporary/111122223333/us-west-2#1')).toBe(before.get('v1/temporary/111122223333/us-west-2#1'));
    const again = await readFleetCache(scope);
    expect(again?.rows).toHaveLength(599);
    expect(again?.rows.find((r) => r.managedDeviceId === 'smd-000003')?.detail?.deviceState).toBe('UNLOCKED');
  });

  it('stores nothing secret: only device facts under the kind, account and region', async () => {
    await claimAccount(scope.account);
    await write([row(1), row(2)]);
    const text = JSON.stringify([...db.data]);
    for (const secret of Object.values(SIMULATED_CREDENTIALS)) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/accessKeyId|secretAccessKey|sessionToken|credentials|requestId|\$metadata/i);
    for (const key of db.data.keys()) expect(key).toMatch(/^v1\/(meta|temporary\/111122223333\/us-west-2(#\d+)?)$/);
    expect(db.data.get('v1/meta')).toEqual({ version: 1, account: '111122223333' });
  });

  it('drops entries of another version or shape instead of reading them', async () => {
    await write([row(1)]);
    db.data.set('v0/temporary/111122223333/us-west-2', { rows: ['old'] });
    const head = db.data.get('v1/temporary/111122223333/us-west-2') as Record<string, unknown>;
    expect(await readFleetCache(scope)).toBeDefined();
    db.data.set('v1/temporary/111122223333/us-west-2', { ...head, version: 2 });
    // A new page: the version check runs again.
    vi.resetModules();
    const fresh = await import('./cache');
    (await import('./backend')).setCacheBackend(db);
    expect(await fresh.readFleetCache(scope)).toBeUndefined();
    expect([...db.data.keys()]).toEqual([]);
  });

  it('is bounded: rows per entry and entries in all, the least recently written going first', async () => {
    await write(Array.from({ length: 30 }, (_, i) => row(i)), { maxRows: 20, chunkRows: 8 });
    const back = await readFleetCache(scope);
    expect(back?.rows).toHaveLength(20);
    expect(db.data.get('v1/temporary/111122223333/us-west-2')).toMatchObject({ rows: 20, truncated: true });

    const regions = Array.from({ length: MAX_ENTRIES + 2 }, (_, i) => `eu-west-${i + 1}`);
    for (const region of regions) {
      await write([row(1, region)]);
      await vi.advanceTimersByTimeAsync(10);
    }
    const usage = await cacheUsage();
    expect(usage.entries).toBe(MAX_ENTRIES);
    expect(await readFleetCache(scope)).toBeUndefined(); // the oldest went first
    expect(await readFleetCache({ ...scope, region: regions.at(-1)! })).toBeDefined();
  });

  it('is cleared on demand, says how much went, and a writer made before writes nothing more', async () => {
    const w = await write(Array.from({ length: 10 }, (_, i) => row(i)));
    expect(await clearFleetCache()).toMatchObject({ devices: 10, entries: 1 });
    expect(db.data.size).toBe(0);
    w.observe([row(99)], listed(1));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(db.data.size).toBe(0);
  });

  it('belongs to one account: another account clears it', async () => {
    await claimAccount(scope.account);
    await write([row(1)]);
    await claimAccount(scope.account);
    expect(await readFleetCache(scope)).toBeDefined();
    await claimAccount('444455556666');
    expect(await readFleetCache(scope)).toBeUndefined();
    expect([...db.data.keys()]).toEqual(['v1/meta']);
  });
});

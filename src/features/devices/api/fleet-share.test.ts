import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { simulatedConnection, type Connection } from '@/lib/aws/connection';
import { claimAccount, FleetCacheWriter } from '@/lib/fleet-cache';
import { setCacheBackend } from '@/lib/fleet-cache/backend';
import { memoryBackend } from '@/lib/fleet-cache/test-backend';
import type { ChannelLike } from './fleet-channel';
import type { LocksLike } from './fleet-leader';

const DEVICES = 6;
type Call = { connection: Connection; name: string; id?: string; priority?: number };
const calls: Call[] = [];
const raised: Array<{ connection: Connection; id: string }> = [];
const lanes = new Map<Connection, Promise<unknown>>();

// A fake scheduler: one region, DEVICES devices in pages of 3; DescribeDevice one at a time, 100 ms each.
vi.mock('@/lib/aws/scheduler', () => ({
  PRIORITY: { background: 0, visible: 1000, interactive: 1e9 },
  raiseSdmPriority: (connection: Connection, _r: string, _n: string, input: { managedDeviceId: string }) => raised.push({ connection, id: input.managedDeviceId }),
  scheduleSdm: vi.fn(async (connection: Connection, _region: string, name: string, input: Record<string, unknown>, o: { priority?: number; signal?: AbortSignal } = {}) => {
    calls.push({ connection, name, id: input.managedDeviceId as string | undefined, priority: o.priority });
    // One DescribeDevice at a time per tab, as a rate limit would have it.
    const turn = name === 'DescribeDevice' ? (lanes.get(connection) ?? Promise.resolve()).then(() => new Promise((r) => setTimeout(r, 100))) : new Promise((r) => setTimeout(r, 10));
    if (name === 'DescribeDevice') lanes.set(connection, turn);
    await turn;
    if (o.signal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
    if (name === 'ListDevices') {
      const from = input.nextToken ? Number(input.nextToken) : 0;
      const ids = Array.from({ length: Math.min(3, DEVICES - from) }, (_, i) => `smd-${from + i}`);
      return { devices: ids.map((managedDeviceId) => ({ managedDeviceId })), nextToken: from + 3 < DEVICES ? String(from + 3) : undefined };
    }
    return { managedDeviceId: input.managedDeviceId, deviceState: 'UNLOCKED' };
  }),
}));

const { SharedFleetStore } = await import('./shared-fleet-store');
const { FleetShare } = await import('./fleet-share');

/** Web Locks as the browser keeps them: one holder per name, a queue, ifAvailable, abort. */
class FakeLocks implements LocksLike {
  private held = new Set<string>();
  private queues = new Map<string, Array<() => void>>();
  async request(name: string, o: { ifAvailable?: boolean; signal?: AbortSignal }, cb: (lock: unknown) => Promise<unknown>) {
    if (this.held.has(name)) {
      if (o.ifAvailable) return cb(null);
      await new Promise<void>((resolve, reject) => {
        const q = this.queues.get(name) ?? [];
        this.queues.set(name, q);
        q.push(resolve);
        o.signal?.addEventListener('abort', () => {
          q.splice(q.indexOf(resolve), 1);
          reject(Object.assign(new Error('aborted'), { name: 'AbortError' }));
        });
      });
    }
    this.held.add(name);
    try {
      return await cb({ name });
    } finally {
      const next = this.queues.get(name)?.shift();
      if (next) next();
      else this.held.delete(name);
    }
  }
}

/** BroadcastChannel: every other open channel of the name gets a structured clone, in a later task. */
class FakeHub {
  readonly open = new Set<FakeChannel>();
  messages: Array<{ t: string; rows?: unknown[] }> = [];
  channel = (name: string): ChannelLike => new FakeChannel(this, name);
}
class FakeChannel implements ChannelLike {
  private listeners: Array<(e: MessageEvent) => void> = [];
  constructor(private hub: FakeHub, readonly name: string) {
    hub.open.add(this);
  }
  postMessage(m: unknown) {
    const data = structuredClone(m);
    this.hub.messages.push(data as { t: string });
    for (const c of this.hub.open) if (c !== this && c.name === this.name) setTimeout(() => c.listeners.forEach((l) => l({ data } as MessageEvent)), 0);
  }
  addEventListener(_t: 'message', l: (e: MessageEvent) => void) {
    this.listeners.push(l);
  }
  close() {
    this.hub.open.delete(this);
  }
}

const OPTIONS = { staleTime: 30_000, flushMs: 50, slowFlushMs: 200, listingPauseMs: 0 };

function tab(hub: FakeHub, locks: LocksLike | undefined, id: string) {
  // Each tab has its own connection object (and clients), as two pages do.
  const connection = simulatedConnection(['us-west-2']);
  const store = new SharedFleetStore(connection, new QueryClient(), OPTIONS);
  new FleetShare(store, { kind: 'simulated', regions: connection.regions, account: async () => '123456789012', locks, openChannel: hub.channel, tabId: id });
  store.start();
  const describes = () => calls.filter((c) => c.connection === connection && c.name === 'DescribeDevice').length;
  const sends = () => calls.filter((c) => c.connection === connection).length;
  return { connection, store, describes, sends };
}

describe('one fan-out for every tab', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    calls.length = 0;
    raised.length = 0;
    setCacheBackend(memoryBackend());
  });
  afterEach(() => vi.useRealTimers());

  it('elects one leader; a follower gets every row and sends nothing to the service', async () => {
    const hub = new FakeHub();
    const locks = new FakeLocks();
    const a = tab(hub, locks, 'a');
    await vi.advanceTimersByTimeAsync(5);
    const b = tab(hub, locks, 'b');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(a.describes()).toBe(DEVICES);
    expect(b.sends()).toBe(0);
    const rows = b.store.getSnapshot().rows;
    expect(rows.map((r) => r.managedDeviceId)).toEqual(['smd-0', 'smd-1', 'smd-2', 'smd-3', 'smd-4', 'smd-5']);
    expect(rows.every((r) => r.detail?.deviceState === 'UNLOCKED')).toBe(true);
    expect(b.store.getSnapshot()).toMatchObject({ waiting: 0, pending: 0, regions: [{ region: 'us-west-2', listing: false, devices: DEVICES }] });
    // Row batches travel as the publisher makes them: a handful of messages, not one per row.
    expect(hub.messages.filter((m) => m.t === 'rows').length).toBeLessThan(DEVICES * 2);

    // A follower that joins later gets the current rows at once.
    const c = tab(hub, locks, 'c');
    await vi.advanceTimersByTimeAsync(100);
    expect(c.store.getSnapshot().rows).toHaveLength(DEVICES);
    expect(c.sends()).toBe(0);

    // A follower's refresh runs in the leader, and the rows come back to it.
    b.store.refreshRows(['us-west-2|smd-4'], 'visible', 0);
    await vi.advanceTimersByTimeAsync(400);
    expect(a.describes()).toBe(DEVICES + 1);
    expect(b.sends()).toBe(0);
    expect(b.store.getSnapshot().rows.find((r) => r.managedDeviceId === 'smd-4')!.detailAt).toBeGreaterThan(rows.find((r) => r.managedDeviceId === 'smd-4')!.detailAt!);
  });

  it("puts the rows a follower shows first in the leader's queue", async () => {
    const hub = new FakeHub();
    const locks = new FakeLocks();
    const a = tab(hub, locks, 'a');
    await vi.advanceTimersByTimeAsync(5);
    const b = tab(hub, locks, 'b');
    b.store.setVisible(['us-west-2|smd-5']);
    await vi.advanceTimersByTimeAsync(3_000);
    const described = calls.filter((c) => c.connection === a.connection && c.name === 'DescribeDevice');
    const five = described.find((c) => c.id === 'smd-5');
    // Either it was queued at the rows-on-screen priority, or its queued read was raised to it.
    expect(five?.priority === 1000 + 1 || raised.some((r) => r.connection === a.connection && r.id === 'smd-5')).toBe(true);
  });

  it('hands over to a follower when the leader closes, which describes only what is missing', async () => {
    const hub = new FakeHub();
    const locks = new FakeLocks();
    const a = tab(hub, locks, 'a');
    await vi.advanceTimersByTimeAsync(5);
    const b = tab(hub, locks, 'b');
    // The leader describes one device at a time here (100 ms each): close it half-way.
    await vi.advanceTimersByTimeAsync(250);
    const described = b.store.getSnapshot().rows.filter((r) => r.detail).length;
    expect(described).toBeGreaterThan(0);
    expect(b.sends()).toBe(0);
    a.store.dispose(); // the tab closes: its lock is released
    await vi.advanceTimersByTimeAsync(3_000);
    const snap = b.store.getSnapshot();
    expect(snap.rows).toHaveLength(DEVICES);
    expect(snap.waiting).toBe(0);
    expect(snap.rows.every((r) => r.detail)).toBe(true);
    expect(b.describes()).toBeLessThanOrEqual(DEVICES - described);
    expect(b.describes()).toBeGreaterThan(0);
  });

  it('runs its own fan-out where Web Locks are missing', async () => {
    const hub = new FakeHub();
    const a = tab(hub, undefined, 'a');
    const b = tab(hub, undefined, 'b');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(a.describes()).toBe(DEVICES);
    expect(b.describes()).toBe(DEVICES);
  });

  it('starts from the cache at once, marks those rows, and refreshes them', async () => {
    const first = tab(new FakeHub(), undefined, 'a');
    await vi.advanceTimersByTimeAsync(5_000); // described, and written behind (3 s throttle)
    first.store.dispose();
    calls.length = 0;
    const again = tab(new FakeHub(), undefined, 'b');
    await vi.advanceTimersByTimeAsync(1);
    const shown = again.store.getSnapshot();
    expect(shown.rows).toHaveLength(DEVICES);
    expect(shown.rows.every((r) => r.fromCache && r.detail?.deviceState === 'UNLOCKED' && r.detailAt)).toBe(true);
    expect(shown).toMatchObject({ fromCache: DEVICES, waiting: 0 });
    expect(shown.cachedListedAt).toBeGreaterThan(0);
    await vi.advanceTimersByTimeAsync(3_000);
    const refreshed = again.store.getSnapshot();
    expect(refreshed.fromCache).toBe(0);
    expect(refreshed.rows.some((r) => r.fromCache)).toBe(false);
    expect(again.describes()).toBe(DEVICES);
  });

  it('lists at once while the cache is read, and takes from it only what the listing may still confirm', async () => {
    // A cache of the same fleet and one device the service no longer lists, read slowly.
    const backend = memoryBackend();
    setCacheBackend(backend);
    await claimAccount('123456789012');
    const writer = new FleetCacheWriter({ kind: 'simulated', account: '123456789012', previous: new Map() });
    const cached = ['smd-0', 'smd-1', 'smd-2', 'smd-3', 'smd-4', 'smd-5', 'smd-gone'].map((managedDeviceId) => ({
      region: 'us-west-2', managedDeviceId, summary: { managedDeviceId }, detail: { managedDeviceId, deviceState: 'LOCKED' as const }, detailAt: 1_000,
    }));
    writer.observe(cached, new Map([['us-west-2', 500]]));
    writer.flushNow();
    await vi.advanceTimersByTimeAsync(10);
    writer.dispose();
    const getMany = backend.getMany;
    let read = false;
    backend.getMany = async (keys) => {
      await new Promise((r) => setTimeout(r, 150));
      read = true;
      return getMany(keys);
    };

    const t = tab(new FakeHub(), undefined, 'a');
    await vi.advanceTimersByTimeAsync(30);
    // The listing went out (and finished: two pages of 10 ms) before the cache was read.
    expect(read).toBe(false);
    expect(calls.filter((c) => c.connection === t.connection && c.name === 'ListDevices')).toHaveLength(2);
    // Claiming the cache for the account, then reading its head and its rows: three slow reads.
    await vi.advanceTimersByTimeAsync(440);
    const seeded = t.store.getSnapshot();
    expect(read).toBe(true);
    expect(seeded.cachedListedAt).toBe(500);
    // The device the finished listing did not return stays out; the rest were described or came from the cache.
    expect(seeded.rows.map((r) => r.managedDeviceId).sort()).toEqual(['smd-0', 'smd-1', 'smd-2', 'smd-3', 'smd-4', 'smd-5']);
    expect(seeded.rows.some((r) => r.fromCache)).toBe(true);
    expect(seeded.rows.every((r) => r.detail)).toBe(true);
    await vi.advanceTimersByTimeAsync(3_000);
    const refreshed = t.store.getSnapshot();
    expect(refreshed.fromCache).toBe(0);
    expect(refreshed.rows.every((r) => r.detail?.deviceState === 'UNLOCKED')).toBe(true);
  });
});

import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { simulatedConnection } from '@/lib/aws/connection';
import { sdmKey } from '@/lib/aws/query';

type Call = { region: string; name: string; input: Record<string, unknown>; priority?: number };
const calls: Call[] = [];
const raised: string[] = [];
let failRegion: string | undefined;
let describeMs = 10;

// A fake scheduler: two ListDevices pages per region, DescribeDevice answers with the id.
vi.mock('@/lib/aws/scheduler', () => ({
  PRIORITY: { background: 0, visible: 1000, interactive: 1e9 },
  raiseSdmPriority: (_c: unknown, _r: string, _n: string, input: { managedDeviceId: string }) => raised.push(input.managedDeviceId),
  scheduleSdm: vi.fn(async (_c: unknown, region: string, name: string, input: Record<string, unknown>, o: { priority?: number } = {}) => {
    calls.push({ region, name, input, priority: o.priority });
    await new Promise((r) => setTimeout(r, name === 'DescribeDevice' ? describeMs : 10));
    if (name === 'ListDevices') {
      if (region === failRegion) throw Object.assign(new Error('denied'), { name: 'AccessDeniedException' });
      const page = input.nextToken ? 2 : 1;
      return {
        devices: [1, 2].map((i) => ({ managedDeviceId: `smd-${region}-${page}${i}` })),
        nextToken: page === 1 ? 'p2' : undefined,
      };
    }
    return { managedDeviceId: input.managedDeviceId, deviceState: 'LOCKED' };
  }),
}));

const { FleetStore } = await import('./fleet-store');
const { fleetStore } = await import('./fleet-store-registry');
const { setConnection } = await import('@/lib/aws/connection-store');

describe('FleetStore', () => {
  const connection = simulatedConnection(['us-west-2', 'eu-west-1']);
  beforeEach(() => {
    vi.useFakeTimers();
    calls.length = 0;
    raised.length = 0;
    failRegion = undefined;
    describeMs = 10;
  });
  afterEach(() => vi.useRealTimers());

  it('lists every region to the last page, describes every device once and fills the query cache', async () => {
    const qc = new QueryClient();
    const store = new FleetStore(connection, qc, { staleTime: 30_000, flushMs: 100, slowFlushMs: 1_000, listingPauseMs: 0 });
    const notified = vi.fn();
    store.subscribe(notified);
    // Before it starts, nothing is known to be complete: every region reads as listing, not as empty.
    expect(store.getSnapshot().regions.map((r) => r.listing)).toEqual([true, true]);
    store.start();
    store.start(); // idempotent
    await vi.advanceTimersByTimeAsync(15);
    expect(store.getSnapshot().rows.map((r) => r.managedDeviceId)).toEqual(['smd-us-west-2-11', 'smd-us-west-2-12', 'smd-eu-west-1-11', 'smd-eu-west-1-12']);
    await vi.advanceTimersByTimeAsync(2_500);
    const snap = store.getSnapshot();
    expect(snap.rows).toHaveLength(8);
    expect(snap.waiting).toBe(0);
    expect(snap.regions.map((r) => r.listing)).toEqual([false, false]);
    expect(snap.rows.every((r) => r.detail?.deviceState === 'LOCKED')).toBe(true);
    expect(calls.filter((c) => c.name === 'DescribeDevice')).toHaveLength(8);
    const cached = qc.getQueryData(sdmKey('DescribeDevice', { managedDeviceId: 'smd-eu-west-1-22' }, connection, 'eu-west-1'));
    expect(cached).toMatchObject({ deviceState: 'LOCKED' });
    // Batched: far fewer snapshots than answers.
    expect(notified.mock.calls.length).toBeLessThan(12);
  });

  it('uses fresh cached descriptions instead of calling again, and raises rows on screen', async () => {
    const qc = new QueryClient();
    qc.setQueryData(sdmKey('DescribeDevice', { managedDeviceId: 'smd-us-west-2-11' }, connection, 'us-west-2'), { deviceState: 'UNLOCKED' });
    const store = new FleetStore(connection, qc, { staleTime: 30_000, flushMs: 100, slowFlushMs: 1_000, listingPauseMs: 0 });
    store.start();
    await vi.advanceTimersByTimeAsync(15);
    store.setVisible(['us-west-2|smd-us-west-2-12']);
    await vi.advanceTimersByTimeAsync(2_500);
    expect(calls.some((c) => c.input.managedDeviceId === 'smd-us-west-2-11')).toBe(false);
    expect(store.getSnapshot().rows[0]?.detail?.deviceState).toBe('UNLOCKED');
    expect(raised).toEqual(['smd-us-west-2-12']);
  });

  it('keeps other regions when one region fails, and retries that region', async () => {
    failRegion = 'eu-west-1';
    const store = new FleetStore(connection, new QueryClient(), { staleTime: 30_000, flushMs: 100, slowFlushMs: 1_000, listingPauseMs: 0 });
    store.start();
    await vi.advanceTimersByTimeAsync(2_500);
    const snap = store.getSnapshot();
    expect(snap.rows.map((r) => r.region)).toEqual(['us-west-2', 'us-west-2', 'us-west-2', 'us-west-2']);
    expect(snap.regions.find((r) => r.region === 'eu-west-1')?.error).toMatchObject({ name: 'AccessDeniedException' });
    failRegion = undefined;
    store.retryRegion('eu-west-1');
    await vi.advanceTimersByTimeAsync(2_500);
    expect(store.getSnapshot().rows).toHaveLength(8);
    expect(store.getSnapshot().regions.every((r) => !r.error)).toBe(true);
  });

  it('lists its next page once the rows on screen are described, not while they are', async () => {
    const store = new FleetStore(simulatedConnection(['us-west-2']), new QueryClient(), { staleTime: 30_000, flushMs: 100, slowFlushMs: 1_000, listingPauseMs: 1_000 });
    describeMs = 200;
    store.setVisible(['us-west-2|smd-us-west-2-11', 'us-west-2|smd-us-west-2-12']);
    store.start();
    // First page at 10 ms; its rows are described at about 210 ms.
    await vi.advanceTimersByTimeAsync(150);
    expect(calls.filter((c) => c.name === 'ListDevices')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(calls.filter((c) => c.name === 'ListDevices')).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(store.getSnapshot().rows).toHaveLength(4);
  });

  it('publishes at once when the last row on screen is described, not at the next batch', async () => {
    const store = new FleetStore(simulatedConnection(['us-west-2']), new QueryClient(), { staleTime: 30_000, flushMs: 1_000, slowFlushMs: 5_000, listingPauseMs: 0 });
    describeMs = 200;
    store.setVisible(['us-west-2|smd-us-west-2-11', 'us-west-2|smd-us-west-2-12']);
    store.start();
    // Listed (and published) by 20 ms; the descriptions answer at about 210 ms; the batch delay is a second.
    await vi.advanceTimersByTimeAsync(300);
    const visible = store.getSnapshot().rows.filter((r) => r.managedDeviceId.endsWith('-11') || r.managedDeviceId.endsWith('-12'));
    expect(visible.map((r) => r.detail?.deviceState)).toEqual(['LOCKED', 'LOCKED']);
  });

  it('is kept for its connection, and dropped with it', () => {
    const qc = new QueryClient();
    setConnection(connection);
    const store = fleetStore(connection, qc);
    expect(fleetStore(connection, qc)).toBe(store);
    const dispose = vi.spyOn(store, 'dispose');
    setConnection(null);
    expect(dispose).toHaveBeenCalled();
    expect(fleetStore(connection, qc)).not.toBe(store);
  });
});

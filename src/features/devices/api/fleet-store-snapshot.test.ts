import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { simulatedConnection, type Connection } from '@/lib/aws/connection';
import { sdmKey } from '@/lib/aws/query';

type Call = { region: string; name: string; input: Record<string, unknown> };
const calls: Call[] = [];
const WRITTEN = Date.UTC(2026, 11, 1, 10, 0);

// A fake scheduler: one ListDevices page per region, DescribeDevice answers with the id.
vi.mock('@/lib/aws/scheduler', () => ({
  PRIORITY: { background: 0, visible: 1000, interactive: 1e9 },
  raiseSdmPriority: () => false,
  scheduleSdm: vi.fn(async (_c: unknown, region: string, name: string, input: Record<string, unknown>) => {
    calls.push({ region, name, input });
    await new Promise((r) => setTimeout(r, 10));
    if (name === 'ListDevices') return { devices: [1, 2].map((i) => ({ managedDeviceId: `smd-${region}-${i}` })) };
    return { managedDeviceId: input.managedDeviceId, deviceState: 'UNLOCKED' };
  }),
}));

// us-west-2 has a snapshot of three devices (one the Lambda could not describe); eu-west-1's is too old.
vi.mock('@/lib/aws/snapshot-reader', () => ({
  readFleetSnapshot: vi.fn(async (_c: unknown, region: string) => {
    await new Promise((r) => setTimeout(r, 5));
    if (region === 'eu-west-1') return { ok: false, problem: 'it was written 90 minutes ago' };
    const devices = [1, 2, 3].map((i) => ({
      summary: { managedDeviceId: `smd-snap-${i}` },
      ...(i === 3 ? { error: { name: 'InternalServerException', message: 'x' } } : { detail: { managedDeviceId: `smd-snap-${i}`, deviceState: 'LOCKED' }, describedAt: WRITTEN - i }),
    }));
    return { ok: true, snapshot: { region, writtenAt: WRITTEN, listedAt: WRITTEN - 100, devices } };
  }),
}));

const { SharedFleetStore: FleetStore } = await import('./shared-fleet-store');

describe('FleetStore with the shared snapshot', () => {
  const connection: Connection = { ...simulatedConnection(['us-west-2', 'eu-west-1']), snapshot: { bucket: 'b-site', region: 'us-west-2', prefix: 'fleet-snapshot/', intervalMinutes: 5 } };
  beforeEach(() => {
    vi.useFakeTimers();
    calls.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('shows the snapshot rows at once, describes only rows on screen (and the one it lacked), and lists a region without a usable snapshot', async () => {
    const qc = new QueryClient();
    const store = new FleetStore(connection, qc, { staleTime: 30_000, flushMs: 100, slowFlushMs: 1_000, listingPauseMs: 0 });
    store.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getSnapshot().regions.every((r) => r.listing)).toBe(true);
    await vi.advanceTimersByTimeAsync(2_000);
    const snap = store.getSnapshot();
    const west = snap.rows.filter((r) => r.region === 'us-west-2');
    // smd-snap-3, which the Lambda could not describe, is described here; the others keep the snapshot's description and time.
    expect(west.map((r) => [r.managedDeviceId, r.detail?.deviceState, r.detailAt])).toEqual([
      ['smd-snap-1', 'LOCKED', WRITTEN - 1],
      ['smd-snap-2', 'LOCKED', WRITTEN - 2],
      ['smd-snap-3', 'UNLOCKED', expect.any(Number)],
    ]);
    expect(snap.sharedSnapshot).toEqual({ writtenAt: WRITTEN, problems: [{ region: 'eu-west-1', problem: 'it was written 90 minutes ago' }] });
    // The device page finds the snapshot's description, dated as old as it is.
    expect(qc.getQueryState(sdmKey('DescribeDevice', { managedDeviceId: 'smd-snap-1' }, connection, 'us-west-2'))?.dataUpdatedAt).toBe(WRITTEN - 1);
    const describes = (region: string) => calls.filter((c) => c.name === 'DescribeDevice' && c.region === region).map((c) => c.input.managedDeviceId);
    expect(calls.filter((c) => c.name === 'ListDevices').map((c) => c.region)).toEqual(['eu-west-1']);
    expect(describes('us-west-2')).toEqual(['smd-snap-3']);
    expect(describes('eu-west-1')).toEqual(['smd-eu-west-1-1', 'smd-eu-west-1-2']);

    // A row coming on screen is described again; one already fresh is not.
    store.setVisible(['us-west-2|smd-snap-1', 'us-west-2|smd-snap-3']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(describes('us-west-2')).toEqual(['smd-snap-3', 'smd-snap-1']);
    expect(store.getSnapshot().rows.find((r) => r.key === 'us-west-2|smd-snap-1')?.detail?.deviceState).toBe('UNLOCKED');

    // Refresh re-describes the whole fleet from the service; the rows no longer say "from the snapshot".
    store.refresh();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(calls.filter((c) => c.name === 'ListDevices').map((c) => c.region).sort()).toEqual(['eu-west-1', 'eu-west-1', 'us-west-2']);
    expect(store.getSnapshot().sharedSnapshot).toBeUndefined();
    store.dispose();
  });
});

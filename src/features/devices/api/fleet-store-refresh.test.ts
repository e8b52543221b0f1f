import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { simulatedConnection } from '@/lib/aws/connection';
import { completeReauthentication } from '@/lib/aws/connection-reauth';
import { announceDeviceChange } from '@/lib/device-refresh';

type Call = { region: string; name: string; id?: unknown; priority?: number };
const calls: Call[] = [];
/** Device ids whose DescribeDevice fails; `all` fails every one. */
const failing = new Set<string>();
let failAll = false;
let failListing = false;
const state = new Map<string, string>();

// A fake scheduler: one region of four devices on one page; DescribeDevice answers the device's state.
vi.mock('@/lib/aws/scheduler', () => ({
  PRIORITY: { background: 0, visible: 1000, interactive: 1e9 },
  raiseSdmPriority: () => true,
  scheduleSdm: vi.fn(async (_c: unknown, region: string, name: string, input: Record<string, unknown>, o: { priority?: number } = {}) => {
    calls.push({ region, name, id: input.managedDeviceId, priority: o.priority });
    await new Promise((r) => setTimeout(r, 10));
    if (name === 'ListDevices') {
      if (failListing) throw Object.assign(new Error('The security token included in the request is expired'), { name: 'ExpiredTokenException' });
      return { devices: [1, 2, 3, 4].map((i) => ({ managedDeviceId: `smd-${i}` })) };
    }
    const id = String(input.managedDeviceId);
    if (failAll || failing.has(id)) throw Object.assign(new Error('We encountered an internal error.'), { name: 'InternalServerException' });
    return { managedDeviceId: id, deviceState: state.get(id) ?? 'LOCKED' };
  }),
}));

const { FleetStore } = await import('./fleet-store');
const region = 'us-west-2';
const options = { staleTime: 30_000, flushMs: 50, slowFlushMs: 100, listingPauseMs: 0 };
const describes = () => calls.filter((c) => c.name === 'DescribeDevice');
const made: Array<{ dispose(): void }> = [];

async function loaded() {
  const store = new FleetStore(simulatedConnection([region]), new QueryClient(), options);
  made.push(store);
  store.start();
  await vi.advanceTimersByTimeAsync(500);
  return store;
}

describe('FleetStore follows the service', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    calls.length = 0;
    failing.clear();
    failAll = false;
    failListing = false;
    state.clear();
  });
  afterEach(() => {
    // Stores listen to module-wide announcements: each test's stores stop listening.
    made.splice(0).forEach((s) => s.dispose());
    vi.useRealTimers();
  });

  it('describes an announced device again at once, with the rows on screen, and shows its new state', async () => {
    const store = await loaded();
    calls.length = 0;
    state.set('smd-2', 'UNLOCKED');
    announceDeviceChange([{ region, managedDeviceId: 'smd-2' }, { region: 'eu-west-1', managedDeviceId: 'smd-2' }, { region, managedDeviceId: 'smd-gone' }]);
    await vi.advanceTimersByTimeAsync(200);
    expect(describes()).toEqual([{ region, name: 'DescribeDevice', id: 'smd-2', priority: 1000 }]);
    expect(store.getSnapshot().rows.find((r) => r.managedDeviceId === 'smd-2')?.detail?.deviceState).toBe('UNLOCKED');
    store.dispose();
    announceDeviceChange([{ region, managedDeviceId: 'smd-2' }]);
    await vi.advanceTimersByTimeAsync(200);
    expect(describes()).toHaveLength(1);
  });

  it('counts failed rows and retries exactly those when asked', async () => {
    failing.add('smd-1').add('smd-3');
    const store = await loaded();
    expect([store.getSnapshot().failed, store.getSnapshot().waiting]).toEqual([2, 0]);
    failing.clear();
    calls.length = 0;
    store.retryFailed();
    await vi.advanceTimersByTimeAsync(1);
    expect(store.getSnapshot().retrying).toBe(2);
    await vi.advanceTimersByTimeAsync(500);
    expect(describes().map((c) => c.id).sort()).toEqual(['smd-1', 'smd-3']);
    expect(calls.some((c) => c.name === 'ListDevices')).toBe(false);
    expect(store.getSnapshot().failed).toBe(0);
    expect(store.getSnapshot().rows.every((r) => r.detail && !r.detailError)).toBe(true);
  });

  it('describes failed rows again when a DescribeDevice succeeds after the fault, once per refresh cycle', async () => {
    failAll = true;
    const store = await loaded();
    expect(store.getSnapshot().failed).toBe(4);
    calls.length = 0;
    // Under a persistent fault an auto-refresh cycle asks one failed row on screen: the probe.
    store.refreshCycle(['us-west-2|smd-1', 'us-west-2|smd-2', 'us-west-2|smd-3']);
    await vi.advanceTimersByTimeAsync(500);
    expect(describes().map((c) => c.id)).toEqual(['smd-1']);

    // The fault clears: the next cycle's first success brings the other failed rows back.
    failAll = false;
    failing.add('smd-4');
    calls.length = 0;
    store.refreshCycle(['us-west-2|smd-1']);
    await vi.advanceTimersByTimeAsync(500);
    expect(describes().map((c) => c.id).sort()).toEqual(['smd-1', 'smd-2', 'smd-3', 'smd-4']);
    expect(store.getSnapshot().failed).toBe(1);

    // smd-4 still fails: further successes in this cycle do not try it again (no retry loop).
    calls.length = 0;
    announceDeviceChange([{ region, managedDeviceId: 'smd-2' }]);
    await vi.advanceTimersByTimeAsync(500);
    expect(describes().map((c) => c.id)).toEqual(['smd-2']);
    store.dispose();
  });

  it('lists and describes again by itself after a re-authentication', async () => {
    failListing = true;
    const store = await loaded();
    expect(store.getSnapshot().regions[0]?.error).toMatchObject({ name: 'ExpiredTokenException' });
    expect(store.getSnapshot().rows).toHaveLength(0);
    failListing = false;
    completeReauthentication();
    await vi.advanceTimersByTimeAsync(500);
    expect(store.getSnapshot().regions[0]?.error).toBeUndefined();
    expect(store.getSnapshot().rows.filter((r) => r.detail)).toHaveLength(4);

    failAll = true;
    await vi.advanceTimersByTimeAsync(2_000);
    store.refresh();
    await vi.advanceTimersByTimeAsync(500);
    expect(store.getSnapshot().failed).toBe(4);
    failAll = false;
    calls.length = 0;
    completeReauthentication();
    await vi.advanceTimersByTimeAsync(500);
    expect(describes()).toHaveLength(4);
    expect(store.getSnapshot().failed).toBe(0);
    store.dispose();
  });
});

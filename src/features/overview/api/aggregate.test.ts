import type { DescribeDeviceOutput } from '@aws-sdk/client-snow-device-management';
import { describe, expect, it } from 'vitest';
import { countMatching, equals, type FleetRow } from '@/features/devices';
import { aggregate, isPartial, overviewOf, SAMPLE_SIZE } from './aggregate';
import { CHART_PROPERTIES, COUNTER_FILTERS } from './links';

const now = Date.parse('2025-06-01T12:00:00Z');
const MIN = 60_000;
const ctx = { now, onlineThresholdMs: 15 * MIN };
const ago = (ms: number) => new Date(now - ms);
const TB = 1024 ** 4;
const failure = Object.assign(new Error('boom'), { name: 'InternalServerException' });

/** Storage capacities at this percentage used (one HDD capacity of 10 TB). */
const storage = (percent: number) => [{ name: 'HDD Storage', unit: 'Byte', total: 10 * TB, used: (percent / 100) * 10 * TB }];

function row(id: string, detail?: Partial<DescribeDeviceOutput>, region = 'us-west-2', extra: Partial<FleetRow> = {}): FleetRow {
  return {
    key: `${region}|${id}`, region, managedDeviceId: id, summary: { managedDeviceId: id },
    detail: detail ? ({ managedDeviceId: id, ...detail } as DescribeDeviceOutput) : undefined,
    detailAt: detail ? now - 1_000 : undefined,
    ...extra,
  };
}

const fleet: FleetRow[] = [
  row('smd-a', { deviceState: 'LOCKED', deviceType: 'SNC1_HDD', lastReachedOutAt: ago(2 * MIN), deviceCapacities: storage(80), software: { installedVersion: '122', installingVersion: '131', installState: 'DOWNLOADING' } }),
  row('smd-b', { deviceState: 'UNLOCKED', deviceType: 'EDGE_C', lastReachedOutAt: ago(15 * MIN), deviceCapacities: storage(80.1), software: { installedVersion: '122', installingVersion: 'NA', installState: 'NA' } }),
  row('smd-c', { deviceState: 'UNLOCKING', deviceType: 'EDGE_C', lastReachedOutAt: ago(2 * 86_400_000), deviceCapacities: storage(95) }),
  row('smd-d', { deviceState: 'LOCKED', deviceType: 'V3_5C', lastReachedOutAt: ago(9 * 86_400_000), deviceCapacities: storage(96), software: { installedVersion: 'NA' } }),
  // Described without last contact, capacities or type: counted where it has facts, "Never" and "Not reported" elsewhere.
  row('smd-e', { deviceState: 'UNLOCKED' }, 'eu-west-1'),
  row('smd-f', undefined, 'eu-west-1'),
  row('smd-g', undefined, 'eu-west-1', { detailError: failure }),
  // A refresh that failed: still counted with what was read before, and as failed.
  row('smd-h', { deviceState: 'LOCKED', deviceType: 'EDGE_C', lastReachedOutAt: ago(1 * MIN), deviceCapacities: storage(99.5) }, 'eu-west-1', { detailError: failure }),
];

describe('aggregate', () => {
  const { all, regions } = aggregate(fleet, ctx);

  it('counts the fleet and says how much of it is described', () => {
    expect([all.total, all.described, all.waiting, all.failed]).toEqual([8, 6, 1, 2]);
    expect(isPartial(all, false)).toBe(true);
    expect(isPartial(aggregate(fleet.filter((r) => r.detail), ctx).all, false)).toBe(false);
    expect(isPartial(aggregate(fleet.filter((r) => r.detail), ctx).all, true)).toBe(true);
    // Exactly 15 minutes counts as online (the online rule's boundary).
    expect([all.online, all.offline]).toEqual([3, 3]);
    expect(Object.fromEntries(all.states)).toEqual({ Locked: 3, Unlocked: 2, Unlocking: 1 });
    expect(all.installing).toBe(1);
  });

  it('puts storage into bands at the capacity levels: exactly 80 % and 95 % are not over them', () => {
    expect([all.overWarning, all.overError]).toEqual([4, 2]);
    expect(Object.fromEntries(all.storageBands)).toEqual({ 'Over 50 % to 80 %': 1, 'Over 80 % to 95 %': 2, 'Over 95 %': 2, 'Not reported': 1 });
    expect(all.full.rows.map((r) => r.managedDeviceId)).toEqual(['smd-h', 'smd-d']);
  });

  it('puts last contact into age bands: exactly 15 minutes is past the first, a missing time is "Never"', () => {
    expect(Object.fromEntries(all.contactBands)).toEqual({ 'Under 15 minutes': 2, '15 minutes to 1 hour': 1, '1 to 7 days': 1, '7 days or more': 1, Never: 1 });
    // Offline longer than a day: the longest first; never reached out has no length to show.
    expect(all.offlineOverDay.count).toBe(2);
    expect(all.offlineOverDay.rows.map((r) => r.managedDeviceId)).toEqual(['smd-d', 'smd-c']);
  });

  it('groups software versions (a missing one as "None reported"), versions being installed and types by product name', () => {
    expect(Object.fromEntries(all.versions)).toEqual({ '122': 2, 'None reported': 4 });
    expect(Object.fromEntries(all.installingVersions)).toEqual({ '131': 1 });
    expect(Object.fromEntries(all.types)).toEqual({ 'Snowcone HDD': 1, 'Snowball Edge Compute Optimized': 3, 'Snowball Edge Compute Optimized (AMD EPYC Gen2, NVMe)': 1 });
  });

  it('splits every figure by region, adding up to the fleet', () => {
    expect([...regions.keys()]).toEqual(['us-west-2', 'eu-west-1']);
    const us = regions.get('us-west-2')!;
    const eu = regions.get('eu-west-1')!;
    expect([us.total, us.described, us.failed, us.waiting]).toEqual([4, 4, 0, 0]);
    expect([eu.total, eu.described, eu.failed, eu.waiting]).toEqual([4, 2, 2, 1]);
    expect(us.online + eu.online).toBe(all.online);
    expect(us.overError + eu.overError).toBe(all.overError);
    expect(isPartial(us, false)).toBe(false);
    expect(isPartial(eu, false)).toBe(true);
  });

  it('gives the age of the data it rests on', () => {
    expect(all.oldestAt).toBe(now - 1_000);
    const older = aggregate([{ ...fleet[0]!, detailAt: now - 60_000 }, fleet[1]!], ctx).all;
    expect([older.oldestAt, older.newestAt]).toEqual([now - 60_000, now - 1_000]);
  });

  it('keeps the short lists short, the worst first', () => {
    const many = Array.from({ length: 12 }, (_, i) => row(`smd-${i}`, { lastReachedOutAt: ago((2 + i) * 86_400_000), deviceCapacities: storage(96 + i / 10) }));
    const f = aggregate(many, ctx).all;
    expect(f.offlineOverDay.count).toBe(12);
    expect(f.offlineOverDay.rows.map((r) => r.managedDeviceId)).toEqual(['smd-11', 'smd-10', 'smd-9', 'smd-8', 'smd-7']);
    expect(f.full.rows).toHaveLength(SAMPLE_SIZE);
    expect(f.full.rows[0]?.managedDeviceId).toBe('smd-11');
  });

  it('is computed once per snapshot and clock tick', () => {
    const first = overviewOf(fleet, ctx);
    expect(overviewOf(fleet, { ...ctx })).toBe(first);
    expect(overviewOf(fleet, { ...ctx, now: now + 15_000 })).not.toBe(first);
    expect(overviewOf(fleet.slice(), ctx)).not.toBe(first);
  });
});

describe('links into the inventory', () => {
  const { all, regions } = aggregate(fleet, ctx);

  it('select exactly the devices each counter counts', () => {
    const counts = {
      devices: all.total, online: all.online, offline: all.offline, installing: all.installing, overWarning: all.overWarning,
      overError: all.overError, failed: all.failed, offlineOverDay: all.offlineOverDay.count,
    };
    for (const [key, tokens] of Object.entries(COUNTER_FILTERS)) {
      expect([key, countMatching(fleet, tokens, ctx)]).toEqual([key, counts[key as keyof typeof counts]]);
    }
  });

  it('select exactly the devices of each bar, in each region too', () => {
    for (const [chart, property] of Object.entries(CHART_PROPERTIES)) {
      const figures = chart === 'state' ? all.states : all[chart as Exclude<keyof typeof CHART_PROPERTIES, 'state'>];
      for (const [value, n] of figures) expect([chart, value, countMatching(fleet, [equals(property, value)], ctx)]).toEqual([chart, value, n]);
    }
    for (const [region, f] of regions) {
      for (const [band, n] of f.contactBands) expect(countMatching(fleet, [equals('contactBand', band), equals('region', region)], ctx)).toBe(n);
    }
  });
});

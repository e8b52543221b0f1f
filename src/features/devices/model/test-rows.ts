import type { DescribeDeviceOutput } from '@aws-sdk/client-snow-device-management';
import type { FleetRow } from '../api/fleet-types';

/** A fleet row for unit tests. */
export function testRow(id: string, detail?: Partial<DescribeDeviceOutput>, region = 'us-west-2', tags: Record<string, string> = {}): FleetRow {
  return {
    key: `${region}|${id}`,
    region,
    managedDeviceId: id,
    summary: { managedDeviceId: id, tags },
    detail: detail ? ({ managedDeviceId: id, tags, ...detail } as DescribeDeviceOutput) : undefined,
  };
}

/** A small deterministic random source (mulberry32), so a failure can be replayed. */
export function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATES: NonNullable<DescribeDeviceOutput['deviceState']>[] = ['LOCKED', 'UNLOCKED', 'UNLOCKING'];
const TYPES = ['SNC1_HDD', 'SNC1_SSD', 'V3_5C'];
const SITES = ['berlin', 'paris', 'oslo'];

/** A random fleet row: a quarter not described yet, the rest last in contact up to two hours before `now`. */
export function makeRow(rand: () => number, id: string, now = Date.parse('2025-06-01T12:00:00Z')): FleetRow {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const tags: Record<string, string> = rand() < 0.7 ? { site: pick(SITES) } : {};
  if (rand() < 0.25) return testRow(id, undefined, 'us-west-2', tags);
  return testRow(id, {
    deviceState: pick(STATES),
    deviceType: pick(TYPES),
    lastReachedOutAt: new Date(now - Math.floor(rand() * 120) * 60_000),
    software: { installedVersion: rand() < 0.2 ? 'NA' : String(90 + Math.floor(rand() * 40)) },
  }, 'us-west-2', tags);
}

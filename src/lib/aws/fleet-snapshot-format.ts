/**
 * The shared fleet snapshot: what the snapshot Lambda writes (gzip-compressed JSON, one
 * object per region) and what the dashboard reads. Versioned: a reader accepts its own
 * version only, so a build never misreads a file written by another.
 */
import type { DescribeDeviceOutput, DeviceSummary } from '@aws-sdk/client-snow-device-management';
import type { DescribedDevice, RegionFanout } from './fleet-fanout';

export const SNAPSHOT_FORMAT = 'snow-fleet-snapshot';
export const SNAPSHOT_VERSION = 1;
/** Where in the site's bucket snapshots live (never served by the site's distribution). */
export const SNAPSHOT_PREFIX = 'fleet-snapshot/';

/** The object key of one region's snapshot. */
export const snapshotKey = (prefix: string, region: string): string => `${prefix}${region}.json.gz`;

/** One device as written: times as ISO text. */
export interface SnapshotFileDevice {
  summary: DeviceSummary;
  detail?: Omit<DescribeDeviceOutput, 'lastReachedOutAt' | 'lastUpdatedAt'> & { lastReachedOutAt?: string; lastUpdatedAt?: string };
  describedAt?: string;
  error?: { name: string; message: string };
}

export interface SnapshotFile {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  region: string;
  /** When the snapshot was written. */
  writtenAt: string;
  /** When its listing of the region finished. */
  listedAt: string;
  devices: SnapshotFileDevice[];
}

/** A snapshot as the dashboard uses it. */
export interface FleetSnapshotData {
  region: string;
  writtenAt: number;
  listedAt: number;
  devices: DescribedDevice[];
}

export type SnapshotCheck = { ok: true; snapshot: FleetSnapshotData } | { ok: false; problem: string };

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

/** The file for one region's fan-out (SDK response metadata left out). */
export function snapshotFile(fanout: RegionFanout, writtenAt: number): SnapshotFile {
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    region: fanout.region,
    writtenAt: iso(writtenAt)!,
    listedAt: iso(fanout.listedAt)!,
    devices: fanout.devices.map((d) => {
      const out: SnapshotFileDevice = { summary: d.summary };
      if (d.detail) {
        const { $metadata: _meta, lastReachedOutAt, lastUpdatedAt, ...rest } = d.detail as DescribeDeviceOutput & { $metadata?: unknown };
        out.detail = { ...rest, lastReachedOutAt: lastReachedOutAt?.toISOString(), lastUpdatedAt: lastUpdatedAt?.toISOString() };
      }
      if (d.describedAt !== undefined) out.describedAt = iso(d.describedAt);
      if (d.error) out.error = d.error;
      return out;
    }),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function time(v: unknown): number | undefined {
  if (typeof v !== 'string') return undefined;
  const ms = Date.parse(v);
  return Number.isFinite(ms) ? ms : undefined;
}

function device(raw: unknown): DescribedDevice | undefined {
  if (!isObject(raw) || !isObject(raw.summary) || typeof raw.summary.managedDeviceId !== 'string') return undefined;
  const out: DescribedDevice = { summary: raw.summary as DeviceSummary };
  if (raw.detail !== undefined) {
    const describedAt = time(raw.describedAt);
    if (!isObject(raw.detail) || describedAt === undefined) return undefined;
    // Freshly parsed and ours alone: the times become Dates in place (no copy of 10,000 objects).
    const detail = raw.detail as Record<string, unknown>;
    for (const k of ['lastReachedOutAt', 'lastUpdatedAt']) {
      const ms = time(detail[k]);
      if (ms === undefined) delete detail[k];
      else detail[k] = new Date(ms);
    }
    out.detail = detail as DescribeDeviceOutput;
    out.describedAt = describedAt;
  }
  if (isObject(raw.error) && typeof raw.error.name === 'string') out.error = { name: raw.error.name, message: String(raw.error.message ?? '') };
  return out;
}

/** Checks a parsed snapshot file for `region`; any problem makes the whole file unusable. */
export function parseSnapshotFile(raw: unknown, region: string): SnapshotCheck {
  if (!isObject(raw) || raw.format !== SNAPSHOT_FORMAT) return { ok: false, problem: 'it is not a fleet snapshot' };
  if (raw.version !== SNAPSHOT_VERSION) {
    const older = typeof raw.version === 'number' && raw.version < SNAPSHOT_VERSION;
    return { ok: false, problem: `it was written in ${older ? 'an older' : 'a newer'} format (version ${String(raw.version)}, this dashboard reads version ${SNAPSHOT_VERSION})` };
  }
  if (raw.region !== region) return { ok: false, problem: `it describes ${String(raw.region)}, not ${region}` };
  const writtenAt = time(raw.writtenAt);
  const listedAt = time(raw.listedAt);
  if (writtenAt === undefined || listedAt === undefined) return { ok: false, problem: 'it does not say when it was written' };
  if (!Array.isArray(raw.devices)) return { ok: false, problem: 'it has no list of devices' };
  const devices: DescribedDevice[] = [];
  for (const [i, d] of raw.devices.entries()) {
    const parsed = device(d);
    if (!parsed) return { ok: false, problem: `device ${i + 1} of ${raw.devices.length} is malformed` };
    devices.push(parsed);
  }
  return { ok: true, snapshot: { region, writtenAt, listedAt, devices } };
}

import type { FleetSnapshotSource } from '@/lib/aws/connection';
import { isRegionName } from './connection-regions';

const KEYS = ['bucket', 'region', 'prefix', 'intervalMinutes'];
// S3 bucket names: 3 to 63 lower-case letters, digits, hyphens (dots break virtual-hosted TLS, so not accepted).
const BUCKET = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
const PREFIX = /^[A-Za-z0-9!_.*'()-]+(\/[A-Za-z0-9!_.*'()-]+)*\/$/;

const show = (v: unknown) => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v));

/** Checks `fleetSnapshot` of config.json: where the deployment's snapshot Lambda writes the fleet. */
export function checkFleetSnapshot(raw: unknown, name: (key: string) => string, problems: string[], warnings: string[]): FleetSnapshotSource | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(`${name('')} must be an object with bucket, region, prefix and intervalMinutes, not ${show(raw)}.`);
    return undefined;
  }
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!KEYS.includes(k)) warnings.push(`${name(k)} is not a known setting and is ignored.`);
  const before = problems.length;
  if (typeof r.bucket !== 'string' || !BUCKET.test(r.bucket)) problems.push(`${name('bucket')} ${show(r.bucket)} is not an S3 bucket name (lower-case letters, digits and hyphens).`);
  if (typeof r.region !== 'string' || !isRegionName(r.region)) problems.push(`${name('region')} ${show(r.region)} is not an AWS region name (like us-west-2).`);
  if (typeof r.prefix !== 'string' || !PREFIX.test(r.prefix)) problems.push(`${name('prefix')} ${show(r.prefix)} must be a folder of the bucket ending in "/", like "fleet-snapshot/".`);
  const interval = r.intervalMinutes;
  if (typeof interval !== 'number' || !Number.isInteger(interval) || interval < 1 || interval > 1440) problems.push(`${name('intervalMinutes')} ${show(interval)} must be a whole number of minutes from 1 to 1440.`);
  if (problems.length > before) return undefined;
  return { bucket: r.bucket as string, region: r.region as string, prefix: r.prefix as string, intervalMinutes: interval as number };
}

/**
 * The snapshot Lambda: on EventBridge Scheduler's rate, describes every device of each
 * configured region with the dashboard's own fan-out (src/lib/aws/fleet-fanout.ts: the same
 * request queue, rate bounds and retry policy as the browser) and writes one gzip-compressed
 * snapshot per region to the site bucket's private prefix. A region whose listing fails keeps
 * its previous snapshot (the dashboard ignores one that grew too old); the run then fails, so
 * the function's error metric shows it.
 */
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SnowDeviceManagementClient } from '@aws-sdk/client-snow-device-management';
import { gzipSync } from 'node:zlib';
import { fanOutRegion, queueSender } from '../../../src/lib/aws/fleet-fanout';
import { snapshotFile, snapshotKey } from '../../../src/lib/aws/fleet-snapshot-format';
import { createRequestQueue } from '../../../src/lib/aws/request-queue';

/** What the function is told by its environment (set by infra/lib/constructs/fleet-snapshot.ts). */
export interface SnapshotSettings {
  bucket: string;
  prefix: string;
  regions: string[];
  /** The bucket's region. */
  bucketRegion: string;
  /** Requests per second per command at most: leaves the account's shared rate to the operators. */
  maxRate: number;
}

export interface RegionResult {
  region: string;
  key?: string;
  devices?: number;
  /** Devices whose DescribeDevice failed after the retry policy (kept in the snapshot with their error). */
  notDescribed?: number;
  error?: string;
}

/** Reads the settings from the environment, refusing to run on incomplete ones. */
export function settingsFromEnv(env: Record<string, string | undefined>): SnapshotSettings {
  const bucket = env.SNAPSHOT_BUCKET;
  const prefix = env.SNAPSHOT_PREFIX;
  const regions = (env.SNAPSHOT_REGIONS ?? '').split(',').map((r) => r.trim()).filter(Boolean);
  const bucketRegion = env.SNAPSHOT_BUCKET_REGION ?? env.AWS_REGION;
  if (!bucket || !prefix || regions.length === 0 || !bucketRegion) throw new Error('SNAPSHOT_BUCKET, SNAPSHOT_PREFIX, SNAPSHOT_REGIONS and the bucket region must be set');
  const maxRate = Number(env.SNAPSHOT_MAX_RATE ?? 40);
  return { bucket, prefix, regions, bucketRegion, maxRate: Number.isFinite(maxRate) && maxRate > 0 ? maxRate : 40 };
}

/** An S3 error as the queue's retry policy reads it (status for 5xx, NetworkError). */
function queueError(error: unknown): Error {
  const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  return Object.assign(new Error(e.message ?? String(error)), { name: e.name ?? 'UnknownError', status: e.$metadata?.httpStatusCode });
}

/** Describes each region and writes its snapshot; every region is tried even when one fails. */
export async function writeFleetSnapshots(settings: SnapshotSettings, now: () => number = Date.now): Promise<RegionResult[]> {
  // Every send goes once per client call: retries are the queue's (retry-policy.ts) alone.
  const queue = createRequestQueue({ maxRate: settings.maxRate, initialRate: Math.min(40, settings.maxRate) });
  const clients = new Map<string, SnowDeviceManagementClient>();
  const sdm = (region: string) => {
    let client = clients.get(region);
    if (!client) clients.set(region, (client = new SnowDeviceManagementClient({ region, maxAttempts: 1 })));
    return client;
  };
  const s3 = new S3Client({ region: settings.bucketRegion, maxAttempts: 1 });
  const send = queueSender(queue, sdm);
  try {
    return await Promise.all(
      settings.regions.map(async (region): Promise<RegionResult> => {
        try {
          const fanout = await fanOutRegion(send, region, { now });
          const body = gzipSync(JSON.stringify(snapshotFile(fanout, now())));
          const key = snapshotKey(settings.prefix, region);
          const put = new PutObjectCommand({ Bucket: settings.bucket, Key: key, Body: body, ContentType: 'application/json', ContentEncoding: 'gzip', CacheControl: 'no-store' });
          await queue.schedule(`s3|${settings.bucketRegion}|PutObject`, (abortSignal) => s3.send(put, { abortSignal }).catch((e: unknown) => Promise.reject(queueError(e))));
          return { region, key, devices: fanout.devices.length, notDescribed: fanout.devices.filter((d) => !d.detail).length };
        } catch (error) {
          const e = error as { name?: string; message?: string };
          return { region, error: `${e.name ?? 'Error'}: ${e.message ?? String(error)}` };
        }
      }),
    );
  } finally {
    clients.forEach((c) => c.destroy());
    s3.destroy();
  }
}

/** The Lambda entry point (EventBridge Scheduler invokes it with an empty event). */
export async function handler(): Promise<RegionResult[]> {
  const results = await writeFleetSnapshots(settingsFromEnv(process.env));
  console.log(JSON.stringify({ fleetSnapshot: results }));
  const failed = results.filter((r) => r.error);
  if (failed.length) throw new Error(`No snapshot written for ${failed.map((r) => `${r.region} (${r.error})`).join(', ')}`);
  return results;
}

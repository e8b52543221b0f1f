/**
 * Reads the deployment's shared fleet snapshot for one region: S3 GetObject (signed with the
 * connection's credentials, the S3 client loaded only when a snapshot is configured) through
 * the app's request queue in an S3 lane, then gunzip, parse and check. Whatever goes wrong
 * becomes a reason the inventory shows; the fleet is then described from the service.
 */
import { retryImport } from '../lazy-retry';
import type { Connection, FleetSnapshotSource } from './connection';
import { parseSnapshotFile, snapshotKey, type FleetSnapshotData } from './fleet-snapshot-format';
import { PRIORITY, sdmQueue } from './scheduler';

export type SnapshotRead = { ok: true; snapshot: FleetSnapshotData } | { ok: false; missing?: boolean; problem: string };

/** A snapshot older than this many intervals (and at least 15 minutes) means the schedule stopped: not used. */
const MAX_AGE_INTERVALS = 3;

/** The object's text: gunzipped unless the browser already decoded its Content-Encoding. */
export async function gunzipText(bytes: Uint8Array): Promise<string> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

interface S3ErrorShape {
  name?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

/** The object's bytes, or an error the queue's retry policy understands (status, NetworkError). */
async function getObject(connection: Connection, source: FleetSnapshotSource, key: string, signal: AbortSignal): Promise<Uint8Array> {
  const { S3Client, GetObjectCommand } = await retryImport(() => import('@aws-sdk/client-s3'));
  const client = new S3Client({ region: source.region, credentials: connection.credentials, maxAttempts: 1 });
  try {
    const out = await client.send(new GetObjectCommand({ Bucket: source.bucket, Key: key }), { abortSignal: signal });
    if (!out.Body) throw Object.assign(new Error('The snapshot object has no content'), { name: 'EmptySnapshot' });
    return await out.Body.transformToByteArray();
  } catch (error) {
    if (error instanceof TypeError) throw Object.assign(new Error(error.message), { name: 'NetworkError' });
    const e = error as S3ErrorShape;
    throw Object.assign(new Error(e.message ?? String(error)), { name: e.name ?? 'UnknownError', status: e.$metadata?.httpStatusCode });
  } finally {
    client.destroy();
  }
}

/** Why a read failed, in the operator's words. */
function problemOf(error: unknown): SnapshotRead {
  const e = error as { name?: string; message?: string; status?: number };
  if (e.name === 'NoSuchKey' || e.status === 404) return { ok: false, missing: true, problem: 'no snapshot has been written yet' };
  if (e.name === 'AccessDenied' || e.status === 403) return { ok: false, problem: 'your role may not read it (s3:GetObject was denied)' };
  return { ok: false, problem: `it could not be read (${e.name ?? 'error'}: ${e.message ?? ''})` };
}

/** Reads and checks the snapshot of `region`; never rejects except when aborted. */
export async function readFleetSnapshot(connection: Connection, region: string, options: { signal?: AbortSignal; now?: number } = {}): Promise<SnapshotRead> {
  const source = connection.snapshot;
  if (!source) return { ok: false, missing: true, problem: 'this deployment writes no snapshot' };
  const key = snapshotKey(source.prefix, region);
  let bytes: Uint8Array;
  try {
    bytes = await sdmQueue.schedule(`${connection.id}|${source.region}|s3:GetObject`, (signal) => getObject(connection, source, key, signal), {
      priority: PRIORITY.interactive,
      signal: options.signal,
      key,
    });
  } catch (error) {
    if ((error as { name?: string }).name === 'AbortError') throw error;
    return problemOf(error);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await gunzipText(bytes));
  } catch {
    return { ok: false, problem: 'it is not valid JSON (the file is damaged)' };
  }
  const check = parseSnapshotFile(raw, region);
  if (!check.ok) return check;
  const age = (options.now ?? Date.now()) - check.snapshot.writtenAt;
  const maxAge = Math.max(MAX_AGE_INTERVALS * source.intervalMinutes, 15) * 60_000;
  if (age > maxAge) return { ok: false, problem: `it was written ${Math.round(age / 60_000)} minutes ago, though it is written every ${source.intervalMinutes} minutes: the schedule may have stopped` };
  return check;
}

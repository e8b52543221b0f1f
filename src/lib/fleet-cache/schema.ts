import type { DescribeDeviceOutput, DeviceSummary } from '@aws-sdk/client-snow-device-management';

/**
 * The fleet cache's stored shapes. The version is in every key and every value: a build
 * that stores another shape uses other keys, and whatever does not match is dropped, never
 * read. Only what the service said about devices is stored, with the account id and region
 * it came from: no credentials, tokens or anything else of the connection.
 */
export const CACHE_VERSION = 1;
const PREFIX = `v${CACHE_VERSION}/`;
export const META_KEY = `${PREFIX}meta`;

/** Whose fleet an entry holds: the connection's kind, the account (STS) and one region. */
export interface CacheScope {
  kind: string;
  account: string;
  region: string;
}

/** One device as cached: the ListDevices summary and the DescribeDevice output with its time. */
export interface CachedRow {
  managedDeviceId: string;
  summary: DeviceSummary;
  detail?: DescribeDeviceOutput;
  /** When DescribeDevice answered (ms). */
  detailAt?: number;
}

/** An entry's head: its chunks are written first, the head last. */
export interface EntryHead {
  version: typeof CACHE_VERSION;
  kind: string;
  account: string;
  region: string;
  /** When the region's listing last completed (ms). */
  listedAt?: number;
  writtenAt: number;
  chunks: number[];
  rows: number;
  /** Estimated stored size. */
  bytes: number;
  /** More devices were listed than an entry may hold. */
  truncated: boolean;
}

export interface EntryChunk {
  version: typeof CACHE_VERSION;
  rows: CachedRow[];
}

/** The account the cache belongs to: another account's connection clears it. */
export interface CacheMeta {
  version: typeof CACHE_VERSION;
  account: string;
}

const part = (s: string) => encodeURIComponent(s);

/** `v1/<kind>/<account>/<region>` */
export function entryKey(scope: CacheScope): string {
  return `${PREFIX}${part(scope.kind)}/${part(scope.account)}/${part(scope.region)}`;
}

export function chunkKey(entry: string, n: number): string {
  return `${entry}#${n}`;
}

/** Keys of this version (any other version's keys are dropped). */
export function isCurrentKey(key: IDBValidKey): key is string {
  return typeof key === 'string' && key.startsWith(PREFIX);
}

/** A head key: an entry, not one of its chunks and not the meta record. */
export function isHeadKey(key: string): boolean {
  return isCurrentKey(key) && key !== META_KEY && !key.includes('#');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function isHead(v: unknown): v is EntryHead {
  return isObject(v) && v.version === CACHE_VERSION && typeof v.region === 'string' && typeof v.account === 'string' && isNum(v.writtenAt)
    && Array.isArray(v.chunks) && v.chunks.every(isNum) && isNum(v.rows) && isNum(v.bytes) && (v.listedAt === undefined || isNum(v.listedAt));
}

function isRow(v: unknown): v is CachedRow {
  return isObject(v) && typeof v.managedDeviceId === 'string' && isObject(v.summary)
    && (v.detail === undefined || isObject(v.detail)) && (v.detailAt === undefined || isNum(v.detailAt));
}

export function isChunk(v: unknown): v is EntryChunk {
  return isObject(v) && v.version === CACHE_VERSION && Array.isArray(v.rows) && v.rows.every(isRow);
}

export function isMeta(v: unknown): v is CacheMeta {
  return isObject(v) && v.version === CACHE_VERSION && typeof v.account === 'string';
}

/** What of a row is stored: the service's fields, not the SDK's response metadata. */
export function toCachedRow(row: CachedRow): CachedRow {
  const out: CachedRow = { managedDeviceId: row.managedDeviceId, summary: row.summary };
  if (row.detail) {
    const { $metadata: _metadata, ...detail } = row.detail as DescribeDeviceOutput & { $metadata?: unknown };
    out.detail = detail;
    out.detailAt = row.detailAt;
  }
  return out;
}

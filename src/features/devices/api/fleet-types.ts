import type { DescribeDeviceOutput, DeviceSummary } from '@aws-sdk/client-snow-device-management';

/** One device of the fleet: what ListDevices said, and DescribeDevice once it answered. */
export interface FleetRow {
  /** `region|managedDeviceId`: unique across regions. */
  key: string;
  region: string;
  managedDeviceId: string;
  summary: DeviceSummary;
  detail?: DescribeDeviceOutput;
  /** When the detail was fetched (ms). */
  detailAt?: number;
  /** The last DescribeDevice failed (after the scheduler's retries); a detail read before stays. */
  detailError?: unknown;
  /** The detail is this browser's cached one from an earlier visit, not described again yet. */
  fromCache?: boolean;
}

export interface RegionStatus {
  region: string;
  listing: boolean;
  error?: unknown;
  devices: number;
}

export interface FleetSnapshot {
  rows: readonly FleetRow[];
  regions: readonly RegionStatus[];
  /** DescribeDevice calls queued or in flight. */
  pending: number;
  /** Rows with neither a detail nor an error yet. */
  waiting: number;
  /** Rows whose last DescribeDevice failed. */
  failed: number;
  /** Failed rows being described again right now. */
  retrying: number;
  /** When the last full listing finished (ms). */
  listedAt?: number;
  /** Present when rows came from the deployment's shared snapshot, or it could not be used somewhere. */
  sharedSnapshot?: SharedSnapshotStatus;
  /** Rows shown from this browser's cache and not described again yet. */
  fromCache?: number;
  /** When the cached fleet was listed (ms), while rows from the cache are shown. */
  cachedListedAt?: number;
}

/** The shared snapshot behind the rows: when it was written, and the regions where it could not be used. */
export interface SharedSnapshotStatus {
  /** The oldest region snapshot in use (ms); absent once a refresh described the fleet from the service. */
  writtenAt?: number;
  problems: { region: string; problem: string }[];
}

/** What another tab's fan-out says besides rows (this tab follows it; see fleet-share.ts). */
export interface RemoteStatus {
  regions: RegionStatus[];
  pending: number;
  retrying: number;
  listedAt?: number;
  cachedListedAt?: number;
}

/**
 * The tab that runs this connection's fan-out, when it may be another one (fleet-share.ts).
 * `forward` takes a call while this tab follows or does not know yet, and says so.
 */
export interface FleetCoordinator {
  forward(call: FleetCall): boolean;
}

/** The fleet store's calls another tab's fan-out runs for this one. */
export type FleetCall =
  | { op: 'start' }
  | { op: 'refresh' }
  | { op: 'retryRegion'; region: string }
  | { op: 'refreshRows'; keys: string[]; urgency: DescribeUrgency; maxAgeMs: number }
  | { op: 'refreshCycle'; keys: string[] }
  | { op: 'retryFailed' }
  | { op: 'visible'; keys: string[] };

export interface FleetStoreOptions {
  /** A cached DescribeDevice younger than this is used instead of a new call. */
  staleTime: number;
  /** Changes to rows on screen are batched into one snapshot per this many ms… */
  flushMs: number;
  /** …changes elsewhere (off-screen rows, counts) per this many ms, to keep the page responsive. */
  slowFlushMs: number;
  /**
   * After its first page the listing waits for the rows on screen to be described, this long
   * at most: answering pages of 100 devices would take the page's time from the descriptions
   * the operator is waiting for, and the first page keeps the describe queue busy meanwhile.
   */
  listingPauseMs?: number;
}

/** How urgently a re-describe runs: with the rows on screen, or in the background fill. */
export type DescribeUrgency = 'visible' | 'background';

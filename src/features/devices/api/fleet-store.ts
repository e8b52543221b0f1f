import type { DescribeDeviceOutput, DeviceSummary } from '@aws-sdk/client-snow-device-management';
import type { QueryClient } from '@tanstack/react-query';
import type { Connection } from '@/lib/aws/connection';
import { onConnectionForgotten } from '@/lib/aws/connection-store';
import { sdmKey } from '@/lib/aws/query';
import { PRIORITY, raiseSdmPriority, scheduleSdm } from '@/lib/aws/scheduler';
import { SnapshotPublisher, type Urgency } from './snapshot-publisher';

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
  detailError?: unknown;
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
  /** When the last full listing finished (ms). */
  listedAt?: number;
}

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

const isAbort = (e: unknown) => (e as { name?: string } | undefined)?.name === 'AbortError';

/**
 * The inventory's fan-out: ListDevices to the last page in every region, then one
 * DescribeDevice per device through the shared scheduler (rows on screen first). Results
 * go into the TanStack cache under the detail page's key and into rows that subscribers
 * receive in batches, so 10,000 answers cause a few dozen renders, not 10,000.
 */
export class FleetStore {
  private rows: FleetRow[] = [];
  private index = new Map<string, number>();
  private pending = new Set<string>();
  private regions = new Map<string, RegionStatus>();
  private readonly publisher: SnapshotPublisher<FleetSnapshot>;
  private controller = new AbortController();
  private visible = new Set<string>();
  private generation = 0;
  private started = false;
  /** The listing's pause after its first page (see listingPauseMs). */
  private visibleWaiters = new Set<() => void>();
  private listedAt?: number;

  constructor(
    readonly connection: Connection,
    private readonly queryClient: QueryClient,
    private readonly options: FleetStoreOptions = { staleTime: 30_000, flushMs: 200, slowFlushMs: 2_000 },
  ) {
    for (const region of connection.regions) this.regions.set(region, { region, listing: false, devices: 0 });
    this.publisher = new SnapshotPublisher(() => this.build(), { soonMs: options.flushMs, slowMs: options.slowFlushMs });
  }

  subscribe = (listener: () => void) => this.publisher.subscribe(listener);
  getSnapshot = () => this.publisher.getSnapshot();

  /** Loads the fleet once; later calls keep what is loaded (use refresh to reload). */
  start(): void {
    if (!this.started) this.refresh();
  }

  /** Lists every region again and re-describes every device; rows stay on screen meanwhile. */
  refresh(): void {
    this.started = true;
    const force = this.listedAt !== undefined;
    for (const region of this.connection.regions) void this.listRegion(region, force);
  }

  /** Lists one region again (after its listing failed). */
  retryRegion(region: string): void {
    void this.listRegion(region, false);
  }

  /** Re-describes the given rows now (auto refresh of what is on screen). */
  refreshRows(keys: Iterable<string>): void {
    for (const key of keys) {
      const row = this.row(key);
      if (row) this.describe(row, true);
    }
  }

  /** The rows the operator sees: their descriptions jump the queue, the latest view first. */
  setVisible(keys: readonly string[]): void {
    const next = new Set(keys);
    if (next.size === this.visible.size && keys.every((k) => this.visible.has(k))) return;
    this.visible = next;
    this.generation++;
    for (const key of keys) {
      const row = this.pending.has(key) ? this.row(key) : undefined;
      if (!row) continue;
      raiseSdmPriority(this.connection, row.region, 'DescribeDevice', { managedDeviceId: row.managedDeviceId }, PRIORITY.visible + this.generation);
    }
    this.settleVisibleWaiters();
  }

  dispose(): void {
    this.controller.abort();
    this.publisher.dispose();
  }

  /** Lists a region; `force` re-describes devices even when their cached description is fresh. */
  private async listRegion(region: string, force: boolean) {
    const status = this.regions.get(region)!;
    if (status.listing) return;
    this.regions.set(region, { ...status, listing: true, error: undefined });
    this.changed('now');
    const seen = new Set<string>();
    const all: DeviceSummary[] = [];
    let nextToken: string | undefined;
    try {
      do {
        const page = await scheduleSdm(this.connection, region, 'ListDevices', { maxResults: 100, nextToken }, { signal: this.controller.signal });
        for (const summary of page.devices ?? []) {
          if (!summary.managedDeviceId) continue;
          all.push(summary);
          seen.add(this.upsert(region, summary, force));
        }
        nextToken = page.nextToken;
        this.regions.set(region, { ...this.regions.get(region)!, devices: all.length });
        // The first page shows at once; later ones batch with the descriptions.
        const first = all.length <= 100;
        this.changed(first ? 'now' : 'slow');
        // The rest of the listing waits while the rows on screen are described (see listingPauseMs).
        if (first && nextToken) await this.visibleDescribed(this.options.listingPauseMs ?? 1_500);
      } while (nextToken);
      this.removeMissing(region, seen);
      // Other views asking for the same list find it in the cache.
      this.queryClient.setQueryData(sdmKey('ListDevices', {}, this.connection, region), all);
      this.regions.set(region, { region, listing: false, devices: all.length });
      this.listedAt = Date.now();
    } catch (error) {
      if (isAbort(error)) return;
      this.regions.set(region, { ...this.regions.get(region)!, listing: false, error });
    }
    this.changed('now');
  }

  private upsert(region: string, summary: DeviceSummary, force: boolean): string {
    const key = `${region}|${summary.managedDeviceId}`;
    const row = this.update(key, { summary }) ?? this.add({ key, region, managedDeviceId: summary.managedDeviceId!, summary });
    this.describe(row, force);
    return key;
  }

  private row(key: string): FleetRow | undefined {
    const i = this.index.get(key);
    return i === undefined ? undefined : this.rows[i];
  }

  private add(row: FleetRow): FleetRow {
    this.index.set(row.key, this.rows.length);
    this.rows.push(row);
    return row;
  }

  /** Replaces a row with a changed copy (snapshots keep the old one); undefined when there is no such row. */
  private update(key: string, change: Partial<Omit<FleetRow, 'key' | 'region' | 'managedDeviceId'>>): FleetRow | undefined {
    const i = this.index.get(key);
    const old = i === undefined ? undefined : this.rows[i];
    if (i === undefined || !old) return undefined;
    return (this.rows[i] = { ...old, ...change });
  }

  private removeMissing(region: string, seen: Set<string>) {
    const kept = this.rows.filter((r) => r.region !== region || seen.has(r.key));
    if (kept.length === this.rows.length) return;
    this.rows = kept;
    this.index = new Map(kept.map((r, n) => [r.key, n]));
  }

  private describe(row: FleetRow, force: boolean) {
    if (this.pending.has(row.key)) return;
    const input = { managedDeviceId: row.managedDeviceId };
    const queryKey = sdmKey('DescribeDevice', input, this.connection, row.region);
    const cached = this.queryClient.getQueryState<DescribeDeviceOutput>(queryKey);
    // Fresh in the cache (the detail page fetched it, or a previous load): no second call.
    if (cached?.data && Date.now() - cached.dataUpdatedAt < (force ? 1_000 : this.options.staleTime)) {
      if (cached.data !== row.detail) this.apply(row.key, cached.data, cached.dataUpdatedAt);
      return;
    }
    this.pending.add(row.key);
    const priority = this.visible.has(row.key) ? PRIORITY.visible + this.generation : PRIORITY.background;
    scheduleSdm(this.connection, row.region, 'DescribeDevice', input, { priority, signal: this.controller.signal }).then(
      (output) => {
        this.queryClient.setQueryData(queryKey, output);
        this.pending.delete(row.key);
        this.apply(row.key, output, Date.now());
      },
      (error: unknown) => {
        this.pending.delete(row.key);
        // The scheduler already retried what could succeed: the row shows the failure.
        if (isAbort(error)) return;
        this.update(row.key, { detailError: error });
        this.changed(this.visible.has(row.key) ? 'soon' : 'slow');
        if (this.visible.has(row.key)) this.settleVisibleWaiters();
      },
    );
  }

  private apply(key: string, detail: DescribeDeviceOutput, at: number) {
    if (!this.update(key, { detail, detailAt: at, detailError: undefined })) return;
    // The last row on screen to arrive shows at once: the page is complete.
    this.changed(!this.visible.has(key) ? 'slow' : this.visibleComplete() ? 'now' : 'soon');
    if (this.visible.has(key)) this.settleVisibleWaiters();
  }

  /** Resolves when the rows on screen are all described (or failed), after `maxMs` at most. */
  private visibleDescribed(maxMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.visibleWaiters.delete(done);
        this.controller.signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, maxMs);
      this.controller.signal.addEventListener('abort', done);
      this.visibleWaiters.add(done);
      this.settleVisibleWaiters();
    });
  }

  /** Called wherever a row on screen gets its answer or the rows on screen change. */
  private settleVisibleWaiters() {
    if (this.visibleWaiters.size === 0 || this.visible.size === 0 || !this.visibleComplete()) return;
    for (const done of [...this.visibleWaiters]) done();
  }

  private visibleComplete(): boolean {
    for (const key of this.visible) {
      const row = this.row(key);
      if (row && !row.detail && !row.detailError) return false;
    }
    return true;
  }

  private build(): FleetSnapshot {
    let waiting = 0;
    for (const r of this.rows) if (!r.detail && !r.detailError) waiting++;
    return {
      rows: this.rows.slice(),
      regions: this.connection.regions.map((r) => this.regions.get(r)!),
      pending: this.pending.size,
      waiting,
      listedAt: this.listedAt,
    };
  }

  private changed(when: Urgency) {
    this.publisher.changed(when);
  }
}

let current: FleetStore | undefined;
// A store outlives its page, not its connection: a forgotten connection's rows go with it.
onConnectionForgotten((_old, next) => {
  if (current?.connection !== next) current = void current?.dispose();
});

/** The fleet store of a connection, kept while the app runs so returning to /devices is instant. */
export function fleetStore(connection: Connection, queryClient: QueryClient): FleetStore {
  if (current?.connection !== connection) {
    current?.dispose();
    current = new FleetStore(connection, queryClient);
  }
  return current;
}

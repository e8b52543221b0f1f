import type { DescribeDeviceOutput, DeviceSummary } from '@aws-sdk/client-snow-device-management';
import type { QueryClient } from '@tanstack/react-query';
import type { Connection } from '@/lib/aws/connection';
import { onReauthenticated } from '@/lib/aws/connection-reauth';
import { sdmKey } from '@/lib/aws/query';
import { LIST_PAGE_SIZE, listRegionDevices, type FanoutSend } from '@/lib/aws/fleet-fanout';
import { PRIORITY, raiseSdmPriority, scheduleSdm } from '@/lib/aws/scheduler';
import { onDeviceChange, type DeviceRef } from '@/lib/device-refresh';
import { FailedRowRecovery } from './failed-rows';
import { FleetRows } from './fleet-rows';
import type { DescribeUrgency, FleetCoordinator, FleetRow, FleetSnapshot, FleetStoreOptions, RegionStatus, RemoteStatus, SharedSnapshotStatus } from './fleet-types';
import { SnapshotPublisher, type Urgency } from './snapshot-publisher';
import { VisibleWaiters } from './visible-waiters';

export type { FleetRow, FleetSnapshot, FleetStoreOptions, RegionStatus } from './fleet-types';

/** A refresh uses a cached description only when it is this fresh (the detail page read it just now). */
const REFRESH_MAX_AGE_MS = 1_000;

const isAbort = (e: unknown) => (e as { name?: string } | undefined)?.name === 'AbortError';

/**
 * The inventory's fan-out: ListDevices to the last page in every region, then one
 * DescribeDevice per device through the shared scheduler (rows on screen first). Results
 * go into the TanStack cache under the detail page's key and into rows that subscribers
 * receive in batches, so 10,000 answers cause a few dozen renders, not 10,000. Devices
 * announced as changed (device-refresh.ts) are described again; after a re-authentication
 * what failed runs again; failed rows are described again once the service answers again.
 */
export class FleetStore {
  protected rows = new FleetRows();
  protected pending = new Set<string>();
  protected regions = new Map<string, RegionStatus>();
  private readonly publisher: SnapshotPublisher<FleetSnapshot>;
  protected controller = new AbortController();
  protected visible = new Set<string>();
  protected generation = 0;
  protected started = false;
  private readonly waiters: VisibleWaiters;
  private readonly recovery = new FailedRowRecovery();
  private readonly unsubscribe: Array<() => void>;
  protected listedAt?: number;
  /** What the shared snapshot gave (SharedFleetStore.seedFromSnapshot), and the regions where it could not be used. */
  protected shared: SharedSnapshotStatus = { problems: [] };
  /** The shared fan-out (fleet-fanout.ts) sends through the app's scheduler. */
  private readonly send: FanoutSend = (region, name, input, options) => scheduleSdm(this.connection, region, name, input, options);
  // Another tab may run the fan-out (shared-fleet-store.ts): what it says, and what other tabs show.
  protected coordinator?: FleetCoordinator;
  protected remote?: RemoteStatus;
  protected remoteVisible: ReadonlySet<string> = new Set();
  protected cachedListedAt?: number;

  constructor(
    readonly connection: Connection,
    protected readonly queryClient: QueryClient,
    protected readonly options: FleetStoreOptions = { staleTime: 30_000, flushMs: 200, slowFlushMs: 2_000 },
  ) {
    for (const region of connection.regions) this.regions.set(region, { region, listing: false, devices: 0 });
    this.publisher = new SnapshotPublisher(() => this.build(), { soonMs: options.flushMs, slowMs: options.slowFlushMs });
    this.waiters = new VisibleWaiters(() => this.visible.size > 0 && this.visibleComplete(), this.controller.signal);
    this.unsubscribe = [
      onDeviceChange((devices) => this.devicesChanged(devices)),
      onReauthenticated(() => this.retryFailed()),
    ];
  }

  subscribe = (listener: () => void) => this.publisher.subscribe(listener);
  getSnapshot = () => this.publisher.getSnapshot();

  /** Loads the fleet once; later calls keep what is loaded (use refresh to reload). */
  start(): void {
    if (this.coordinator?.forward({ op: 'start' })) return;
    if (this.started) return;
    this.refresh();
  }

  /** Lists every region again and re-describes every device; rows stay on screen meanwhile. */
  refresh(): void {
    if (this.coordinator?.forward({ op: 'refresh' })) return;
    this.started = true;
    this.shared = { problems: [] };
    const force = this.listedAt !== undefined;
    this.recovery.newCycle(this.rows.failed);
    for (const region of this.connection.regions) void this.listRegion(region, force);
  }

  /** Lists one region again (after its listing failed). */
  retryRegion(region: string): void {
    if (this.coordinator?.forward({ op: 'retryRegion', region })) return;
    void this.listRegion(region, false);
  }

  /**
   * Re-describes the given rows now; `visible` runs them with the rows on screen. A cached
   * description younger than `maxAgeMs` is used instead (by default one a moment old: the
   * detail page read it just now).
   */
  refreshRows(keys: Iterable<string>, urgency: DescribeUrgency = 'background', maxAgeMs = REFRESH_MAX_AGE_MS): void {
    if (this.coordinator?.forward({ op: 'refreshRows', keys: [...keys], urgency, maxAgeMs })) return;
    for (const key of keys) {
      const row = this.rows.get(key);
      if (row) this.describe(row, maxAgeMs, urgency === 'visible');
    }
  }

  /**
   * One auto-refresh cycle: the rows on screen are described again, and failed rows get
   * their next chance once a DescribeDevice succeeds (see FailedRowRecovery). Of the failed
   * rows on screen only one is asked at once: it probes whether the service answers again,
   * so a service failing every call costs one row per cycle, not a page of them.
   */
  refreshCycle(visibleKeys: readonly string[]): void {
    if (this.coordinator?.forward({ op: 'refreshCycle', keys: [...visibleKeys] })) return;
    this.recovery.newCycle(this.rows.failed);
    const probe = visibleKeys.find((k) => this.rows.failed.has(k));
    this.refreshRows(visibleKeys.filter((k) => k === probe || !this.rows.failed.has(k)), 'visible');
  }

  /** Describes again exactly the rows whose description failed, and lists again the regions whose listing failed. */
  retryFailed(): void {
    if (this.coordinator?.forward({ op: 'retryFailed' })) return;
    for (const [region, status] of this.regions) if (status.error) void this.listRegion(region, false);
    const keys = [...this.rows.failed];
    this.recovery.tried(keys);
    // Rows on screen keep their place ahead of the rest (priority() sees them).
    this.refreshRows(keys);
    this.changed('now');
  }

  /** The rows the operator sees: their descriptions jump the queue, the latest view first. */
  setVisible(keys: readonly string[]): void {
    const next = new Set(keys);
    if (next.size === this.visible.size && keys.every((k) => this.visible.has(k))) return;
    this.visible = next;
    if (this.coordinator?.forward({ op: 'visible', keys: [...keys] })) return;
    this.generation++;
    this.prioritise(keys);
    // Rows from the shared snapshot are described again once they are on screen.
    if (this.shared.writtenAt !== undefined) this.refreshRows(keys, 'visible', this.options.staleTime);
    this.waiters.settle();
  }

  dispose(): void {
    this.unsubscribe.forEach((u) => u());
    this.controller.abort();
    this.publisher.dispose();
  }

  /** Devices that may have changed (an execution ended, tags were written): described again at once. */
  private devicesChanged(devices: readonly DeviceRef[]) {
    const keys = devices.map((d) => this.rows.find(d.region, d.managedDeviceId)?.key).filter((k): k is string => k !== undefined);
    // Whatever is cached was read before the change: always ask again (a read the device
    // page sends at the same moment is merged with this one by the scheduler).
    this.refreshRows(keys, 'visible', 0);
  }

  /** Lists a region; `force` re-describes devices even when their cached description is fresh. */
  protected async listRegion(region: string, force: boolean, maxAgeMs?: number) {
    const status = this.regions.get(region)!;
    if (status.listing) return;
    this.regions.set(region, { ...status, listing: true, error: undefined });
    this.changed('now');
    const seen = new Set<string>();
    let listed = 0;
    try {
      const all = await listRegionDevices(this.send, region, {
        signal: this.controller.signal,
        onPage: async (devices, more) => {
          for (const summary of devices) seen.add(this.upsert(region, summary, force, maxAgeMs));
          listed += devices.length;
          this.regions.set(region, { ...this.regions.get(region)!, devices: listed });
          // The first page shows at once; later ones batch with the descriptions.
          const first = listed <= LIST_PAGE_SIZE;
          this.changed(first ? 'now' : 'slow');
          // The rest of the listing waits while the rows on screen are described (see listingPauseMs).
          if (first && more) await this.waiters.wait(this.options.listingPauseMs ?? 1_500);
        },
      });
      this.rows.removeMissing(region, seen);
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

  private upsert(region: string, summary: DeviceSummary, force: boolean, maxAgeMs?: number): string {
    const key = `${region}|${summary.managedDeviceId}`;
    const row = this.rows.update(key, { summary }) ?? this.rows.add({ key, region, managedDeviceId: summary.managedDeviceId!, summary });
    this.describe(row, maxAgeMs ?? (force ? REFRESH_MAX_AGE_MS : this.options.staleTime));
    return key;
  }

  private priority(key: string, urgent = false): number {
    return urgent || this.visible.has(key) || this.remoteVisible.has(key) ? PRIORITY.visible + this.generation : PRIORITY.background;
  }

  /** Rows on screen (here or in another tab): queued ones jump ahead, ones from the cache are described now. */
  protected prioritise(keys: Iterable<string>) {
    for (const key of keys) {
      const row = this.rows.get(key);
      if (row && this.pending.has(key)) this.raise(row);
      else if (row?.fromCache) this.describe(row, 0);
    }
  }

  private raise(row: FleetRow, urgent = false) {
    raiseSdmPriority(this.connection, row.region, 'DescribeDevice', { managedDeviceId: row.managedDeviceId }, this.priority(row.key, urgent));
  }

  /**
   * Describes a row unless the cache holds a description younger than `maxAgeMs`; `urgent`
   * runs it with the rows on screen even when it is not one of them.
   */
  protected describe(row: FleetRow, maxAgeMs: number, urgent = false) {
    if (this.pending.has(row.key)) {
      if (urgent) this.raise(row, true);
      return;
    }
    const input = { managedDeviceId: row.managedDeviceId };
    const queryKey = sdmKey('DescribeDevice', input, this.connection, row.region);
    const cached = this.queryClient.getQueryState<DescribeDeviceOutput>(queryKey);
    // Fresh in the cache (the detail page fetched it, or a previous load): no second call.
    if (cached?.data && cached.status === 'success' && Date.now() - cached.dataUpdatedAt < maxAgeMs) {
      if (cached.data !== row.detail || row.detailError || row.fromCache) this.apply(row.key, cached.data, cached.dataUpdatedAt);
      return;
    }
    // Described in this visit (here or by the tab that ran the fan-out before this one).
    if (row.detail && !row.fromCache && row.detailAt !== undefined && Date.now() - row.detailAt < maxAgeMs) return;
    this.pending.add(row.key);
    const sent = this.send(row.region, 'DescribeDevice', input, { priority: this.priority(row.key, urgent), signal: this.controller.signal });
    sent.then(
      (output) => {
        this.queryClient.setQueryData(queryKey, output);
        this.pending.delete(row.key);
        this.apply(row.key, output, Date.now());
        // The service answers again: failed rows get their chance (once per cycle).
        this.refreshRows(this.recovery.takeRecoverable());
      },
      (error: unknown) => {
        this.pending.delete(row.key);
        // The scheduler already retried what could succeed: the row shows the failure.
        if (isAbort(error)) return;
        this.rows.update(row.key, { detailError: error });
        this.recovery.failed(row.key);
        this.changed(this.visible.has(row.key) ? 'soon' : 'slow');
        if (this.visible.has(row.key)) this.waiters.settle();
      },
    );
  }

  private apply(key: string, detail: DescribeDeviceOutput, at: number) {
    if (!this.rows.update(key, { detail, detailAt: at, detailError: undefined, fromCache: undefined })) return;
    this.recovery.described(key);
    // The last row on screen to arrive shows at once: the page is complete.
    this.changed(!this.visible.has(key) ? 'slow' : this.visibleComplete() ? 'now' : 'soon');
    if (this.visible.has(key)) this.waiters.settle();
  }

  private visibleComplete(): boolean {
    for (const key of this.visible) {
      const row = this.rows.get(key);
      if (row && !row.detail && !row.detailError) return false;
    }
    return true;
  }

  private build(): FleetSnapshot {
    let retrying = 0;
    for (const key of this.rows.failed) if (this.pending.has(key)) retrying++;
    const fromCache = this.rows.fromCache();
    const remote = this.remote;
    // Until this tab lists (or hears from the tab that does), nothing is known to be complete:
    // the regions show as listing, not as an empty fleet.
    const starting = !this.started && !remote;
    return {
      rows: this.rows.all().slice(),
      regions: remote?.regions ?? this.connection.regions.map((r) => (starting ? { ...this.regions.get(r)!, listing: true } : this.regions.get(r)!)),
      pending: remote?.pending ?? this.pending.size,
      waiting: this.rows.waiting(),
      failed: this.rows.failed.size,
      retrying: remote?.retrying ?? retrying,
      listedAt: remote ? remote.listedAt : this.listedAt,
      fromCache,
      cachedListedAt: fromCache > 0 ? (remote ? remote.cachedListedAt : this.cachedListedAt) : undefined,
      sharedSnapshot: this.shared.writtenAt !== undefined || this.shared.problems.length ? this.shared : undefined,
    };
  }

  protected changed(when: Urgency) {
    this.publisher.changed(when);
  }
}

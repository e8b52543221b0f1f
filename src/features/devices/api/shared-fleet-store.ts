import type { DescribedDevice } from '@/lib/aws/fleet-fanout';
import type { FleetCoordinator, FleetRow, RemoteStatus } from './fleet-types';
import { FleetStore } from './fleet-store';
import { loadSharedSnapshots, seedRow } from './shared-snapshot';

/**
 * The fleet store with what sharing the fan-out needs: the deployment's shared snapshot
 * (one fan-out for every operator), rows from another tab and the rows other tabs show
 * (fleet-share.ts), rows from this browser's cache (the warm start), and taking the fan-out
 * over from a tab that closed.
 */
export class SharedFleetStore extends FleetStore {
  /** Loads the fleet once: from the deployment's shared snapshot when it has one, else by listing every region. */
  override start(): void {
    if (!this.connection.snapshot) return super.start();
    if (this.coordinator?.forward({ op: 'start' }) || this.started) return;
    this.started = true;
    // Regions show as loading while their snapshots are read; one without a usable snapshot is listed as usual.
    for (const region of this.connection.regions) this.regions.set(region, { region, listing: true, devices: 0 });
    this.changed('now');
    void loadSharedSnapshots(this.connection, this.controller.signal, (region, read) => {
      this.regions.set(region, { region, listing: false, devices: 0 });
      if (read.ok) return this.seedFromSnapshot(region, read.snapshot.devices, read.snapshot);
      if (!read.missing) this.shared = { ...this.shared, problems: [...this.shared.problems, { region, problem: read.problem }] };
      void this.listRegion(region, false);
    });
  }

  /**
   * Rows of one region from the deployment's shared snapshot, each with its describe time. Then only rows
   * on screen, announced devices and what the operator opens are described again; refresh() does all.
   */
  seedFromSnapshot(region: string, devices: readonly DescribedDevice[], at: { writtenAt: number; listedAt: number }): void {
    const seen = new Set<string>();
    for (const d of devices) {
      const row = seedRow(this.rows, this.queryClient, this.connection, region, d);
      seen.add(row.key);
      if (!d.detail) this.describe(row, 0);
    }
    this.rows.removeMissing(region, seen);
    this.regions.set(region, { region, listing: false, devices: devices.length });
    this.shared = { ...this.shared, writtenAt: Math.min(this.shared.writtenAt ?? at.writtenAt, at.writtenAt) };
    this.listedAt = Math.min(this.listedAt ?? at.listedAt, at.listedAt);
    this.refreshRows(this.visible, 'visible', this.options.staleTime);
    this.changed('now');
  }

  /** Whether this visit's listing of the region reached its last page. */
  private listedInFull(region: string): boolean {
    const status = this.regions.get(region);
    return this.started && status !== undefined && !status.listing && !status.error;
  }

  /** Rows other tabs show (this tab runs the fan-out for them): described with its own. */
  setRemoteVisible(keys: ReadonlySet<string>): void {
    this.remoteVisible = keys;
    this.generation++;
    this.prioritise(keys);
  }

  private stopSharing?: () => void;

  /** Lets another tab run the fan-out (fleet-share.ts): calls go there while it does; `stop` ends the sharing. */
  coordinate(coordinator: FleetCoordinator, stop: () => void): void {
    this.coordinator = coordinator;
    this.stopSharing = stop;
  }

  /** The rows this tab shows. */
  visibleKeys(): string[] {
    return [...this.visible];
  }

  override dispose(): void {
    super.dispose();
    this.stopSharing?.();
  }

  /** Rows from the tab that runs the fan-out, and what else it says; this tab follows it. */
  receive(rows: readonly FleetRow[], removed: readonly string[], status: RemoteStatus): void {
    for (const row of rows) this.rows.put(row);
    if (removed.length) this.rows.remove(removed);
    this.remote = status;
    this.changed('now');
  }

  /**
   * The fleet as this browser cached it: shown at once, each row marked until described
   * again (a row already described here keeps its description). The listing confirms them;
   * a region it already listed in full takes only the rows it listed (the cache was read after).
   */
  seedFromCache(rows: readonly FleetRow[], listedAt: number | undefined): void {
    for (const row of rows) {
      const known = this.rows.get(row.key);
      if (!known && this.listedInFull(row.region)) continue;
      if (!known?.detail) this.rows.put({ ...row, summary: known?.summary ?? row.summary, fromCache: true });
    }
    this.cachedListedAt = listedAt;
    this.changed('now');
    this.prioritise([...this.visible, ...this.remoteVisible]);
  }

  /**
   * The tab that ran the fan-out is gone and this one runs it now: it keeps the rows it
   * received, lists the regions whose listing had not finished, and describes only the
   * rows without a description or with one from the cache.
   */
  takeOver(): void {
    const remote = this.remote;
    this.remote = undefined;
    if (!this.started && !remote?.listedAt && !remote?.regions.some((r) => r.listing)) return this.refresh();
    this.started = true;
    this.listedAt = remote?.listedAt;
    this.cachedListedAt = remote?.cachedListedAt;
    for (const status of remote?.regions ?? []) {
      this.regions.set(status.region, { ...status, listing: false });
      if (status.listing || status.error || !remote?.listedAt) void this.listRegion(status.region, false, Infinity);
    }
    for (const row of this.rows.all()) if (row.fromCache || (!row.detail && !row.detailError)) this.describe(row, 0);
    this.changed('now');
  }
}

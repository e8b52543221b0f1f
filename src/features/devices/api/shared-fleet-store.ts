import type { FleetCoordinator, FleetRow, RemoteStatus } from './fleet-types';
import { FleetStore } from './fleet-store';

/**
 * The fleet store with what sharing one fan-out between tabs (fleet-share.ts) and the warm
 * start from this browser's cache need: rows from another tab, rows from the cache, the
 * rows other tabs show, and taking the fan-out over from a tab that closed.
 */
export class SharedFleetStore extends FleetStore {
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
   * again (a row already described here keeps its description). The listing confirms them.
   */
  seedFromCache(rows: readonly FleetRow[], listedAt: number | undefined): void {
    for (const row of rows) {
      const known = this.rows.get(row.key);
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

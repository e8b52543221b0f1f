import type { FleetRow } from './fleet-types';

type Change = Partial<Omit<FleetRow, 'key' | 'region' | 'managedDeviceId'>>;

/**
 * The fleet's rows in listing order, with an index by key and the set of rows whose last
 * DescribeDevice failed. Rows are replaced, never mutated, so a published snapshot keeps
 * the rows it was built from.
 */
export class FleetRows {
  private list: FleetRow[] = [];
  private index = new Map<string, number>();
  /** Keys of rows whose last DescribeDevice failed. */
  readonly failed = new Set<string>();

  get(key: string): FleetRow | undefined {
    const i = this.index.get(key);
    return i === undefined ? undefined : this.list[i];
  }

  /** Finds a device's row by its region and id. */
  find(region: string, managedDeviceId: string): FleetRow | undefined {
    return this.get(`${region}|${managedDeviceId}`);
  }

  add(row: FleetRow): FleetRow {
    this.index.set(row.key, this.list.length);
    this.list.push(row);
    this.track(row);
    return row;
  }

  /** Replaces a row with a changed copy; undefined when there is no such row. */
  update(key: string, change: Change): FleetRow | undefined {
    const i = this.index.get(key);
    const old = i === undefined ? undefined : this.list[i];
    if (i === undefined || !old) return undefined;
    const row = (this.list[i] = { ...old, ...change });
    this.track(row);
    return row;
  }

  /** Adds a row, or replaces the row with its key. */
  put(row: FleetRow): FleetRow {
    return this.index.has(row.key) ? this.update(row.key, row)! : this.add(row);
  }

  /** Drops rows by key. */
  remove(keys: Iterable<string>): void {
    const gone = new Set(keys);
    for (const k of gone) this.failed.delete(k);
    this.list = this.list.filter((r) => !gone.has(r.key));
    this.index = new Map(this.list.map((r, n) => [r.key, n]));
  }

  /** Drops the rows of a region that its latest listing no longer has. */
  removeMissing(region: string, seen: ReadonlySet<string>): void {
    const kept = this.list.filter((r) => r.region !== region || seen.has(r.key));
    if (kept.length === this.list.length) return;
    for (const r of this.list) if (r.region === region && !seen.has(r.key)) this.failed.delete(r.key);
    this.list = kept;
    this.index = new Map(kept.map((r, n) => [r.key, n]));
  }

  /** Rows with neither a detail nor an error yet. */
  waiting(): number {
    let n = 0;
    for (const r of this.list) if (!r.detail && !r.detailError) n++;
    return n;
  }

  /** Rows whose detail is still the cached one. */
  fromCache(): number {
    let n = 0;
    for (const r of this.list) if (r.fromCache) n++;
    return n;
  }

  all(): readonly FleetRow[] {
    return this.list;
  }

  private track(row: FleetRow) {
    if (row.detailError) this.failed.add(row.key);
    else this.failed.delete(row.key);
  }
}

import type { DescribeDeviceOutput, DeviceSummary } from '@aws-sdk/client-snow-device-management';
import { cacheEpoch, deleteChunks, writeChunk, writeHead } from './cache';
import { CACHE_VERSION, entryKey, toCachedRow, type CachedRow } from './schema';

/** A row as the fleet holds it (the inventory's rows have these fields and more). */
export interface CacheableRow {
  region: string;
  managedDeviceId: string;
  summary: DeviceSummary;
  detail?: DescribeDeviceOutput;
  detailAt?: number;
}

export interface WriterOptions {
  kind: string;
  account: string;
  /** Each region's entry as read at start: chunks the writer no longer uses are deleted, the listing time stays until a new one. */
  previous?: ReadonlyMap<string, { chunks: readonly number[]; listedAt?: number }>;
  /** Writes at most this often (ms). */
  flushMs?: number;
  chunkRows?: number;
  /** Rows and estimated bytes an entry holds at most. */
  maxRows?: number;
  maxBytes?: number;
  /** Lets the page run between two chunk writes. */
  pause?: () => Promise<void>;
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** One region's entry: rows kept in fixed chunks, so a change rewrites its chunk only. */
class Entry {
  readonly chunkOf = new Map<string, number>();
  readonly chunks = new Map<number, Map<string, CachedRow>>();
  readonly written = new Map<string, CacheableRow>();
  readonly dirty = new Set<number>();
  open = 0;
  next = 1;
  bytesPerRow = 0;
  truncated = false;
  listedAt?: number;
  headDue = false;

  constructor(readonly key: string, public unused: number[]) {}

  private put(id: string, row: CachedRow, chunkRows: number) {
    let n = this.chunkOf.get(id);
    if (n === undefined) {
      if ((this.chunks.get(this.open)?.size ?? 0) >= chunkRows) this.open = this.next++;
      n = this.open;
      this.chunkOf.set(id, n);
    }
    let chunk = this.chunks.get(n);
    if (!chunk) this.chunks.set(n, (chunk = new Map()));
    chunk.set(id, row);
    this.dirty.add(n);
  }

  private remove(id: string) {
    const n = this.chunkOf.get(id);
    this.written.delete(id);
    if (n === undefined) return;
    this.chunkOf.delete(id);
    this.chunks.get(n)?.delete(id);
    this.dirty.add(n);
  }

  /** Takes the region's current rows: what changed goes into its chunk, what is gone leaves. */
  take(rows: readonly CacheableRow[], o: Required<Pick<WriterOptions, 'chunkRows' | 'maxRows' | 'maxBytes'>>) {
    const present = new Set<string>();
    for (const row of rows) {
      const id = row.managedDeviceId;
      present.add(id);
      if (this.written.get(id) === row) continue;
      const stored = toCachedRow(row);
      // The size of a row, estimated once from the first one with a description.
      if (!this.bytesPerRow && stored.detail) this.bytesPerRow = JSON.stringify(stored).length * 2;
      const cap = Math.min(o.maxRows, this.bytesPerRow ? Math.floor(o.maxBytes / this.bytesPerRow) : o.maxRows);
      if (!this.chunkOf.has(id) && this.chunkOf.size >= cap) {
        this.truncated = true;
        continue;
      }
      this.written.set(id, row);
      this.put(id, stored, o.chunkRows);
    }
    for (const id of [...this.written.keys()]) if (!present.has(id)) this.remove(id);
  }
}

/**
 * Writes the fleet into the cache behind the inventory: at most every `flushMs`, one chunk
 * of rows per task, so thousands of rows never hold the page. Each region is one entry;
 * its head is written after its chunks. A clearing of the cache (Settings, sign-out, another
 * tab) stops the writer for good.
 */
export class FleetCacheWriter {
  private readonly entries = new Map<string, Entry>();
  private latest?: { rows: readonly CacheableRow[]; listedAt: ReadonlyMap<string, number | undefined> };
  private timer?: ReturnType<typeof setTimeout>;
  private flushing = false;
  private lastFlush = Date.now();
  private stopped = false;
  private readonly epoch = cacheEpoch();
  private readonly o: Required<Omit<WriterOptions, 'previous'>> & Pick<WriterOptions, 'previous'>;

  constructor(options: WriterOptions) {
    this.o = { flushMs: 3_000, chunkRows: 250, maxRows: 60_000, maxBytes: 64 * 1024 * 1024, pause: yieldToPage, ...options };
  }

  /** The fleet's latest rows and each region's listing time (written later, throttled). */
  observe(rows: readonly CacheableRow[], listedAt: ReadonlyMap<string, number | undefined>): void {
    if (this.stopped) return;
    this.latest = { rows, listedAt };
    this.schedule();
  }

  /** Writes what is due now (the page is being hidden). */
  flushNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    void this.flush();
  }

  dispose(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private schedule() {
    if (this.timer !== undefined || this.flushing || !this.latest) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, Math.max(0, this.lastFlush + this.o.flushMs - Date.now()));
  }

  private entry(region: string): Entry {
    let e = this.entries.get(region);
    if (!e) {
      const key = entryKey({ kind: this.o.kind, account: this.o.account, region });
      const previous = this.o.previous?.get(region);
      this.entries.set(region, (e = new Entry(key, [...(previous?.chunks ?? [])])));
      e.listedAt = previous?.listedAt;
    }
    return e;
  }

  private async flush() {
    const latest = this.latest;
    if (this.flushing || !latest) return;
    if (this.epoch !== cacheEpoch()) return this.dispose();
    this.flushing = true;
    this.latest = undefined;
    try {
      const byRegion = new Map<string, CacheableRow[]>();
      for (const region of latest.listedAt.keys()) byRegion.set(region, []);
      for (const row of latest.rows) byRegion.get(row.region)?.push(row);
      for (const [region, rows] of byRegion) {
        const e = this.entry(region);
        e.take(rows, this.o);
        const listedAt = latest.listedAt.get(region) ?? e.listedAt;
        if (listedAt !== e.listedAt) e.headDue = true;
        e.listedAt = listedAt;
      }
      for (const [region, e] of this.entries) await this.write(region, e);
    } finally {
      this.flushing = false;
      this.lastFlush = Date.now();
      if (this.stopped) clearTimeout(this.timer);
      else this.schedule();
    }
  }

  private async write(region: string, e: Entry) {
    if (e.dirty.size === 0 && !e.headDue) return;
    const dirty = [...e.dirty];
    e.dirty.clear();
    for (const n of dirty) {
      if (this.stopped) return;
      const chunk = e.chunks.get(n);
      await writeChunk(e.key, n, chunk ? [...chunk.values()] : [], this.epoch);
      if (chunk?.size === 0) e.chunks.delete(n);
      await this.o.pause();
    }
    const chunks = [...e.chunks.keys()].sort((a, b) => a - b);
    await writeHead(e.key, {
      version: CACHE_VERSION, kind: this.o.kind, account: this.o.account, region, listedAt: e.listedAt, writtenAt: Date.now(),
      chunks, rows: e.chunkOf.size, bytes: e.chunkOf.size * e.bytesPerRow, truncated: e.truncated,
    }, this.epoch);
    e.headDue = false;
    // Chunks of the entry as it was read, which this writer does not use, go after the head.
    const unused = e.unused.filter((n) => !e.chunks.has(n));
    e.unused = [];
    await deleteChunks(e.key, unused);
  }
}

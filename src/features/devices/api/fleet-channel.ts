import type { FleetCall, FleetRow, RegionStatus, RemoteStatus } from './fleet-types';

/** What tabs of one connection say to each other (BroadcastChannel, or a fake in tests). */
export type FleetMessage =
  /** A tab joined as a follower: the leader sends it every row. */
  | { t: 'hello'; from: string }
  /** A tab runs the fan-out now (it started, or took over): followers tell it what they show. */
  | { t: 'leader'; from: string }
  /** Rows that changed and rows that left, with the fan-out's progress; `to` for one tab only. */
  | { t: 'rows'; from: string; to?: string; rows: FleetRow[]; removed: string[]; status: RemoteStatus }
  | { t: 'visible'; from: string; keys: string[] }
  | { t: 'call'; from: string; call: FleetCall }
  | { t: 'bye'; from: string };

/** The part of BroadcastChannel the fleet uses. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

/** One channel per origin, connection kind, account and regions; the version guards against other builds. */
export function fleetChannelName(kind: string, account: string, regions: readonly string[]): string {
  return `snow-dashboard-fleet/v1/${kind}/${account}/${[...regions].sort().join(',')}`;
}

/** Rows per message: the same batches the publisher makes, cut so no one message clones thousands. */
export const ROWS_PER_MESSAGE = 500;

// Errors lose their name and fields on the way (structured clone): they travel as plain facts.
function plainError(error: unknown): unknown {
  if (error === undefined || error === null || typeof error !== 'object') return error;
  const e = error as { name?: unknown; message?: unknown; command?: unknown; region?: unknown; status?: unknown };
  return { name: e.name, message: e.message, command: e.command, region: e.region, status: e.status };
}

/** A row as it travels: its error as plain fields. */
export function wireRow(row: FleetRow): FleetRow {
  return row.detailError === undefined ? row : { ...row, detailError: plainError(row.detailError) };
}

export function wireStatus(status: RemoteStatus): RemoteStatus {
  const regions: RegionStatus[] = status.regions.map((r) => (r.error === undefined ? r : { ...r, error: plainError(r.error) }));
  return { ...status, regions };
}

/** Sends messages in order, one per task, so a burst of row batches does not hold the page. */
export class Outbox {
  private queue: FleetMessage[] = [];
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly channel: ChannelLike) {}

  send(message: FleetMessage): void {
    this.queue.push(message);
    this.timer ??= setTimeout(() => this.drain(), 0);
  }

  /** Sends everything queued now (the page is going away). */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const m of this.queue.splice(0)) this.post(m);
  }

  close(): void {
    clearTimeout(this.timer);
    this.queue = [];
  }

  private drain() {
    this.timer = undefined;
    const next = this.queue.shift();
    if (next) this.post(next);
    if (this.queue.length) this.timer = setTimeout(() => this.drain(), 0);
  }

  private post(m: FleetMessage) {
    try {
      this.channel.postMessage(m);
    } catch {
      // A closed channel: the tab is leaving.
    }
  }
}

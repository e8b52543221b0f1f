import { claimAccount } from '@/lib/fleet-cache';
import { fleetChannelName, Outbox, ROWS_PER_MESSAGE, wireRow, wireStatus, type ChannelLike, type FleetMessage } from './fleet-channel';
import { electLeader, type LocksLike } from './fleet-leader';
import type { FleetCall, FleetCoordinator, FleetRow, FleetSnapshot, RemoteStatus } from './fleet-types';
import { warmStart, writeBehind, type FleetScope } from './fleet-warm';
import type { SharedFleetStore } from './shared-fleet-store';

export interface ShareOptions {
  kind: string;
  regions: readonly string[];
  /** The connection's account id; undefined when it cannot be known (then no cache and no sharing). */
  account: () => Promise<string | undefined>;
  /** Web Locks and BroadcastChannel; where either is missing, the tab runs its own fan-out. */
  locks?: LocksLike;
  openChannel?: (name: string) => ChannelLike;
  tabId?: string;
}

type Role = 'waiting' | 'solo' | 'leader' | 'follower';

const statusOf = (s: FleetSnapshot): RemoteStatus =>
  wireStatus({ regions: [...s.regions], pending: s.pending, retrying: s.retrying, listedAt: s.listedAt, cachedListedAt: s.cachedListedAt });

/**
 * One fan-out for every tab of a connection: tabs elect a leader (fleet-leader.ts) that
 * lists and describes, and broadcasts changed rows after each of its publications; the
 * others show them, send it the rows they show, and pass their refreshes on to it. The
 * leader (or a tab on its own) starts from this browser's cache and writes it behind.
 */
export class FleetShare implements FleetCoordinator {
  private role: Role = 'waiting';
  private startWanted = false;
  private stopped = false;
  private readonly id: string;
  private channel?: ChannelLike;
  private outbox?: Outbox;
  private scope?: FleetScope;
  private release?: () => void;
  private readonly stops: Array<() => void> = [];
  private claimed: Promise<void> = Promise.resolve();
  private readonly remoteVisible = new Map<string, string[]>();
  private sent = new Map<string, FleetRow>();
  /** A follower got its full copy of the rows. */
  private synced = false;

  constructor(private readonly store: SharedFleetStore, private readonly o: ShareOptions) {
    this.id = o.tabId ?? Math.random().toString(36).slice(2);
    store.coordinate(this, () => this.stop());
    void this.begin();
  }

  forward(call: FleetCall): boolean {
    if (this.role === 'leader' || this.role === 'solo') return false;
    if (call.op === 'start' || call.op === 'refresh') this.startWanted = true;
    if (this.role === 'waiting') return true;
    if (call.op === 'visible') this.send({ t: 'visible', from: this.id, keys: call.keys });
    else if (call.op !== 'start') this.send({ t: 'call', from: this.id, call });
    return true;
  }

  private async begin() {
    const account = await this.o.account();
    if (this.stopped) return;
    if (!account) return this.become('solo');
    this.scope = { kind: this.o.kind, account, regions: this.o.regions };
    // The cache is claimed for this account while the tabs elect their leader: only its read waits for that.
    this.claimed = claimAccount(account);
    if (!this.o.locks || !this.o.openChannel) return this.lead('solo');
    const name = fleetChannelName(this.o.kind, account, this.o.regions);
    this.channel = this.o.openChannel(name);
    this.outbox = new Outbox(this.channel);
    this.channel.addEventListener('message', (e) => this.onMessage(e.data as FleetMessage));
    this.release = electLeader(this.o.locks, name, {
      onLead: () => void this.lead('leader'),
      onFollow: () => {
        this.role = 'follower';
        this.send({ t: 'hello', from: this.id });
        const keys = this.store.visibleKeys();
        if (keys.length) this.send({ t: 'visible', from: this.id, keys });
      },
    });
    const bye = () => {
      if (this.role === 'follower') this.send({ t: 'bye', from: this.id });
      this.outbox?.flush();
    };
    if (typeof window === 'undefined') return;
    window.addEventListener('pagehide', bye);
    this.stops.push(() => window.removeEventListener('pagehide', bye));
  }

  private become(role: Role) {
    this.role = role;
    if (this.startWanted) this.store.start();
  }

  /**
   * This tab runs the fan-out, from the rows it followed after a takeover. A first leader
   * sends its listing at once and the cache's rows join the store when read (warmStart):
   * the first rows do not wait for IndexedDB on a page busy rendering.
   */
  private async lead(role: 'leader' | 'solo') {
    if (this.stopped) return;
    // A follower that never got the rows (the tab it followed was leaving: a reload) starts as a first leader does.
    const tookOver = this.role === 'follower' && this.synced;
    const scope = this.scope!;
    if (role === 'leader') this.startBroadcasting();
    if (tookOver) {
      this.role = role;
      this.store.takeOver();
    } else this.become(role);
    if (role === 'leader') this.send({ t: 'leader', from: this.id });
    const previous = tookOver ? new Map() : await this.claimed.then(() => warmStart(this.store, scope));
    if (this.stopped) return;
    this.stops.push(writeBehind(this.store, scope, previous));
  }

  private startBroadcasting() {
    // The follower's rows are what the leader has sent so far.
    this.sent = new Map(this.store.getSnapshot().rows.map((r) => [r.key, r]));
    this.stops.push(this.store.subscribe(() => this.broadcast()));
  }

  /** After each publication: the rows that changed since the last one, in batches. */
  private broadcast() {
    const snapshot = this.store.getSnapshot();
    const changed: FleetRow[] = [];
    const current = new Set<string>();
    for (const row of snapshot.rows) {
      current.add(row.key);
      if (this.sent.get(row.key) !== row) {
        changed.push(row);
        this.sent.set(row.key, row);
      }
    }
    const removed: string[] = [];
    if (current.size !== this.sent.size) for (const key of this.sent.keys()) if (!current.has(key)) removed.push(key);
    for (const key of removed) this.sent.delete(key);
    this.sendRows(changed, removed, statusOf(snapshot));
  }

  private sendRows(rows: readonly FleetRow[], removed: string[], status: RemoteStatus, to?: string) {
    for (let i = 0; i === 0 || i < rows.length; i += ROWS_PER_MESSAGE) {
      const batch = rows.slice(i, i + ROWS_PER_MESSAGE).map(wireRow);
      this.send({ t: 'rows', from: this.id, to, rows: batch, removed: i === 0 ? removed : [], status });
    }
  }

  private onMessage(m: FleetMessage) {
    if (this.stopped || m.from === this.id) return;
    if (this.role === 'leader') {
      if (m.t === 'hello') this.sendRows(this.store.getSnapshot().rows, [], statusOf(this.store.getSnapshot()), m.from);
      else if (m.t === 'visible') this.showRemote(m.from, m.keys);
      else if (m.t === 'bye') this.showRemote(m.from, undefined);
      else if (m.t === 'call') this.run(m.call);
    } else if (this.role === 'follower') {
      // Changes sent before this tab's copy are in it: the rows keep the leader's order.
      if (m.t === 'rows' && (m.to === this.id || (m.to === undefined && this.synced))) {
        this.synced ||= m.to === this.id;
        this.store.receive(m.rows, m.removed, m.status);
      } else if (m.t === 'leader') {
        // A new leader does not know what this tab shows; one that was starting missed its hello.
        if (!this.synced) this.send({ t: 'hello', from: this.id });
        this.send({ t: 'visible', from: this.id, keys: this.store.visibleKeys() });
      }
    }
  }

  private showRemote(tab: string, keys: string[] | undefined) {
    if (keys) this.remoteVisible.set(tab, keys);
    else this.remoteVisible.delete(tab);
    this.store.setRemoteVisible(new Set([...this.remoteVisible.values()].flat()));
  }

  /** A follower's call, run here for it. */
  private run(call: FleetCall) {
    const s = this.store;
    if (call.op === 'start') s.start();
    else if (call.op === 'refresh') s.refresh();
    else if (call.op === 'retryRegion') s.retryRegion(call.region);
    else if (call.op === 'refreshRows') s.refreshRows(call.keys, call.urgency, call.maxAgeMs);
    else if (call.op === 'refreshCycle') s.refreshCycle(call.keys);
    else if (call.op === 'retryFailed') s.retryFailed();
  }

  private send(m: FleetMessage) {
    this.outbox?.send(m);
  }

  private stop() {
    if (this.stopped) return;
    if (this.role === 'follower') this.send({ t: 'bye', from: this.id });
    this.outbox?.flush();
    this.stopped = true;
    this.stops.forEach((s) => s());
    this.release?.();
    this.outbox?.close();
    this.channel?.close();
  }
}

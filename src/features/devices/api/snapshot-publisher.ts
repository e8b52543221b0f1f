import { createExternalStore } from '@/lib/external-store';

/** How soon a change must reach the screen. */
export type Urgency = 'now' | 'soon' | 'slow';

/**
 * Publishes snapshots of a changing collection in batches: a change marked `now` is
 * published at once, `soon` within `soonMs` of the last publication, `slow` within
 * `slowMs`, so thousands of answers cause a few dozen renders, not thousands.
 */
export class SnapshotPublisher<S> {
  private readonly store;
  private timer?: ReturnType<typeof setTimeout>;
  private lastFlush = 0;
  private due = 0;
  private disposed = false;

  constructor(
    private readonly build: () => S,
    private readonly delays: { soonMs: number; slowMs: number },
  ) {
    this.store = createExternalStore(build());
  }

  subscribe = (listener: () => void) => this.store.subscribe(listener);

  getSnapshot = (): S => this.store.get();

  /** Schedules a publication no later than the urgency allows. */
  changed(when: Urgency): void {
    if (this.disposed) return;
    const delay = when === 'now' ? 0 : when === 'soon' ? this.delays.soonMs : this.delays.slowMs;
    const due = when === 'now' ? Date.now() : Math.max(Date.now(), this.lastFlush + delay);
    if (this.timer !== undefined && this.due <= due) return;
    clearTimeout(this.timer);
    this.due = due;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.lastFlush = Date.now();
      this.store.set(this.build());
    }, due - Date.now());
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }
}

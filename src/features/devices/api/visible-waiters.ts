/**
 * Waits for the rows on screen to be described (or failed): the listing pauses after its
 * first page until then, so the descriptions the operator is waiting for go first.
 */
export class VisibleWaiters {
  private waiters = new Set<() => void>();

  constructor(
    private readonly complete: () => boolean,
    private readonly signal: AbortSignal,
  ) {}

  /** Resolves when the rows on screen are all answered, after `maxMs` at most. */
  wait(maxMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        this.signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, maxMs);
      this.signal.addEventListener('abort', done);
      this.waiters.add(done);
      this.settle();
    });
  }

  /** Called wherever a row on screen gets its answer or the rows on screen change. */
  settle(): void {
    if (this.waiters.size === 0 || !this.complete()) return;
    for (const done of [...this.waiters]) done();
  }
}

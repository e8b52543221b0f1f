/**
 * When failed rows are described again. The scheduler's retry policy is the only retry;
 * this is not a second one. A row whose DescribeDevice failed is described again when the
 * service shows it answers again: a DescribeDevice succeeded after the failure. Each failed
 * row gets that once per refresh cycle (the auto refresh, a manual refresh), so a service
 * failing part of the time costs one more call per failed row and cycle, not a loop; a
 * service failing every call gets one probe per cycle (a failed row on screen, see
 * FleetStore.refreshCycle).
 */
export class FailedRowRecovery {
  /** Failed rows not yet described again in this cycle. */
  private awaiting = new Set<string>();
  /** Rows already described again in this cycle. */
  private done = new Set<string>();

  /** A row's DescribeDevice failed: it waits for the service to answer again. */
  failed(key: string): void {
    if (!this.done.has(key)) this.awaiting.add(key);
  }

  /** A row was described: nothing to recover. */
  described(key: string): void {
    this.awaiting.delete(key);
  }

  /** A DescribeDevice succeeded: the failed rows to describe again now (each once per cycle). */
  takeRecoverable(): string[] {
    if (this.awaiting.size === 0) return [];
    const keys = [...this.awaiting];
    this.awaiting.clear();
    for (const k of keys) this.done.add(k);
    return keys;
  }

  /** A new refresh cycle: every row that is still failed may be recovered once more. */
  newCycle(failed: Iterable<string>): void {
    this.done.clear();
    this.awaiting = new Set(failed);
  }

  /** The operator (or a re-authentication) asked for these rows: they count as tried this cycle. */
  tried(keys: Iterable<string>): void {
    for (const k of keys) {
      this.awaiting.delete(k);
      this.done.add(k);
    }
  }
}

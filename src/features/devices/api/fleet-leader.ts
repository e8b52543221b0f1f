/** The part of the Web Locks API leader election uses (navigator.locks, or a fake in tests). */
export interface LocksLike {
  request(name: string, options: { ifAvailable?: boolean; signal?: AbortSignal }, callback: (lock: unknown) => Promise<unknown>): Promise<unknown>;
}

export interface Election {
  /** This tab holds the lock: it runs the fan-out (at start, or after the leader's tab closed). */
  onLead: () => void;
  /** Another tab holds it: this one follows and waits its turn. */
  onFollow: () => void;
}

/**
 * Elects one tab of a connection to run the fan-out: the first to take the lock holds it
 * for the tab's life; the others queue for it, so when the leader's tab closes (the browser
 * releases its locks) the next one takes over. Returns the function that lets go.
 */
export function electLeader(locks: LocksLike, name: string, election: Election): () => void {
  const abort = new AbortController();
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const lead = async () => {
    if (abort.signal.aborted) return;
    election.onLead();
    await held;
  };
  const ignore = () => undefined;
  locks.request(name, { ifAvailable: true }, async (lock) => {
    if (lock) return lead();
    if (abort.signal.aborted) return;
    election.onFollow();
    locks.request(name, { signal: abort.signal }, lead).catch(ignore);
  }).catch(ignore);
  return () => {
    abort.abort();
    release();
  };
}

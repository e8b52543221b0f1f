/**
 * Abort callbacks by signal, one DOM listener per signal: a fan-out passes the same signal
 * with every one of its 50,000 requests, and removing each request's own listener from it
 * would scan all the others.
 */
const abortCallbacks = new WeakMap<AbortSignal, Set<() => void>>();

export function onAbort(signal: AbortSignal, callback: () => void): void {
  let callbacks = abortCallbacks.get(signal);
  if (!callbacks) {
    const set = new Set<() => void>();
    callbacks = set;
    abortCallbacks.set(signal, set);
    signal.addEventListener('abort', () => {
      abortCallbacks.delete(signal);
      for (const c of [...set]) c();
    }, { once: true });
  }
  callbacks.add(callback);
}

export function offAbort(signal: AbortSignal, callback: () => void): void {
  abortCallbacks.get(signal)?.delete(callback);
}

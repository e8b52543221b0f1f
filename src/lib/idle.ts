import { useEffect, useState } from 'react';

/**
 * Runs `run` once the page is idle, `afterMs` after the call at the earliest (or `timeoutMs`
 * after that at the latest): for work the first view does not need. Returns the cancel.
 */
export function whenIdle(run: () => void, { afterMs = 0, timeoutMs = 2_000 } = {}): () => void {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: timeoutMs });
    else run();
  }, afterMs);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}

/** False until the page is idle, `afterMs` after its first render at the earliest (see whenIdle); then true. */
export function useIdleReady(afterMs = 0): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => whenIdle(() => setReady(true), { afterMs }), [afterMs]);
  return ready;
}

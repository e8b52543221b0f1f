import { useEffect, useLayoutEffect, useRef } from 'react';
import { measureSince, UPDATE_MEASURE } from '../api/timing';

/**
 * Measures from a fleet store publication to the frame that shows it: the store's listeners
 * run when it publishes, and the commit's next animation frame is the paint that shows it.
 */
export function useUpdateTiming(subscribe: (listener: () => void) => () => void, snapshot: unknown): void {
  const published = useRef<number | undefined>(undefined);
  useEffect(() => subscribe(() => {
    published.current ??= performance.now();
  }), [subscribe]);
  useLayoutEffect(() => {
    const start = published.current;
    published.current = undefined;
    if (start === undefined) return;
    const frame = requestAnimationFrame(() => measureSince(UPDATE_MEASURE, start));
    return () => cancelAnimationFrame(frame);
  }, [snapshot]);
}

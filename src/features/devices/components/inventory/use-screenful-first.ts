import { useEffect, useMemo, useState } from 'react';

/**
 * The rows of the page, a screenful first: when the operator opens another page, sort or
 * filter (a new `viewKey`), and when the first rows arrive (`startPartial`), the first
 * `screenful` rows render and paint before the rest of the page, which renders right after
 * them, below the fold. Later updates of the same view render the whole page at once.
 */
export function useScreenfulFirst<T>(rows: readonly T[], viewKey: string, startPartial: boolean, screenful: number): readonly T[] {
  // The view whose whole page has rendered.
  const [fullFor, setFullFor] = useState<string | undefined>(startPartial ? undefined : viewKey);
  const partial = fullFor !== viewKey && rows.length > screenful;
  useEffect(() => {
    if (fullFor === viewKey || rows.length === 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setFullFor(viewKey), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [fullFor, viewKey, rows.length]);
  return useMemo(() => (partial ? rows.slice(0, screenful) : rows), [partial, rows, screenful]);
}

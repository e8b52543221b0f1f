import { useEffect, useState } from 'react';

/**
 * When a part of the inventory that the first rows do not need may load: shortly after the
 * rows are on screen, after a few seconds at the latest, or at once when `now` is called
 * (the operator focused its placeholder).
 */
export function useAfterFirstRows(rowsShown: boolean): { ready: boolean; now: () => void } {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setReady(true), rowsShown ? 200 : 3_000);
    return () => clearTimeout(t);
  }, [rowsShown]);
  return { ready, now: () => setReady(true) };
}

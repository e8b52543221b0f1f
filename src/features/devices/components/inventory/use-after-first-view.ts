import { useEffect, useState } from 'react';

/**
 * When a part of the inventory that the first view does not need may load: shortly after the
 * rows on screen are described (loading it sooner would compete with their answers for the
 * main thread), after a few seconds at the latest, or at once when `now` is called (the
 * operator focused its placeholder).
 */
export function useAfterFirstView(firstViewShown: boolean): { ready: boolean; now: () => void } {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setReady(true), firstViewShown ? 200 : 3_000);
    return () => clearTimeout(t);
  }, [firstViewShown]);
  return { ready, now: () => setReady(true) };
}

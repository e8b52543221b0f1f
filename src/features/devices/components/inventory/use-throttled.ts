import { useEffect, useRef, useState } from 'react';

/**
 * The value, updated at most once per `ms` (the latest value always lands). For work over
 * the whole fleet that need not follow every batch of answers, such as filter suggestions.
 */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    const wait = Math.max(0, last.current + ms - Date.now());
    const t = setTimeout(() => {
      last.current = Date.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(t);
  }, [value, ms]);
  return shown;
}

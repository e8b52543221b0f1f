import { useSyncExternalStore } from 'react';

/** Windows at least this wide show the devices views in full; narrower ones fold secondary parts. */
export const WIDE = '(min-width: 1280px)';

/** Whether a CSS media query matches the window now; follows changes. */
export function useMediaQuery(query: string): boolean {
  // Without matchMedia (tests outside a browser) the query is taken to match.
  const supported = typeof window !== 'undefined' && typeof window.matchMedia === 'function';
  return useSyncExternalStore(
    (onChange) => {
      if (!supported) return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => !supported || window.matchMedia(query).matches,
    () => true,
  );
}

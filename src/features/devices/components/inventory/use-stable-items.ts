import { useRef } from 'react';

/** Whether two lists hold the same items (by identity) in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The list, or the previous one when it holds the same items: a component memoised on it
 * (the inventory's table) skips a render when a new snapshot left these items alone.
 */
export function useStableItems<T>(items: readonly T[]): readonly T[] {
  const last = useRef(items);
  // Reading and writing the ref while rendering is safe here: the result depends only on
  // the items, and a discarded render at worst keeps an equal list.
  // eslint-disable-next-line react-hooks/refs
  if (!sameItems(last.current, items)) last.current = items;
  // eslint-disable-next-line react-hooks/refs
  return last.current;
}

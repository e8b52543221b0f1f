import { useCallback, useEffect, useState } from 'react';
import { localRecord } from '@/lib/local-record';
import { readStored, toStored, type Change, type KnownValues, type SavedViewsState } from '../../model/saved-views';

const KEY = 'snow-dashboard:saved-views';

function load(known: KnownValues): { state: SavedViewsState; problems: string[] } {
  // The record is parsed here rather than in localRecord so that what was wrong can be said.
  const record = localRecord(KEY, (raw) => raw);
  const { value, damaged } = record.read();
  if (damaged) return { state: { views: [] }, problems: ['The saved views in this browser are damaged and could not be read.'] };
  if (value === undefined) return { state: { views: [] }, problems: [] };
  return readStored(value, known);
}

const record = localRecord<ReturnType<typeof toStored>>(KEY, () => undefined);

/**
 * The operator's saved views, in this browser's localStorage (filters, sort, columns and page
 * size only: nothing secret). Another tab's changes arrive through the storage event.
 */
export function useSavedViews(known: KnownValues) {
  const [loaded, setLoaded] = useState(() => load(known));
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === KEY) setLoaded(load(known));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [known]);
  /** Applies a change and saves it; returns the error to show, if any. */
  const change = useCallback((c: Change): string | undefined => {
    if ('error' in c) return c.error;
    record.save(toStored(c.state));
    setLoaded({ state: c.state, problems: [] });
    return undefined;
  }, []);
  return { state: loaded.state, problems: loaded.problems, change };
}

import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Connection } from '@/lib/aws/connection';
import type { TimeRange } from './activity-view';
import { summarize, trailQuery, type TrailProgress } from './trail-query';
import type { ActivityRow } from './trail-rows';

const subscribe = (listener: () => void) => {
  document.addEventListener('visibilitychange', listener);
  return () => document.removeEventListener('visibilitychange', listener);
};
/** Whether the page is on screen: paging pauses while the tab is hidden. */
export function usePageVisible(): boolean {
  return useSyncExternalStore(subscribe, () => document.visibilityState !== 'hidden', () => true);
}

/** Pages loaded on their own before "Load more" is asked for (each page is one call per region). */
const AUTO_PAGES = 10;

export interface Trail extends TrailProgress {
  /** Rows that pass the page's own filter. */
  matching: ActivityRow[];
  loading: boolean;
  fetching: boolean;
  paused: boolean;
  hasMore: boolean;
  /** The first page failed as a whole (expired credentials, or every region refused). */
  error: unknown;
  loadMore: () => void;
  refresh: () => void;
}

/**
 * The activity trail with paging that goes on by itself until `want` rows match the page's
 * filter (or AUTO_PAGES pages more were read), then waits for "Load more"; it pauses while
 * the page is hidden, so a background tab does not spend the account's LookupEvents rate.
 */
export function useTrail(connection: Connection, regions: readonly string[], range: TimeRange, reads: boolean, filter: (row: ActivityRow) => boolean, want: number, enabled = true): Trail {
  const query = useInfiniteQuery({ ...trailQuery(connection, regions, range, reads), enabled });
  const visible = usePageVisible();
  const pages = query.data?.pages;
  const progress = useMemo(() => summarize(pages), [pages]);
  const matching = useMemo(() => progress.rows.filter(filter), [progress.rows, filter]);
  const [budget, setBudget] = useState(AUTO_PAGES);
  // Each "Load more" asks for as many matching rows again.
  const [rounds, setRounds] = useState(1);
  const wanted = want * rounds;
  const loadedPages = pages?.length ?? 0;
  const { hasNextPage, isFetching, fetchNextPage } = query;

  useEffect(() => {
    if (!visible || !hasNextPage || isFetching || loadedPages >= budget || matching.length >= wanted) return;
    void fetchNextPage();
  }, [visible, hasNextPage, isFetching, loadedPages, budget, matching.length, wanted, fetchNextPage]);

  return {
    ...progress,
    matching,
    loading: query.isPending && enabled,
    fetching: isFetching,
    paused: !visible && hasNextPage,
    hasMore: hasNextPage,
    error: query.error,
    loadMore: () => {
      setBudget(loadedPages + AUTO_PAGES);
      setRounds(Math.ceil(matching.length / Math.max(1, want)) + 1);
      if (!isFetching) void fetchNextPage();
    },
    refresh: () => {
      setBudget(AUTO_PAGES);
      setRounds(1);
      void query.refetch();
    },
  };
}

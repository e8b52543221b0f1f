import { useQueries } from '@tanstack/react-query';
import type { TaskState, TaskSummary } from '@aws-sdk/client-snow-device-management';
import { useCallback } from 'react';
import type { Connection } from '@/lib/aws/connection';
import { usePreferences } from '@/lib/preferences';
import type { TaskRef } from './use-task-infos';
import { taskQueries } from './task-queries';

/** How often the task lists are read again while a task runs (executions poll faster). */
const LIST_POLL_MS = 10_000;

export interface RegionError {
  region: string;
  error: unknown;
}

export interface TaskListResult {
  /** Tasks of every region that answered, newest first within a region. */
  refs: TaskRef[];
  /** No region has answered yet. */
  loading: boolean;
  errors: RegionError[];
  refetch: () => void;
}

/**
 * Every task of every region of the connection, through ListTasks to the last page; the
 * state filter is applied by the service. Re-read every 10 s while a task is in progress or
 * the read failed, else at the operator's auto-refresh interval, and never while the tab is hidden.
 */
export function useTaskList(connection: Connection, state?: TaskState): TaskListResult {
  const { autoRefresh, autoRefreshSeconds } = usePreferences();
  const idle = autoRefresh ? autoRefreshSeconds * 1000 : false;
  const combine = useCallback(
    (results: Array<{ data?: TaskSummary[]; error: unknown; isPending: boolean; refetch: () => unknown }>): TaskListResult => ({
      // One query per region, in the connection's order.
      refs: connection.regions.flatMap((region, i) =>
        (results[i]?.data ?? []).map((s, order) => ({ taskId: s.taskId ?? '', region, state: s.state, tags: s.tags ?? {}, taskArn: s.taskArn, order })),
      ),
      loading: results.every((r) => r.isPending && !r.error),
      errors: connection.regions.flatMap((region, i) => {
        const error = results[i]?.error;
        return error ? [{ region, error }] : [];
      }),
      refetch: () => results.forEach((r) => void r.refetch()),
    }),
    [connection.regions],
  );
  return useQueries({
    queries: connection.regions.map((region) => ({
      ...taskQueries.list(connection, region, state),
      // A region that failed (access denied, throttling) is read again on the same poll, so the
      // list recovers by itself once the fault clears.
      refetchInterval: (q: { state: { data?: TaskSummary[]; status: string } }) =>
        q.state.status === 'error' || q.state.data?.some((t) => t.state === 'IN_PROGRESS') ? LIST_POLL_MS : idle,
      refetchIntervalInBackground: false,
    })),
    combine,
  });
}

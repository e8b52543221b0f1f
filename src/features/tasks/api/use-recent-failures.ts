import { useQueries } from '@tanstack/react-query';
import type { DescribeExecutionOutput } from '@aws-sdk/client-snow-device-management';
import { useCallback, useMemo } from 'react';
import type { Connection } from '@/lib/aws/connection';
import { PRIORITY } from '@/lib/aws/scheduler';
import { executionKey, recentFailures, type ExecutionRef, type RecentFailure } from './recent-failures';
import { taskQueries } from './task-queries';
import { useTaskInfos } from './use-task-infos';
import { useTaskList, type RegionError } from './use-task-list';

const background = () => PRIORITY.background;

export interface RecentFailuresResult {
  items: RecentFailure[];
  /** Nothing has answered yet. */
  loading: boolean;
  /** Tasks or executions still being read: the list may grow. */
  reading: number;
  /** Failed executions whose time could not be read. */
  unchecked: number;
  /** Reads that failed (regions' task lists, tasks). */
  errors: Array<RegionError | { region: string; taskId: string; error: unknown }>;
  retry: () => void;
}

/**
 * Executions that failed in the last `windowMs`, from the task lists the tasks views read
 * (the same cache entries, through the scheduler at background priority), with
 * DescribeExecution only for failed executions of tasks that began before the window.
 */
export function useRecentFailures(connection: Connection, now: number, windowMs: number): RecentFailuresResult {
  const list = useTaskList(connection);
  const infos = useTaskInfos(connection, list.refs, background);
  const first = useMemo(() => recentFailures(infos.tasks, new Map(), now, windowMs), [infos.tasks, now, windowMs]);
  const combine = useCallback(
    (results: Array<{ data?: DescribeExecutionOutput; error: unknown }>) => {
      const times = new Map<string, Date | null>();
      first.needTimes.forEach((ref: ExecutionRef, i) => {
        const r = results[i];
        if (r?.data) times.set(executionKey(ref), r.data.lastUpdatedAt ?? r.data.startedAt ?? null);
        else if (r?.error) times.set(executionKey(ref), null);
      });
      return times;
    },
    [first.needTimes],
  );
  const times = useQueries({
    queries: first.needTimes.map((ref) => ({
      ...taskQueries.execution(connection, ref.region, ref.taskId, ref.managedDeviceId),
      // A failed execution has ended: its time does not change.
      staleTime: Infinity,
    })),
    combine,
  });
  const result = useMemo(() => recentFailures(infos.tasks, times, now, windowMs), [infos.tasks, times, now, windowMs]);
  return {
    items: result.items,
    loading: list.loading,
    reading: result.unread + result.needTimes.length,
    unchecked: result.unchecked,
    errors: [...list.errors, ...infos.failures],
    retry: () => {
      list.refetch();
      infos.refetchFailed();
    },
  };
}

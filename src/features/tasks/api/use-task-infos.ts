import { useQueries } from '@tanstack/react-query';
import type { DescribeTaskCommandOutput, ExecutionSummary } from '@aws-sdk/client-snow-device-management';
import { useCallback } from 'react';
import type { Connection } from '@/lib/aws/connection';
import { PRIORITY } from '@/lib/aws/scheduler';
import { isLiveState, type TaskInfo } from './operation-groups';
import { executionMap, LIVE_POLL_MS, taskQueries } from './task-queries';

/** A task as ListTasks names it: enough to group it before it is described. */
export interface TaskRef {
  taskId: string;
  region: string;
  state?: string;
  tags: Record<string, string>;
  taskArn?: string;
  order: number;
}

export interface TaskFailure {
  taskId: string;
  region: string;
  error: unknown;
}

export interface TaskInfosResult {
  tasks: TaskInfo[];
  /** Reads that failed; earlier data of those tasks stays on screen. */
  failures: TaskFailure[];
  refetchFailed: () => void;
}

/**
 * Whether a task's executions may still change, so they are polled: the service lists the
 * task in progress, or an execution read last was still queued or running (a CANCELED task
 * can still run the one that left the queue first). Once every execution ended: never again.
 */
export function executionsMayChange(taskState: string | undefined, executions: ExecutionSummary[] | undefined): boolean {
  return taskState === 'IN_PROGRESS' || Boolean(executions?.some((e) => isLiveState(e.state)));
}

/**
 * DescribeTask and ListExecutions for each task, through the scheduler at the given
 * priority, cached per task. What has ended is never read again (its executions cannot
 * change); what may still change is re-read every 5 s while the tab is visible.
 */
export function useTaskInfos(connection: Connection, refs: TaskRef[], priority: (index: number) => number = () => PRIORITY.visible): TaskInfosResult {
  const combine = useCallback(
    (results: Array<{ data?: unknown; error: unknown; refetch: () => unknown }>): TaskInfosResult => {
      const n = refs.length;
      const failures: TaskFailure[] = [];
      const retry: Array<() => unknown> = [];
      const tasks = refs.map((ref, i): TaskInfo => {
        const d = results[i]?.data as DescribeTaskCommandOutput | undefined;
        const e = results[n + i]?.data as ExecutionSummary[] | undefined;
        for (const r of [results[i], results[n + i]]) {
          if (r?.error) {
            failures.push({ taskId: ref.taskId, region: ref.region, error: r.error });
            retry.push(r.refetch);
          }
        }
        return {
          taskId: ref.taskId,
          region: ref.region,
          state: ref.state ?? d?.state,
          taskArn: ref.taskArn ?? d?.taskArn,
          tags: d?.tags ?? ref.tags,
          order: ref.order,
          description: d?.description,
          createdAt: d?.createdAt,
          completedAt: d?.completedAt,
          targets: d?.targets,
          executions: executionMap(e),
        };
      });
      return { tasks, failures, refetchFailed: () => retry.forEach((r) => void r()) };
    },
    [refs],
  );
  return useQueries({
    queries: [
      ...refs.map((ref, i) => ({
        ...taskQueries.describe(connection, ref.region, ref.taskId, priority(i)),
        // What we take from DescribeTask (created, targets, description) never changes.
        staleTime: 10 * 60_000,
      })),
      ...refs.map((ref, i) => {
        const mayChange = (data: ExecutionSummary[] | undefined) => executionsMayChange(ref.state, data);
        return {
          ...taskQueries.executions(connection, ref.region, ref.taskId, priority(i)),
          staleTime: (q: { state: { data?: ExecutionSummary[] } }) => (mayChange(q.state.data) ? 0 : Infinity),
          refetchInterval: (q: { state: { data?: ExecutionSummary[] } }) => (mayChange(q.state.data) ? LIVE_POLL_MS : false),
          refetchIntervalInBackground: false,
        };
      }),
    ],
    combine,
  });
}

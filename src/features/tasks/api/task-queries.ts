import { queryOptions } from '@tanstack/react-query';
import type { ExecutionSummary, TaskState, TaskSummary } from '@aws-sdk/client-snow-device-management';
import type { Connection } from '@/lib/aws/connection';
import { sdmKey, sdmQuery } from '@/lib/aws/query';
import { listAll, PRIORITY, scheduleSdm } from '@/lib/aws/scheduler';
import { noteExecutions, noteTaskState } from './execution-follow';

/** Marks a key that holds every page of a list call (the input has no nextToken). */
const ALL_PAGES = 'all-pages';

/** Milliseconds between reads of what still runs: modest, the service is polled, not pushed. */
export const LIVE_POLL_MS = 5_000;

/**
 * Query options of the tasks feature. Keys go through sdmKey, so the device page's task
 * history and these views share DescribeTask and DescribeExecution entries, and
 * `invalidateQueries({ queryKey: ['ListExecutions'] })` reaches the lists too.
 */
export const taskQueries = {
  /** Every task of a region (ListTasks to the last page), filtered by state on the service. */
  list: (connection: Connection, region: string, state?: TaskState) => {
    const input = state ? { state } : {};
    return queryOptions({
      queryKey: [...sdmKey('ListTasks', input, connection, region), ALL_PAGES] as const,
      queryFn: ({ signal }): Promise<TaskSummary[]> =>
        listAll(connection, region, 'ListTasks', input, 'tasks', { signal, priority: PRIORITY.visible }),
    });
  },

  /** One task's metadata; a fan-out passes a lower priority than a detail page. */
  describe: (connection: Connection, region: string, taskId: string, priority: number = PRIORITY.interactive) =>
    // The priority orders the request, it does not change the answer: one cache entry for all callers.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: sdmKey('DescribeTask', { taskId }, connection, region),
      queryFn: async ({ signal }) => {
        const task = await scheduleSdm(connection, region, 'DescribeTask', { taskId }, { signal, priority });
        noteTaskState(connection.id, region, taskId, task.state, task.targets);
        return task;
      },
    }),

  /** Every execution of a task (ListExecutions to the last page). */
  executions: (connection: Connection, region: string, taskId: string, priority: number = PRIORITY.interactive) =>
    // As for describe: the priority is not part of the answer.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: [...sdmKey('ListExecutions', { taskId }, connection, region), ALL_PAGES] as const,
      queryFn: async ({ signal }): Promise<ExecutionSummary[]> => {
        const list = await listAll(connection, region, 'ListExecutions', { taskId }, 'executions', { signal, priority });
        // Every read of executions passes here: an ended one the dashboard followed tells the device views.
        noteExecutions(connection.id, region, taskId, list);
        return list;
      },
    }),

  /** One device's execution: startedAt and lastUpdatedAt. */
  execution: (connection: Connection, region: string, taskId: string, managedDeviceId: string) =>
    sdmQuery(connection, region, 'DescribeExecution', { taskId, managedDeviceId }),
};

/** Execution states by device, as TaskInfo holds them. */
export function executionMap(list: ExecutionSummary[] | undefined): Record<string, string> | undefined {
  if (!list) return undefined;
  return Object.fromEntries(list.filter((e) => e.managedDeviceId && e.state).map((e) => [e.managedDeviceId!, e.state!]));
}

import { queryOptions, useQueries, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Connection } from '../../../lib/aws/connection';
import { sdmKey, sdmQuery } from '../../../lib/aws/query';
import { listAll, sendSdm } from '../../../lib/aws/send';
import { pool } from '../../../lib/pool';
import type { DescribeTaskCommandOutput, ExecutionSummary } from '@aws-sdk/client-snow-device-management';
import type { TaskInfo } from './operations';

/**
 * One task with its metadata and execution states. A task that may still change is read
 * from the service and written into the shared cache; a finished one comes from the cache.
 */
export async function readTask(connection: Connection, region: string, taskId: string, queryClient: QueryClient, knownState?: string): Promise<TaskInfo> {
  const describeKey = sdmKey('DescribeTask', { taskId }, connection, region);
  const cached = queryClient.getQueryData<DescribeTaskCommandOutput>(describeKey);
  const fresh = !cached || knownState === undefined || knownState === 'IN_PROGRESS' || cached.state !== knownState;
  const t = fresh ? await sendSdm(connection, region, 'DescribeTask', { taskId }) : cached;
  if (fresh) queryClient.setQueryData(describeKey, t);

  const execKey = [...sdmKey('ListExecutions', { taskId }, connection, region), 'all'];
  const cachedExecs = queryClient.getQueryData<ExecutionSummary[]>(execKey);
  const execs = !cachedExecs || fresh || t.state === 'IN_PROGRESS' ? await listAll(connection, region, 'ListExecutions', { taskId }, 'executions') : cachedExecs;
  queryClient.setQueryData(execKey, execs);
  return {
    taskId,
    region,
    state: t.state,
    tags: t.tags ?? {},
    description: t.description,
    createdAt: t.createdAt,
    targets: t.targets ?? [],
    executions: Object.fromEntries(execs.map((e) => [e.managedDeviceId!, e.state!])),
  };
}

/** Query options for the tasks feature. */
export const taskQueries = {
  /** Every task of a region with its executions (ListTasks to the last page, then per task). */
  overview: (connection: Connection, region: string, queryClient: QueryClient) =>
    // connection.id stands for the connection; the QueryClient only reads the cache.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: ['TaskOverview', {}, { connection: connection.id, region }] as const,
      queryFn: async ({ signal }) => {
        const summaries = await listAll(connection, region, 'ListTasks', {}, 'tasks', { signal });
        return pool(summaries, 8, (s) => readTask(connection, region, s.taskId!, queryClient, s.state));
      },
    }),
  detail: (connection: Connection, region: string, taskId: string) => sdmQuery(connection, region, 'DescribeTask', { taskId }),
};

/**
 * Every task of every region of the connection, polled every 5 s while any is running.
 * Shared by the tasks list and the operation view.
 */
export function useTaskOverview(connection: Connection) {
  const queryClient = useQueryClient();
  return useQueries({
    queries: connection.regions.map((r) => ({
      ...taskQueries.overview(connection, r, queryClient),
      refetchInterval: (q: { state: { data?: TaskInfo[] } }) => (q.state.data?.some((t) => t.state === 'IN_PROGRESS') ? 5000 : false),
    })),
    combine: (rs) => ({
      // Ready once every region has answered or failed: one failing region never hides the others.
      tasks: rs.every((r) => r.data || r.error) ? rs.flatMap((r) => r.data ?? []) : undefined,
      error: rs.find((r) => r.error)?.error ?? null,
      refetch: () => rs.forEach((r) => void r.refetch()),
    }),
  });
}

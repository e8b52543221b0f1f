import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { InstanceSummary, TaskSummary } from '@aws-sdk/client-snow-device-management';
import type { Connection } from '@/lib/aws/connection';
import { sdmKey, sdmQuery } from '@/lib/aws/query';
import { listAll, scheduleSdm } from '@/lib/aws/scheduler';
import { countFailed, isLiveState } from '@/lib/rules/execution-states';

const EC2 = 'AWS::EC2::Instance';
/** How long a read of something that ended (a finished task, an ended execution) serves. */
const SETTLED_MS = 5 * 60_000;
const ended = (state: string | undefined) => state !== undefined && !isLiveState(state);
// DescribeDeviceEc2Instances takes a list of ids; keep each call modest.
const CHUNK = 50;

/** The tag in which the dashboard records a task's command: DescribeTask has no command member. */
export const COMMAND_TAG = 'snow-dashboard:command';

/** A task that targets a device, with that device's execution state. */
export interface DeviceTaskEntry {
  taskId: string;
  state?: string;
  createdAt?: Date;
  description?: string;
  /** The command from the dashboard's tag; undefined for a task created elsewhere (not recorded). */
  command?: string;
  executionState?: string;
  executionUpdatedAt?: Date;
  /** Executions of the whole task that failed, timed out or were rejected; undefined when they could not be read. */
  failed?: number;
}

/** Query options for the panels of the device page. */
export const deviceDetailQueries = {
  /** Every EC2 instance on the device: ListDeviceResources to the last page, then DescribeDeviceEc2Instances. */
  instances: (connection: Connection, region: string, managedDeviceId: string) =>
    queryOptions({
      queryKey: [...sdmKey('DescribeDeviceEc2Instances', { managedDeviceId, instanceIds: [] }, connection, region), 'all'] as const,
      queryFn: async ({ signal }): Promise<InstanceSummary[]> => {
        const resources = await listAll(connection, region, 'ListDeviceResources', { managedDeviceId, type: EC2 }, 'resources', { signal });
        const ids = resources.filter((r) => r.resourceType === EC2 && r.id).map((r) => r.id!);
        const out: InstanceSummary[] = [];
        for (let i = 0; i < ids.length; i += CHUNK) {
          const page = await scheduleSdm(connection, region, 'DescribeDeviceEc2Instances', { managedDeviceId, instanceIds: ids.slice(i, i + CHUNK) }, { signal });
          out.push(...(page.instances ?? []));
        }
        return out;
      },
    }),

  tags: (connection: Connection, region: string, resourceArn: string) => sdmQuery(connection, region, 'ListTagsForResource', { resourceArn }),

  /**
   * Tasks that target this device, newest first. SDM has no "tasks by device" call, so this
   * reads every task's targets (DescribeTask, shared with the tasks views through the cache)
   * and then this device's execution in each.
   */
  taskHistory: (connection: Connection, region: string, managedDeviceId: string, queryClient: QueryClient) =>
    // connection.id stands for the connection in the key; the connection object is not serialisable.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: ['DeviceTaskHistory', { managedDeviceId }, { connection: connection.id, region }] as const,
      queryFn: async ({ signal }): Promise<DeviceTaskEntry[]> => {
        const summaries: TaskSummary[] = await listAll(connection, region, 'ListTasks', {}, 'tasks', { signal });
        const tasks = await Promise.all(summaries.map((s) => queryClient.fetchQuery({
          ...sdmQuery(connection, region, 'DescribeTask', { taskId: s.taskId! }),
          // A finished task does not change: its cached description serves once it was read
          // finished. A running one, or one cached while it ran, is read again.
          staleTime: (q) => (s.state !== 'IN_PROGRESS' && q.state.data?.state === s.state ? SETTLED_MS : 0),
        })));
        const mine = tasks.filter((t) => t.targets?.includes(managedDeviceId));
        const entries = await Promise.all(
          mine.map(async (t): Promise<DeviceTaskEntry> => {
            const taskId = t.taskId!;
            // Executions are read again until what is cached of them has ended.
            const [e, executions] = await Promise.all([
              queryClient.fetchQuery({
                ...sdmQuery(connection, region, 'DescribeExecution', { taskId, managedDeviceId }),
                staleTime: (q) => (ended(q.state.data?.state) ? SETTLED_MS : 0),
              }).catch(() => undefined),
              // Every execution of the task, for what the task came to ("Completed with 2 failed").
              queryClient.fetchQuery({
                queryKey: [...sdmKey('ListExecutions', { taskId }, connection, region), 'device-history'],
                queryFn: ({ signal }) => listAll(connection, region, 'ListExecutions', { taskId }, 'executions', { signal }),
                staleTime: (q) => (q.state.data?.every((x) => ended(x.state)) ? SETTLED_MS : 0),
              }).catch(() => undefined),
            ]);
            return {
              taskId,
              state: t.state,
              createdAt: t.createdAt,
              description: t.description,
              command: t.tags?.[COMMAND_TAG],
              executionState: e?.state,
              executionUpdatedAt: e?.lastUpdatedAt,
              failed: executions ? countFailed(executions.map((x) => x.state)) : undefined,
            };
          }),
        );
        return entries.sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
      },
    }),
};

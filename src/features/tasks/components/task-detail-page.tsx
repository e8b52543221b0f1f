import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { NotFound } from '@/components/not-found';
import { QueryError } from '@/components/query-error';
import { RegionOutsideConnection } from '@/components/region-outside-connection';
import type { Connection } from '@/lib/aws/connection';
import { useRequiredConnection } from '@/lib/aws/connection-store';
import { connectionRegion } from '@/lib/aws/regions';
import { PRIORITY } from '@/lib/aws/scheduler';
import { describeError } from '@/lib/errors';
import { countFailed } from '@/lib/rules/execution-states';
import { TAGS } from '../api/batching';
import { groupOperations } from '../api/operation-groups';
import { LIVE_POLL_MS, taskQueries } from '../api/task-queries';
import { useTaskInfos, type TaskRef } from '../api/use-task-infos';
import { ExecutionsPanel } from './executions-panel';
import { LoadErrors } from './load-errors';
import { TaskDetails } from './task-details';
import { useWatchOperations } from './use-watch-operations';

const interactive = () => PRIORITY.interactive;

/** One task, in a region of the connection: an address naming another region sends nothing. */
export function TaskDetailPage() {
  const { taskId = '' } = useParams();
  const [params] = useSearchParams();
  const connection = useRequiredConnection();
  const choice = connectionRegion(connection, params.get('region'));
  if (!choice.ok) return <RegionOutsideConnection asked={choice.asked} regions={connection.regions} kind="task" id={taskId} />;
  return <TaskDetail connection={connection} region={choice.region} taskId={taskId} />;
}

/** Metadata, tags and every device's execution, live while anything runs. */
function TaskDetail({ connection, region, taskId }: { connection: Connection; region: string; taskId: string }) {
  const describe = useQuery({
    ...taskQueries.describe(connection, region, taskId),
    refetchInterval: (q) => (q.state.data?.state === 'IN_PROGRESS' ? LIVE_POLL_MS : false),
    refetchIntervalInBackground: false,
  });
  const task = describe.data;
  const refs = useMemo<TaskRef[]>(
    () => (task ? [{ taskId, region, state: task.state, tags: task.tags ?? {}, taskArn: task.taskArn, order: 0 }] : []),
    [task, taskId, region],
  );
  const infos = useTaskInfos(connection, refs, interactive);
  const ops = useMemo(() => (infos.tasks.length ? groupOperations(infos.tasks) : undefined), [infos.tasks]);
  // A single untagged task notifies as its own operation; a batch notifies on its operation's page.
  useWatchOperations(connection.id, ops?.filter((o) => !o.tagged));

  if (!task) {
    if (describe.error && describeError(describe.error).kind === 'not-found') {
      return <NotFound title="Task not found" message={`No task ${taskId} in ${region}. It may belong to another region or account: check the region in the address.`} />;
    }
    if (describe.error) return <QueryError error={describe.error} what={`Task ${taskId}`} onRetry={() => void describe.refetch()} />;
    return <StatusIndicator type="loading">Loading task {taskId}</StatusIndicator>;
  }
  const tags = task.tags ?? {};
  const errors = [
    ...(describe.error ? [{ error: describe.error, label: `Task ${taskId}` }] : []),
    ...infos.failures.map((f) => ({ error: f.error, label: `Executions of ${f.taskId}` })),
  ];
  return (
    <SpaceBetween size="l">
      <Header variant="h1" description={task.description}>{taskId}</Header>
      <LoadErrors errors={errors} what="The task could not be read again" onRetry={() => { void describe.refetch(); infos.refetchFailed(); }} />
      <TaskDetails connection={connection} task={task} region={region} failed={countFailed(Object.values(infos.tasks[0]?.executions ?? {}))} />
      <ExecutionsPanel
        connection={connection}
        tasks={infos.tasks}
        retryOf={tags[TAGS.operation] ?? taskId}
        command={tags[TAGS.command]}
        description={task.description}
      />
    </SpaceBetween>
  );
}

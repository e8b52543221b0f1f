import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { NotFound } from '../../../app/not-found';
import { CopyText } from '../../../components/copy-text';
import { QueryError } from '../../../components/query-error';
import { RelativeTime } from '../../../components/relative-time';
import { RouterLink } from '../../../components/router-link';
import { useRequiredConnection } from '../../../lib/aws/connection-store';
import { describeError } from '../../../lib/errors';
import { TAGS } from '../api/batching';
import { readTask, taskQueries } from '../api/task-queries';
import { ExecutionsView } from './executions-view';

/** One task: metadata, tags and every device's execution, live while anything runs. */
export function TaskDetailPage() {
  const { taskId = '' } = useParams();
  const [params] = useSearchParams();
  const connection = useRequiredConnection();
  const queryClient = useQueryClient();
  const region = params.get('region') ?? connection.regions[0];
  // connection.id stands for the connection; readTask only reads through the cache.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const task = useQuery({
    queryKey: ['TaskInfo', { taskId }, { connection: connection.id, region }],
    queryFn: () => readTask(connection, region, taskId, queryClient),
    refetchInterval: (q) => (Object.values(q.state.data?.executions ?? {}).some((s) => s === 'QUEUED' || s === 'IN_PROGRESS') ? 5000 : false),
  });
  // The same cache entry readTask fills, so this costs no extra call.
  const meta = useQuery({ ...taskQueries.detail(connection, region, taskId), staleTime: 5000 });

  if (task.error) {
    if (describeError(task.error).kind === 'not-found') return <NotFound title="Task not found" message={`No task ${taskId} in ${region}.`} />;
    return <QueryError error={task.error} what="Task" onRetry={() => task.refetch()} />;
  }
  const t = task.data;
  const d = meta.data;
  const op = t?.tags[TAGS.operation];
  const retryOf = t?.tags[TAGS.retryOf];
  const command = t?.tags[TAGS.command] ?? 'unknown';
  return (
    <SpaceBetween size="l">
      <Header variant="h1" description={t?.description}>{taskId}</Header>
      <Container header={<Header variant="h2">Task details</Header>}>
        <KeyValuePairs
          columns={4}
          items={[
            { label: 'Task ID', value: <CopyText text={taskId} label="Task ID" /> },
            { label: 'ARN', value: <CopyText text={d?.taskArn} label="Task ARN" /> },
            { label: 'State', value: t?.state ?? '-' },
            { label: 'Command', value: command },
            { label: 'Created', value: <RelativeTime date={t?.createdAt} /> },
            { label: 'Completed', value: <RelativeTime date={d?.completedAt} fallback="Not yet" /> },
            { label: 'Operation', value: op ? <RouterLink href={`/tasks/operations/${op}`}>{op}</RouterLink> : 'Single task' },
            { label: 'Retry of', value: retryOf ? <RouterLink href={`/tasks/operations/${retryOf}`}>{retryOf}</RouterLink> : '-' },
            { label: 'Tags', value: Object.entries(t?.tags ?? {}).map(([k, v]) => `${k}=${v}`).join(', ') || '-' },
          ]}
        />
      </Container>
      {t && <ExecutionsView connection={connection} tasks={[t]} id={op ?? taskId} command={command} onChanged={() => void task.refetch()} />}
    </SpaceBetween>
  );
}

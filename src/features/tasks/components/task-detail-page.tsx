import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useRequiredConnection } from '../../../lib/aws/connection-store';
import { describeError } from '../../../lib/errors';
import { CopyText } from '../../../components/copy-text';
import { QueryError } from '../../../components/query-error';
import { RelativeTime } from '../../../components/relative-time';
import { NotFound } from '../../../app/not-found';
import { taskQueries } from '../api/task-queries';

/** One task (first version: the DescribeTask summary). */
export function TaskDetailPage() {
  const { taskId = '' } = useParams();
  const connection = useRequiredConnection();
  const region = connection.regions[0];
  const task = useQuery(taskQueries.detail(connection, region, taskId));
  if (task.error) {
    if (describeError(task.error).kind === 'not-found') return <NotFound title="Task not found" message={`No task ${taskId} in ${region}.`} />;
    return <QueryError error={task.error} what="Task" onRetry={() => task.refetch()} />;
  }
  const t = task.data;
  return (
    <Container header={<Header variant="h1">{taskId}</Header>}>
      <KeyValuePairs
        columns={3}
        items={[
          { label: 'Task ID', value: <CopyText text={taskId} label="Task ID" /> },
          { label: 'ARN', value: <CopyText text={t?.taskArn} label="Task ARN" /> },
          { label: 'State', value: t?.state ?? '-' },
          { label: 'Description', value: t?.description ?? '-' },
          { label: 'Created', value: <RelativeTime date={t?.createdAt} /> },
          { label: 'Targets', value: t?.targets?.length ?? '-' },
        ]}
      />
    </Container>
  );
}

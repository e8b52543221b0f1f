import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { NotFound } from '../../../app/not-found';
import { CopyText } from '../../../components/copy-text';
import { QueryError } from '../../../components/query-error';
import { RelativeTime } from '../../../components/relative-time';
import { RouterLink } from '../../../components/router-link';
import { useRequiredConnection } from '../../../lib/aws/connection-store';
import { groupOperations } from '../api/operations';
import { useTaskOverview } from '../api/task-queries';
import { countsText } from './state-counts';
import { ExecutionsView } from './executions-view';
import { useWatchOperations } from './use-watch-operations';

/** One operation: all the tasks the dashboard sent for one intent, across regions. */
export function OperationPage() {
  const { operationId = '' } = useParams();
  const connection = useRequiredConnection();
  const results = useTaskOverview(connection);
  const group = useMemo(() => (results.tasks ? groupOperations(results.tasks).find((g) => g.id === operationId) : undefined), [results.tasks, operationId]);
  useWatchOperations(useMemo(() => (group ? [group] : undefined), [group]));

  if (results.error) return <QueryError error={results.error} what="Operation" onRetry={results.refetch} />;
  if (!results.tasks) return <StatusIndicator type="loading">Loading operation</StatusIndicator>;
  if (!group) return <NotFound title="Operation not found" message={`No task carries the operation tag ${operationId} in ${connection.regions.join(', ')}.`} />;
  return (
    <SpaceBetween size="l">
      <Header variant="h1" description={group.description}>Operation {operationId}</Header>
      <Container header={<Header variant="h2">Operation details</Header>}>
        <KeyValuePairs
          columns={4}
          items={[
            { label: 'Operation ID', value: <CopyText text={operationId} label="Operation ID" /> },
            { label: 'Command', value: group.command },
            { label: 'State', value: group.state.replace('_', ' ').toLowerCase() },
            { label: 'Created', value: <RelativeTime date={group.createdAt} /> },
            { label: 'Devices', value: String(group.targets) },
            { label: 'Tasks', value: group.tasks.map((t) => t.taskId).join(', ') },
            { label: 'Progress', value: countsText(group.counts) },
            { label: 'Retry of', value: group.retryOf ? <RouterLink href={`/tasks/operations/${group.retryOf}`}>{group.retryOf}</RouterLink> : '-' },
          ]}
        />
      </Container>
      <ExecutionsView connection={connection} tasks={group.tasks} id={operationId} command={group.command} onChanged={results.refetch} />
    </SpaceBetween>
  );
}

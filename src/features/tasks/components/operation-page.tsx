import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { NotFound } from '@/components/not-found';
import { useRequiredConnection } from '@/lib/aws/connection-store';
import { PRIORITY } from '@/lib/aws/scheduler';
import { TAGS } from '../api/batching';
import { groupOperations, localOperation } from '../api/operation-groups';
import { localSending } from '../api/operation-sending';
import { useSubmission } from '../api/submission-store';
import { useTaskInfos } from '../api/use-task-infos';
import { useTaskList } from '../api/use-task-list';
import { ExecutionsPanel } from './executions-panel';
import { LoadErrors } from './load-errors';
import { OperationDetails } from './operation-details';
import { OperationTasks } from './operation-tasks';
import { SendingPanel } from './sending-panel';
import { useWatchOperations } from './use-watch-operations';

const interactive = () => PRIORITY.interactive;

/**
 * One operation: every task the dashboard sent for one intent, across regions. Its tasks
 * are found from ListTasks alone (the summaries carry the tags), so only they are described.
 * What this browser holds of it (devices not sent yet) completes the service's picture.
 */
export function OperationPage() {
  const { operationId = '' } = useParams();
  const connection = useRequiredConnection();
  const list = useTaskList(connection);
  const sub = useSubmission(operationId);
  const refs = useMemo(() => list.refs.filter((r) => r.tags[TAGS.operation] === operationId), [list.refs, operationId]);
  const infos = useTaskInfos(connection, refs, interactive);
  const op = useMemo(() => {
    const local = sub ? localSending(sub) : undefined;
    if (infos.tasks.length) return groupOperations(infos.tasks, { local: () => local })[0];
    return sub && local && !list.loading ? localOperation(sub, local) : undefined;
  }, [infos.tasks, sub, list.loading]);
  useWatchOperations(connection.id, useMemo(() => (op ? [op] : undefined), [op]));
  const errors = [
    ...list.errors.map((e) => ({ error: e.error, label: `Tasks in ${e.region}` })),
    ...infos.failures.map((f) => ({ error: f.error, label: `Task ${f.taskId} (${f.region})` })),
  ];
  const retry = () => { list.refetch(); infos.refetchFailed(); };

  if (!op) {
    if (list.loading) return <StatusIndicator type="loading">Loading operation {operationId}</StatusIndicator>;
    // With a region unread, the operation may be there: say so rather than "not found".
    if (list.errors.length) return <LoadErrors errors={errors} what={`Operation ${operationId} could not be read`} onRetry={retry} />;
    return <NotFound title="Operation not found" message={`No task carries the operation tag ${operationId} in ${connection.regions.join(', ')}.`} />;
  }
  return (
    <SpaceBetween size="l">
      <Header variant="h1" description={op.description}>Operation {operationId}</Header>
      <LoadErrors errors={errors} what="The operation could not all be read" onRetry={retry} />
      <SendingPanel op={op} sub={sub} />
      <OperationDetails op={op} connection={connection} />
      <ExecutionsPanel connection={connection} tasks={op.tasks} retryOf={op.id} command={op.command} description={op.description} />
      <OperationTasks tasks={op.tasks} />
    </SpaceBetween>
  );
}

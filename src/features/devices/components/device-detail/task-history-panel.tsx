import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ExecutionStateIndicator, TaskStateIndicator } from '@/components/execution-state';
import { QueryError } from '@/components/query-error';
import { RelativeTime } from '@/components/relative-time';
import { RouterLink } from '@/components/router-link';
import type { Connection } from '@/lib/aws/connection';
import { isLiveState } from '@/lib/rules/execution-states';
import { deviceDetailQueries } from '../../api/device-detail-queries';

/** Tasks that targeted this device, newest first, with this device's execution state. */
export function TaskHistoryPanel({ connection, region, managedDeviceId }: { connection: Connection; region: string; managedDeviceId: string }) {
  const queryClient = useQueryClient();
  const q = useQuery({
    ...deviceDetailQueries.taskHistory(connection, region, managedDeviceId, queryClient),
    refetchInterval: (query) => (query.state.data?.some((t) => isLiveState(t.executionState)) ? 5000 : false),
  });
  if (q.error) return <QueryError error={q.error} what="Task history" onRetry={() => q.refetch()} />;
  return (
    <Table
      variant="container"
      header={<Header variant="h2" counter={q.data ? `(${q.data.length})` : undefined}>Task history</Header>}
      items={q.data ?? []}
      loading={q.isPending}
      loadingText="Loading task history"
      ariaLabels={{ tableLabel: 'Task history' }}
      empty={<Box textAlign="center">No task has targeted this device.</Box>}
      columnDefinitions={[
        { id: 'task', header: 'Task ID', isRowHeader: true, cell: (t) => <RouterLink href={`/tasks/${t.taskId}?region=${region}`}>{t.taskId}</RouterLink> },
        { id: 'command', header: 'Command', cell: (t) => t.command },
        { id: 'exec', header: 'On this device', cell: (t) => <ExecutionStateIndicator state={t.executionState} /> },
        { id: 'task-state', header: 'Task state', cell: (t) => <TaskStateIndicator state={t.state} /> },
        { id: 'description', header: 'Description', cell: (t) => t.description ?? '-' },
        { id: 'created', header: 'Created', cell: (t) => <RelativeTime date={t.createdAt} /> },
        { id: 'updated', header: 'Execution updated', cell: (t) => <RelativeTime date={t.executionUpdatedAt} /> },
      ]}
    />
  );
}

import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { QueryError } from '@/components/query-error';
import { RelativeTime } from '@/components/relative-time';
import { RouterLink } from '@/components/router-link';
import type { Connection } from '@/lib/aws/connection';
import { deviceDetailQueries } from '../../api/device-detail-queries';

const EXEC_TYPE: Record<string, StatusIndicatorProps.Type> = {
  QUEUED: 'pending', IN_PROGRESS: 'in-progress', SUCCEEDED: 'success', FAILED: 'error', TIMED_OUT: 'error', REJECTED: 'error', CANCELED: 'stopped',
};

/** Tasks that targeted this device, newest first, with this device's execution state. */
export function TaskHistoryPanel({ connection, region, managedDeviceId }: { connection: Connection; region: string; managedDeviceId: string }) {
  const queryClient = useQueryClient();
  const q = useQuery({
    ...deviceDetailQueries.taskHistory(connection, region, managedDeviceId, queryClient),
    refetchInterval: (query) => (query.state.data?.some((t) => t.executionState === 'QUEUED' || t.executionState === 'IN_PROGRESS') ? 5000 : false),
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
        { id: 'exec', header: 'On this device', cell: (t) => (t.executionState ? <StatusIndicator type={EXEC_TYPE[t.executionState] ?? 'info'}>{t.executionState}</StatusIndicator> : '-') },
        { id: 'task-state', header: 'Task state', cell: (t) => t.state ?? '-' },
        { id: 'description', header: 'Description', cell: (t) => t.description ?? '-' },
        { id: 'created', header: 'Created', cell: (t) => <RelativeTime date={t.createdAt} /> },
        { id: 'updated', header: 'Execution updated', cell: (t) => <RelativeTime date={t.executionUpdatedAt} /> },
      ]}
    />
  );
}

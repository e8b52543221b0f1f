import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useRequiredConnection } from '../../../lib/aws/connection-store';
import { RouterLink } from '../../../components/router-link';
import { QueryError } from '../../../components/query-error';
import { taskQueries } from '../api/task-queries';

/** Task history (first version: the ListTasks view). */
export function TasksPage() {
  const connection = useRequiredConnection();
  const region = connection.regions[0];
  const tasks = useQuery(taskQueries.list(connection, region));
  if (tasks.error) return <QueryError error={tasks.error} what="Tasks" onRetry={() => tasks.refetch()} />;
  return (
    <Table
      variant="full-page"
      items={tasks.data ?? []}
      loading={tasks.isPending}
      loadingText="Loading tasks"
      trackBy="taskId"
      ariaLabels={{ tableLabel: 'Tasks' }}
      empty={<Box textAlign="center">No tasks in {region}.</Box>}
      header={<Header variant="h1" counter={tasks.data ? `(${tasks.data.length})` : undefined}>Tasks</Header>}
      columnDefinitions={[
        { id: 'id', header: 'Task ID', isRowHeader: true, cell: (t) => <RouterLink href={`/tasks/${t.taskId}`}>{t.taskId}</RouterLink> },
        { id: 'state', header: 'State', cell: (t) => t.state ?? '-' },
      ]}
    />
  );
}

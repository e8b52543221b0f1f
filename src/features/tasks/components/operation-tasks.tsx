import Table from '@cloudscape-design/components/table';
import Header from '@cloudscape-design/components/header';
import { TaskStateIndicator } from '@/components/execution-state';
import { RelativeTime } from '@/components/relative-time';
import { RouterLink } from '@/components/router-link';
import { TAGS } from '../api/batching';
import { countExecutions, type TaskInfo } from '../api/operation-groups';
import { countsText } from './state-counts';

/** The tasks (batches) of an operation, each with its own state and counts. */
export function OperationTasks({ tasks }: { tasks: TaskInfo[] }) {
  return (
    <Table
      items={tasks}
      trackBy={(t) => `${t.region}|${t.taskId}`}
      ariaLabels={{ tableLabel: 'Tasks of this operation' }}
      header={<Header variant="h2" counter={`(${tasks.length})`}>Tasks</Header>}
      variant="container"
      columnDefinitions={[
        { id: 'task', header: 'Task', isRowHeader: true, cell: (t) => <RouterLink href={`/tasks/${encodeURIComponent(t.taskId)}?region=${t.region}`}>{t.taskId}</RouterLink> },
        { id: 'batch', header: 'Batch', cell: (t) => t.tags[TAGS.batch] ?? '-' },
        { id: 'region', header: 'Region', cell: (t) => t.region },
        { id: 'state', header: 'State', cell: (t) => <TaskStateIndicator state={t.state} /> },
        { id: 'devices', header: 'Devices', cell: (t) => t.targets?.length ?? '…' },
        { id: 'created', header: 'Created', cell: (t) => <RelativeTime date={t.createdAt} fallback="…" /> },
        { id: 'executions', header: 'Executions', cell: (t) => (t.executions ? countsText(countExecutions([t])) : '…') },
      ]}
    />
  );
}

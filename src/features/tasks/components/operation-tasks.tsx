import Box from '@cloudscape-design/components/box';
import Table from '@cloudscape-design/components/table';
import Header from '@cloudscape-design/components/header';
import { OutcomeIndicator } from '@/components/execution-state';
import { countFailed } from '@/lib/rules/execution-states';
import { RelativeTime } from '@/components/relative-time';
import { RouterLink } from '@/components/router-link';
import { TAGS } from '../api/batching';
import { countExecutions, type TaskInfo } from '../api/operation-groups';
import { countsText } from './state-counts';
import { Nowrap } from './nowrap';

/** "2 of 3": which part of its operation a task is, from the dashboard's tag. */
export const partText = (tag: string | undefined) => (tag && /^\d+\/\d+$/.test(tag) ? tag.replace('/', ' of ') : '-');

/** The tasks of an operation (each sent for up to 10 of its devices), with their own outcome and counts. */
export function OperationTasks({ tasks }: { tasks: TaskInfo[] }) {
  return (
    <Table
      items={tasks}
      trackBy={(t) => `${t.region}|${t.taskId}`}
      ariaLabels={{ tableLabel: 'Tasks of this operation' }}
      header={<Header variant="h2" counter={`(${tasks.length})`}>Tasks</Header>}
      variant="container"
      columnDefinitions={[
        { id: 'task', header: 'Task', isRowHeader: true, cell: (t) => <Nowrap><RouterLink href={`/tasks/${encodeURIComponent(t.taskId)}?region=${t.region}`}>{t.taskId}</RouterLink></Nowrap> },
        { id: 'part', header: 'Part', cell: (t) => partText(t.tags[TAGS.batch]) },
        ...(new Set(tasks.map((t) => t.region)).size > 1 ? [{ id: 'region', header: 'Region', cell: (t: TaskInfo) => <Nowrap>{t.region}</Nowrap> }] : []),
        {
          id: 'state',
          header: 'State',
          cell: (t) => (
            <>
              <OutcomeIndicator state={t.state} failed={countFailed(Object.values(t.executions ?? {}))} />
              <Box variant="small" display="block">{t.executions ? countsText(countExecutions([t])) : '…'}</Box>
            </>
          ),
        },
        { id: 'devices', header: 'Devices', cell: (t) => t.targets?.length ?? '…' },
        { id: 'created', header: 'Created', cell: (t) => <RelativeTime date={t.createdAt} fallback="…" /> },
      ]}
    />
  );
}

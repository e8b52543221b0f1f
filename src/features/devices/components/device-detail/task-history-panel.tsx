import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Popover from '@cloudscape-design/components/popover';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import type { UseQueryResult } from '@tanstack/react-query';
import { ExecutionStateIndicator } from '@/components/execution-state';
import { QueryError } from '@/components/query-error';
import { RelativeTime } from '@/components/relative-time';
import { RouterLink } from '@/components/router-link';
import { describeError } from '@/lib/errors';
import { commandLabel, COMMAND_NOT_RECORDED } from '@/lib/rules/commands';
import { isLiveState, isTaskState, outcomeText } from '@/lib/rules/execution-states';
import type { DeviceTaskEntry } from '../../api/device-detail-queries';


/** The command, from the dashboard's tag; a task created elsewhere has none the service tells. */
function CommandCell({ command }: { command: string | undefined }) {
  if (command) return <>{commandLabel(command)}</>;
  return (
    <Popover triggerType="text" size="medium" dismissButton={false} header="Command not recorded"
      content={COMMAND_NOT_RECORDED}>
      Not recorded
    </Popover>
  );
}

/**
 * What the task came to ("Completed with 2 failed"); a task still running elsewhere after
 * this device's execution ended says so.
 */
function TaskOutcome({ entry: t }: { entry: DeviceTaskEntry }) {
  if (!isTaskState(t.state)) return <>{t.state ?? '-'}</>;
  if (t.state === 'IN_PROGRESS') {
    const doneHere = t.executionState !== undefined && !isLiveState(t.executionState);
    return <StatusIndicator type="in-progress">{doneHere ? 'Task in progress on other devices' : 'In progress'}</StatusIndicator>;
  }
  const failed = t.failed ?? 0;
  const type: StatusIndicatorProps.Type = t.state === 'CANCELED' ? 'stopped' : failed > 0 ? 'warning' : 'success';
  const text = outcomeText(t.state, failed);
  return <StatusIndicator type={type}>{t.failed === undefined && t.state === 'COMPLETED' ? `${text} (failures could not be read)` : text}</StatusIndicator>;
}

/** Tasks that targeted this device, newest first, with this device's execution state. */
export function TaskHistoryPanel({ history: q, region, onRetry }: { history: UseQueryResult<DeviceTaskEntry[]>; region: string; onRetry: () => void }) {
  if (q.error && !q.data) return <QueryError error={q.error} what="Task history" onRetry={onRetry} />;
  const live = q.data?.some((t) => isLiveState(t.executionState));
  const elsewhere = q.data?.some((t) => t.state === 'IN_PROGRESS');
  return (
    <Table
      variant="container"
      header={
        <Header variant="h2" counter={q.data ? `(${q.data.length})` : undefined}
          description={q.dataUpdatedAt ? (
            <>
              Read <RelativeTime date={new Date(q.dataUpdatedAt)} />
              {q.error ? `; the latest read failed (${describeError(q.error).title})`
                : live ? '; read again every 5 seconds while a task runs on this device'
                  : elsewhere ? '; read again every 30 seconds while a task runs on other devices' : ''}.
            </>
          ) : undefined}>
          Task history
        </Header>
      }
      items={q.data ?? []}
      loading={q.isPending}
      loadingText="Loading task history"
      ariaLabels={{ tableLabel: 'Task history' }}
      empty={<Box textAlign="center">No task has targeted this device.</Box>}
      columnDefinitions={[
        { id: 'task', header: 'Task ID', isRowHeader: true, cell: (t) => <RouterLink href={`/tasks/${t.taskId}?region=${region}`}>{t.taskId}</RouterLink> },
        { id: 'command', header: 'Command', cell: (t) => <CommandCell command={t.command} /> },
        { id: 'exec', header: 'On this device', cell: (t) => <ExecutionStateIndicator state={t.executionState} /> },
        { id: 'task-state', header: 'Task state', cell: (t) => <TaskOutcome entry={t} /> },
        { id: 'description', header: 'Description', cell: (t) => t.description ?? '-' },
        { id: 'created', header: 'Created', cell: (t) => <RelativeTime date={t.createdAt} /> },
        { id: 'updated', header: 'Execution updated', cell: (t) => <RelativeTime date={t.executionUpdatedAt} /> },
      ]}
    />
  );
}

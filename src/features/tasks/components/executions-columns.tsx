import type { DescribeExecutionCommandOutput } from '@aws-sdk/client-snow-device-management';
import type { TableProps } from '@cloudscape-design/components/table';
import { ExecutionStateIndicator } from '@/components/execution-state';
import { RelativeTime } from '@/components/relative-time';
import { RouterLink } from '@/components/router-link';
import { executionTimes, formatDuration } from '../api/execution-times';
import type { ExecutionRow } from './use-execution-details';

export type ExecutionItem = ExecutionRow & { detail?: DescribeExecutionCommandOutput };

/** Columns of the executions table; Task and Region only when there are several. */
export function executionColumns(opts: { manyTasks: boolean; manyRegions: boolean; now: number }): TableProps.ColumnDefinition<ExecutionItem>[] {
  const times = (r: ExecutionItem) => executionTimes(r.createdAt, r.detail?.startedAt, r.detail?.lastUpdatedAt, r.state, opts.now);
  const columns: TableProps.ColumnDefinition<ExecutionItem>[] = [
    {
      id: 'device',
      header: 'Device',
      isRowHeader: true,
      cell: (r) => <RouterLink href={`/devices/${encodeURIComponent(r.managedDeviceId)}?region=${r.region}`}>{r.managedDeviceId}</RouterLink>,
    },
    { id: 'state', header: 'State', cell: (r) => <ExecutionStateIndicator state={r.state} /> },
    { id: 'started', header: 'Started', cell: (r) => <RelativeTime date={r.detail?.startedAt} fallback={r.state === 'QUEUED' ? 'Not yet' : '-'} /> },
    { id: 'updated', header: 'Last updated', cell: (r) => <RelativeTime date={r.detail?.lastUpdatedAt} /> },
    { id: 'queued', header: 'Time queued', cell: (r) => formatDuration(times(r).queuedMs) },
    { id: 'running', header: 'Time running', cell: (r) => formatDuration(times(r).runningMs) },
  ];
  if (opts.manyRegions) columns.splice(2, 0, { id: 'region', header: 'Region', cell: (r) => r.region });
  if (opts.manyTasks) {
    columns.splice(2, 0, {
      id: 'task',
      header: 'Task',
      cell: (r) => <RouterLink href={`/tasks/${encodeURIComponent(r.taskId)}?region=${r.region}`}>{r.taskId}</RouterLink>,
    });
  }
  return columns;
}

import type { DescribeExecutionCommandOutput } from '@aws-sdk/client-snow-device-management';
import Box from '@cloudscape-design/components/box';
import type { TableProps } from '@cloudscape-design/components/table';
import { ExecutionStateIndicator } from '@/components/execution-state';
import { RouterLink } from '@/components/router-link';
import { isLiveState } from '@/lib/rules/execution-states';
import { timelineEntry, type TimelineEntry } from '../api/execution-times';
import { TimelineBar } from './timeline-bar';
import type { ExecutionRow } from './use-execution-details';
import { Nowrap } from './nowrap';

export type ExecutionItem = ExecutionRow & { detail?: DescribeExecutionCommandOutput; name?: string };

/** Where the row sits in time (the timeline column and its span). */
export function entryOf(r: ExecutionItem, now: number): TimelineEntry {
  return timelineEntry(r.createdAt, r.detail?.startedAt, r.detail?.lastUpdatedAt, isLiveState(r.state), now);
}

interface Options {
  manyTasks: boolean;
  manyRegions: boolean;
  now: number;
  span: { start: number; end: number } | undefined;
}

/** Columns of the executions table; Task and Region only when there are several. */
export function executionColumns(opts: Options): TableProps.ColumnDefinition<ExecutionItem>[] {
  const columns: TableProps.ColumnDefinition<ExecutionItem>[] = [
    {
      id: 'device',
      header: 'Device',
      isRowHeader: true,
      cell: (r) => (
        <>
          <Nowrap><RouterLink href={`/devices/${encodeURIComponent(r.managedDeviceId)}?region=${r.region}`}>{r.name ?? r.managedDeviceId}</RouterLink></Nowrap>
          {r.name && <Box variant="small" display="block"><Nowrap>{r.managedDeviceId}</Nowrap></Box>}
        </>
      ),
    },
    { id: 'state', header: 'State', cell: (r) => <ExecutionStateIndicator state={r.state} /> },
    { id: 'timeline', header: 'Timeline', minWidth: 160, cell: (r) => <TimelineBar entry={entryOf(r, opts.now)} state={r.state} span={opts.span} /> },
  ];
  if (opts.manyRegions) columns.splice(1, 0, { id: 'region', header: 'Region', cell: (r) => <Nowrap>{r.region}</Nowrap> });
  if (opts.manyTasks) {
    columns.splice(1, 0, {
      id: 'task',
      header: 'Task',
      cell: (r) => <Nowrap><RouterLink href={`/tasks/${encodeURIComponent(r.taskId)}?region=${r.region}`}>{r.taskId}</RouterLink></Nowrap>,
    });
  }
  return columns;
}

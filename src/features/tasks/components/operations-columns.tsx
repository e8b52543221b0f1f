import Box from '@cloudscape-design/components/box';
import type { TableProps } from '@cloudscape-design/components/table';
import { RelativeTime } from '@/components/relative-time';
import { RouterLink } from '@/components/router-link';
import { operationHref, type Operation } from '../api/operation-groups';
import type { SortField } from '../api/operations-view';
import { CommandText } from './command-text';
import { OperationProgress, OperationStatus } from './operation-status';

/** Columns of the operations table; the Region column only when the connection has several. */
export function operationColumns(multiRegion: boolean): TableProps.ColumnDefinition<Operation>[] {
  const columns: Array<TableProps.ColumnDefinition<Operation> & { sortingField?: SortField }> = [
    {
      id: 'id',
      header: 'Operation',
      isRowHeader: true,
      cell: (o) => (
        <>
          <RouterLink href={operationHref(o)}>{o.id}</RouterLink>
          {o.retryOf && <Box variant="small" display="block">Retry of {o.retryOf}</Box>}
        </>
      ),
    },
    { id: 'command', header: 'Command', sortingField: 'command', cell: (o) => <CommandText command={o.command} /> },
    { id: 'description', header: 'Description', cell: (o) => o.description ?? (o.complete ? '-' : '…'), maxWidth: 280 },
    { id: 'created', header: 'Created', sortingField: 'created', cell: (o) => <RelativeTime date={o.createdAt} fallback="…" /> },
    { id: 'targets', header: 'Devices', sortingField: 'targets', cell: (o) => o.targets },
    { id: 'tasks', header: 'Tasks', sortingField: 'tasks', cell: (o) => o.tasks.length },
    { id: 'state', header: 'State', sortingField: 'state', cell: (o) => <OperationStatus op={o} /> },
    { id: 'progress', header: 'Progress', sortingField: 'progress', minWidth: 240, cell: (o) => <OperationProgress op={o} label={`Progress of ${o.id}`} /> },
  ];
  if (multiRegion) columns.splice(4, 0, { id: 'region', header: 'Region', cell: (o) => o.regions.join(', ') });
  return columns;
}

import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import { RelativeTime } from '@/components/relative-time';
import { RouterLink } from '@/components/router-link';
import { count } from '@/lib/plural';
import { operationHref, type Operation } from '../api/operation-groups';
import type { SortField } from '../api/operations-view';
import { CommandText } from './command-text';
import { OperationProgress, OperationStatus } from './operation-status';
import { Nowrap } from './nowrap';

/** Columns of the operations table; the Region column only when the connection has several. */
export function operationColumns(multiRegion: boolean): TableProps.ColumnDefinition<Operation>[] {
  const columns: Array<TableProps.ColumnDefinition<Operation> & { sortingField?: SortField }> = [
    {
      id: 'id',
      header: 'Operation',
      isRowHeader: true,
      cell: (o) => (
        <>
          <Nowrap><RouterLink href={operationHref(o)}>{o.id}</RouterLink></Nowrap>
          {o.description ? <Box variant="small" display="block">{o.description}</Box> : !o.complete && <Box variant="small" display="block">…</Box>}
          {o.retryOf && <Box variant="small" display="block">Retry of <Nowrap>{o.retryOf}</Nowrap></Box>}
        </>
      ),
    },
    { id: 'command', header: 'Command', sortingField: 'command', cell: (o) => <CommandText command={o.command} /> },
    { id: 'created', header: 'Created', sortingField: 'created', cell: (o) => <RelativeTime date={o.createdAt} fallback="…" /> },
    {
      id: 'targets',
      header: 'Devices',
      sortingField: 'targets',
      cell: (o) => (
        <>
          {o.targets}
          <Box variant="small" display="block"><Nowrap>in {count(o.tasks.length, 'task')}</Nowrap></Box>
        </>
      ),
    },
    {
      id: 'state',
      header: 'State',
      sortingField: 'state',
      minWidth: 200,
      cell: (o) => (
        <SpaceBetween size="xxs">
          <OperationStatus op={o} />
          <OperationProgress op={o} label={`Progress of ${o.id}`} />
        </SpaceBetween>
      ),
    },
  ];
  if (multiRegion) columns.splice(3, 0, { id: 'region', header: 'Region', cell: (o) => <Nowrap>{o.regions.join(', ')}</Nowrap> });
  return columns;
}

import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useCollection } from '@cloudscape-design/collection-hooks';
import { TableEmptyState, TableNoMatchState } from '@/components/table-states';
import { useRequiredConnection } from '@/lib/aws/connection-store';
import { count } from '@/lib/plural';
import type { Target } from '../../api/preflight';
import { DeviceStateCell, DeviceStatusCell } from '../devices/device-cells';
import { useDeviceFacts, useDeviceNames, type DeviceFacts } from '../devices/use-device-facts';
import { Nowrap } from '../nowrap';

const PAGE = 50;
const keyOf = (t: Target) => `${t.region}|${t.managedDeviceId}`;

type Row = Target & { name: string; facts?: DeviceFacts };

interface Props {
  targets: Target[];
  /** Removes one device; absent once the operation is sent (the list is read-only then). */
  onRemove?: (t: Target) => void;
}

/** The devices the task goes to, a page at a time (a handover can be thousands), each removable before confirming. */
export function TargetTable({ targets, onRemove }: Props) {
  const connection = useRequiredConnection();
  const nameOf = useDeviceNames(connection);
  const rows: Row[] = targets.map((t) => ({ ...t, name: nameOf(t) ?? '' }));
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount } = useCollection(rows, {
    filtering: {
      fields: ['managedDeviceId', 'name', 'region'],
      empty: <TableEmptyState title="No target devices" description="Choose devices to send the task to." />,
      noMatch: <TableNoMatchState description="No target device matches: clear the filter to see them all." />,
    },
    pagination: { pageSize: PAGE },
  });
  const facts = useDeviceFacts(connection, items);
  const regions = new Set(targets.map((t) => t.region)).size > 1;
  return (
    <Table<Row>
      {...collectionProps}
      variant="container"
      items={items.map((r, i) => ({ ...r, facts: facts[i] }))}
      trackBy={keyOf}
      ariaLabels={{ tableLabel: 'Devices the task goes to' }}
      header={
        <Header variant="h2" counter={`(${targets.length})`} description={onRemove ? 'Remove a device to leave it out of this operation.' : undefined}>
          Target devices
        </Header>
      }
      filter={
        <TextFilter
          {...filterProps}
          filteringPlaceholder="Find by device id, name or region"
          filteringAriaLabel="Find target devices"
          countText={filterProps.filteringText ? count(filteredItemsCount ?? 0, 'match') : undefined}
        />
      }
      pagination={<Pagination {...paginationProps} ariaLabels={{ nextPageLabel: 'Next page of targets', previousPageLabel: 'Previous page of targets', pageLabel: (n) => `Targets page ${n}` }} />}
      columnDefinitions={[
        { id: 'name', header: 'Name', cell: (r) => <Nowrap>{r.name || r.facts?.name || '-'}</Nowrap> },
        { id: 'id', header: 'Device ID', isRowHeader: true, cell: (r) => <Nowrap>{r.managedDeviceId}</Nowrap> },
        ...(regions ? [{ id: 'region', header: 'Region', cell: (r: Target) => <Nowrap>{r.region}</Nowrap> }] : []),
        { id: 'state', header: 'State', cell: (r) => <DeviceStateCell facts={r.facts} /> },
        { id: 'status', header: 'Status', cell: (r) => <DeviceStatusCell facts={r.facts} /> },
        ...(onRemove
          ? [{ id: 'remove', header: 'Actions', minWidth: 110, cell: (r: Target) => <Nowrap><Button variant="inline-link" ariaLabel={`Remove ${r.managedDeviceId}`} onClick={() => onRemove(r)}>Remove</Button></Nowrap> }]
          : []),
      ]}
    />
  );
}

import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useCollection } from '@cloudscape-design/collection-hooks';
import { useQueries } from '@tanstack/react-query';
import { useRequiredConnection } from '@/lib/aws/connection-store';
import { deviceQueries } from '@/features/devices';
import type { Target } from '../../api/preflight';
import { DeviceStateCell, DeviceStatusCell } from '../devices/device-cells';
import { useDeviceFacts } from '../devices/use-device-facts';

interface Row extends Target {
  name: string;
  tags: string;
}

/** Chooses target devices by id, name or tag, across the connection's regions. */
export function DevicePicker({ selected, onChange }: { selected: Target[]; onChange: (t: Target[]) => void }) {
  const connection = useRequiredConnection();
  const lists = useQueries({ queries: connection.regions.map((r) => deviceQueries.list(connection, r)) });
  // One list per region, in the connection's order.
  const rows: Row[] = connection.regions.flatMap((region, i) =>
    (lists[i]?.data ?? []).map((d) => ({
      managedDeviceId: d.managedDeviceId!,
      region,
      name: d.tags?.Name ?? '',
      tags: Object.entries(d.tags ?? {}).map(([k, v]) => `${k}=${v}`).join(' '),
    })),
  );
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount } = useCollection(rows, {
    filtering: {
      fields: ['managedDeviceId', 'name', 'tags', 'region'],
      empty: <Box textAlign="center">No devices.</Box>,
      noMatch: <Box textAlign="center">No device matches.</Box>,
    },
    pagination: { pageSize: 20 },
    selection: { trackBy: (r) => `${r.region}|${r.managedDeviceId}` },
  });
  // State and status come from DescribeDevice: read for the page on screen only.
  const facts = useDeviceFacts(connection, items);
  const factsOf = new Map(items.map((r, i) => [`${r.region}|${r.managedDeviceId}`, facts[i]]));
  const selectedKeys = new Set(selected.map((t) => `${t.region}|${t.managedDeviceId}`));
  return (
    <Table
      {...collectionProps}
      variant="embedded"
      selectionType="multi"
      selectedItems={rows.filter((r) => selectedKeys.has(`${r.region}|${r.managedDeviceId}`))}
      onSelectionChange={({ detail }) => onChange(detail.selectedItems.map(({ managedDeviceId, region }) => ({ managedDeviceId, region })))}
      trackBy={(r) => `${r.region}|${r.managedDeviceId}`}
      items={items}
      loading={lists.some((q) => q.isPending)}
      loadingText="Loading devices"
      ariaLabels={{
        tableLabel: 'Devices to choose from',
        selectionGroupLabel: 'Device selection',
        allItemsSelectionLabel: () => 'Select all devices on this page',
        itemSelectionLabel: (_s, r) => `Select ${r.managedDeviceId}`,
      }}
      header={<Header variant="h2" counter={`(${selected.length} selected)`}>Choose devices</Header>}
      filter={<TextFilter {...filterProps} filteringPlaceholder="Find devices by id, name or tag" filteringAriaLabel="Find devices by id, name or tag" countText={`${filteredItemsCount ?? 0} matches`} />}
      pagination={<Pagination {...paginationProps} ariaLabels={{ nextPageLabel: 'Next page', previousPageLabel: 'Previous page', pageLabel: (n) => `Page ${n}` }} />}
      columnDefinitions={[
        { id: 'id', header: 'Device ID', isRowHeader: true, cell: (r) => r.managedDeviceId },
        { id: 'name', header: 'Name', cell: (r) => r.name || '-' },
        { id: 'region', header: 'Region', cell: (r) => r.region },
        { id: 'state', header: 'State', cell: (r) => <DeviceStateCell facts={factsOf.get(`${r.region}|${r.managedDeviceId}`)} /> },
        { id: 'status', header: 'Status', cell: (r) => <DeviceStatusCell facts={factsOf.get(`${r.region}|${r.managedDeviceId}`)} /> },
        { id: 'tags', header: 'Tags', cell: (r) => r.tags || '-' },
      ]}
    />
  );
}

import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import Box from '@cloudscape-design/components/box';
import { useCollection } from '@cloudscape-design/collection-hooks';
import { useQuery } from '@tanstack/react-query';
import type { DeviceSummary } from '@aws-sdk/client-snow-device-management';
import { useRequiredConnection } from '../../../lib/aws/connection-store';
import { RouterLink } from '../../../components/router-link';
import { QueryError } from '../../../components/query-error';
import { deviceQueries } from '../api/device-queries';

/** The fleet inventory (first version: the ListDevices view). */
export function InventoryPage() {
  const connection = useRequiredConnection();
  const region = connection.regions[0];
  const list = useQuery(deviceQueries.list(connection, region));
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount } = useCollection<DeviceSummary>(list.data ?? [], {
    filtering: {
      empty: <Box textAlign="center">No devices in {region}.</Box>,
      noMatch: <Box textAlign="center">No devices match the filter.</Box>,
    },
    pagination: { pageSize: 50 },
    sorting: {},
  });

  if (list.error) return <QueryError error={list.error} what="Devices" onRetry={() => list.refetch()} />;
  return (
    <Table
      {...collectionProps}
      variant="full-page"
      items={items}
      loading={list.isPending}
      loadingText="Loading devices"
      trackBy="managedDeviceId"
      ariaLabels={{ tableLabel: 'Devices' }}
      header={<Header variant="h1" counter={list.data ? `(${list.data.length})` : undefined}>Devices</Header>}
      filter={<TextFilter {...filterProps} filteringPlaceholder="Find devices" filteringAriaLabel="Find devices" countText={`${filteredItemsCount ?? 0} matches`} />}
      pagination={<Pagination {...paginationProps} ariaLabels={{ nextPageLabel: 'Next page', previousPageLabel: 'Previous page', pageLabel: (n) => `Page ${n} of all pages` }} />}
      columnDefinitions={[
        { id: 'id', header: 'Device ID', sortingField: 'managedDeviceId', isRowHeader: true, cell: (d) => <RouterLink href={`/devices/${d.managedDeviceId}`}>{d.managedDeviceId}</RouterLink> },
        { id: 'name', header: 'Name', cell: (d) => d.tags?.Name ?? '-' },
        { id: 'job', header: 'Order job', cell: (d) => d.associatedWithJob ?? '-' },
        { id: 'tags', header: 'Tags', cell: (d) => Object.entries(d.tags ?? {}).map(([k, v]) => `${k}=${v}`).join(', ') || '-' },
      ]}
    />
  );
}

import { queryOptions } from '@tanstack/react-query';
import type { Connection } from '@/lib/aws/connection';
import { sdmKey, sdmQuery } from '@/lib/aws/query';
import { listAll } from '@/lib/aws/scheduler';

/** Query options for the devices feature, shared by route loaders and components. */
export const deviceQueries = {
  /** Every device summary of a region (ListDevices followed to the last page). */
  list: (connection: Connection, region: string) =>
    queryOptions({
      queryKey: sdmKey('ListDevices', {}, connection, region),
      queryFn: ({ signal }) => listAll(connection, region, 'ListDevices', {}, 'devices', { signal }),
    }),
  detail: (connection: Connection, region: string, managedDeviceId: string) =>
    sdmQuery(connection, region, 'DescribeDevice', { managedDeviceId }),
};

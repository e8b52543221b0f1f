import type { LoaderFunctionArgs } from 'react-router';
import { getConnection } from '../../lib/aws/connection-store';
import { queryClient } from '../../lib/query-client';
import { deviceQueries } from './api/device-queries';
import { DeviceDetailPage } from './components/device-detail-page';
import { InventoryPage } from './components/inventory-page';

/** Route modules: loaders prefetch with the same query options the components read. */
export const inventoryRoute = {
  Component: InventoryPage,
  loader: () => {
    const connection = getConnection();
    if (connection) void queryClient.prefetchQuery(deviceQueries.list(connection, connection.regions[0]));
    return null;
  },
};

export const deviceDetailRoute = {
  Component: DeviceDetailPage,
  loader: ({ params, request }: LoaderFunctionArgs) => {
    const connection = getConnection();
    const region = new URL(request.url).searchParams.get('region') ?? connection?.regions[0];
    if (connection && region && params.managedDeviceId) {
      void queryClient.prefetchQuery(deviceQueries.detail(connection, region, params.managedDeviceId));
    }
    return null;
  },
};

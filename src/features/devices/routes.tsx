import type { LoaderFunctionArgs } from 'react-router';
import { getConnection } from '../../lib/aws/connection-store';
import { queryClient } from '../../lib/query-client';
import { followDeviceChanges } from './api/device-change';
import { deviceQueries } from './api/device-queries';
import { LazyDeviceDetailPage } from './components/device-detail-lazy';
import { fleetStore } from './api/fleet-store-registry';
import { InventoryPage } from './components/inventory/inventory-page';

// Devices announced as changed (an execution ended, tags were written) are read again.
followDeviceChanges(queryClient);

/** Route modules: loaders prefetch with the same query options the components read. */
export const inventoryRoute = {
  Component: InventoryPage,
  loader: () => {
    const connection = getConnection();
    // Start listing while the page renders: the first rows come as early as possible.
    if (connection) fleetStore(connection, queryClient).start();
    return null;
  },
};

export const deviceDetailRoute = {
  Component: LazyDeviceDetailPage,
  loader: ({ params, request }: LoaderFunctionArgs) => {
    const connection = getConnection();
    const region = new URL(request.url).searchParams.get('region') ?? connection?.regions[0];
    if (connection && region && params.managedDeviceId) {
      void queryClient.prefetchQuery(deviceQueries.detail(connection, region, params.managedDeviceId));
    }
    return null;
  },
};

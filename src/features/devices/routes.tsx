import type { LoaderFunctionArgs } from 'react-router';
import { getConnection } from '../../lib/aws/connection-store';
import { connectionRegion } from '../../lib/aws/regions';
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
    // Only a region of the connection: the page explains any other and sends nothing.
    const choice = connection ? connectionRegion(connection, new URL(request.url).searchParams.get('region')) : undefined;
    const region = choice?.ok ? choice.region : undefined;
    if (connection && region && params.managedDeviceId) {
      void queryClient.prefetchQuery(deviceQueries.detail(connection, region, params.managedDeviceId));
    }
    return null;
  },
};

import { getConnection } from '@/lib/aws/connection-store';
import { queryClient } from '@/lib/query-client';
import { startFleet } from '@/features/devices';
import { OverviewPage } from './components/overview-page';

/** The landing page: the fleet overview, from the inventory's own fleet store. */
export const overviewRoute = {
  Component: OverviewPage,
  loader: () => {
    const connection = getConnection();
    // Start listing while the page renders, as the inventory's route does.
    if (connection) startFleet(connection, queryClient);
    return null;
  },
};

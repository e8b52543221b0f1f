import { onlineManager } from '@tanstack/react-query';
import { useEffect } from 'react';
import { describeError } from '@/lib/errors';
import type { FleetStore } from '../../api/fleet-store';

/**
 * Back online, the inventory asks again for what the outage made fail: the listing of a
 * region, and the descriptions that failed on the network (not those the service refused).
 */
export function useResumeWhenOnline(store: FleetStore): void {
  useEffect(
    () =>
      onlineManager.subscribe((online) => {
        if (!online) return;
        const snapshot = store.getSnapshot();
        for (const r of snapshot.regions) if (r.error && describeError(r.error).kind === 'network') store.retryRegion(r.region);
        store.refreshRows(snapshot.rows.filter((row) => row.detailError && describeError(row.detailError).kind === 'network').map((row) => row.key));
      }),
    [store],
  );
}

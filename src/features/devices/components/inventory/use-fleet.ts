import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { useRequiredConnection } from '@/lib/aws/connection-store';
import { fleetStore } from '../../api/fleet-store-registry';

/** The connection's fleet store, started, and its latest (batched) snapshot. */
export function useFleet() {
  const connection = useRequiredConnection();
  const queryClient = useQueryClient();
  const store = fleetStore(connection, queryClient);
  useEffect(() => store.start(), [store]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return { store, snapshot, connection };
}

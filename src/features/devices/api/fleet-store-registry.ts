import type { QueryClient } from '@tanstack/react-query';
import type { Connection } from '@/lib/aws/connection';
import { FleetStore } from './fleet-store';

const stores = new Map<string, FleetStore>();

/** The fleet store of a connection, kept while the app runs so returning to /devices is instant. */
export function fleetStore(connection: Connection, queryClient: QueryClient): FleetStore {
  let store = stores.get(connection.id);
  if (!store || store.connection !== connection) {
    for (const s of stores.values()) s.dispose();
    stores.clear();
    store = new FleetStore(connection, queryClient);
    stores.set(connection.id, store);
  }
  return store;
}

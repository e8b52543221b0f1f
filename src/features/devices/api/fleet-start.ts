import type { QueryClient } from '@tanstack/react-query';
import type { Connection } from '@/lib/aws/connection';
import { fleetStore } from './fleet-store-registry';

/** Starts loading the connection's fleet (the inventory's store), e.g. from another view's route loader. */
export function startFleet(connection: Connection, queryClient: QueryClient): void {
  fleetStore(connection, queryClient).start();
}

import type { QueryClient } from '@tanstack/react-query';
import type { Connection } from '@/lib/aws/connection';
import { onConnectionForgotten } from '@/lib/aws/connection-store';
import { FleetStore } from './fleet-store';

let current: FleetStore | undefined;
// A store outlives its page, not its connection: a forgotten connection's rows go with it.
onConnectionForgotten((_old, next) => {
  if (current?.connection !== next) current = void current?.dispose();
});

/** The fleet store of a connection, kept while the app runs so returning to /devices is instant. */
export function fleetStore(connection: Connection, queryClient: QueryClient): FleetStore {
  if (current?.connection !== connection) {
    current?.dispose();
    current = new FleetStore(connection, queryClient);
  }
  return current;
}

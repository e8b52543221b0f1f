import type { QueryClient } from '@tanstack/react-query';
import { connectionAccount } from '@/features/connection';
import { SIMULATED_ACCOUNT, type Connection } from '@/lib/aws/connection';
import { onConnectionForgotten } from '@/lib/aws/connection-store';
import type { FleetStore } from './fleet-store';
import { FleetShare } from './fleet-share';
import { SharedFleetStore } from './shared-fleet-store';

let current: FleetStore | undefined;
// A store outlives its page, not its connection: a forgotten connection's rows go with it.
onConnectionForgotten((_old, next) => {
  if (current?.connection !== next) current = void current?.dispose();
});

/**
 * The fleet store of a connection, kept while the app runs so returning to /devices is
 * instant. It starts from this browser's cache and shares one fan-out with the other tabs
 * of the same connection (fleet-share.ts).
 */
export function fleetStore(connection: Connection, queryClient: QueryClient): FleetStore {
  if (current?.connection !== connection) {
    current?.dispose();
    const store = new SharedFleetStore(connection, queryClient);
    const locks = typeof navigator !== 'undefined' ? (navigator.locks as Partial<LockManager> | undefined) : undefined;
    new FleetShare(store, {
      kind: connection.kind,
      regions: connection.regions,
      account: async () => (connection.kind === 'simulated' ? SIMULATED_ACCOUNT : connectionAccount(queryClient, connection)),
      locks: typeof locks?.request === 'function' ? (locks as LockManager) : undefined,
      openChannel: typeof BroadcastChannel === 'function' ? (name) => new BroadcastChannel(name) : undefined,
    });
    current = store;
  }
  return current;
}

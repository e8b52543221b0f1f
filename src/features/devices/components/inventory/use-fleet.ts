import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useRequiredConnection } from '@/lib/aws/connection-store';
import { useTransitionStore } from '@/lib/external-store';
import { fleetStore } from '../../api/fleet-store-registry';

/**
 * The connection's fleet store, started, and its latest (batched) snapshot. Its publications
 * render in a transition, one at a time, so the operator's input is answered before them and
 * none blocks the page (see useTransitionStore); the publisher decides how soon each goes out.
 */
export function useFleet() {
  const connection = useRequiredConnection();
  const queryClient = useQueryClient();
  const store = fleetStore(connection, queryClient);
  useEffect(() => store.start(), [store]);
  const source = useMemo(() => ({ get: store.getSnapshot, subscribe: store.subscribe }), [store]);
  const snapshot = useTransitionStore(source);
  return { store, snapshot, connection };
}

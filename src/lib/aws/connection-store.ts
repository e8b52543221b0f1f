import { createExternalStore, useExternalStore } from '../external-store';
import { forgetClients } from './client';
import type { Connection } from './connection';

/**
 * The current connection, in memory only. It is a module-level store (not React state)
 * so route loaders can prefetch with the same client the components use.
 */
const store = createExternalStore<Connection | null>(null);

/** The connection in use, or null when the operator has not connected yet. */
export function getConnection(): Connection | null {
  return store.get();
}

/** Switches connection; the old clients are dropped with their credentials. */
export function setConnection(next: Connection | null): void {
  forgetClients(next ?? undefined);
  store.set(next);
}

/** The current connection as React state. */
export function useConnection(): Connection | null {
  return useExternalStore(store);
}

/** The current connection, for views that only render once connected. */
export function useRequiredConnection(): Connection {
  const connection = useConnection();
  if (!connection) throw new Error('No connection: the layout only renders views once connected');
  return connection;
}

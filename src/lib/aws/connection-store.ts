import { createExternalStore, useExternalStore } from '../external-store';
import { forgetClients } from './client';
import type { Connection } from './connection';

/**
 * The current connection, in memory only. It is a module-level store (not React state)
 * so route loaders can prefetch with the same client the components use.
 */
const store = createExternalStore<Connection | null>(null);

type Forgotten = (old: Connection, next: Connection | null) => void;
const forgotten = new Set<Forgotten>();

/** The connection in use, or null when the operator has not connected yet. */
export function getConnection(): Connection | null {
  return store.get();
}

/**
 * Calls `listener` with each connection that is replaced or ended, so whoever keeps
 * something of it (cached answers, a fan-out) drops it. Returns the unsubscribe.
 */
export function onConnectionForgotten(listener: Forgotten): () => void {
  forgotten.add(listener);
  return () => forgotten.delete(listener);
}

/**
 * Switches connection. The old clients are dropped, every listener drops what it kept of
 * the old connection, and credentials no longer in use are wiped.
 */
export function setConnection(next: Connection | null): void {
  const previous = store.get();
  forgetClients(next ?? undefined);
  store.set(next);
  if (!previous || previous.id === next?.id) return;
  for (const listener of forgotten) listener(previous, next);
  if (previous.credentials !== next?.credentials) previous.forget?.();
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

import { createExternalStore, useExternalStore } from '@/lib/external-store';
import { describeError } from '@/lib/errors';
import type { Connection } from '@/lib/aws/connection';

/** A refusal to write tags, remembered for the connection it came from. */
export interface TagDenial {
  connectionId: string;
  region: string;
  at: number;
  /** What the operator reads: which permission is missing, and what to do. */
  reason: string;
}

// One connection at a time; a new connection (other credentials or regions) has a new id.
const store = createExternalStore<TagDenial | undefined>(undefined);

/**
 * Remembers that the service refused a tag write with AccessDeniedException, so the
 * bulk edit is offered disabled, with the reason, for the rest of the connection.
 * Returns whether the error was such a refusal.
 */
export function noteTagError(connection: Connection, error: unknown, at = Date.now()): boolean {
  const e = describeError(error);
  if (e.kind !== 'access-denied') return false;
  const region = (error as { region?: string }).region ?? connection.regions[0] ?? '';
  if (store.get()?.connectionId !== connection.id) store.set({ connectionId: connection.id, region, at, reason: e.action });
  return true;
}

/** The tag denial of this connection, if the service refused one. */
export function useTagDenial(connection: Connection): TagDenial | undefined {
  const denial = useExternalStore(store);
  return denial?.connectionId === connection.id ? denial : undefined;
}

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

/** The role of an assumed-role ARN (`arn:aws:sts::<account>:assumed-role/<role>/<session>`). */
function roleOf(arn: string | undefined): string | undefined {
  return arn ? /:assumed-role\/([^/]+)\//.exec(arn)?.[1] : undefined;
}

/**
 * Why tag changes are refused before anything is sent, where the role is known: the caller
 * signed in with the deployment's viewer role, which has no TagResource or UntagResource.
 */
export function viewerTagReason(connection: Connection, callerArn: string | undefined): string | undefined {
  if (!connection.viewerRole || roleOf(callerArn) !== connection.viewerRole) return undefined;
  return `You are signed in with the viewer role (${connection.viewerRole}), which may read devices but not change tags: it has no snow-device-management:TagResource or UntagResource. Ask for the operator role.`;
}

import { queryOptions } from '@tanstack/react-query';
import type { Connection } from './connection';
import type { InputOf, SdmCommandName } from './sdm-commands';
import { scheduleSdm } from './scheduler';

/** The scope part of every SDM query key: which connection and region answered. */
export interface QueryScope {
  connection: string;
  region: string;
}

/** Query key of one SDM call: [operation, input, scope], so `[operation]` invalidates them all. */
export function sdmKey<N extends SdmCommandName>(name: N, input: InputOf<N>, connection: Connection, region: string) {
  return [name, input, { connection: connection.id, region } satisfies QueryScope] as const;
}

/** Query options for one SDM call, built from the operation and its input (Oxide's `q()`). */
export function sdmQuery<N extends SdmCommandName>(connection: Connection, region: string, name: N, input: InputOf<N>) {
  return queryOptions({
    queryKey: sdmKey(name, input, connection, region),
    // Through the shared scheduler at interactive priority: it jumps any fan-out queue,
    // merges with a queued fan-out request for the same data and is paced with it.
    queryFn: ({ signal }) => scheduleSdm(connection, region, name, input, { signal }),
  });
}

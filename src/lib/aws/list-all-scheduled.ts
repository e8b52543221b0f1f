import type { Connection } from './connection';
import type { InputOf, OutputOf } from './sdm-commands';
import { scheduleSdm } from './scheduler';

type ListOperation = 'ListDevices' | 'ListTasks' | 'ListExecutions' | 'ListDeviceResources';

/**
 * listAll through the shared scheduler: follows nextToken to the last page, each page paced
 * and retried on throttling like every other call, at the caller's priority.
 */
export async function listAllScheduled<N extends ListOperation, K extends keyof OutputOf<N>>(
  connection: Connection,
  region: string,
  name: N,
  input: InputOf<N>,
  key: K,
  options: { signal?: AbortSignal; priority?: number } = {},
): Promise<NonNullable<OutputOf<N>[K]>> {
  const all: unknown[] = [];
  let nextToken: string | undefined;
  do {
    const page = await scheduleSdm(connection, region, name, { ...input, nextToken, maxResults: 100 }, options);
    all.push(...((page[key] ?? []) as unknown[]));
    nextToken = (page as { nextToken?: string }).nextToken;
  } while (nextToken);
  return all as NonNullable<OutputOf<N>[K]>;
}

import { sdmClient } from './client';
import type { Connection } from './connection';
import { makeCommand, type InputOf, type SdmCommandName, type OutputOf } from './sdm-commands';

/**
 * Every failed SDM call, whatever went wrong: the service's error name, plus the
 * command and region it came from so the UI can say what was refused and where.
 */
export class SdmError extends Error {
  readonly command: SdmCommandName;
  readonly region: string;
  readonly status?: number;
  readonly requestId?: string;

  constructor(name: string, message: string, command: SdmCommandName, region: string, status?: number, requestId?: string) {
    super(message);
    this.name = name;
    this.command = command;
    this.region = region;
    this.status = status;
    this.requestId = requestId;
  }
}

interface SdkErrorShape {
  name?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number; requestId?: string };
}

/** Turns whatever the SDK threw into an SdmError (abort errors pass through untouched). */
export function toSdmError(error: unknown, operation: SdmCommandName, region: string): unknown {
  if (error instanceof SdmError) return error;
  const e = (error ?? {}) as SdkErrorShape;
  if (e.name === 'AbortError') return error;
  // fetch() rejects with a TypeError when the network or a CORS preflight fails.
  if (error instanceof TypeError) {
    return new SdmError('NetworkError', e.message ?? 'Network request failed', operation, region);
  }
  return new SdmError(
    e.name ?? 'UnknownError',
    e.message ?? String(error),
    operation,
    region,
    e.$metadata?.httpStatusCode,
    e.$metadata?.requestId,
  );
}

/** Sends one SDM operation on a connection's client for a region. */
export async function sendSdm<N extends SdmCommandName>(
  connection: Connection,
  region: string,
  name: N,
  input: InputOf<N>,
  options: { signal?: AbortSignal } = {},
): Promise<OutputOf<N>> {
  try {
    const client = sdmClient(connection, region);
    // The registry guarantees the command and output types line up for N.
    const output = await client.send(makeCommand(name, input), { abortSignal: options.signal });
    return output as unknown as OutputOf<N>;
  } catch (error) {
    throw toSdmError(error, name, region);
  }
}

type ListOperation = 'ListDevices' | 'ListTasks' | 'ListExecutions' | 'ListDeviceResources';

/** Follows a list operation's nextToken to the last page, calling onPage as pages arrive. */
export async function listAll<N extends ListOperation, K extends keyof OutputOf<N>>(
  connection: Connection,
  region: string,
  name: N,
  input: InputOf<N>,
  key: K,
  options: { signal?: AbortSignal; onPage?: (items: NonNullable<OutputOf<N>[K]>) => void } = {},
): Promise<NonNullable<OutputOf<N>[K]>> {
  const all: unknown[] = [];
  let nextToken: string | undefined;
  do {
    const page = await sendSdm(connection, region, name, { ...input, nextToken, maxResults: 100 }, options);
    const items = (page[key] ?? []) as unknown[];
    all.push(...items);
    options.onPage?.(all.slice() as NonNullable<OutputOf<N>[K]>);
    nextToken = (page as { nextToken?: string }).nextToken;
  } while (nextToken);
  return all as NonNullable<OutputOf<N>[K]>;
}

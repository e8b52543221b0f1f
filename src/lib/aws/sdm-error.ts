import type { AwsCommandName } from './sdm-commands';

/**
 * Every failed SDM call (and CloudTrail LookupEvents), whatever went wrong: the service's
 * error name, plus the command and region it came from so the UI can say what was refused and where.
 */
export class SdmError extends Error {
  readonly command: AwsCommandName;
  readonly region: string;
  readonly status?: number;
  readonly requestId?: string;

  constructor(name: string, message: string, command: AwsCommandName, region: string, status?: number, requestId?: string) {
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
export function toSdmError(error: unknown, command: AwsCommandName, region: string): unknown {
  if (error instanceof SdmError) return error;
  const e = (error ?? {}) as SdkErrorShape;
  if (e.name === 'AbortError') return error;
  // fetch() rejects with a TypeError when the network or a CORS preflight fails.
  if (error instanceof TypeError) {
    return new SdmError('NetworkError', e.message ?? 'Network request failed', command, region);
  }
  return new SdmError(e.name ?? 'UnknownError', e.message ?? String(error), command, region, e.$metadata?.httpStatusCode, e.$metadata?.requestId);
}

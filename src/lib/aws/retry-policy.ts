/**
 * The dashboard's one retry policy. Only the request queue retries (see request-queue.ts);
 * the SDK client sends each request once, TanStack Query does not retry, and neither do the
 * fan-out, the task submission or any view.
 *
 * - Throttling (ThrottlingException) is not a failure: the request waits with jittered
 *   backoff and goes again, and its lane slows down (rate-control.ts). Up to
 *   `maxThrottleRetries` waits before the error reaches the caller.
 * - Transient failures (InternalServerException, a network failure, an HTTP 5xx without a
 *   modelled name) are sent again: at most `maxSends` sends in all for one call, reads and
 *   writes alike. Writes are safe to repeat: CreateTask carries the same clientToken on
 *   every send, TagResource, UntagResource and CancelTask set a state rather than add one.
 * - Everything else (access denied, not found, validation, quota, expired credentials) is
 *   answered at once: a second send would get the same answer.
 */
export const RETRY_POLICY = {
  maxSends: 3,
  /** Backoff before a transient retry: base × 2^(send-1), jittered between half and all of it. */
  transientBackoffMs: 400,
  maxThrottleRetries: 10,
  throttleBackoffBaseMs: 150,
  throttleBackoffMaxMs: 5_000,
} as const;

interface ErrorShape {
  name?: string;
  status?: number;
}

export function isThrottling(error: unknown): boolean {
  return (error as ErrorShape | undefined)?.name === 'ThrottlingException';
}

/** Failures that may succeed when the same request is sent again. */
export function isTransient(error: unknown): boolean {
  const e = (error ?? {}) as ErrorShape;
  if (e.name === 'InternalServerException' || e.name === 'NetworkError') return true;
  return (e.status ?? 0) >= 500;
}

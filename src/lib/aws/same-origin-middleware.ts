import type { FinalizeRequestHandlerOptions, FinalizeRequestMiddleware, HttpRequest, Pluggable } from '@smithy/types';

/** Path prefix of the dashboard's same-origin route: `/sdm/<region>/<service path>`. */
export const SAME_ORIGIN_PREFIX = '/sdm';

/** The same route for AWS CloudTrail (LookupEvents): `/cloudtrail/<region>/`. */
export const CLOUDTRAIL_ORIGIN_PREFIX = '/cloudtrail';

function isHttpRequest(value: unknown): value is HttpRequest {
  const r = value as Partial<HttpRequest> | undefined;
  return typeof r?.hostname === 'string' && typeof r.path === 'string' && typeof r.headers === 'object';
}

/**
 * Runs right after the SigV4 signer (`httpSigningMiddleware` in @smithy/core; its alias
 * `awsAuthMiddleware` names the same step), so it sees the request exactly as signed.
 */
const OPTIONS: FinalizeRequestHandlerOptions & { relation: 'after'; toMiddleware: string } = {
  name: 'sameOriginRouteMiddleware',
  step: 'finalizeRequest',
  relation: 'after',
  toMiddleware: 'httpSigningMiddleware',
  override: true,
};

/**
 * The same-origin API route. The SDK resolves the real regional endpoint and signs for it
 * (host `snow-device-management.<region>.amazonaws.com`, the service's own path); this
 * middleware then sends that signed request to `<origin>/sdm/<region><path>` instead. The
 * CloudFront behaviour for `/sdm/<region>/*` strips the prefix and forwards every header
 * but Host to the service, whose own host is what the signature covers. Browsers never
 * send a `host` header of our choosing, so the signed `host` header stays unsent: the
 * origin sees its own host, and the signature holds.
 *
 * CloudTrail's client uses the same route under `/cloudtrail/<region>` (its behaviour
 * forwards to `cloudtrail.<region>.amazonaws.com`).
 *
 * A copy is sent, never the signed request itself: a retry signs again from the request
 * the retry middleware holds, which must still name the service host and path.
 */
export function sameOriginRoute<I extends object, O extends object>(region: string, origin: string, prefix: string = SAME_ORIGIN_PREFIX): Pluggable<I, O> {
  const target = new URL(origin);
  const middleware: FinalizeRequestMiddleware<I, O> = (next) => async (args) => {
    if (!isHttpRequest(args.request)) return next(args);
    const signed = args.request;
    const routed: HttpRequest = Object.assign(Object.create(Object.getPrototypeOf(signed) as object) as HttpRequest, signed, {
      protocol: target.protocol,
      hostname: target.hostname,
      port: target.port ? Number(target.port) : undefined,
      path: `${prefix}/${region}${signed.path}`,
      headers: { ...signed.headers },
      query: { ...signed.query },
    });
    return next({ ...args, request: routed });
  };
  return { applyToStack: (stack) => stack.addRelativeTo(middleware, OPTIONS) };
}

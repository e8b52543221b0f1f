import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import { matchRoute } from './routes';
import type { Simulator } from './simulator';
import { ANY_S3, snapshotHandlers } from './snapshot';
import { stsResponse } from './sts';
import { cloudTrailResolver } from './cloudtrail/handler';

// Every region's endpoint (regional, FIPS, VPC interface endpoint), and the dashboard's
// same-origin route /sdm/<region>/…
const SERVICE_HOST = /^https:\/\/(?:vpce-[a-z0-9-]+\.)?snow-device-management(?:-fips)?\.([a-z0-9-]+)(?:\.vpce)?\.amazonaws\.com(?:\.cn)?(\/.*)?$/;
const SAME_ORIGIN = /^https?:\/\/[^/]+\/sdm\/([a-z0-9-]+)(\/.*)$/;
// CloudTrail (regional and FIPS) and its same-origin route /cloudtrail/<region>/.
const CLOUDTRAIL_HOST = /^https:\/\/cloudtrail(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/?$/;
const SAME_ORIGIN_TRAIL = /^https?:\/\/[^/]+\/cloudtrail\/([a-z0-9-]+)\/?$/;
const STS_HOST = /^https:\/\/sts(?:-fips)?\.([a-z0-9-]+\.)?amazonaws\.com(?:\.cn)?\/?(\?.*)?$/;
// Whatever else is meant for Snow Device Management or STS (another partition, a dual-stack
// host, a port) or for the same-origin route: answered here, never sent on to AWS.
const ANY_SDM_OR_STS = /^https?:\/\/([a-z0-9-]+\.)*(snow-device-management|sts|cloudtrail)[a-z0-9-]*\.([a-z0-9-]+\.)*(amazonaws\.com(\.cn)?|api\.aws)(:\d+)?(\/.*)?$/;
const ANY_SAME_ORIGIN = /^https?:\/\/[^/]+\/(sdm|cloudtrail)(\/.*)?$/;

const encoder = new TextEncoder();

/**
 * A JSON answer with its Content-Length, as the service sends it. MSW's HttpResponse.json
 * measures the text through a Blob, which costs the page more than the rest of the answer;
 * the dev and demo builds answer hundreds of calls per second on the page's main thread.
 */
export function jsonResponse(body: unknown, status: number, headers: Record<string, string>): HttpResponse<Uint8Array> {
  const bytes = encoder.encode(JSON.stringify(body));
  return new HttpResponse(bytes, { status, headers: { ...headers, 'content-type': 'application/json', 'content-length': String(bytes.byteLength) } });
}

/** True for a request the simulator answers (or refuses): SDM, STS, CloudTrail, S3 (the shared fleet snapshot), the same-origin routes. */
export function isServiceRequest(url: string): boolean {
  return [SERVICE_HOST, SAME_ORIGIN, CLOUDTRAIL_HOST, SAME_ORIGIN_TRAIL, STS_HOST, ANY_SDM_OR_STS, ANY_SAME_ORIGIN, ANY_S3].some((re) => re.test(url));
}

/** The access key a SigV4 Authorization header names (`Credential=<key>/<date>/…`). */
function accessKeyOf(request: Request): string | undefined {
  return /Credential=([A-Z0-9]+)\//.exec(request.headers.get('authorization') ?? '')?.[1];
}

function locate(url: URL): { region: string; path: string } | undefined {
  const base = url.origin + url.pathname;
  const [, region, path = '/'] = SERVICE_HOST.exec(base) ?? SAME_ORIGIN.exec(base) ?? [];
  return region ? { region, path } : undefined;
}

/** MSW handlers over a simulator: parse the request, call the model, write the response. */
export function createHandlers(sim: Simulator): RequestHandler[] {
  // The service decides when a request arrives (its throttling window counts arrivals) and
  // the answer reaches the caller after the scenario's latency: a page busy while the answer
  // travels back does not move the request into a later second of the window.
  const resolver = async ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    const where = locate(url);
    if (!where) return undefined;
    const route = matchRoute(request.method, where.path);
    const response = await answer(request, url, where.region, where.path, route);
    if (sim.scenario.latencyMs > 0) await delay(sim.scenario.latencyMs);
    return response;
  };
  const answer = async (request: Request, url: URL, region: string, path: string, route: ReturnType<typeof matchRoute>) => {
    if (!route) {
      return jsonResponse({ message: `No operation at ${request.method} ${path}` }, 404, { 'x-amzn-errortype': 'UnknownOperationException' });
    }
    const text = request.method === 'GET' || request.method === 'DELETE' ? '' : await request.text();
    let body: Record<string, unknown> = {};
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      return jsonResponse({ message: 'The request body is not valid JSON.' }, 400, { 'x-amzn-errortype': 'ValidationException' });
    }
    const meta = { userAgent: request.headers.get('x-amz-user-agent') ?? request.headers.get('user-agent') ?? undefined, accessKeyId: accessKeyOf(request) };
    const res = sim.handle(route.operation, region, { params: route.params, query: url.searchParams, body }, meta);
    const headers: Record<string, string> = { 'x-amzn-requestid': crypto.randomUUID() };
    if (res.errorType) headers['x-amzn-errortype'] = res.errorType;
    if (res.body === undefined) return new HttpResponse(null, { status: res.status, headers });
    return jsonResponse(res.body, res.status, headers);
  };
  const refuse = ({ request }: { request: Request }) =>
    jsonResponse({ message: `The simulated fleet does not answer ${request.method} ${new URL(request.url).host}; nothing was sent to AWS.` }, 501, { 'x-amzn-errortype': 'UnknownOperationException' });
  return [
    http.all(SERVICE_HOST, resolver),
    http.all(CLOUDTRAIL_HOST, cloudTrailResolver(sim)),
    http.all(SAME_ORIGIN_TRAIL, cloudTrailResolver(sim)),
    http.all(SAME_ORIGIN, resolver),
    http.all(STS_HOST, ({ request }) => stsResponse(request, sim.scenario.callerArn)),
    ...snapshotHandlers(sim),
    http.all(ANY_SDM_OR_STS, refuse),
    http.all(ANY_SAME_ORIGIN, refuse),
  ];
}

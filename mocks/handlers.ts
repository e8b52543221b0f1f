import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import { matchRoute } from './routes';
import type { Simulator } from './simulator';

// Every region's public endpoint, and the dashboard's same-origin route /sdm/<region>/…
const SERVICE_HOST = /^https:\/\/snow-device-management\.([a-z0-9-]+)\.amazonaws\.com(\/.*)?$/;
const SAME_ORIGIN = /^https?:\/\/[^/]+\/sdm\/([a-z0-9-]+)(\/.*)$/;

function locate(url: URL): { region: string; path: string } | undefined {
  const base = url.origin + url.pathname;
  const [, region, path = '/'] = SERVICE_HOST.exec(base) ?? SAME_ORIGIN.exec(base) ?? [];
  return region ? { region, path } : undefined;
}

/** MSW handlers over a simulator: parse the request, call the model, write the response. */
export function createHandlers(sim: Simulator): RequestHandler[] {
  const resolver = async ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    const where = locate(url);
    if (!where) return undefined;
    const route = matchRoute(request.method, where.path);
    if (sim.scenario.latencyMs > 0) await delay(sim.scenario.latencyMs);
    if (!route) {
      return HttpResponse.json({ message: `No operation at ${request.method} ${where.path}` }, { status: 404, headers: { 'x-amzn-errortype': 'UnknownOperationException' } });
    }
    const text = request.method === 'GET' || request.method === 'DELETE' ? '' : await request.text();
    let body: Record<string, unknown> = {};
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      return HttpResponse.json({ message: 'The request body is not valid JSON.' }, { status: 400, headers: { 'x-amzn-errortype': 'ValidationException' } });
    }
    const res = sim.handle(route.operation, where.region, { params: route.params, query: url.searchParams, body });
    const headers: Record<string, string> = { 'x-amzn-requestid': crypto.randomUUID() };
    if (res.errorType) headers['x-amzn-errortype'] = res.errorType;
    if (res.body === undefined) return new HttpResponse(null, { status: res.status, headers });
    return HttpResponse.json(res.body, { status: res.status, headers });
  };
  return [http.all(SERVICE_HOST, resolver), http.all(SAME_ORIGIN, resolver)];
}

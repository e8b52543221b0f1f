import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLOUDTRAIL_ORIGIN_PREFIX, SAME_ORIGIN_PREFIX } from '../src/lib/aws/same-origin-middleware';
import { createHandlers } from './handlers';
import { createSimulator } from './simulator';
import { answerMessage, type RequestMessage } from './worker-protocol';

const ORIGIN = 'https://dashboard.example.com';
const source = readFileSync('public/sim-service-worker.js', 'utf8');
const open: MessagePort[] = [];

afterEach(() => {
  open.splice(0).forEach((p) => p.close());
  vi.useRealTimers();
});

/** The service worker script in a fake scope: its listeners, the pages it messages, what it fetches. */
function load() {
  const listeners = new Map<string, (event: unknown) => void>();
  const toPage = vi.fn();
  const network = vi.fn(async (r: Request) => new Response(`network: ${r.url}`));
  const clients = { get: async (id: string) => ({ id, postMessage: toPage }), matchAll: async () => [{ id: 'page' }], claim: async () => undefined };
  const scope = { location: new URL(ORIGIN), clients, skipWaiting: () => undefined, addEventListener: (type: string, l: (e: unknown) => void) => listeners.set(type, l) };
  runInNewContext(source, { self: scope, URL, Map, Set, Promise, Request, Response, Headers, JSON, setTimeout, clearTimeout, fetch: network });
  const sw = {
    toPage,
    network,
    /** What the worker answers for `url`: undefined when it leaves the request to the browser. */
    request(url: string, init: RequestInit & { mode?: RequestMode } = {}, clientId = 'page'): Promise<Response> | undefined {
      let answer: Promise<Response> | undefined;
      const { mode: _mode, ...rest } = init;
      const request = new Request(url, rest);
      Object.defineProperty(request, 'mode', { value: init.mode ?? 'cors' });
      listeners.get('fetch')!({ request, clientId, respondWith: (r: Response | Promise<Response>) => (answer = Promise.resolve(r)) });
      return answer;
    },
    /** Joins the page's simulator (a real one, answering through the handlers) to the worker. */
    connect() {
      const sim = createSimulator({ scenario: { devices: 3 } });
      const handlers = createHandlers(sim);
      const channel = new MessageChannel();
      open.push(channel.port1, channel.port2);
      channel.port1.onmessage = (event: MessageEvent<RequestMessage>) => void answerMessage(handlers, event.data).then((reply) => channel.port1.postMessage(reply));
      listeners.get('message')!({ source: { id: 'page' }, data: { type: 'simulator-port' }, ports: [channel.port2] });
      return sim;
    },
  };
  return sw;
}

describe("the simulator's service worker", () => {
  it("leaves navigations and the dashboard's own files to the browser, and takes every service request", () => {
    const sw = load();
    expect(sw.request(`${ORIGIN}/devices`, { mode: 'navigate' })).toBeUndefined();
    expect(sw.request(`${ORIGIN}/assets/index-abc.js`)).toBeUndefined();
    expect(sw.request(`${ORIGIN}/config.json`)).toBeUndefined();
    for (const url of [`${ORIGIN}${SAME_ORIGIN_PREFIX}/us-west-2/managed-devices`, `${ORIGIN}${CLOUDTRAIL_ORIGIN_PREFIX}/us-west-2/`, 'https://snow-device-management.us-west-2.amazonaws.com/managed-devices', 'https://cdn.example.net/x.js']) {
      expect(sw.request(url), url).toBeDefined();
    }
  });

  it("answers a request with the page's simulator, through its port", async () => {
    const sw = load();
    const sim = sw.connect();
    const response = await sw.request('https://snow-device-management.us-west-2.amazonaws.com/managed-devices?maxResults=2');
    expect(response!.status).toBe(200);
    expect(response!.headers.get('content-type')).toBe('application/json');
    const body = (await response!.json()) as { devices: { managedDeviceId: string }[] };
    expect(body.devices.map((d) => d.managedDeviceId)).toEqual(sim.devices('us-west-2').slice(0, 2).map((d) => d.id));
    const tagged = await sw.request(`${ORIGIN}/sdm/us-west-2/tags/${encodeURIComponent(`arn:aws:snow-device-management:us-west-2:123456789012:managed-device/${body.devices[0]!.managedDeviceId}`)}`, {
      method: 'POST',
      body: JSON.stringify({ tags: { site: 'north' } }),
    });
    expect(tagged!.status).toBe(200);
    expect(sim.device('us-west-2', body.devices[0]!.managedDeviceId)?.tags).toMatchObject({ site: 'north' });
    expect(sim.stats().requests).toEqual({ ListDevices: 1, TagResource: 1 });
    expect(sw.network).not.toHaveBeenCalled();
  });

  it('asks the page for its simulator when it has none (it was stopped and started again), and answers once it comes', async () => {
    const sw = load();
    const answer = sw.request('https://snow-device-management.us-west-2.amazonaws.com/managed-devices');
    await vi.waitFor(() => expect(sw.toPage).toHaveBeenCalledWith({ type: 'simulator-port-needed' }));
    sw.connect();
    expect((await answer)!.status).toBe(200);
    expect(sw.toPage).toHaveBeenCalledTimes(1);
  });

  it('refuses, and sends nothing on, when no simulator comes for the page', async () => {
    vi.useFakeTimers();
    const sw = load();
    const answer = sw.request('https://snow-device-management.us-west-2.amazonaws.com/managed-devices');
    await vi.advanceTimersByTimeAsync(10_000);
    const response = (await answer)!;
    expect(response.status).toBe(503);
    expect(((await response.json()) as { message: string }).message).toMatch(/nothing was sent to AWS/);
    expect(sw.network).not.toHaveBeenCalled();
    // The next request asks the page again, and is answered once its simulator comes.
    const again = sw.request('https://snow-device-management.us-west-2.amazonaws.com/managed-devices');
    await vi.advanceTimersByTimeAsync(0);
    expect(sw.toPage).toHaveBeenCalledTimes(2);
    sw.connect();
    await vi.advanceTimersByTimeAsync(0);
    expect((await again)!.status).toBe(200);
  });

  it('refuses a service request that comes from no page, and sends nothing on', async () => {
    const sw = load();
    const response = (await sw.request('https://snow-device-management.us-west-2.amazonaws.com/managed-devices', {}, ''))!;
    expect(response.status).toBe(503);
    expect(sw.network).not.toHaveBeenCalled();
  });

  it('sends what no handler takes (another host) on to the network, body and all', async () => {
    const sw = load();
    sw.connect();
    const response = await sw.request('https://idp.example.net/token', { method: 'POST', body: 'grant=x' });
    expect(await response!.text()).toBe('network: https://idp.example.net/token');
    const sent = sw.network.mock.calls[0]![0];
    expect(sent.method).toBe('POST');
    expect(await sent.text()).toBe('grant=x');
  });
});

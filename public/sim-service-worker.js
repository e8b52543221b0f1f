/*
 * The simulated service's service worker (dev and demo builds only; production builds drop
 * this file). It takes every request of a dashboard page that is not for the dashboard's own
 * files and hands it to that page's simulator, a dedicated worker (mocks/simulator-worker.ts),
 * over a MessagePort the page gives it. The page's main thread never handles a request.
 * What the simulator leaves alone (a sign-in page's host, say) goes to the network; what is
 * meant for the services it stands in for, it answers or refuses, so none of that reaches AWS.
 */

/** The dashboard's same-origin service routes: the only same-origin paths the simulator answers. */
const SIMULATED_PATHS = ['/sdm/', '/cloudtrail/'];
/** How long a request waits for its page to connect a simulator. */
const CONNECT_LIMIT_MS = 10000;

/** Per page (client id): its simulator's port, or the requests waiting for one. */
const simulators = new Map();

self.addEventListener('install', () => {
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('message', (event) => {
  const client = event.source;
  if (!client || !event.data) return;
  if (event.data.type === 'claim') {
    // A page loaded while bypassing the worker (a hard reload) asks to be taken.
    event.waitUntil(self.clients.claim());
    return;
  }
  if (event.data.type !== 'simulator-port' || !event.ports[0]) return;
  connect(client.id, event.ports[0]);
});

function connect(clientId, port) {
  const previous = simulators.get(clientId);
  const entry = { port, pending: new Map(), next: 0 };
  port.onmessage = (event) => {
    const answer = event.data;
    const resolve = entry.pending.get(answer.id);
    entry.pending.delete(answer.id);
    if (resolve) resolve(answer);
  };
  simulators.set(clientId, entry);
  // Pages that have closed since leave with their ports.
  self.clients.matchAll({ includeUncontrolled: true }).then((open) => {
    const ids = new Set(open.map((c) => c.id));
    for (const id of simulators.keys()) if (!ids.has(id) && id !== clientId) simulators.delete(id);
  });
  if (previous && previous.waiters) previous.waiters.forEach((w) => w(entry));
}

/** The page's simulator, asking the page for one when this worker has none for it (it was restarted). */
function simulatorOf(clientId) {
  const known = simulators.get(clientId);
  if (known && known.port) return Promise.resolve(known);
  return new Promise((resolve) => {
    const waiting = known || { waiters: [] };
    const waiter = (entry) => {
      clearTimeout(timer);
      resolve(entry);
    };
    // Given up on: the next request asks the page again.
    const timer = setTimeout(() => {
      waiting.waiters = waiting.waiters.filter((w) => w !== waiter);
      if (!waiting.waiters.length && simulators.get(clientId) === waiting) simulators.delete(clientId);
      resolve(undefined);
    }, CONNECT_LIMIT_MS);
    waiting.waiters.push(waiter);
    if (!known) {
      simulators.set(clientId, waiting);
      self.clients.get(clientId).then((client) => client && client.postMessage({ type: 'simulator-port-needed' }));
    }
  });
}

function isDashboardFile(url) {
  return url.origin === self.location.origin && !SIMULATED_PATHS.some((path) => url.pathname.startsWith(path));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.mode === 'navigate') return;
  const url = new URL(request.url);
  if (isDashboardFile(url)) return;
  // A request of no page has no simulator to answer it; it is refused, not sent on.
  event.respondWith(event.clientId ? answer(event.clientId, request, url) : refuse(url, 'it came from no page'));
});

async function answer(clientId, request, url) {
  const simulator = await simulatorOf(clientId);
  if (!simulator) return refuse(url, 'no simulator answered for this page');
  const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
  const id = simulator.next++;
  const reply = new Promise((resolve) => simulator.pending.set(id, resolve));
  const headers = [...request.headers];
  simulator.port.postMessage({ id, url: request.url, method: request.method, headers, body });
  const got = await reply;
  if (got.passthrough) {
    if (url.origin === self.location.origin) return refuse(url, 'the simulator does not answer it');
    return fetch(new Request(request.url, { method: request.method, headers, body, mode: request.mode, credentials: request.credentials, redirect: request.redirect }));
  }
  return new Response(got.body, { status: got.status, statusText: got.statusText, headers: got.headers });
}

function refuse(url, why) {
  const message = `The simulated fleet did not answer ${url.host}${url.pathname} (${why}); nothing was sent to AWS.`;
  return new Response(JSON.stringify({ message }), {
    status: 503,
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'ServiceUnavailableException' },
  });
}

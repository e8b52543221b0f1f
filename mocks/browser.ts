import { untilWorkerControls } from './early-worker';
import { defaultScenario, tabScenario, type Scenario } from './scenario';
import type { SimStats } from './simulator';
import type { PageToSimulator, SimulatorToPage } from './worker-protocol';
import { SCENARIO_KEY, SERVICE_WORKER, STATE_KEY } from './browser-names';
export { simulatedSnapshotSource } from './snapshot';

/** What the page can ask its simulator; tests drive the simulator itself in its worker. */
export interface SimulatorRemote {
  scenario: Scenario;
  stats(): Promise<SimStats | undefined>;
  resetStats(): void;
}

declare global {
  interface Window {
    /** The tab's simulator, for the benchmark and curious operators (dev and demo builds only). */
    __SNOW_SIMULATOR__?: SimulatorRemote;
    /** The tab's simulator worker, when index.html started it. */
    __SNOW_SIMULATOR_WORKER__?: Worker;
  }
}

/**
 * Starts the simulated service for this tab, in a dedicated worker: the scenario comes from
 * sim-* query parameters (remembered for the tab), the service's mutable state survives
 * reloads like the real service's would. The simulator's service worker sends it the tab's
 * requests, so the page's main thread never handles one. Only simulator data goes to
 * sessionStorage, never credentials.
 */
export async function startSimulator(): Promise<SimulatorRemote> {
  performance.mark('sim:start');
  const search = window.location.search;
  const params = new URLSearchParams(search);
  if (params.has('sim-reset')) {
    sessionStorage.removeItem(SCENARIO_KEY);
    sessionStorage.removeItem(STATE_KEY);
  }
  const saved = sessionStorage.getItem(SCENARIO_KEY);
  const state = sessionStorage.getItem(STATE_KEY);
  const scenario = tabScenario(saved, search);
  sessionStorage.setItem(SCENARIO_KEY, JSON.stringify(scenario));
  // Once read, the sim-* parameters leave the address bar: a reload keeps the simulation
  // instead of resetting it, and app URLs (filters, bookmarks) stay clean.
  const kept = [...params].filter(([k]) => !k.startsWith('sim-'));
  if (kept.length !== [...params].length) {
    const query = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${query}${window.location.hash}`);
  }

  // Demo builds start the worker from index.html, with the same inputs, while the dashboard's
  // code loads (build/early-simulator-worker.ts); otherwise it starts here.
  let worker = window.__SNOW_SIMULATOR_WORKER__;
  if (!worker) {
    worker = new Worker(new URL('./simulator-worker.ts', import.meta.url), { type: 'module', name: 'simulated-service' });
    window.__SNOW_SIMULATOR_WORKER__ = worker;
    worker.postMessage({ type: 'init', savedScenario: saved, search, state } satisfies PageToSimulator);
  }
  const started = worker;
  const send = (message: PageToSimulator, transfer: Transferable[] = []) => started.postMessage(message, transfer);
  const asked = new Map<number, (stats: SimStats | undefined) => void>();
  started.onmessage = (event: MessageEvent<SimulatorToPage>) => {
    const message = event.data;
    if (message.type === 'state') {
      try {
        sessionStorage.setItem(SCENARIO_KEY, JSON.stringify(message.scenario));
        sessionStorage.setItem(STATE_KEY, message.state);
      } catch {
        // Quota exceeded on a huge fleet: the simulation simply does not survive a reload.
      }
    } else if (message.type === 'state-unreadable') {
      sessionStorage.removeItem(STATE_KEY);
    } else if (message.type === 'stats') {
      asked.get(message.id)?.(message.stats);
      asked.delete(message.id);
    }
  };
  started.onerror = (event) => console.error('The simulated service did not start:', event.message);
  performance.mark('sim:state');

  const container = navigator.serviceWorker;
  const url = `${import.meta.env.BASE_URL}${SERVICE_WORKER}`;
  const registration = await container.register(url, { scope: import.meta.env.BASE_URL });
  // Each port joins the service worker to this tab's simulator; the service worker asks for
  // another when it was stopped and started again.
  const connect = (to: ServiceWorker) => {
    const channel = new MessageChannel();
    send({ type: 'connect' }, [channel.port1]);
    to.postMessage({ type: 'simulator-port' }, [channel.port2]);
  };
  container.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
    if (event.data?.type === 'simulator-port-needed' && event.source instanceof ServiceWorker) connect(event.source);
  });
  container.startMessages();
  const controller = await untilWorkerControls(registration);
  connect(controller);
  performance.mark('sim:worker');

  let next = 0;
  const remote: SimulatorRemote = {
    scenario: { ...defaultScenario, ...scenario },
    stats: () =>
      new Promise((resolve) => {
        const id = next++;
        asked.set(id, resolve);
        send({ type: 'stats', id });
      }),
    resetStats: () => send({ type: 'reset-stats' }),
  };
  window.__SNOW_SIMULATOR__ = remote;
  return remote;
}

import { untilWorkerControls } from './early-worker';
import { defaultScenario, tabScenario, type Scenario } from './scenario';
import type { SimStats } from './simulator';
import type { PageToSimulator, SimulatorToPage } from './worker-protocol';
export { simulatedSnapshotSource } from './snapshot';

const SCENARIO_KEY = 'snow-sim-scenario';
const STATE_KEY = 'snow-sim-state';
/** The simulator's service worker (public/sim-service-worker.js). */
export const SERVICE_WORKER = 'sim-service-worker.js';

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
  const params = new URLSearchParams(window.location.search);
  if (params.has('sim-reset')) {
    sessionStorage.removeItem(SCENARIO_KEY);
    sessionStorage.removeItem(STATE_KEY);
  }
  const scenario = tabScenario(sessionStorage.getItem(SCENARIO_KEY), window.location.search);
  sessionStorage.setItem(SCENARIO_KEY, JSON.stringify(scenario));
  // Once read, the sim-* parameters leave the address bar: a reload keeps the simulation
  // instead of resetting it, and app URLs (filters, bookmarks) stay clean.
  const kept = [...params].filter(([k]) => !k.startsWith('sim-'));
  if (kept.length !== [...params].length) {
    const search = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  }

  const worker = new Worker(new URL('./simulator-worker.ts', import.meta.url), { type: 'module', name: 'simulated-service' });
  const send = (message: PageToSimulator, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  send({ type: 'init', scenario, state: sessionStorage.getItem(STATE_KEY) ?? undefined });
  const asked = new Map<number, (stats: SimStats | undefined) => void>();
  worker.onmessage = (event: MessageEvent<SimulatorToPage>) => {
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
  worker.onerror = (event) => console.error('The simulated service did not start:', event.message);
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

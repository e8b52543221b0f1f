import { setupWorker } from 'msw/browser';
import { untilEarlyWorkerControls } from './early-worker';
import { createHandlers } from './handlers';
import { parseScenario, type Scenario } from './scenario';
import { createSimulator, type SimState, type Simulator } from './simulator';
export { simulatedSnapshotSource } from './snapshot';
import { keepUpdateFailuresQuiet, refuseServiceRequestsWhileLeaving } from './worker-guards';

const SCENARIO_KEY = 'snow-sim-scenario';
const STATE_KEY = 'snow-sim-state';

declare global {
  interface Window {
    /** The in-page simulator, for Playwright and curious operators (dev and demo builds only). */
    __SNOW_SIMULATOR__?: Simulator;
  }
}

/**
 * Starts the simulated service in the page: the scenario comes from sim-* query
 * parameters (remembered for the tab), the service's mutable state survives reloads
 * like the real service's would. Only simulator data goes to sessionStorage, never credentials.
 */
export async function startSimulator(): Promise<Simulator> {
  performance.mark('sim:start');
  const params = new URLSearchParams(window.location.search);
  if (params.has('sim-reset')) {
    sessionStorage.removeItem(SCENARIO_KEY);
    sessionStorage.removeItem(STATE_KEY);
  }
  const saved = JSON.parse(sessionStorage.getItem(SCENARIO_KEY) ?? '{}') as Partial<Scenario>;
  const scenario = { ...saved, ...parseScenario(params) };
  sessionStorage.setItem(SCENARIO_KEY, JSON.stringify(scenario));
  // Once read, the sim-* parameters leave the address bar: a reload keeps the simulation
  // instead of resetting it, and app URLs (filters, bookmarks) stay clean.
  const kept = [...params].filter(([k]) => !k.startsWith('sim-'));
  if (kept.length !== [...params].length) {
    const search = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  }

  const sim = createSimulator({ scenario });
  const state = sessionStorage.getItem(STATE_KEY);
  if (state) {
    try {
      sim.importState(JSON.parse(state) as SimState);
    } catch {
      sessionStorage.removeItem(STATE_KEY);
    }
  }
  let pending: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    try {
      sessionStorage.setItem(STATE_KEY, JSON.stringify(sim.exportState()));
    } catch {
      // Quota exceeded on a huge fleet: the simulation simply does not survive a reload.
    }
  };
  sim.onChange(() => {
    clearTimeout(pending);
    pending = setTimeout(save, 200);
  });
  window.addEventListener('pagehide', save);
  const setScenario = sim.setScenario;
  sim.setScenario = (change) => {
    setScenario(change);
    sessionStorage.setItem(SCENARIO_KEY, JSON.stringify(sim.scenario));
  };

  performance.mark('sim:state');
  keepUpdateFailuresQuiet(ServiceWorkerRegistration.prototype);
  const worker = setupWorker(...createHandlers(sim));
  const url = `${import.meta.env.BASE_URL}mockServiceWorker.js`;
  await untilEarlyWorkerControls(url);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url } });
  refuseServiceRequestsWhileLeaving(window);
  performance.mark('sim:worker');
  window.__SNOW_SIMULATOR__ = sim;
  return sim;
}

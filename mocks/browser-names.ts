/** Names the dev and demo builds' simulator shares between mocks/browser.ts and build/early-simulator-worker.ts. */

/** Where a tab keeps its simulated scenario and the service's state (sessionStorage). */
export const SCENARIO_KEY = 'snow-sim-scenario';
export const STATE_KEY = 'snow-sim-state';
/** The simulator's service worker, from public/. */
export const SERVICE_WORKER = 'sim-service-worker.js';

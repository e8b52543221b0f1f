import type { Plugin } from 'vite';
import { SCENARIO_KEY, SERVICE_WORKER as WORKER, STATE_KEY } from '../mocks/browser-names';

/** The tab's simulator worker as the build emits it (mocks/simulator-worker.ts). */
const SIMULATOR = /^assets\/simulator-worker-[\w-]+\.js$/;

/**
 * Demo builds only: index.html registers the simulator's service worker and starts the tab's
 * simulator worker while the dashboard's code is still loading (an external script: the CSP
 * allows no inline one). By the time the dashboard starts the simulator (mocks/browser.ts),
 * the service worker is installed and controls the page, and the simulated fleet is built.
 * The script hands the worker what mocks/browser.ts would: the tab's saved scenario and state
 * (none after `sim-reset`) and the address's query. Production builds have no simulator and
 * get no script.
 */
export function earlySimulatorWorker(enabled: boolean): Plugin {
  let base = '/';
  return {
    name: 'early-simulator-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (!enabled || !html || html.type !== 'asset' || typeof html.source !== 'string') return;
      const simulator = Object.keys(bundle).find((f) => SIMULATOR.test(f));
      if (!simulator) throw new Error("early-simulator-worker: the build emitted no simulator worker (mocks/simulator-worker.ts)");
      const source = [
        '// The simulated service: its service worker installs and the tab\'s simulator starts while the dashboard loads (mocks/browser.ts).',
        '(function () {',
        `  if ('serviceWorker' in navigator && !navigator.serviceWorker.controller) navigator.serviceWorker.register(${JSON.stringify(`${base}${WORKER}`)}).catch(function () {});`,
        '  if (window.__SNOW_SIMULATOR_WORKER__ || typeof Worker !== \'function\') return;',
        '  var search = location.search;',
        "  var reset = new URLSearchParams(search).has('sim-reset');",
        `  var worker = new Worker(${JSON.stringify(`${base}${simulator}`)}, { type: 'module', name: 'simulated-service' });`,
        '  window.__SNOW_SIMULATOR_WORKER__ = worker;',
        `  worker.postMessage({ type: 'init', search: search, savedScenario: reset ? null : sessionStorage.getItem(${JSON.stringify(SCENARIO_KEY)}), state: reset ? null : sessionStorage.getItem(${JSON.stringify(STATE_KEY)}) });`,
        '})();',
        '',
      ].join('\n');
      const ref = this.emitFile({ type: 'asset', name: 'register-simulator.js', source });
      const file = this.getFileName(ref);
      html.source = html.source.replace('<title>', `<script src="${base}${file}" async fetchpriority="high"></script>\n    <title>`);
    },
  };
}

import type { Plugin } from 'vite';

/** The simulator's service worker, from public/ (mocks/browser.ts connects the tab's simulator to it). */
const WORKER = 'sim-service-worker.js';

/**
 * Demo builds only: index.html registers the simulator's service worker while the
 * dashboard's code is still loading (an external script: the CSP allows no inline one),
 * so that when the simulator starts, the worker is installed and controls the page.
 * Production builds have no simulator and get no script.
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
      const source = [
        '// The simulated service: its worker installs while the dashboard loads (mocks/early-worker.ts waits for it).',
        `if ('serviceWorker' in navigator && !navigator.serviceWorker.controller) navigator.serviceWorker.register(${JSON.stringify(`${base}${WORKER}`)}).catch(function () {});`,
        '',
      ].join('\n');
      const ref = this.emitFile({ type: 'asset', name: 'register-simulator.js', source });
      const file = this.getFileName(ref);
      html.source = html.source.replace('<title>', `<script src="${base}${file}" async fetchpriority="high"></script>\n    <title>`);
    },
  };
}

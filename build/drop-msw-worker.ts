import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The simulator ships in `npm run dev` and in the demo build only. `__SIMULATOR__`
 * is a compile-time constant, so a production build drops the dynamic import of
 * mocks/ entirely; this plugin also removes the simulator's service worker that Vite
 * copies from public/.
 */
export function dropServiceWorker(enabled: boolean): Plugin {
  let outDir = 'dist';
  return {
    name: 'drop-msw-worker',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      if (!enabled) rmSync(resolve(outDir, 'sim-service-worker.js'), { force: true });
    },
  };
}

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The worker script MSW serves from public/ (mocks/browser.ts starts it). */
const WORKER = 'mockServiceWorker.js';

/** The dashboard's same-origin service routes (src/lib/aws/same-origin-middleware.ts): the only same-origin paths the simulator answers. */
export const SIMULATED_PATHS = ['/sdm/', '/cloudtrail/'];

const BYPASS_ANCHOR = `  // Bypass navigation requests.
  if (event.request.mode === 'navigate') {
    return
  }
`;
const BYPASS = `
  // The dashboard's own files (scripts, styles, fonts, config.json) are never simulated: the
  // worker lets them load without asking the page, whose main thread may be busy rendering.
  if (isDashboardFile(event.request.url)) {
    return
  }
`;
const DASHBOARD_FILE = `
/** Same-origin requests outside the simulated service routes. */
function isDashboardFile(url) {
  const { origin, pathname } = new URL(url)
  return origin === self.location.origin && !${JSON.stringify(SIMULATED_PATHS)}.some((path) => pathname.startsWith(path))
}
`;
const CLONE = `    // Clone the response so both the client and the library could consume it.
    const responseClone = isEventStreamResponse ? null : response.clone()
`;
const NO_CLONE = `    // The dashboard listens to no response events: they go to the page without a copy of the body.
    const responseClone = null
`;

/**
 * The dev and demo builds' simulator worker: MSW's, with two changes that keep the page's
 * main thread out of what the simulator does not answer. Requests for the dashboard's own
 * files are left to the browser (MSW asks the page about every request), and the response
 * events MSW sends back to the page after each answer carry no copy of the body. Each change
 * is checked: a worker script of another shape fails the build instead of losing one.
 */
export function patchSimulatorWorker(source: string): string {
  for (const [name, anchor] of [['the navigation bypass', BYPASS_ANCHOR], ['the response clone', CLONE]] as const) {
    if (source.split(anchor).length !== 2) throw new Error(`${WORKER}: ${name} is not where the simulator's worker patch expects it (a new MSW version?)`);
  }
  return source.replace(BYPASS_ANCHOR, BYPASS_ANCHOR + BYPASS).replace(CLONE, NO_CLONE) + DASHBOARD_FILE;
}

/** Serves (dev) and writes (build) the patched worker; production builds have no worker at all. */
export function simulatorWorkerFastPath(enabled: boolean): Plugin {
  let outDir = 'dist';
  let publicDir = 'public';
  let base = '/';
  return {
    name: 'simulator-worker-fast-path',
    configResolved(config) {
      outDir = config.build.outDir;
      publicDir = config.publicDir;
      base = config.base;
    },
    configureServer(server) {
      if (!enabled) return;
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `${base}${WORKER}`) return next();
        res.setHeader('content-type', 'text/javascript');
        res.setHeader('cache-control', 'no-cache');
        res.end(patchSimulatorWorker(readFileSync(resolve(publicDir, WORKER), 'utf8')));
      });
    },
    closeBundle() {
      if (!enabled) return;
      const file = resolve(outDir, WORKER);
      writeFileSync(file, patchSimulatorWorker(readFileSync(file, 'utf8')));
    },
  };
}

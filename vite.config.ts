/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { externalizeCloudscapeFonts } from './build/cloudscape-fonts.js';
import { idleSplitPanel } from './build/idle-split-panel.js';
import { deferredCloudscapeParts } from './build/deferred-cloudscape-parts.js';
import { dropServiceWorker } from './build/drop-msw-worker.js';
import { earlySimulatorWorker } from './build/early-simulator-worker.js';
import { lazyCloudscapeSortableArea } from './build/lazy-sortable-area.js';
import { lazyUnusedCloudscapeParts } from './build/lazy-unused-cloudscape-parts.js';
import { cloudscapeNoOps } from './build/cloudscape-no-ops.js';
import { preloadFirstView } from './build/preload-first-view.js';
import { slimReactRouter } from './build/slim-react-router.js';
import { slimTslib } from './build/slim-tslib.js';
import { slimTheme } from './build/slim-theme.js';
import { usedIconsOnly } from './build/used-icons.js';

export default defineConfig(({ command, mode }) => {
  const simulator = command === 'serve' || mode === 'demo';
  return {
    plugins: [
      externalizeCloudscapeFonts(),
      lazyCloudscapeSortableArea(),
      lazyUnusedCloudscapeParts(),
      cloudscapeNoOps(),
      deferredCloudscapeParts(),
      idleSplitPanel(),
      usedIconsOnly(),
      slimTheme(),
      slimTslib(),
      slimReactRouter(),
      react(),
      dropServiceWorker(simulator),
      preloadFirstView(simulator),
      earlySimulatorWorker(simulator),
    ],
    define: {
      __SIMULATOR__: JSON.stringify(simulator),
    },
    resolve: {
      // The SDK's user-agent helper needs two names from the UA string, not all of bowser.
      alias: [
        // `@/…` is `src/…`, for imports that would otherwise climb three or more folders.
        { find: /^@\//, replacement: `${resolve('src')}/` },
        { find: /^bowser$/, replacement: resolve('src/lib/shims/bowser.ts') },
        // MSW's cookie jar needs a domain, not the public-suffix list (dev and demo builds).
        ...(simulator && !process.env.VITEST ? [{ find: /^tldts$/, replacement: resolve('mocks/shims/tldts.ts') }] : []),
        // React Router 7's package exports name only its development files (dev-only checks
        // and warnings); builds take the production files it ships beside them.
        ...(command === 'build'
          ? [
              { find: /^react-router$/, replacement: resolve('node_modules/react-router/dist/production/index.mjs') },
              { find: /^react-router\/dom$/, replacement: resolve('node_modules/react-router/dist/production/dom-export.mjs') },
            ]
          : []),
      ],
    },
    build: {
      outDir: mode === 'demo' ? 'dist-demo' : 'dist',
      sourcemap: false,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: {
        output: {
          // Everything the entry imports statically loads at every start, whatever the page:
          // one chunk (and one stylesheet) for it compresses better than the dozens of shared
          // pieces automatic splitting cuts it into, and costs no page anything it did not load.
          codeSplitting: {
            groups: [{ name: 'shell', tags: ['$initial'] }],
          },
        },
      },
    },
    // The simulator's worker (dev and demo builds) is a module worker, like the code it shares with the page.
    worker: { format: 'es' },
    server: { port: 5173 },
    preview: { port: 4173 },
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts', 'build/**/*.test.ts', 'infra/functions/**/*.test.ts'],
      environment: 'node',
      testTimeout: 20_000,
    },
  };
});

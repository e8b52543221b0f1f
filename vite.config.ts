/// <reference types="vitest/config" />
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The simulator ships in `npm run dev` and in the demo build only. `__SIMULATOR__`
 * is a compile-time constant, so a production build drops the dynamic import of
 * mocks/ entirely; this plugin also removes the MSW worker script that Vite copies
 * from public/.
 */
function dropServiceWorker(enabled: boolean): Plugin {
  let outDir = 'dist';
  return {
    name: 'drop-msw-worker',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      if (!enabled) rmSync(resolve(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

export default defineConfig(({ command, mode }) => {
  const simulator = command === 'serve' || mode === 'demo';
  return {
    plugins: [react(), dropServiceWorker(simulator)],
    define: {
      __SIMULATOR__: JSON.stringify(simulator),
    },
    build: {
      outDir: mode === 'demo' ? 'dist-demo' : 'dist',
      sourcemap: false,
      chunkSizeWarningLimit: 2000,
    },
    server: { port: 5173 },
    preview: { port: 4173 },
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
      environment: 'node',
      testTimeout: 20_000,
    },
  };
});

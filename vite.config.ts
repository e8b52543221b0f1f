/// <reference types="vitest/config" />
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
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

/**
 * Cloudscape's global styles inline eight Open Sans fonts as base64 (about 140 KB gzipped
 * of CSS on every first load). This writes them out as font files that Vite emits as
 * hashed assets, so the browser downloads only the weights a page uses, in parallel.
 */
function externalizeCloudscapeFonts(): Plugin {
  const cacheDir = resolve('node_modules/.cache/cloudscape-fonts');
  return {
    name: 'externalize-cloudscape-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!/global-styles[\\/]index\.css$/.test(id.split('?')[0])) return null;
      mkdirSync(cacheDir, { recursive: true });
      let n = 0;
      const out = code.replace(/url\((['"]?)data:font\/woff2;base64,([A-Za-z0-9+/=]+)\1\)/g, (_m, _q, b64: string) => {
        const file = resolve(cacheDir, `open-sans-${n++}.woff2`);
        writeFileSync(file, Buffer.from(b64, 'base64'));
        return `url('${relative(dirname(id.split('?')[0]), file).replace(/\\/g, '/')}')`;
      });
      return { code: out, map: null };
    },
  };
}

export default defineConfig(({ command, mode }) => {
  const simulator = command === 'serve' || mode === 'demo';
  return {
    plugins: [externalizeCloudscapeFonts(), react(), dropServiceWorker(simulator)],
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

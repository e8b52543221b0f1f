// The reference page's build (bench/floor.mjs): the dashboard's Cloudscape build plugins, so
// the stack's own bytes are what the dashboard ships.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { externalizeCloudscapeFonts } from '../../build/cloudscape-fonts.js';
import { cloudscapeNoOps } from '../../build/cloudscape-no-ops.js';
import { deferredCloudscapeParts } from '../../build/deferred-cloudscape-parts.js';
import { lazyCloudscapeSortableArea } from '../../build/lazy-sortable-area.js';
import { lazyUnusedCloudscapeParts } from '../../build/lazy-unused-cloudscape-parts.js';
import { slimTheme } from '../../build/slim-theme.js';
import { slimTslib } from '../../build/slim-tslib.js';
import { usedIconsOnly } from '../../build/used-icons.js';

export default defineConfig({
  root: resolve(import.meta.dirname),
  base: '/',
  logLevel: 'warn',
  plugins: [externalizeCloudscapeFonts(), lazyCloudscapeSortableArea(), lazyUnusedCloudscapeParts(), cloudscapeNoOps(), deferredCloudscapeParts(), usedIconsOnly(), slimTheme(), slimTslib(), react()],
  build: { outDir: resolve('node_modules/.cache/snow-bench/floor'), emptyOutDir: true, chunkSizeWarningLimit: 5000 },
});

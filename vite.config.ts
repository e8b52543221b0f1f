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

/**
 * Cloudscape's sortable area (drag-and-drop reordering, with @dnd-kit: about 14 KB
 * gzipped) is reached from AppLayout through its feature-notifications drawer, so it lands
 * in the first load although only the column-order editor of table preferences uses it.
 * This turns its default export into a lazily loaded component; the real module becomes
 * its own chunk. If Cloudscape moves the file, the plugin simply matches nothing.
 */
function lazyCloudscapeSortableArea(): Plugin {
  const target = /@cloudscape-design[\\/]components[\\/]internal[\\/]components[\\/]sortable-area[\\/]index\.js$/;
  return {
    name: 'lazy-cloudscape-sortable-area',
    enforce: 'pre',
    load(id) {
      const [file, query] = id.split('?');
      if (!target.test(file) || query === 'eager') return null;
      const real = JSON.stringify(`${file.replace(/\\/g, '/')}?eager`);
      return [
        "import { createElement, lazy, Suspense } from 'react';",
        `const Real = lazy(() => import(${real}));`,
        'export default function SortableArea(props) {',
        '  return createElement(Suspense, { fallback: null }, createElement(Real, props));',
        '}',
      ].join('\n');
    },
  };
}

/**
 * Cloudscape's tables and primary buttons emit performance marks for the AWS console's own
 * telemetry: after each render they read the element's computed style (a forced style
 * recalculation while rows are still being added) and watch it with an IntersectionObserver.
 * Nothing here reads those marks, so the hook becomes a no-op. If Cloudscape moves the file,
 * the plugin simply matches nothing.
 */
function dropCloudscapePerformanceMarks(): Plugin {
  const target = /@cloudscape-design[\\/]components[\\/]internal[\\/]hooks[\\/]use-performance-marks[\\/]index\.js$/;
  return {
    name: 'drop-cloudscape-performance-marks',
    enforce: 'pre',
    load(id) {
      if (!target.test(id.split('?')[0])) return null;
      return 'export function usePerformanceMarks() {\n  return {};\n}\n';
    },
  };
}

/**
 * index.html asks for the code of the first view at once (modulepreload), so it downloads
 * and compiles while the shell's code runs instead of after it: the inventory (the default
 * page) in every build, and in demo builds the simulator too. It also preloads the font
 * faces the first view sets text in, so the table is laid out once in Open Sans instead of
 * twice (fallback font, then again for each face as it arrives).
 */
/** Body text, placeholders and headings: the faces the inventory uses on first load. */
const FIRST_VIEW_FACES = ['400 normal', '400 italic', '700 normal'];

/** The font files of FIRST_VIEW_FACES, read from the @font-face rules of the emitted CSS. */
function firstViewFonts(bundle: Record<string, { type: string; fileName: string; source?: unknown }>): string[] {
  const found = new Set<string>();
  for (const asset of Object.values(bundle)) {
    if (asset.type !== 'asset' || !asset.fileName.endsWith('.css') || typeof asset.source !== 'string') continue;
    for (const [, rule] of asset.source.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
      const weight = /font-weight:\s*(\d+)/.exec(rule)?.[1];
      const style = /font-style:\s*(\w+)/.exec(rule)?.[1];
      const url = /url\(["']?([^"')]+\.woff2)["']?\)/.exec(rule)?.[1];
      if (url && FIRST_VIEW_FACES.includes(`${weight} ${style}`)) found.add(url);
    }
  }
  return [...found];
}

function preloadFirstView(simulator: boolean): Plugin {
  const entries = [/features[\\/]devices[\\/]routes\.tsx$/, ...(simulator ? [/mocks[\\/]browser\.ts$/] : [])];
  return {
    name: 'preload-first-view',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset' || typeof html.source !== 'string') return;
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const files = new Set<string>();
      const add = (fileName: string) => {
        const c = chunks.find((x) => x.fileName === fileName);
        if (!c || files.has(fileName) || c.type !== 'chunk') return;
        files.add(fileName);
        c.imports.forEach(add);
      };
      for (const entry of entries) {
        const c = chunks.find((x) => x.type === 'chunk' && entry.test(x.facadeModuleId ?? ''));
        if (c) add(c.fileName);
      }
      const source = html.source;
      const links = [...files].filter((f) => !source.includes(`/${f}"`)).map((f) => `  <link rel="modulepreload" crossorigin href="/${f}">\n`);
      for (const font of firstViewFonts(bundle)) links.push(`  <link rel="preload" as="font" type="font/woff2" crossorigin href="${font}">\n`);
      html.source = source.replace('</head>', `${links.join('')}  </head>`);
    },
  };
}

export default defineConfig(({ command, mode }) => {
  const simulator = command === 'serve' || mode === 'demo';
  return {
    plugins: [externalizeCloudscapeFonts(), lazyCloudscapeSortableArea(), dropCloudscapePerformanceMarks(), react(), dropServiceWorker(simulator), preloadFirstView(simulator)],
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
      ],
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

import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const COMPONENTS = /[\\/]node_modules[\\/]@cloudscape-design[\\/]components[\\/](.+)$/;
const DEFERRED_PART = resolve('src/lib/deferred-part.ts');
/** The query that asks for a deferred module's own code (its stub imports it so). */
const REAL = '?deferred-real';

/** A Cloudscape module (path under components/) and all its exports, each a component. */
export interface DeferredModule {
  path: string;
  exports: readonly string[];
}

/**
 * Cloudscape modules whose components render only once the operator opens something, so
 * the first view never runs them:
 * - a popover's container, body and arrow (popovers, tooltips, the copy button's "Copied"):
 *   drawn only while one is open;
 * - a table cell's inline editor: drawn only while a cell is edited (it brings FormField);
 * - the resize handle of AppLayout's drawers: drawn only in an open drawer (the dashboard
 *   has none).
 * Together with what only they import, about 5 KB gzipped of the first load. Only a part
 * that places itself may wait for its code: a dropdown measures its content once, as it opens,
 * so a menu's items are never deferred (the menu would open at the width of an empty list).
 */
export const DEFERRED_PARTS: readonly DeferredModule[] = [
  { path: 'popover/container.js', exports: ['default'] },
  { path: 'popover/body.js', exports: ['default'] },
  { path: 'popover/arrow.js', exports: ['default'] },
  { path: 'table/body-cell/inline-editor.js', exports: ['InlineEditor'] },
  { path: 'internal/components/panel-resize-handle/index.js', exports: ['default'] },
];

/** The stub that stands for a deferred module: its exports, loaded by src/lib/deferred-part.ts. */
export function deferredStub(file: string, exports: readonly string[]): string {
  const real = JSON.stringify(`${file}${REAL}`);
  const part = (name: string) => `deferredPart(() => load().then((m) => m.${name}))`;
  return [
    `import { deferredPart } from ${JSON.stringify(DEFERRED_PART)};`,
    `const load = () => import(${real});`,
    ...exports.map((name) => (name === 'default' ? `export default ${part(name)};` : `export const ${name} = ${part(name)};`)),
    '',
  ].join('\n');
}

/**
 * Each importer of a deferred module gets a stub with the same exports, whose code loads on
 * the first sign of use (see deferredPart); the module itself becomes a chunk of its own. The
 * list names every export of each module (a Cloudscape release that adds one fails the test).
 */
export function deferredCloudscapeParts(): Plugin {
  return {
    name: 'deferred-cloudscape-parts',
    enforce: 'pre',
    load(id) {
      if (id.endsWith(REAL)) return null;
      const [file = id] = id.split('?');
      const path = COMPONENTS.exec(file)?.[1]?.split('\\').join('/');
      const part = DEFERRED_PARTS.find((p) => p.path === path);
      return part ? deferredStub(file, part.exports) : null;
    },
  };
}

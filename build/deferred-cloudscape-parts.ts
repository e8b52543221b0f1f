import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const COMPONENTS = /[\\/]node_modules[\\/]@cloudscape-design[\\/]components[\\/](.+)$/;
const DEFERRED_PART = resolve('src/lib/deferred-part.ts');
/** The query that asks for a deferred module's own code (its stub imports it so). */
const REAL = '?deferred-real';

/**
 * Cloudscape modules whose default export (a component) renders only once the operator
 * opens something, so the first view never runs them:
 * - a popover's container, body and arrow (popovers, tooltips, the copy button's "Copied"):
 *   drawn only while one is open;
 * - a button dropdown's items: drawn only while its menu is open.
 * Together with what only they import, about 8 KB gzipped of the first load.
 */
export const DEFERRED_PARTS: readonly string[] = ['popover/container.js', 'popover/body.js', 'popover/arrow.js', 'button-dropdown/items-list.js'];

/** The stub that stands for a deferred module: its default export, loaded by src/lib/deferred-part.ts. */
export function deferredStub(file: string): string {
  const real = JSON.stringify(`${file}${REAL}`);
  return [
    `import { deferredPart } from ${JSON.stringify(DEFERRED_PART)};`,
    `export default deferredPart(() => import(${real}).then((m) => m.default));`,
    '',
  ].join('\n');
}

/**
 * Each importer of a deferred module gets a stub with the same default export, whose code
 * loads on the first sign of use (see deferredPart); the module itself becomes a chunk of
 * its own. A module that exports more than its default is never deferred (the list above
 * names only such modules; a Cloudscape release that adds exports fails the test).
 */
export function deferredCloudscapeParts(): Plugin {
  return {
    name: 'deferred-cloudscape-parts',
    enforce: 'pre',
    load(id) {
      if (id.endsWith(REAL)) return null;
      const [file = id] = id.split('?');
      const path = COMPONENTS.exec(file)?.[1]?.split('\\').join('/');
      if (!path || !DEFERRED_PARTS.includes(path)) return null;
      return deferredStub(file);
    },
  };
}

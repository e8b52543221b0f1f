import type { Plugin } from 'vite';

/**
 * Cloudscape's sortable area (drag-and-drop reordering, with @dnd-kit: about 14 KB
 * gzipped) is reached from AppLayout through its feature-notifications drawer, so it lands
 * in the first load although only the column-order editor of table preferences uses it.
 * This turns its default export into a lazily loaded component; the real module becomes
 * its own chunk. If Cloudscape moves the file, the plugin simply matches nothing.
 */
export function lazyCloudscapeSortableArea(): Plugin {
  const target = /@cloudscape-design[\\/]components[\\/]internal[\\/]components[\\/]sortable-area[\\/]index\.js$/;
  return {
    name: 'lazy-cloudscape-sortable-area',
    enforce: 'pre',
    load(id) {
      const [file = id, query] = id.split('?');
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

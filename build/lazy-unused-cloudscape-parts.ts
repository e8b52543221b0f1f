import type { Plugin } from 'vite';

interface LazyImport {
  /** The importing module, inside @cloudscape-design/components. */
  file: RegExp;
  /** The import statement as Cloudscape writes it. */
  line: string;
  name: string;
  path: string;
  /** The export, when not the default one. */
  named?: string;
  /** Whether the component takes a ref. */
  ref?: boolean;
}

const CS = String.raw`@cloudscape-design[\\/]components[\\/]`;

/**
 * Parts of Cloudscape that the first view imports but never renders, loaded only if one ever is:
 * - AppLayout ships three layouts and picks one while rendering: the visual refresh (always on
 *   in this release); the toolbar variant only behind a global flag the dashboard never sets;
 *   the classic one never, with visual refresh always on. The two it never picks are about
 *   25 KB gzipped with their drawers and toolbar.
 * - The error boundaries inside AppLayout render their fallback only after an error; it brings
 *   an ICU message parser (intl-messageformat, about 12 KB gzipped).
 * - TopNavigation's overflow menu opens only on a narrow window, when the operator asks for it
 *   (about 3 KB gzipped with its CSS).
 * - A table's radio buttons render only with single selection; the inventory selects many
 *   (about 2 KB gzipped with their CSS).
 */
export const LAZY: readonly LazyImport[] = [
  { file: new RegExp(`${CS}app-layout[\\\\/]internal\\.js$`), line: "import ClassicAppLayout from './classic';", name: 'ClassicAppLayout', path: './classic', ref: true },
  { file: new RegExp(`${CS}app-layout[\\\\/]internal\\.js$`), line: "import ToolbarAppLayout from './visual-refresh-toolbar';", name: 'ToolbarAppLayout', path: './visual-refresh-toolbar', ref: true },
  { file: new RegExp(`${CS}error-boundary[\\\\/]internal\\.js$`), line: "import { ErrorBoundaryFallback } from './fallback';", name: 'ErrorBoundaryFallback', path: './fallback', named: 'ErrorBoundaryFallback' },
  { file: new RegExp(`${CS}top-navigation[\\\\/]internal\\.js$`), line: "import OverflowMenu from './parts/overflow-menu';", name: 'OverflowMenu', path: './parts/overflow-menu' },
  {
    file: new RegExp(`${CS}table[\\\\/]selection[\\\\/]selection-control\\.js$`),
    line: "import RadioButton from '../../internal/components/radio-button';",
    name: 'RadioButton',
    path: '../../internal/components/radio-button',
    ref: true,
  },
];

function lazyComponent(i: LazyImport): string {
  const load = i.named ? `import('${i.path}').then((m) => ({ default: m.${i.named} }))` : `import('${i.path}')`;
  const render = (props: string) => `React.createElement(React.Suspense, { fallback: null }, React.createElement(${i.name}Lazy, ${props}))`;
  return [
    `const ${i.name}Lazy = React.lazy(() => ${load});`,
    i.ref ? `const ${i.name} = React.forwardRef((props, ref) => ${render('{ ...props, ref }')});` : `const ${i.name} = (props) => ${render('props')};`,
  ].join('\n');
}

/**
 * Turns those imports into lazily loaded components (their modules become chunks of their
 * own). A module that no longer has the expected import is left as it is.
 */
export function lazyUnusedCloudscapeParts(): Plugin {
  return {
    name: 'lazy-unused-cloudscape-parts',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      const here = LAZY.filter((i) => i.file.test(file) && code.includes(i.line));
      if (here.length === 0 || !/^import React\b/m.test(code)) return null;
      let out = code;
      for (const i of here) out = out.replace(i.line, lazyComponent(i));
      return { code: out, map: null };
    },
  };
}

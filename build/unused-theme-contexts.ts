import type { Plugin } from 'vite';

const BASE_THEME = /@cloudscape-design[\\/]components[\\/]internal[\\/]base-theme[\\/]styles\.scoped\.css$/;

/**
 * Theme contexts the dashboard never turns on, and why:
 * - `awsui-context-content-header`: the high-contrast page header, set only by
 *   `headerVariant="high-contrast"` on AppLayout or ContentLayout (no view asks for it);
 *   its own tokens and those of alerts inside it are about a fifth of the theme's CSS.
 */
export const UNUSED_CONTEXTS: readonly string[] = ['awsui-context-content-header'];

/**
 * Drops the rule blocks of unused contexts from Cloudscape's theme CSS (design tokens, one
 * block of custom properties per context), so the first load does not carry them. The file
 * writes one rule per block at two spaces' indent inside its layer; a block written any other
 * way is kept.
 */
export function dropThemeContexts(css: string, contexts: readonly string[] = UNUSED_CONTEXTS): string {
  const lines = css.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const opens = /^ {2}(\.[^{]+)\{$/.exec(line);
    const selectors = opens?.[1]?.split(',') ?? [];
    const unused = selectors.length > 0 && selectors.every((s) => contexts.some((c) => new RegExp(`^\\.${c}(?![\\w-])`).test(s.trim())));
    const end = unused ? lines.indexOf('  }', i + 1) : -1;
    const body = end > i ? lines.slice(i + 1, end) : [];
    if (end > i && body.every((l) => !l.includes('{') && !l.includes('}'))) {
      i = end;
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

export function unusedThemeContexts(): Plugin {
  return {
    name: 'unused-theme-contexts',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!BASE_THEME.test(file)) return null;
      return { code: dropThemeContexts(code), map: null };
    },
  };
}

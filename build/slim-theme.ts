import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const CLOUDSCAPE = resolve('node_modules/@cloudscape-design');
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
 * block of custom properties per context). The file writes one rule per block at two spaces'
 * indent inside its layer; a block written any other way is kept.
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

/** `    --name:value;`: one token's value in one context, a line of its own. */
const DECLARATION = /^\s*(--[\w-]+):(.*);$/;

/**
 * Drops the declarations of tokens that nothing reads: kept are the tokens `referenced`
 * names and, transitively, those their values read (`var(--other)`). A token that is never
 * read has no effect on any style, so the page looks the same with or without it.
 */
export function dropUnreadTokens(css: string, referenced: ReadonlySet<string>): string {
  const lines = css.split('\n');
  const reads = new Map<string, Set<string>>();
  for (const line of lines) {
    const m = DECLARATION.exec(line);
    if (!m?.[1]) continue;
    const set = reads.get(m[1]) ?? new Set<string>();
    for (const [name] of (m[2] ?? '').matchAll(/--[\w-]+/g)) set.add(name);
    reads.set(m[1], set);
  }
  const keep = new Set<string>();
  const stack = [...reads.keys()].filter((n) => referenced.has(n));
  while (stack.length > 0) {
    const name = stack.pop() as string;
    if (keep.has(name)) continue;
    keep.add(name);
    for (const other of reads.get(name) ?? []) if (reads.has(other)) stack.push(other);
  }
  return lines.filter((line) => {
    const name = DECLARATION.exec(line)?.[1];
    return !name || keep.has(name);
  }).join('\n');
}

/**
 * Custom properties that `text` reads: every `--name` in it except where CSS declares one
 * (`--name:`); in JavaScript also the tokens read from Cloudscape's generated token module
 * (`tokens.colorTextStatusError`), through `tokenVars` (export name → custom property).
 */
export function propertiesRead(text: string, isCss: boolean, tokenVars: ReadonlyMap<string, string>, out = new Set<string>()): Set<string> {
  for (const m of text.matchAll(/--[\w-]+/g)) {
    if (isCss && text[(m.index ?? 0) + m[0].length] === ':') continue;
    out.add(m[0]);
  }
  if (!isCss) {
    for (const [, ns = ''] of text.matchAll(/import \* as (\w+) from ['"][^'"]*generated\/styles\/tokens(?:\.js)?['"]/g)) {
      for (const [, name = ''] of text.matchAll(new RegExp(`\\b${ns}\\.(\\w+)`, 'g'))) {
        const v = tokenVars.get(name);
        if (v) out.add(v);
      }
    }
  }
  return out;
}

/** Files that may read a token: Cloudscape's own CSS and JavaScript (less the theme and its generated maps), and the app's source. */
function readers(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!['node_modules', 'test-utils', 'theming', 'base-theme'].includes(name)) readers(path, out);
    } else if (/\.(css|js|mjs|ts|tsx)$/.test(name) && !/\.d\.ts$|\.test\.tsx?$/.test(name) && !path.endsWith(join('generated', 'styles', 'tokens.js'))) out.push(path);
  }
  return out;
}

function tokensRead(appRoot: string): Set<string> {
  const tokenVars = new Map<string, string>();
  const tokens = readFileSync(join(CLOUDSCAPE, 'components/internal/generated/styles/tokens.js'), 'utf8');
  for (const [, name = '', v = ''] of tokens.matchAll(/^export var (\w+) = "var\((--[\w-]+)/gm)) tokenVars.set(name, v);
  const out = new Set<string>();
  for (const file of [...readers(CLOUDSCAPE), ...readers(appRoot)]) propertiesRead(readFileSync(file, 'utf8'), file.endsWith('.css'), tokenVars, out);
  return out;
}

/**
 * Cloudscape's theme CSS (its design tokens, about 27 KB gzipped in the first load) without
 * the contexts no view turns on and without the tokens that no Cloudscape component and no
 * code in src/ reads (the tokens of chat bubbles, code views, boards and unused chart
 * shades among them).
 */
export function slimTheme(appRoot = resolve('src')): Plugin {
  let read: Set<string> | undefined;
  return {
    name: 'slim-theme',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!BASE_THEME.test(file)) return null;
      read ??= tokensRead(appRoot);
      return { code: dropUnreadTokens(dropThemeContexts(code), read), map: null };
    },
  };
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const ICONS = /@cloudscape-design[\\/]components[\\/]icon[\\/]generated[\\/]icons\.js$/;
/** One icon of the generated set: `    "name": React.createElement(…)` up to the next one. */
const ENTRY = /^ {4}"([a-z0-9-]+)": [\s\S]*?(?=^ {4}"|^\};)/gm;

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== 'generated' && name !== 'test-utils') sourceFiles(path, out);
    } else if (/\.(js|ts|tsx)$/.test(name) && !/\.d\.ts$|\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

/** The icon names written out as a string anywhere in `files` ("name", 'name' or `name`). */
export function namesUsed(names: readonly string[], files: readonly string[]): Set<string> {
  const used = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const n of names) if (!used.has(n) && (text.includes(`"${n}"`) || text.includes(`'${n}'`) || text.includes(`\`${n}\``))) used.add(n);
  }
  return used;
}

/** The generated icon module with only the icons in `keep`; null when its shape is not the expected one. */
export function trimIcons(code: string, keep: (name: string) => boolean): string | null {
  const entries = [...code.matchAll(ENTRY)];
  if (entries.length === 0 || !/^const icons = \{$/m.test(code)) return null;
  let out = code;
  for (const [entry, name = ''] of entries) if (!keep(name)) out = out.replace(entry, '');
  return out;
}

/**
 * Cloudscape's Icon carries all of its ~140 icons (about 60 KB of SVG, built as React elements
 * when the first view loads). Icon names are always written out whole, in Cloudscape's own
 * components and in the dashboard's code, so the set keeps every icon whose name appears as a
 * string in any Cloudscape component (used here or not) or anywhere in src/, and drops the rest.
 */
export function usedIconsOnly(appRoot = resolve('src')): Plugin {
  return {
    name: 'used-icons-only',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      const [file = id] = id.split('?');
      if (!ICONS.test(file)) return null;
      const code = readFileSync(file, 'utf8');
      const names = [...code.matchAll(ENTRY)].map((m) => m[1] ?? '');
      const components = resolve(dirname(file), '../..');
      const used = namesUsed(names, [...sourceFiles(components), ...sourceFiles(appRoot)]);
      return trimIcons(code, (n) => used.has(n));
    },
  };
}

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFERRED_PARTS, deferredCloudscapeParts, deferredStub } from './deferred-cloudscape-parts';

const component = (path: string) => resolve('node_modules/@cloudscape-design/components', path);
/** Export names of an ES module as Cloudscape writes them (`export default …`, `export function X`, `export const X`, `export { … }`). */
function exportsOf(code: string): string[] {
  const names: string[] = [];
  for (const [, what = ''] of code.matchAll(/^export (default\b|(?:async )?(?:function\*?|const|class|let|var) \w+|\{[^}]*\})/gm)) {
    if (what === 'default') names.push('default');
    else if (what.startsWith('{')) names.push(...what.slice(1, -1).split(',').map((n) => n.trim().split(/\s+as\s+/).pop() ?? '').filter(Boolean));
    else names.push(what.split(/\s+/).pop() ?? '');
  }
  return names.sort();
}

describe('deferred Cloudscape parts', () => {
  it.each(DEFERRED_PARTS.map((p) => [p.path, p] as const))('%s exists, and the list names all its exports', (_path, part) => {
    expect(exportsOf(readFileSync(component(part.path), 'utf8'))).toEqual([...part.exports].sort());
  });

  it('serves the stub for those modules and their own code when the stub asks for it', () => {
    const load = deferredCloudscapeParts().load as (id: string) => string | null;
    for (const part of DEFERRED_PARTS) {
      const file = component(part.path);
      expect(load(file)).toBe(deferredStub(file, part.exports));
      expect(load(`${file}?deferred-real`)).toBeNull();
    }
    expect(load(component('popover/internal.js'))).toBeNull();
    expect(load(resolve('src/main.tsx'))).toBeNull();
  });

  it('the stub exports each name through deferredPart, loading the module itself', () => {
    const file = component('table/body-cell/inline-editor.js');
    const stub = deferredStub(file, ['default', 'InlineEditor']);
    const [, from = ''] = /import \{ deferredPart \} from "([^"]+)"/.exec(stub) ?? [];
    expect(existsSync(from)).toBe(true);
    expect(stub).toContain(`import(${JSON.stringify(`${file}?deferred-real`)})`);
    expect(stub).toMatch(/^export default deferredPart\(\(\) => load\(\)\.then\(\(m\) => m\.default\)\);$/m);
    expect(stub).toMatch(/^export const InlineEditor = deferredPart\(\(\) => load\(\)\.then\(\(m\) => m\.InlineEditor\)\);$/m);
  });
});

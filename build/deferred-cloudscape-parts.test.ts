import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFERRED_PARTS, deferredCloudscapeParts, deferredStub } from './deferred-cloudscape-parts';

const component = (path: string) => resolve('node_modules/@cloudscape-design/components', path);
const exportsOf = (code: string) => [...code.matchAll(/^export (default|(?:async )?(?:function|const|class|let|var) \w+|\{[^}]*\})/gm)].map((m) => m[1]);

describe('deferred Cloudscape parts', () => {
  it.each(DEFERRED_PARTS.map((p) => [p]))('%s exists and exports only its default (a component the stub stands for)', (path) => {
    const code = readFileSync(component(path), 'utf8');
    const names = exportsOf(code);
    expect(names).toHaveLength(1);
    expect(names[0] === 'default' || names[0]?.startsWith('default function')).toBe(true);
  });

  it('serves the stub for those modules and their own code when the stub asks for it', () => {
    const load = deferredCloudscapeParts().load as (id: string) => string | null;
    for (const path of DEFERRED_PARTS) {
      const file = component(path);
      expect(load(file)).toBe(deferredStub(file));
      expect(load(`${file}?deferred-real`)).toBeNull();
    }
    expect(load(component('popover/internal.js'))).toBeNull();
    expect(load(resolve('src/main.tsx'))).toBeNull();
  });

  it('the stub loads the module itself through deferredPart', () => {
    const file = component('popover/body.js');
    const stub = deferredStub(file);
    const [, from = ''] = /import \{ deferredPart \} from "([^"]+)"/.exec(stub) ?? [];
    expect(existsSync(from)).toBe(true);
    expect(stub).toContain(`import(${JSON.stringify(`${file}?deferred-real`)})`);
    expect(stub).toMatch(/^export default deferredPart\(/m);
  });
});

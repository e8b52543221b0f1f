import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOUDSCAPE_NO_OPS, cloudscapeNoOps } from './cloudscape-no-ops';

const exportsOf = (code: string) => [...code.matchAll(/^export (?:async )?(?:function|const) (\w+)/gm)].map((m) => m[1]).sort();
const internal = (path: string) => resolve('node_modules/@cloudscape-design/components/internal', path);

describe('Cloudscape no-ops', () => {
  it.each(CLOUDSCAPE_NO_OPS.map((n) => [n.path, n] as const))('%s exists and its stub exports the same names', (_path, noOp) => {
    expect(exportsOf(noOp.code)).toEqual(exportsOf(readFileSync(internal(noOp.path), 'utf8')));
  });

  it('replaces exactly those modules', () => {
    const plugin = cloudscapeNoOps();
    const load = plugin.load as (id: string) => string | null;
    for (const n of CLOUDSCAPE_NO_OPS) expect(load(`${internal(n.path)}?v=1`)).toBe(n.code);
    expect(load(internal('hooks/use-base-component/index.js'))).toBeNull();
    expect(load(resolve('src/main.tsx'))).toBeNull();
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slimReactRouter, slimRouterCode } from './slim-react-router';

const DIR = resolve('node_modules/react-router/dist/production');
const chunks = readdirSync(DIR).filter((f) => /^chunk-[\w-]+\.mjs$/.test(f));
const withLink = chunks.map((f) => readFileSync(join(DIR, f), 'utf8')).find((c) => /^var Link = React\d*\.forwardRef\(/m.test(c));

describe('slimRouterCode', () => {
  it('marks the top-level components pure and drops their names, line for line', () => {
    expect(withLink, 'the chunk that defines Link').toBeDefined();
    const out = slimRouterCode(withLink!);
    expect(out).toMatch(/^var Link = \/\* @__PURE__ \*\/ React\d*\.forwardRef\(/m);
    expect(out).toMatch(/^var DataRouterContext = \/\* @__PURE__ \*\/ React\d*\.createContext\(/m);
    expect(out).not.toMatch(/^\w+\.displayName = "/m);
    expect(out.split('\n')).toHaveLength(withLink!.split('\n').length);
  });

  it('leaves calls and names inside functions alone', () => {
    const code = 'function f() {\n  var Inner = React.forwardRef(g);\n  Inner.displayName = "Inner";\n}\n';
    expect(slimRouterCode(code)).toBe(code);
  });

  it('transforms only React Router’s production chunks', () => {
    const transform = slimReactRouter().transform as (code: string, id: string) => { code: string } | null;
    expect(transform('var Link = React.forwardRef(f);\n', join(DIR, chunks[0]!))?.code).toContain('/* @__PURE__ */');
    expect(transform('var Link = React.forwardRef(f);\n', resolve('src/app/router.tsx'))).toBeNull();
  });
});

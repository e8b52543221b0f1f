import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAZY, lazyUnusedCloudscapeParts } from './lazy-unused-cloudscape-parts';

const FILES = ['app-layout/internal.js', 'error-boundary/internal.js', 'top-navigation/internal.js', 'table/selection/selection-control.js'].map((p) =>
  resolve('node_modules/@cloudscape-design/components', p),
);
const transform = lazyUnusedCloudscapeParts().transform as (code: string, id: string) => { code: string } | null;

describe('lazy unused Cloudscape parts', () => {
  it.each(LAZY.map((i) => [i.name, i] as const))('%s: the import is where the list says, and becomes a lazy component', (_name, i) => {
    const file = FILES.find((f) => i.file.test(f));
    expect(file).toBeDefined();
    const code = readFileSync(file!, 'utf8');
    expect(code).toContain(i.line);
    const out = transform(code, file!)?.code ?? '';
    expect(out).not.toContain(i.line);
    expect(out).toContain(`const ${i.name}Lazy = React.lazy(() => import('${i.path}')`);
  });

  it('leaves other modules alone', () => {
    expect(transform("import React from 'react';\n", resolve('node_modules/@cloudscape-design/components/table/internal.js'))).toBeNull();
  });
});

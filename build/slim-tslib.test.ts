import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as shim from '../src/lib/shims/aws-crypto-tslib';

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== 'module' && name !== 'main') files(path, out);
    } else if (name.endsWith('.js')) out.push(path);
  }
  return out;
}

describe('the tslib shim of @aws-crypto', () => {
  it('exports every tslib helper that the CommonJS builds of @aws-crypto call', () => {
    const called = new Set<string>();
    for (const file of files(resolve('node_modules/@aws-crypto'))) {
      const code = readFileSync(file, 'utf8');
      if (!code.includes('require("tslib")')) continue;
      for (const [, name = ''] of code.matchAll(/tslib_\d+\.(__\w+)/g)) called.add(name);
    }
    expect(called.size).toBeGreaterThan(0);
    for (const name of called) expect(typeof (shim as Record<string, unknown>)[name], name).toBe('function');
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs the check on a lockfile holding these packages. */
function check(packages: Record<string, { version: string; dev?: boolean }>) {
  const file = join(mkdtempSync(join(tmpdir(), 'check-deps-')), 'package-lock.json');
  writeFileSync(file, JSON.stringify({ lockfileVersion: 3, packages: { '': {}, ...packages } }));
  const r = spawnSync(process.execPath, ['scripts/check-deps.mjs', file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: r.stdout + r.stderr };
}

describe('the dependency check', () => {
  it("passes this project's lockfile", () => {
    const r = spawnSync(process.execPath, ['scripts/check-deps.mjs'], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toContain('no production dependency below its fixed release');
    expect(r.status).toBe(0);
  });

  it('fails on a production dependency below the fixed release of its line, naming it', () => {
    const r = check({ 'node_modules/fast-xml-parser': { version: '4.2.5' } });
    expect(r.ok).toBe(false);
    expect(r.output).toContain('node_modules/fast-xml-parser is 4.2.5, below the fixed 4.5.7');
    expect(check({ 'node_modules/@aws-sdk/core/node_modules/fast-xml-parser': { version: '5.2.0' } }).output).toContain('below the fixed 5.10.1');
    expect(check({ 'node_modules/fast-xml-parser': { version: '3.21.1' } }).output).toContain('no fixed release of that major version');
  });

  it('passes fixed releases, and development-only copies', () => {
    expect(check({ 'node_modules/fast-xml-parser': { version: '4.5.7' } }).ok).toBe(true);
    expect(check({ 'node_modules/fast-xml-parser': { version: '5.12.1' } }).ok).toBe(true);
    expect(check({ 'node_modules/fast-xml-parser': { version: '4.2.5', dev: true } }).ok).toBe(true);
  });
});

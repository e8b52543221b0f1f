#!/usr/bin/env node
// `npm test`: typecheck, lint, the dependency check, Vitest, the production-bundle check and Playwright, then
// one closing line "N passed, N failed" that sums every suite. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const results = [];

function run(name, cmd, args, count) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  const ok = r.status === 0;
  const counted = count?.();
  results.push({ name, ok, passed: counted?.passed ?? (ok ? 1 : 0), failed: counted?.failed ?? (ok ? 0 : 1) });
  // A runner that crashed before writing its report still counts as a failure.
  if (!ok && counted && counted.failed === 0) results.at(-1).failed = 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']);
run('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
// Production dependencies at or above the release that fixed their published advisories.
run('deps', 'node', ['scripts/check-deps.mjs']);
run('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json'], () => {
  const j = readJson('test-results/vitest.json');
  return j ? { passed: j.numPassedTests, failed: j.numFailedTests } : undefined;
});
// The CDK app (infra/, an npm workspace): its own typecheck and offline template assertions.
run('infra typecheck', 'npm', ['run', 'typecheck', '-w', 'infra']);
run('infra', 'npm', ['test', '-w', 'infra', '--', '--reporter=default', '--reporter=json', '--outputFile=../test-results/infra.json'], () => {
  const j = readJson('test-results/infra.json');
  return j ? { passed: j.numPassedTests, failed: j.numFailedTests } : undefined;
});
run('bundle', 'node', ['scripts/check-bundle.mjs']);
// The production build (just built by the bundle check) under the deployed Content-Security-Policy.
run('csp', 'npx', ['tsx', 'scripts/csp-check.mjs', '--no-build']);
run('e2e', 'npx', ['playwright', 'test'], () => {
  const j = readJson('test-results/e2e-results.json');
  if (!j?.stats) return undefined;
  return { passed: j.stats.expected + (j.stats.flaky ?? 0), failed: j.stats.unexpected };
});

console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}: ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);

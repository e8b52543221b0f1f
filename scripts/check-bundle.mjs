#!/usr/bin/env node
// Builds the production bundle and fails if any part of the simulator is inside it.
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

execSync('npx vite build --logLevel warn', { stdio: 'inherit' });

// Strings that only the simulator (mocks/) or the MSW runtime contain.
const markers = ['sim-service-worker', 'simulator-worker', 'simulator-port', 'getResponse', '__SNOW_SIMULATOR__', 'smd-sim'];
const problems = [];
for (const file of ['dist/sim-service-worker.js', 'dist/mockServiceWorker.js']) if (existsSync(file)) problems.push(`${file} is present`);

function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.(js|html|css)$/.test(entry.name)) {
      const text = readFileSync(path, 'utf8');
      for (const m of markers) if (text.includes(m)) problems.push(`${path} contains "${m}"`);
      if (/\beval\(|new Function\(/.test(text) && entry.name.endsWith('.js')) problems.push(`${path} uses eval/new Function (breaks a strict CSP)`);
    }
  }
}
walk('dist');
if (problems.length) {
  console.error('Production bundle check failed:\n' + problems.map((p) => '  - ' + p).join('\n'));
  process.exit(1);
}
console.log('Production bundle contains no simulator code.');

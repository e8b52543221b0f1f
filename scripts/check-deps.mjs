#!/usr/bin/env node
// Fails when a production dependency in package-lock.json resolves to a version with a
// published advisory: below the fixed release of its major line, or on a line with none.
// package.json pins the fixed release through `overrides` where a dependency brings an
// older one (the AWS SDK's fast-xml-parser). Usage: node scripts/check-deps.mjs [lockfile]
import { readFileSync } from 'node:fs';

/** Package → the first release of each major line without the advisories known to us. */
const FIXED = {
  'fast-xml-parser': ['4.5.7', '5.10.1'],
};

const parse = (v) => v.split(/[.+-]/).slice(0, 3).map(Number);
const below = (a, b) => {
  const [x, y] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] < y[i];
  return false;
};

/** Why the lockfile's production dependencies are not acceptable; empty when they are. */
function problems(lock) {
  const found = [];
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const fixed = FIXED[name];
    if (!fixed || entry.dev || !entry.version) continue;
    const line = fixed.find((f) => parse(f)[0] === parse(entry.version)[0]);
    if (!line) found.push(`${path} is ${entry.version}: no fixed release of that major version (fixed: ${fixed.join(', ')}).`);
    else if (below(entry.version, line)) found.push(`${path} is ${entry.version}, below the fixed ${line}: pin it through "overrides" in package.json.`);
  }
  return found;
}

const file = process.argv[2] ?? 'package-lock.json';
const found = problems(JSON.parse(readFileSync(file, 'utf8')));
if (found.length) {
  console.error(`Production dependencies with published advisories in ${file}:\n${found.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`${file}: no production dependency below its fixed release (${Object.keys(FIXED).join(', ')}).`);

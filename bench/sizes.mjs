// Gzipped size of what a page load fetched, split into the app and the simulator (which a
// production build does not contain), using the Vite manifest of the bench build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function closure(manifest, roots, follow = ['imports']) {
  const seen = new Set();
  const stack = [...roots];
  while (stack.length) {
    const key = stack.pop();
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    for (const f of follow) for (const k of manifest[key][f] ?? []) stack.push(k);
  }
  return seen;
}

/**
 * The simulator's worker script (demo builds): loaded by its worker, so it is not among the
 * page's own resources; a cold load fetches it before the first rows all the same.
 */
export function simulatorWorkerPaths(outDir) {
  let names = [];
  try {
    names = readdirSync(join(outDir, 'assets'));
  } catch {
    return [];
  }
  return names.filter((n) => /^simulator-worker-.*\.js$/.test(n)).map((n) => `/assets/${n}`);
}

/** Files (relative to outDir) that only the simulator needs. */
export function simulatorFiles(outDir) {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
  const keys = Object.keys(manifest);
  const sim = closure(manifest, keys.filter((k) => k.startsWith('mocks/')));
  // Everything the app reaches without going through mocks/.
  const appRoots = keys.filter((k) => !k.startsWith('mocks/') && (manifest[k].isEntry || manifest[k].isDynamicEntry));
  const app = new Set();
  for (const k of closure(manifest, appRoots)) if (!k.startsWith('mocks/')) app.add(k);
  const files = new Set();
  for (const k of sim) if (!app.has(k)) {
    files.add(manifest[k].file);
    for (const c of manifest[k].css ?? []) files.add(c);
  }
  for (const p of simulatorWorkerPaths(outDir)) files.add(p.slice(1));
  return files;
}

/** Sums raw and gzipped bytes of the given URL paths, served from outDir. */
export function measure(outDir, paths, simFiles) {
  const out = { app: { raw: 0, gzip: 0, files: 0 }, simulator: { raw: 0, gzip: 0, files: 0 }, list: [] };
  for (const p of new Set(paths)) {
    const rel = decodeURIComponent(p).replace(/^\//, '');
    let buf;
    try {
      buf = readFileSync(join(outDir, rel));
    } catch {
      continue;
    }
    const bucket = simFiles.has(rel) ? out.simulator : out.app;
    const gzip = gzipSync(buf, { level: 9 }).length;
    bucket.raw += buf.length;
    bucket.gzip += gzip;
    out.list.push({ file: rel, gzip, simulator: simFiles.has(rel) });
    bucket.files++;
  }
  return out;
}

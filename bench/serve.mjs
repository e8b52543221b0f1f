// The bench's web server, a stand-in for the deployment's CloudFront distribution: HTTP/2
// over TLS, files compressed once ahead of time (brotli or gzip, as the browser accepts),
// hashed assets cached as immutable, unknown paths answered with index.html. Serving the
// build like this keeps the server's own work (vite preview compresses every response
// again, over HTTP/1.1 and its six connections per host) out of what the bench measures.
// It needs openssl for a throwaway certificate; without it (or with BENCH_SERVER=preview)
// the bench uses vite preview.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { preview } from 'vite';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain',
};

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

let cached;
function certificate() {
  cached ??= makeCertificate();
  return cached;
}

function makeCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'snow-bench-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    const cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
    const key = readFileSync(join(dir, 'key.pem'), 'utf8');
    // Chromium trusts exactly this certificate through --ignore-certificate-errors-spki-list
    // (a certificate error would also switch off service workers, which the simulator needs).
    const spki = execFileSync('sh', ['-c', `openssl x509 -in "${join(dir, 'cert.pem')}" -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64`]).toString().trim();
    return { cert, key, spki };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function hasOpenssl() {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Serves a build; resolves with its base URL, the Chromium flags that trust it, a
 * description, and close().
 */
export async function serve(outDir, port) {
  // BENCH_SERVER=preview compares with vite preview on purpose.
  const usePreview = process.env.BENCH_SERVER === 'preview';
  if (usePreview || !hasOpenssl()) {
    const server = await preview({ mode: 'demo', logLevel: 'warn', build: { outDir }, preview: { port, strictPort: true, host: '127.0.0.1' } });
    const why = usePreview ? 'BENCH_SERVER=preview' : 'openssl not found';
    return { base: `http://127.0.0.1:${port}`, chromiumArgs: [], description: `vite preview (HTTP/1.1, compressed per request): ${why}`, close: () => new Promise((r) => server.httpServer.close(r)) };
  }
  const table = new Map();
  for (const path of files(outDir)) {
    const body = readFileSync(path);
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const compressible = /^(text\/|application\/json|image\/svg)/.test(type) && body.length > 1024;
    table.set(`/${relative(outDir, path).split(sep).join('/')}`, {
      type,
      body,
      br: compressible ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }) : undefined,
      gzip: compressible ? gzipSync(body, { level: 9 }) : undefined,
      etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`,
    });
  }
  const { cert, key, spki } = certificate();
  const server = createSecureServer({ cert, key, allowHTTP1: true }, (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'https://x').pathname);
    // CloudFront's error responses answer unknown paths (config.json too, when not deployed) with index.html.
    const file = table.get(path) ?? table.get('/index.html');
    const accept = String(req.headers['accept-encoding'] ?? '');
    const encoding = file.br && /\bbr\b/.test(accept) ? 'br' : file.gzip && /\bgzip\b/.test(accept) ? 'gzip' : undefined;
    const headers = {
      'content-type': file.type,
      'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag: file.etag,
      vary: 'accept-encoding',
    };
    if (encoding) headers['content-encoding'] = encoding;
    res.writeHead(200, headers);
    res.end(encoding ? file[encoding] : file.body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    base: `https://127.0.0.1:${port}`,
    chromiumArgs: [`--ignore-certificate-errors-spki-list=${spki}`],
    description: 'HTTP/2 over TLS, precompressed (brotli/gzip), as CloudFront serves it',
    close: () => new Promise((r) => server.close(r)),
  };
}

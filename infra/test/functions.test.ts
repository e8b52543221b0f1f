import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

interface CfRequest {
  uri: string;
  method: string;
  querystring: Record<string, { value: string; multiValue?: { value: string }[] }>;
  headers: Record<string, { value: string }>;
}
type Handler = (event: { request: CfRequest }) => CfRequest;

/** Evaluates the file as CloudFront does (a plain script) in a fresh context and returns `handler`. */
function load(name: string): Handler {
  const code = readFileSync(new URL(`../functions/${name}`, import.meta.url), 'utf8');
  expect(code).not.toMatch(/^\s*(export|import)\b|\brequire\(/m);
  return runInNewContext(`${code}\n;handler`, {}) as Handler;
}

const request = (uri: string, querystring: CfRequest['querystring'] = {}): CfRequest => ({
  uri,
  method: 'GET',
  querystring,
  headers: { host: { value: 'd111111abcdef8.cloudfront.net' } },
});

describe('strip-sdm-prefix.js', () => {
  const handler = load('strip-sdm-prefix.js');

  it('removes /sdm/<region> before the service path', () => {
    expect(handler({ request: request('/sdm/us-west-2/managed-devices') }).uri).toBe('/managed-devices');
    expect(handler({ request: request('/sdm/eu-central-1/task/st-1/cancel') }).uri).toBe('/task/st-1/cancel');
  });

  it('removes /cloudtrail/<region> too (LookupEvents is a POST to /)', () => {
    expect(handler({ request: request('/cloudtrail/us-west-2/') }).uri).toBe('/');
    expect(handler({ request: request('/cloudtrail/eu-west-1') }).uri).toBe('/');
    expect(handler({ request: request('/cloudtrailx/us-west-2/') }).uri).toBe('/cloudtrailx/us-west-2/');
  });

  it('keeps the query string exactly as received', () => {
    const qs = { maxResults: { value: '100' }, nextToken: { value: 'abc%2Bdef%3D' } };
    const out = handler({ request: request('/sdm/us-west-2/managed-devices', qs) });
    expect(out.uri).toBe('/managed-devices');
    expect(out.querystring).toEqual({ maxResults: { value: '100' }, nextToken: { value: 'abc%2Bdef%3D' } });
  });

  it('keeps percent-encoding in the remaining path (it is what the browser signed)', () => {
    const arn = 'arn%3Aaws%3Asnow-device-management%3Aus-west-2%3A111111111111%3Amanaged-device%2Fsmd-1';
    expect(handler({ request: request(`/sdm/us-west-2/tags/${arn}`) }).uri).toBe(`/tags/${arn}`);
  });

  it('maps the bare prefix to /', () => {
    expect(handler({ request: request('/sdm/us-west-2') }).uri).toBe('/');
    expect(handler({ request: request('/sdm/us-west-2/') }).uri).toBe('/');
  });

  it('leaves other paths untouched', () => {
    for (const uri of ['/managed-devices', '/index.html', '/sdmx/us-west-2/a', '/assets/sdm/us-west-2/x.js', '/']) {
      expect(handler({ request: request(uri) }).uri).toBe(uri);
    }
  });
});

describe('spa-rewrite.js', () => {
  const handler = load('spa-rewrite.js');

  it('answers client-side routes with /index.html', () => {
    for (const uri of ['/', '/devices', '/devices/smd-123', '/tasks/st-1/']) {
      expect(handler({ request: request(uri) }).uri).toBe('/index.html');
    }
  });

  it('passes files through', () => {
    for (const uri of ['/index.html', '/config.json', '/favicon.svg', '/assets/index-abc.js']) {
      expect(handler({ request: request(uri) }).uri).toBe(uri);
    }
  });
});

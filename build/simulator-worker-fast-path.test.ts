import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CLOUDTRAIL_ORIGIN_PREFIX, SAME_ORIGIN_PREFIX } from '../src/lib/aws/same-origin-middleware';
import { patchSimulatorWorker, SIMULATED_PATHS } from './simulator-worker-fast-path';

const ORIGIN = 'https://dashboard.example.com';
const source = readFileSync('public/mockServiceWorker.js', 'utf8');

/** Runs a worker script with a fake service worker scope; returns what its fetch listener does. */
function load(script: string) {
  const listeners = new Map<string, (event: unknown) => void>();
  const clients = { get: async (id: string) => ({ id, frameType: 'top-level', postMessage: () => undefined }), matchAll: async () => [], claim: async () => undefined };
  const scope = { location: new URL(ORIGIN), registration: { scope: `${ORIGIN}/` }, clients, skipWaiting: () => undefined };
  runInNewContext(script, { self: scope, addEventListener: (type: string, l: (e: unknown) => void) => listeners.set(type, l), URL, Symbol, Set, Reflect, Object, crypto, Date, Headers, Promise, MessageChannel });
  return {
    async activate() {
      await listeners.get('message')!({ source: { id: 'page' }, data: 'MOCK_ACTIVATE' });
    },
    /** Whether the worker took the request (asked the page about it) or left it to the browser. */
    takes(url: string) {
      let taken = false;
      const request = { url, mode: 'cors', method: 'GET', cache: 'default', clone: () => request, headers: new Headers(), arrayBuffer: async () => new ArrayBuffer(0) };
      // The answer would come from the page, which is not there: the pending response is left alone.
      listeners.get('fetch')!({ request, clientId: 'page', respondWith: () => (taken = true) });
      return taken;
    },
  };
}

describe("the simulator's worker", () => {
  it('knows the same-origin service routes the app uses', () => {
    expect(SIMULATED_PATHS).toEqual([`${SAME_ORIGIN_PREFIX}/`, `${CLOUDTRAIL_ORIGIN_PREFIX}/`]);
  });

  it("leaves the dashboard's own files to the browser and takes every service request", async () => {
    const worker = load(patchSimulatorWorker(source));
    await worker.activate();
    expect(worker.takes(`${ORIGIN}/assets/index-abc.js`)).toBe(false);
    expect(worker.takes(`${ORIGIN}/config.json`)).toBe(false);
    expect(worker.takes(`${ORIGIN}/sdm/us-west-2/managed-devices`)).toBe(true);
    expect(worker.takes(`${ORIGIN}/cloudtrail/us-west-2/`)).toBe(true);
    expect(worker.takes('https://snow-device-management.us-west-2.amazonaws.com/managed-devices')).toBe(true);
    expect(worker.takes('https://cdn.example.net/anything.js')).toBe(true);
    // MSW's own script asks the page about everything once mocking is on.
    const unpatched = load(source);
    await unpatched.activate();
    expect(unpatched.takes(`${ORIGIN}/assets/index-abc.js`)).toBe(true);
  });

  it('sends response events to the page without a copy of the body', () => {
    const patched = patchSimulatorWorker(source);
    expect(patched).not.toContain('response.clone()');
    expect(source).toContain('response.clone()');
  });

  it('fails the build on a worker script it does not recognise', () => {
    expect(() => patchSimulatorWorker(source.replace("event.request.mode === 'navigate'", "event.request.mode == 'navigate'"))).toThrow(/navigation bypass/);
    expect(() => patchSimulatorWorker(source.replace('response.clone()', 'response.clone(true)'))).toThrow(/response clone/);
  });
});

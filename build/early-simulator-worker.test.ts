import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import type { Plugin } from 'vite';
import { SCENARIO_KEY, STATE_KEY } from '../mocks/browser-names';
import { earlySimulatorWorker } from './early-simulator-worker';

const WORKER_FILE = 'assets/simulator-worker-Ab12_c.js';

/** The script the plugin adds to index.html, from a bundle with or without the simulator worker. */
function emitted(files: string[] = [WORKER_FILE]) {
  const plugin = earlySimulatorWorker(true) as Plugin & { configResolved: (c: { base: string }) => void; generateBundle: (this: unknown, o: unknown, b: Record<string, unknown>) => void };
  plugin.configResolved({ base: '/' });
  const html = { type: 'asset', source: '<head><title>Snow</title></head>' };
  const bundle: Record<string, unknown> = { 'index.html': html, ...Object.fromEntries(files.map((f) => [f, { type: 'asset' }])) };
  let source = '';
  plugin.generateBundle.call({ emitFile: (f: { source: string }) => ((source = f.source), 'ref'), getFileName: () => 'assets/register-simulator-x.js' }, {}, bundle);
  return { source, html: html.source };
}

/** Runs the script in a fake page: what it registered, and the worker it started with its first message. */
function run(source: string, search: string, stored: Record<string, string>, existing?: object) {
  const started: { url: string; options: object; messages: unknown[] }[] = [];
  class FakeWorker {
    messages: unknown[] = [];
    constructor(url: string, options: object) {
      started.push({ url, options, messages: this.messages });
    }
    postMessage(m: unknown) {
      this.messages.push(m);
    }
  }
  const register = vi.fn(() => Promise.resolve());
  const window: Record<string, unknown> = { __SNOW_SIMULATOR_WORKER__: existing };
  runInNewContext(source, {
    window, navigator: { serviceWorker: { controller: null, register } }, location: { search }, URLSearchParams, Worker: FakeWorker,
    sessionStorage: { getItem: (k: string) => stored[k] ?? null },
  });
  return { started, register, window };
}

describe('the early simulator script', () => {
  it('is added to index.html and starts the worker with what the page would send it', () => {
    const { source, html } = emitted();
    expect(html).toContain('<script src="/assets/register-simulator-x.js" async');
    const saved = { [SCENARIO_KEY]: '{"devices":12}', [STATE_KEY]: '{"regions":{}}' };
    const { started, register, window } = run(source, '?sim-latency=80', saved);
    expect(register).toHaveBeenCalledWith('/sim-service-worker.js');
    expect(started).toHaveLength(1);
    expect(started[0]!.url).toBe(`/${WORKER_FILE}`);
    expect(started[0]!.options).toEqual({ type: 'module', name: 'simulated-service' });
    expect(started[0]!.messages).toEqual([{ type: 'init', search: '?sim-latency=80', savedScenario: '{"devices":12}', state: '{"regions":{}}' }]);
    expect(window.__SNOW_SIMULATOR_WORKER__).toBeDefined();
  });

  it('hands over no saved scenario or state after sim-reset, and starts no second worker', () => {
    const { source } = emitted();
    const saved = { [SCENARIO_KEY]: '{"devices":12}', [STATE_KEY]: '{}' };
    expect(run(source, '?sim-reset=1', saved).started[0]!.messages).toEqual([{ type: 'init', search: '?sim-reset=1', savedScenario: null, state: null }]);
    expect(run(source, '', saved, {}).started).toEqual([]);
  });

  it('fails the build when there is no simulator worker to start', () => {
    expect(() => emitted([])).toThrow(/no simulator worker/);
  });
});

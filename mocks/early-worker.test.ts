import { afterEach, describe, expect, it, vi } from 'vitest';
import { untilEarlyWorkerControls } from './early-worker';

const ORIGIN = 'https://dash.example';

/** A service worker container with the given registrations; `claim()` makes the worker control the page. */
function fakeContainer(scripts: string[]) {
  const listeners = new Set<() => void>();
  const container = {
    controller: null as object | null,
    getRegistrations: () => Promise.resolve(scripts.map((scriptURL) => ({ active: null, installing: { scriptURL }, waiting: null }))),
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
    claim() {
      container.controller = {};
      for (const l of [...listeners]) l();
    },
    listeners,
  };
  vi.stubGlobal('navigator', { serviceWorker: container });
  vi.stubGlobal('window', { location: { href: `${ORIGIN}/devices` } });
  return container;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('untilEarlyWorkerControls', () => {
  it('goes on at once when no worker was registered early', async () => {
    const c = fakeContainer([`${ORIGIN}/other-worker.js`]);
    await untilEarlyWorkerControls('/mockServiceWorker.js');
    expect(c.listeners.size).toBe(0);
  });

  it('waits until the early worker controls the page, so MSW does not reload it', async () => {
    const c = fakeContainer([`${ORIGIN}/mockServiceWorker.js`]);
    let done = false;
    const waiting = untilEarlyWorkerControls('/mockServiceWorker.js').then(() => (done = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false);
    c.claim();
    await waiting;
    expect(done).toBe(true);
    expect(c.listeners.size).toBe(0);
  });

  it('gives up after the limit when the worker never takes the page', async () => {
    vi.useFakeTimers();
    const c = fakeContainer([`${ORIGIN}/mockServiceWorker.js`]);
    const waiting = untilEarlyWorkerControls('/mockServiceWorker.js', 3_000);
    await vi.advanceTimersByTimeAsync(3_000);
    await waiting;
    expect(c.controller).toBeNull();
    expect(c.listeners.size).toBe(0);
  });
});

import { createElement } from 'react';
import { prerender } from 'react-dom/static';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChunkLoadError, lazyWithRetry, retryFailedViews, retryImport, type NetworkSignals } from './lazy-retry';

/** A network the test switches: `goOnline` fires the listeners, as the browser's online event. */
function fakeNetwork(online = true) {
  const listeners = new Set<() => void>();
  const network: NetworkSignals = {
    online: () => online,
    onOnline: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  return {
    network,
    goOffline: () => (online = false),
    goOnline: () => {
      online = true;
      for (const l of [...listeners]) l();
      listeners.clear();
    },
  };
}

const failed = () => new TypeError('Failed to fetch dynamically imported module');

afterEach(() => vi.useRealTimers());

describe('retryImport', () => {
  it('loads again after a backoff while online, and gives up with a clear error', async () => {
    vi.useFakeTimers();
    const { network } = fakeNetwork();
    const load = vi.fn().mockRejectedValueOnce(failed()).mockRejectedValueOnce(failed()).mockResolvedValue('module');
    const loaded = retryImport(load, { attempts: 3, baseMs: 100, network });
    await vi.advanceTimersByTimeAsync(99);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1 + 200);
    await expect(loaded).resolves.toBe('module');
    expect(load).toHaveBeenCalledTimes(3);

    const never = vi.fn().mockRejectedValue(failed());
    const gaveUp = retryImport(never, { attempts: 2, baseMs: 100, network }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    const error = await gaveUp;
    expect(error).toBeInstanceOf(ChunkLoadError);
    expect(error).toMatchObject({ name: 'ChunkLoadError', message: 'The code of this view could not be loaded from the dashboard’s site' });
    expect(never).toHaveBeenCalledTimes(2);
  });

  it('waits for the network while offline, however long, and loads as soon as it is back', async () => {
    vi.useFakeTimers();
    const net = fakeNetwork();
    const load = vi.fn().mockImplementationOnce(() => {
      net.goOffline();
      return Promise.reject(failed());
    }).mockResolvedValue('module');
    const loaded = retryImport(load, { attempts: 1, baseMs: 100, network: net.network });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(load).toHaveBeenCalledTimes(1);
    net.goOnline();
    await expect(loaded).resolves.toBe('module');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('lazyWithRetry', () => {
  async function html(node: Parameters<typeof prerender>[0]): Promise<string> {
    const { prelude } = await prerender(node, { onError: () => undefined });
    return new Response(prelude).text();
  }

  it('shows its failure, then loads again once asked to, where React.lazy would keep the failure', async () => {
    const { network } = fakeNetwork();
    let up = false;
    const View = lazyWithRetry(
      () => (up ? Promise.resolve({ default: () => createElement('p', null, 'Tasks') }) : Promise.reject(failed())),
      { attempts: 1, network },
    );
    await expect(html(createElement(View))).rejects.toThrow(/could not be loaded/);
    up = true;
    // Until "Try again", a render shows the same failure rather than loading in a loop.
    await expect(html(createElement(View))).rejects.toThrow(/could not be loaded/);
    retryFailedViews();
    await expect(html(createElement(View))).resolves.toContain('<p>Tasks</p>');
  });
});

import { createElement, lazy, type ComponentProps, type ComponentType } from 'react';

/** What the retries need to know of the network; the browser's by default. */
export interface NetworkSignals {
  online(): boolean;
  /** Calls `listener` once the browser is back online; returns the unsubscribe. */
  onOnline(listener: () => void): () => void;
}

const browserNetwork: NetworkSignals = {
  online: () => typeof navigator === 'undefined' || navigator.onLine !== false,
  onOnline: (listener) => {
    if (typeof window === 'undefined') return () => undefined;
    window.addEventListener('online', listener, { once: true });
    return () => window.removeEventListener('online', listener);
  },
};

export interface RetryOptions {
  /** Loads at most, while the browser says it is online (waits while offline do not count). */
  attempts?: number;
  /** Backoff before the second load; doubled for each one after it. */
  baseMs?: number;
  network?: NetworkSignals;
}

/** The code of a view could not be loaded, even after the retries. */
export class ChunkLoadError extends Error {
  constructor(override readonly cause: unknown) {
    super('The code of this view could not be loaded from the dashboard’s site');
    this.name = 'ChunkLoadError';
  }
}

/** Resolves when the browser is back online, or after `ms` (at once when `ms` is 0 and online). */
function nextTry(network: NetworkSignals, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const offline = !network.online();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = network.onOnline(() => {
      clearTimeout(timer);
      resolve();
    });
    if (!offline) {
      timer = setTimeout(() => {
        stop();
        resolve();
      }, ms);
    }
  });
}

/**
 * Loads code (a dynamic import) the way a poor link needs: a failed load is tried again as
 * soon as the browser is back online, or after a backoff while it says it is online, up to
 * `attempts` loads. Rejects with a ChunkLoadError once they are used up.
 */
export async function retryImport<T>(load: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { attempts = 5, baseMs = 500, network = browserNetwork } = options;
  for (let attempt = 1; ; ) {
    try {
      return await load();
    } catch (error) {
      const offline = !network.online();
      if (!offline && attempt >= attempts) throw new ChunkLoadError(error);
      await nextTry(network, baseMs * 2 ** (attempt - 1));
      if (!offline) attempt++;
    }
  }
}

let generation = 0;

/**
 * Lets every view whose code failed to load try again on its next render: the error views'
 * "Try again" (and the network coming back) call it before they render the view again.
 */
export function retryFailedViews(): void {
  generation++;
}

/**
 * React.lazy with retries (retryImport). React keeps a lazy component's failure for good;
 * this one shows its failure to the nearest error boundary once, then starts afresh on the
 * first render after retryFailedViews, so "Try again" loads the code instead of a reload.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, as React.lazy takes
export function lazyWithRetry<T extends ComponentType<any>>(load: () => Promise<{ default: T }>, options?: RetryOptions): ComponentType<ComponentProps<T>> {
  let failedIn: number | undefined;
  const make = () =>
    lazy(async () => {
      try {
        return await retryImport(load, options);
      } catch (error) {
        failedIn = generation;
        throw error;
      }
    });
  let current = make();
  function LazyView(props: ComponentProps<T>) {
    if (failedIn !== undefined && failedIn !== generation) {
      failedIn = undefined;
      current = make();
    }
    return createElement(current as ComponentType<ComponentProps<T>>, props);
  }
  return LazyView;
}

import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

/** A value kept outside React (readable by route loaders and plain modules), with listeners. */
export interface ExternalStore<T> {
  get: () => T;
  set: (next: T) => void;
  subscribe: (listener: () => void) => () => void;
}

/** Makes an external store; `set` replaces the value and tells every listener. */
export function createExternalStore<T>(initial: T): ExternalStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      value = next;
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** An external store's value as React state. */
export function useExternalStore<T>(store: Pick<ExternalStore<T>, 'get' | 'subscribe'>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/**
 * An external store's value as React state, each change rendered in a transition unless the
 * store calls it urgent: for a large value that changes several times a second (the fleet's
 * snapshot), so that typing, clicks and their answers are never queued behind its background
 * renders, while what the operator waits for (the first rows, the rows on screen described)
 * renders at once. Until a transition commits the component shows the value before it; a new
 * store is read at once.
 */
export function useTransitionStore<T>(store: Pick<ExternalStore<T>, 'get' | 'subscribe'> & { urgent?: () => boolean }): T {
  const [seen, setSeen] = useState(() => ({ store, value: store.get() }));
  useEffect(() => {
    const next = () => setSeen((prev) => (prev.store === store && prev.value === store.get() ? prev : { store, value: store.get() }));
    const update = () => (store.urgent?.() ? next() : startTransition(next));
    // A change between the render and this subscription is not missed.
    update();
    return store.subscribe(update);
  }, [store]);
  return seen.store === store ? seen.value : store.get();
}

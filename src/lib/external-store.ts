import { startTransition, useEffect, useMemo, useState, useSyncExternalStore } from 'react';

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

/** A render that has not committed within this long no longer holds back the next value. */
export const RENDER_HOLD_MS = 1_000;

const NOTHING_SHOWN: unique symbol = Symbol('nothing shown');

/**
 * Lets one value of a store render at a time: `changed` asks for a render of the store's
 * latest value unless it is the one shown or one is rendering (for less than RENDER_HOLD_MS);
 * `committed` records what reached the screen and asks again if the store moved on meanwhile.
 * Until the first `committed`, nothing counts as shown.
 */
export function renderGate<T>(get: () => T, render: () => void, now = Date.now) {
  let shown: T | typeof NOTHING_SHOWN = NOTHING_SHOWN;
  let since: number | undefined;
  const changed = () => {
    if (get() === shown) return;
    if (since !== undefined && now() - since < RENDER_HOLD_MS) return;
    since = now();
    render();
  };
  return {
    changed,
    committed(value: T) {
      shown = value;
      since = undefined;
      changed();
    },
  };
}

/**
 * An external store's value as React state, each change rendered in a transition: for a
 * large value that changes several times a second (the fleet's snapshot). A transition
 * renders in slices that yield to the browser, so typing, clicks and their answers are never
 * queued behind it and no long task blocks the page. One value renders at a time
 * (renderGate): a change that arrives while one renders waits until it has committed, then
 * the latest value renders, so a store that changes faster than it renders still reaches the
 * screen instead of restarting a render that never finishes. A new store is read at once.
 */
export function useTransitionStore<T>(store: Pick<ExternalStore<T>, 'get' | 'subscribe'>): T {
  const [seen, setSeen] = useState(() => ({ store, value: store.get() }));
  const gate = useMemo(
    () => renderGate(store.get, () => startTransition(() => setSeen((prev) => (prev.store === store && prev.value === store.get() ? prev : { store, value: store.get() })))),
    [store],
  );
  // Runs before the subscription below on mount, so the value on screen is known to the gate.
  useEffect(() => {
    if (seen.store === store) gate.committed(seen.value);
  }, [seen, store, gate]);
  // A change between the render and this subscription is not missed.
  useEffect(() => {
    gate.changed();
    return store.subscribe(gate.changed);
  }, [store, gate]);
  return seen.store === store ? seen.value : store.get();
}

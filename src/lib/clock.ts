import { useSyncExternalStore } from 'react';

/**
 * Shared clocks, one per interval: every view that shows the time passing (relative times,
 * online status, running durations) reads the same clock instead of running its own timer.
 * A clock ticks only while something subscribes; read while idle it is never more than one
 * interval behind (it catches up on the read), so a view that just mounted starts from a
 * current time.
 */
interface Clock {
  now: number;
  timer?: ReturnType<typeof setInterval>;
  listeners: Set<() => void>;
  subscribe: (listener: () => void) => () => void;
  get: () => number;
}

const clocks = new Map<number, Clock>();

function clock(intervalMs: number): Clock {
  const existing = clocks.get(intervalMs);
  if (existing) return existing;
  const c: Clock = {
    now: Date.now(),
    listeners: new Set(),
    subscribe(listener) {
      c.listeners.add(listener);
      c.timer ??= setInterval(() => {
        c.now = Date.now();
        c.listeners.forEach((l) => l());
      }, intervalMs);
      return () => {
        c.listeners.delete(listener);
        if (c.listeners.size === 0 && c.timer !== undefined) {
          clearInterval(c.timer);
          c.timer = undefined;
        }
      };
    },
    get() {
      // Idle: catch up once per interval, so repeated reads in one render agree.
      if (c.timer === undefined && Date.now() - c.now >= intervalMs) c.now = Date.now();
      return c.now;
    },
  };
  clocks.set(intervalMs, c);
  return c;
}

/** The time of the clock that ticks every `intervalMs` (outside React). */
export function clockNow(intervalMs: number): number {
  return clock(intervalMs).get();
}

/** Calls `listener` on every tick of that clock; returns the unsubscribe function. */
export function subscribeClock(intervalMs: number, listener: () => void): () => void {
  return clock(intervalMs).subscribe(listener);
}

const idle = () => () => undefined;

/**
 * The current time, re-rendering on every tick of the shared clock for `intervalMs`.
 * While `active` is false the component does not re-render on ticks (the time it reads on
 * its own renders is still at most one interval old).
 */
export function useNow(intervalMs: number, active = true): number {
  const c = clock(intervalMs);
  return useSyncExternalStore(active ? c.subscribe : idle, c.get, c.get);
}

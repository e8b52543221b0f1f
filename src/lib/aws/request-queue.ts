/**
 * The engine behind scheduleSdm: per-lane (connection + region + operation) queues with
 * bounded concurrency, priorities that can be raised while queued, an adaptive send rate
 * (slow start, then a rate held just under the limit the service showed when it throttled, probed upwards slowly),
 * transparent retry with jittered backoff on throttling, abort, and de-duplication of
 * identical requests while they are queued or in flight. It knows nothing about AWS, so
 * the tests can drive it with a fake task and fake timers.
 */

import { heapPop, heapPush } from './priority-heap';

export interface QueueOptions {
  /** Requests in flight per lane at most. */
  maxInFlight: number;
  /** Requests per second a lane starts with, before it has learned anything. */
  initialRate: number;
  /**
   * How much of a stall (a timer that fired late on a busy page) the lane makes up by sending
   * the slots it missed at once; also the largest burst an idle lane sends. Never more than
   * `rate` calls go out in any trailing second, whatever is made up.
   */
  catchUpMs: number;
  minRate: number;
  maxRate: number;
  /** Multiplicative decrease applied once per throttling episode. */
  decrease: number;
  /** Additive increase above the learned limit, in requests per second gained per second of success. */
  increasePerSecond: number;
  /** Below this share of the learned limit the rate recovers fast… */
  recoverTo: number;
  /** …by this share of the limit per second. */
  recoverPerSecond: number;
  /** Retries of one request on throttling before its error reaches the caller. */
  maxThrottleRetries: number;
  /** Backoff of a throttled request: base × 2^(attempt-1), full jitter between half and all of it. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  isThrottling: (error: unknown) => boolean;
  now: () => number;
  random: () => number;
}

export const DEFAULT_QUEUE_OPTIONS: QueueOptions = {
  maxInFlight: 24,
  initialRate: 40,
  catchUpMs: 250,
  minRate: 1,
  maxRate: 1000,
  decrease: 0.95,
  increasePerSecond: 1,
  recoverTo: 0.97,
  recoverPerSecond: 0.25,
  maxThrottleRetries: 10,
  backoffBaseMs: 150,
  backoffMaxMs: 5000,
  isThrottling: (e) => (e as { name?: string } | undefined)?.name === 'ThrottlingException',
  now: () => Date.now(),
  random: Math.random,
};

export interface ScheduleOptions {
  /** Higher runs first; equal priorities run in the order they were queued. */
  priority?: number;
  signal?: AbortSignal;
  /** Requests with the same lane and key share one call; omit for calls that must never be merged. */
  key?: string;
}

interface Waiter {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

interface Item {
  key: string;
  task: (signal: AbortSignal) => Promise<unknown>;
  priority: number;
  seq: number;
  state: 'queued' | 'running' | 'waiting' | 'done';
  attempts: number;
  /** When the current attempt was sent. */
  sentAt: number;
  waiters: Set<Waiter>;
  controller: AbortController;
}

interface Lane {
  name: string;
  heap: Array<{ item: Item; priority: number; seq: number }>;
  items: Map<string, Item>;
  inFlight: number;
  rate: number;
  /** Rate at which throttling was last met; Infinity until then (slow start). */
  ceiling: number;
  nextSendAt: number;
  lastDecreaseAt: number;
  /** When the lane last had to wait for its rate (not for a free slot). */
  rateBoundAt: number;
  /** Times of the successes in the last second: what the service actually accepts. */
  recent: number[];
  /** Times of the sends in the last second. */
  sends: number[];
  timer?: ReturnType<typeof setTimeout>;
}

/** Counters for the bench and for tests. */
export interface QueueStats {
  sent: number;
  throttled: number;
  merged: number;
  lanes: Record<string, { rate: number; queued: number; inFlight: number }>;
}

function abortError(): Error {
  const e = new Error('The request was aborted');
  e.name = 'AbortError';
  return e;
}

/** A request queue; one instance serves the whole app (see scheduler.ts). */
export function createRequestQueue(overrides: Partial<QueueOptions> = {}) {
  const o: QueueOptions = { ...DEFAULT_QUEUE_OPTIONS, ...overrides };
  const lanes = new Map<string, Lane>();
  let seq = 0;
  let unique = 0;
  const stats = { sent: 0, throttled: 0, merged: 0 };

  function lane(name: string): Lane {
    let l = lanes.get(name);
    if (!l) {
      l = { name, heap: [], items: new Map(), inFlight: 0, rate: o.initialRate, ceiling: Infinity, nextSendAt: 0, lastDecreaseAt: -Infinity, rateBoundAt: -Infinity, recent: [], sends: [] };
      lanes.set(name, l);
    }
    return l;
  }

  function enqueue(l: Lane, item: Item) {
    item.state = 'queued';
    heapPush(l.heap, { item, priority: item.priority, seq: item.seq });
  }

  function pump(l: Lane) {
    if (l.timer !== undefined) return;
    while (l.inFlight < o.maxInFlight && l.heap.length > 0) {
      const top = l.heap[0];
      // Stale entries: the item was re-queued with a higher priority, cancelled or already ran.
      if (top.item.state !== 'queued' || top.priority !== top.item.priority) {
        heapPop(l.heap);
        continue;
      }
      const now = o.now();
      while (l.sends.length && l.sends[0] <= now - 1000) l.sends.shift();
      // No more than `rate` sends in any trailing second: a service that counts calls per
      // second sees no more than the rate, however much a stall is made up below.
      const perSecond = Math.max(1, Math.floor(l.rate));
      const windowFreeAt = l.sends.length >= perSecond ? l.sends[l.sends.length - perSecond] + 1000 : -Infinity;
      // Time spent waiting for the window is not a missed slot to make up later.
      if (windowFreeAt > l.nextSendAt) l.nextSendAt = windowFreeAt;
      const sendAt = l.nextSendAt;
      if (now < sendAt) {
        l.rateBoundAt = now;
        l.timer = setTimeout(() => {
          l.timer = undefined;
          pump(l);
        }, sendAt - now);
        return;
      }
      heapPop(l.heap);
      // Paced from the previous slot, not from now: a timer that fires late (the page was
      // busy rendering) must not stretch the intervals, or 50/s becomes 25/s while rows
      // render. The slots missed in the last catchUpMs go out at once.
      const interval = 1000 / l.rate;
      l.nextSendAt = Math.max(l.nextSendAt, now - o.catchUpMs) + interval;
      l.sends.push(now);
      run(l, top.item);
    }
  }

  function settle(l: Lane, item: Item, ok: boolean, value: unknown) {
    item.state = 'done';
    if (l.items.get(item.key) === item) l.items.delete(item.key);
    for (const w of item.waiters) {
      if (w.onAbort) w.signal?.removeEventListener('abort', w.onAbort);
      if (ok) w.resolve(value);
      else w.reject(value);
    }
    item.waiters.clear();
  }

  function onSuccess(l: Lane) {
    const now = o.now();
    l.recent.push(now);
    while (l.recent[0] <= now - 1000) l.recent.shift();
    // Only a rate that is actually holding requests back is raised: a lane limited by its
    // slots or by slow answers would otherwise grow a rate it never uses, then burst.
    if (now - l.rateBoundAt > 1000) return;
    let perSecond: number;
    if (l.ceiling === Infinity) perSecond = l.rate; // slow start: doubles every second
    else if (l.rate < l.ceiling * o.recoverTo) perSecond = l.ceiling * o.recoverPerSecond; // back to just under the limit quickly
    else perSecond = o.increasePerSecond; // then probe above it slowly
    // One success is 1/rate of a second at this rate.
    l.rate = Math.min(o.maxRate, l.rate + perSecond / l.rate);
  }

  function onThrottle(l: Lane, item: Item) {
    stats.throttled++;
    const now = o.now();
    // Requests sent before the last decrease were paced at the old rate: their throttling
    // says nothing new. One decrease per episode, or the rate would spiral down.
    if (item.sentAt < l.lastDecreaseAt) return;
    l.lastDecreaseAt = now;
    while (l.recent.length && l.recent[0] <= now - 1000) l.recent.shift();
    // What the service accepted over the last second is the best estimate of its limit.
    const accepted = l.recent.length;
    l.ceiling = Math.max(o.minRate, Math.min(l.rate, accepted > 0 ? accepted : l.rate * o.decrease));
    l.rate = Math.max(o.minRate, Math.min(l.rate * o.decrease, l.ceiling * o.decrease));
    // Skip one slot so the service's window can take the retries.
    l.nextSendAt = Math.max(l.nextSendAt, now + 1000 / l.rate);
  }

  function run(l: Lane, item: Item) {
    item.state = 'running';
    item.attempts++;
    item.sentAt = o.now();
    l.inFlight++;
    stats.sent++;
    let promise: Promise<unknown>;
    try {
      promise = item.task(item.controller.signal);
    } catch (error) {
      promise = Promise.reject(error);
    }
    promise.then(
      (value) => {
        l.inFlight--;
        onSuccess(l);
        settle(l, item, true, value);
        pump(l);
      },
      (error: unknown) => {
        l.inFlight--;
        if (item.controller.signal.aborted) {
          settle(l, item, false, abortError());
        } else if (o.isThrottling(error) && item.attempts <= o.maxThrottleRetries) {
          onThrottle(l, item);
          item.state = 'waiting';
          const base = Math.min(o.backoffMaxMs, o.backoffBaseMs * 2 ** (item.attempts - 1));
          setTimeout(() => {
            if (item.state !== 'waiting') return;
            enqueue(l, item);
            pump(l);
          }, base * (0.5 + o.random() / 2));
        } else {
          if (o.isThrottling(error)) onThrottle(l, item);
          settle(l, item, false, error);
        }
        pump(l);
      },
    );
  }

  function detach(l: Lane, item: Item, w: Waiter) {
    item.waiters.delete(w);
    w.reject(abortError());
    if (item.waiters.size > 0) return;
    // Nobody wants the answer any more: drop it from the queue or abort the call.
    if (l.items.get(item.key) === item) l.items.delete(item.key);
    if (item.state !== 'running') item.state = 'done';
    item.controller.abort();
  }

  return {
    /** Queues a task in a lane and resolves with its result. */
    schedule<T>(laneName: string, task: (signal: AbortSignal) => Promise<T>, options: ScheduleOptions = {}): Promise<T> {
      const l = lane(laneName);
      const priority = options.priority ?? 0;
      if (options.signal?.aborted) return Promise.reject(abortError());
      const key = options.key ?? `\u0000unique-${unique++}`;
      let item = l.items.get(key);
      if (item) {
        stats.merged++;
        if (priority > item.priority) {
          item.priority = priority;
          if (item.state === 'queued') enqueue(l, item);
        }
      } else {
        item = { key, task, priority, seq: seq++, state: 'queued', attempts: 0, sentAt: 0, waiters: new Set(), controller: new AbortController() };
        l.items.set(key, item);
        enqueue(l, item);
      }
      const it = item;
      const promise = new Promise<T>((resolve, reject) => {
        const w: Waiter = { resolve: resolve as (v: unknown) => void, reject, signal: options.signal };
        if (options.signal) {
          w.onAbort = () => detach(l, it, w);
          options.signal.addEventListener('abort', w.onAbort, { once: true });
        }
        it.waiters.add(w);
      });
      pump(l);
      return promise;
    },

    /** Raises the priority of a queued request (no-op when it is not queued or already higher). */
    raise(laneName: string, key: string, priority: number): boolean {
      const l = lanes.get(laneName);
      const item = l?.items.get(key);
      if (!l || !item || priority <= item.priority) return false;
      item.priority = priority;
      if (item.state === 'queued') {
        enqueue(l, item);
        pump(l);
      }
      return true;
    },

    stats(): QueueStats {
      const out: QueueStats['lanes'] = {};
      for (const l of lanes.values()) out[l.name] = { rate: Math.round(l.rate * 10) / 10, queued: l.items.size - l.inFlight, inFlight: l.inFlight };
      return { ...stats, lanes: out };
    },
  };
}

export type RequestQueue = ReturnType<typeof createRequestQueue>;

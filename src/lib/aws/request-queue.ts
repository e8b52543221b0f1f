/**
 * The engine behind scheduleSdm: per-lane (connection + region + command) queues with
 * bounded concurrency, priorities that can be raised while queued, a paced adaptive rate
 * (rate-control.ts), the one retry policy of the dashboard (retry-policy.ts), abort, and
 * de-duplication of identical requests while they are queued or in flight. It knows
 * nothing about AWS, so the tests drive it with a fake task and fake timers.
 */

import { heapPop, heapPush } from './priority-heap';
import { offAbort, onAbort } from './abort-callbacks';
import { DEFAULT_RATE_OPTIONS, RateControl, type RateOptions } from './rate-control';
import { isThrottling, isTransient, RETRY_POLICY } from './retry-policy';

export interface QueueOptions extends RateOptions {
  /** Requests in flight per lane at most. */
  maxInFlight: number;
  /** Sends of one request at most when it keeps failing transiently (throttling excepted). */
  maxSends: number;
  transientBackoffMs: number;
  /** Retries of one request on throttling before its error reaches the caller. */
  maxThrottleRetries: number;
  /** Backoff of a throttled request: base × 2^(attempt-1), full jitter between half and all of it. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  isThrottling: (error: unknown) => boolean;
  isTransient: (error: unknown) => boolean;
  now: () => number;
  random: () => number;
}

export const DEFAULT_QUEUE_OPTIONS: QueueOptions = {
  ...DEFAULT_RATE_OPTIONS,
  maxInFlight: 24,
  maxSends: RETRY_POLICY.maxSends,
  transientBackoffMs: RETRY_POLICY.transientBackoffMs,
  maxThrottleRetries: RETRY_POLICY.maxThrottleRetries,
  backoffBaseMs: RETRY_POLICY.throttleBackoffBaseMs,
  backoffMaxMs: RETRY_POLICY.throttleBackoffMaxMs,
  isThrottling,
  isTransient,
  now: () => Date.now(),
  random: Math.random,
};

/** What a lane may differ in: its concurrency and rate (CreateTask is sent slowly on purpose). */
export type LaneLimits = Partial<Pick<QueueOptions, 'maxInFlight' | 'initialRate' | 'maxRate'>>;

export interface ScheduleOptions {
  /** Higher runs first; equal priorities run in the order they were queued. */
  priority?: number;
  signal?: AbortSignal;
  /** Requests with the same lane and key share one call; omit for calls that must never be merged. */
  key?: string;
  /** Limits of the lane, applied when the lane is first used. */
  limits?: LaneLimits;
  /** Called each time the request is sent (1, 2, …), for progress displays. */
  onSend?: (send: number) => void;
}

interface Waiter {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
  onSend?: (send: number) => void;
}

interface Item {
  key: string;
  task: (signal: AbortSignal) => Promise<unknown>;
  priority: number;
  seq: number;
  state: 'queued' | 'running' | 'waiting' | 'done';
  /** Sends so far, and how many of them were throttled. */
  sends: number;
  throttled: number;
  /** When the current send went out. */
  sentAt: number;
  waiters: Set<Waiter>;
  controller: AbortController;
}

interface Lane {
  name: string;
  maxInFlight: number;
  heap: Array<{ item: Item; priority: number; seq: number }>;
  items: Map<string, Item>;
  inFlight: number;
  rate: RateControl;
  timer?: ReturnType<typeof setTimeout>;
}

/** Counters for the bench and for tests. */
export interface QueueStats {
  sent: number;
  throttled: number;
  retried: number;
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
  const stats = { sent: 0, throttled: 0, retried: 0, merged: 0 };

  function lane(name: string, limits: LaneLimits = {}): Lane {
    let l = lanes.get(name);
    if (!l) {
      const rate = new RateControl({ ...o, ...limits, maxRate: limits.maxRate ?? o.maxRate });
      l = { name, maxInFlight: limits.maxInFlight ?? o.maxInFlight, heap: [], items: new Map(), inFlight: 0, rate };
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
    for (let top = l.heap[0]; l.inFlight < l.maxInFlight && top; top = l.heap[0]) {
      // Stale entries: the item was re-queued with a higher priority, cancelled or already ran.
      if (top.item.state !== 'queued' || top.priority !== top.item.priority) {
        heapPop(l.heap);
        continue;
      }
      const now = o.now();
      const wait = l.rate.wait(now);
      if (wait > 0) {
        l.timer = setTimeout(() => {
          l.timer = undefined;
          pump(l);
        }, wait);
        return;
      }
      heapPop(l.heap);
      l.rate.send(now);
      run(l, top.item);
    }
  }

  function settle(l: Lane, item: Item, ok: boolean, value: unknown) {
    item.state = 'done';
    if (l.items.get(item.key) === item) l.items.delete(item.key);
    for (const w of item.waiters) {
      if (w.onAbort && w.signal) offAbort(w.signal, w.onAbort);
      if (ok) w.resolve(value);
      else w.reject(value);
    }
    item.waiters.clear();
  }

  /** Puts an item back in the queue after `ms`, unless it was given up meanwhile. */
  function later(l: Lane, item: Item, ms: number) {
    item.state = 'waiting';
    setTimeout(() => {
      if (item.state !== 'waiting') return;
      enqueue(l, item);
      pump(l);
    }, ms * (0.5 + o.random() / 2));
  }

  function failed(l: Lane, item: Item, error: unknown) {
    if (item.controller.signal.aborted) return settle(l, item, false, abortError());
    if (o.isThrottling(error)) {
      stats.throttled++;
      l.rate.throttled(item.sentAt, o.now());
      // Throttling is waited out, not counted against the send budget.
      if (++item.throttled <= o.maxThrottleRetries) return later(l, item, Math.min(o.backoffMaxMs, o.backoffBaseMs * 2 ** (item.throttled - 1)));
      return settle(l, item, false, error);
    }
    if (o.isTransient(error) && item.sends - item.throttled < o.maxSends) {
      stats.retried++;
      return later(l, item, o.transientBackoffMs * 2 ** (item.sends - item.throttled - 1));
    }
    settle(l, item, false, error);
  }

  function run(l: Lane, item: Item) {
    item.state = 'running';
    item.sends++;
    item.sentAt = o.now();
    l.inFlight++;
    stats.sent++;
    for (const w of item.waiters) w.onSend?.(item.sends - item.throttled);
    let promise: Promise<unknown>;
    try {
      promise = item.task(item.controller.signal);
    } catch (error) {
      promise = Promise.reject(error);
    }
    promise.then(
      (value) => {
        l.inFlight--;
        // A lane waiting for its window goes on as soon as a success raised its rate (slow start).
        if (l.rate.succeeded(o.now()) && l.timer !== undefined) {
          clearTimeout(l.timer);
          l.timer = undefined;
        }
        settle(l, item, true, value);
        pump(l);
      },
      (error: unknown) => {
        l.inFlight--;
        failed(l, item, error);
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
      const l = lane(laneName, options.limits);
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
        item = { key, task, priority, seq: seq++, state: 'queued', sends: 0, throttled: 0, sentAt: 0, waiters: new Set(), controller: new AbortController() };
        l.items.set(key, item);
        enqueue(l, item);
      }
      const it = item;
      const promise = new Promise<T>((resolve, reject) => {
        const w: Waiter = { resolve: resolve as (v: unknown) => void, reject, signal: options.signal, onSend: options.onSend };
        if (options.signal) {
          w.onAbort = () => detach(l, it, w);
          onAbort(options.signal, w.onAbort);
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
      for (const l of lanes.values()) out[l.name] = { rate: Math.round(l.rate.rate * 10) / 10, queued: l.items.size - l.inFlight, inFlight: l.inFlight };
      return { ...stats, lanes: out };
    },
  };
}

export type RequestQueue = ReturnType<typeof createRequestQueue>;

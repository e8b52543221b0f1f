import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRequestQueue } from './request-queue';

function throttling() {
  const e = new Error('Rate exceeded');
  e.name = 'ThrottlingException';
  return e;
}

/** A fake service: answers after `latency` ms, counts concurrency, throttles above `limit` calls per second. */
function fakeService({ latency = 80, limit = Infinity }: { latency?: number; limit?: number } = {}) {
  const log: Array<{ key: string; at: number }> = [];
  const admitted: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let throttled = 0;
  const call = (key: string) => async (signal: AbortSignal) => {
    const at = Date.now();
    log.push({ key, at });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await new Promise<void>((resolve, reject) => {
        const t = setTimeout(resolve, latency);
        signal.addEventListener('abort', () => {
          clearTimeout(t);
          reject(Object.assign(new Error('aborted'), { name: 'AbortError' }));
        });
      });
      while (admitted.length && admitted[0]! <= at - 1000) admitted.shift();
      if (admitted.length >= limit) {
        throttled++;
        throw throttling();
      }
      admitted.push(at);
      return `result:${key}`;
    } finally {
      inFlight--;
    }
  };
  return { call, log, get maxInFlight() { return maxInFlight; }, get throttled() { return throttled; } };
}

/** The most calls sent within any one second. */
function busiestSecond(times: number[]): number {
  let most = 0;
  for (let i = 0, j = 0; j < times.length; j++) {
    while (times[j]! - times[i]! >= 1000) i++;
    most = Math.max(most, j - i + 1);
  }
  return most;
}

describe('request queue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never has more than maxInFlight calls in flight per lane', async () => {
    const q = createRequestQueue({ maxInFlight: 4, initialRate: 1000, random: () => 0.5 });
    const svc = fakeService({ latency: 100 });
    const all = Array.from({ length: 40 }, (_, i) => q.schedule('lane', svc.call(`k${i}`)));
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(Promise.all(all)).resolves.toHaveLength(40);
    expect(svc.maxInFlight).toBe(4);
    expect(svc.log).toHaveLength(40);
  });

  it('runs higher priorities first and keeps queue order within a priority', async () => {
    const q = createRequestQueue({ maxInFlight: 1, initialRate: 1000 });
    const svc = fakeService({ latency: 10 });
    const done: string[] = [];
    const add = (k: string, priority: number) => q.schedule('lane', svc.call(k), { priority }).then(() => done.push(k));
    const jobs = [add('first', 0), add('bg1', 0), add('bg2', 0), add('page1', 5), add('page2', 5), add('now', 9)];
    await vi.advanceTimersByTimeAsync(1_000);
    await Promise.all(jobs);
    // 'first' was already sent before the others were queued.
    expect(done).toEqual(['first', 'now', 'page1', 'page2', 'bg1', 'bg2']);
  });

  it('raises the priority of an item that is already queued', async () => {
    const q = createRequestQueue({ maxInFlight: 1, initialRate: 1000 });
    const svc = fakeService({ latency: 10 });
    const done: string[] = [];
    const jobs = ['a', 'b', 'c', 'd'].map((k) => q.schedule('lane', svc.call(k), { key: k }).then(() => done.push(k)));
    expect(q.raise('lane', 'd', 10)).toBe(true);
    expect(q.raise('lane', 'nope', 10)).toBe(false);
    // Asking again for a queued key with a higher priority raises it too.
    jobs.push(q.schedule('lane', svc.call('c'), { key: 'c', priority: 5 }).then(() => done.push('c-again')));
    await vi.advanceTimersByTimeAsync(1_000);
    await Promise.all(jobs);
    expect(done).toEqual(['a', 'd', 'c', 'c-again', 'b']);
    expect(svc.log.map((l) => l.key)).toEqual(['a', 'd', 'c', 'b']);
  });

  it('sends one call for identical keys in flight and gives every caller the result', async () => {
    const q = createRequestQueue({ initialRate: 1000 });
    const svc = fakeService();
    const a = q.schedule('lane', svc.call('dev-1'), { key: 'dev-1' });
    const b = q.schedule('lane', svc.call('dev-1'), { key: 'dev-1' });
    await vi.advanceTimersByTimeAsync(20);
    const c = q.schedule('lane', svc.call('dev-1'), { key: 'dev-1' }); // joins the call in flight
    const other = q.schedule('other-lane', svc.call('dev-1'), { key: 'dev-1' }); // other operation: its own call
    await vi.advanceTimersByTimeAsync(200);
    await expect(Promise.all([a, b, c, other])).resolves.toEqual(['result:dev-1', 'result:dev-1', 'result:dev-1', 'result:dev-1']);
    expect(svc.log).toHaveLength(2);
    expect(q.stats().merged).toBe(2);
  });

  it('does not merge calls without a key (writes)', async () => {
    const q = createRequestQueue({ initialRate: 1000 });
    const svc = fakeService();
    const jobs = [q.schedule('lane', svc.call('create')), q.schedule('lane', svc.call('create'))];
    await vi.advanceTimersByTimeAsync(500);
    await Promise.all(jobs);
    expect(svc.log).toHaveLength(2);
  });

  it('retries throttled calls with backoff so callers never see the throttling, and lowers the rate', async () => {
    const q = createRequestQueue({ initialRate: 200, maxInFlight: 16 });
    const svc = fakeService({ latency: 80, limit: 50 });
    const jobs = Array.from({ length: 300 }, (_, i) => q.schedule('lane', svc.call(`d${i}`), { key: `d${i}` }));
    await vi.advanceTimersByTimeAsync(30_000);
    const results = await Promise.all(jobs);
    expect(results).toHaveLength(300);
    expect(svc.throttled).toBeGreaterThan(0);
    expect(q.stats().throttled).toBe(svc.throttled);
    expect(q.stats().lanes.lane?.rate).toBeLessThan(200);
    // Backoff: a throttled key is not sent again within the base delay.
    const byKey = new Map<string, number[]>();
    for (const { key, at } of svc.log) byKey.set(key, [...(byKey.get(key) ?? []), at]);
    const gaps = [...byKey.values()].filter((t) => t.length > 1).map((t) => t[1]! - t[0]!);
    expect(gaps.length).toBeGreaterThan(0);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(80 + 75);
  });

  it('learns the throttle: the whole batch completes near the service limit', async () => {
    const q = createRequestQueue({ random: () => 0.5 });
    const svc = fakeService({ latency: 80, limit: 50 });
    const jobs = Array.from({ length: 1000 }, (_, i) => q.schedule('lane', svc.call(`d${i}`), { key: `d${i}` }));
    const start = Date.now();
    let finished = 0;
    void Promise.all(jobs).then(() => (finished = Date.now() - start));
    // The lane's rate, sampled every 100 ms once the limit has been met.
    const rates: number[] = [];
    for (let t = 0; t < 60_000 && !finished; t += 100) {
      await vi.advanceTimersByTimeAsync(100);
      if (svc.throttled > 0 && !finished) rates.push(q.stats().lanes.lane!.rate);
    }
    // 1000 calls at 50/s take at least 20 s; an adaptive rate should stay within 10% of that.
    expect(finished).toBeGreaterThan(0);
    expect(finished).toBeLessThan(22_000);
    expect(svc.throttled).toBeLessThan(50);
    // Once learned, the rate stays close under the limit instead of halving and climbing back.
    expect(Math.min(...rates)).toBeGreaterThanOrEqual(45);
  });

  it('keeps its rate when timers fire late on a busy page', async () => {
    const q = createRequestQueue({ initialRate: 50, maxRate: 50 });
    const svc = fakeService({ latency: 80 });
    // Every timer fires 5 ms late, as on a page whose main thread is busy rendering.
    const faked = globalThis.setTimeout;
    const late = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => faked(fn, (ms ?? 0) + 5)) as typeof setTimeout);
    const jobs = Array.from({ length: 500 }, (_, i) => q.schedule('lane', svc.call(`d${i}`), { key: `d${i}` }));
    const start = Date.now();
    let finished = 0;
    void Promise.all(jobs).then(() => (finished = Date.now() - start));
    await vi.advanceTimersByTimeAsync(20_000);
    late.mockRestore();
    // 500 calls at 50/s: about 10 s. Pacing from "now" would make every 20 ms slot 25 ms: 12.5 s.
    expect(finished).toBeGreaterThan(9_000);
    expect(finished).toBeLessThan(10_500);
    expect(busiestSecond(svc.log.map((e) => e.at))).toBeLessThanOrEqual(50);
  });

  it('sends the first second of its rate at once when idle, then paces, never exceeding the rate in any second', async () => {
    const q = createRequestQueue({ initialRate: 40, maxRate: 40 });
    const svc = fakeService({ latency: 80, limit: 40 });
    const start = Date.now();
    const jobs = Array.from({ length: 100 }, (_, i) => q.schedule('lane', svc.call(`d${i}`), { key: `d${i}` }));
    void Promise.all(jobs);
    await vi.advanceTimersByTimeAsync(10);
    // The rows on screen go out together, as many as may be in flight (24), not one every 25 ms…
    expect(svc.log.filter((e) => e.at - start < 10)).toHaveLength(24);
    // …and the rest of the first second's 40 as soon as those are answered.
    await vi.advanceTimersByTimeAsync(100);
    expect(svc.log.filter((e) => e.at - start < 110)).toHaveLength(40);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(svc.log).toHaveLength(100);
    expect(busiestSecond(svc.log.map((e) => e.at))).toBeLessThanOrEqual(40);
    expect(svc.throttled).toBe(0);
  });

  it('makes up the slots a stalled page missed, never exceeding the rate in any second', async () => {
    const q = createRequestQueue({ initialRate: 40, maxRate: 40 });
    const svc = fakeService({ latency: 80, limit: 40 });
    // The page renders for 200 ms in every 500: a timer due meanwhile fires when it is done.
    const faked = globalThis.setTimeout;
    const start = Date.now();
    const stalled = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
      const due = Date.now() + (ms ?? 0);
      const phase = (due - start) % 500;
      return faked(fn, (ms ?? 0) + (phase < 200 ? 200 - phase : 0));
    }) as typeof setTimeout);
    const jobs = Array.from({ length: 200 }, (_, i) => q.schedule('lane', svc.call(`d${i}`), { key: `d${i}` }));
    let finished = 0;
    void Promise.all(jobs).then(() => (finished = Date.now() - start));
    await vi.advanceTimersByTimeAsync(20_000);
    stalled.mockRestore();
    // 200 calls at 40/s: 5 s. Making up one slot per stall only would leave 40 % idle: about 8 s.
    expect(finished).toBeGreaterThan(0);
    expect(finished).toBeLessThan(5_800);
    expect(busiestSecond(svc.log.map((e) => e.at))).toBeLessThanOrEqual(40);
    expect(svc.throttled).toBe(0);
  });

  it('gives the error to the caller after too many throttled attempts', async () => {
    const q = createRequestQueue({ initialRate: 1000, maxThrottleRetries: 2 });
    const task = vi.fn(async () => {
      throw throttling();
    });
    const job = q.schedule('lane', task);
    const settled = job.catch((e: Error) => e.name);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await settled).toBe('ThrottlingException');
    expect(task).toHaveBeenCalledTimes(3);
  });

  it('passes other errors straight through without retrying', async () => {
    const q = createRequestQueue({ initialRate: 1000 });
    const task = vi.fn(async () => {
      throw Object.assign(new Error('denied'), { name: 'AccessDeniedException' });
    });
    const settled = q.schedule('lane', task).catch((e: Error) => e.name);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await settled).toBe('AccessDeniedException');
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('sends a call at most three times under a persistent transient fault, reads and writes alike', async () => {
    const q = createRequestQueue({ initialRate: 1000, random: () => 1 });
    const task = vi.fn(async () => {
      throw Object.assign(new Error('boom'), { name: 'InternalServerException' });
    });
    const sends: number[] = [];
    const settled = q.schedule('lane', task, { key: 'read', onSend: (n) => sends.push(n) }).catch((e: Error) => e.name);
    const write = q.schedule('write-lane', task).catch((e: Error) => e.name);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await settled).toBe('InternalServerException');
    expect(await write).toBe('InternalServerException');
    expect(task).toHaveBeenCalledTimes(6);
    expect(sends).toEqual([1, 2, 3]);
    expect(q.stats().retried).toBe(4);
  });

  it('waits out throttling without counting it against the send budget', async () => {
    const q = createRequestQueue({ initialRate: 1000, random: () => 1 });
    let n = 0;
    const task = vi.fn(async () => {
      n++;
      if (n <= 4) throw throttling();
      throw Object.assign(new Error('boom'), { name: 'InternalServerException' });
    });
    const settled = q.schedule('lane', task).catch((e: Error) => e.name);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await settled).toBe('InternalServerException');
    // Four throttled sends, then the three sends of the transient budget.
    expect(task).toHaveBeenCalledTimes(7);
  });

  it('applies a lane\'s own limits: at most two in flight for a slow lane', async () => {
    const q = createRequestQueue({ initialRate: 1000 });
    const svc = fakeService({ latency: 50 });
    const all = Array.from({ length: 8 }, (_, i) => q.schedule('slow', svc.call(`k${i}`), { limits: { maxInFlight: 2, initialRate: 5, maxRate: 5 } }));
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(Promise.all(all)).resolves.toHaveLength(8);
    expect(svc.maxInFlight).toBe(2);
    expect(busiestSecond(svc.log.map((e) => e.at))).toBeLessThanOrEqual(5);
  });

  it('drops a queued call when its only caller aborts, and aborts a call in flight', async () => {
    const q = createRequestQueue({ maxInFlight: 1, initialRate: 1000 });
    const svc = fakeService({ latency: 100 });
    const first = new AbortController();
    const second = new AbortController();
    const running = q.schedule('lane', svc.call('running'), { signal: first.signal, key: 'running' }).catch((e: Error) => e.name);
    const queued = q.schedule('lane', svc.call('queued'), { signal: second.signal, key: 'queued' }).catch((e: Error) => e.name);
    const shared = new AbortController();
    const kept = q.schedule('lane', svc.call('kept'), { key: 'kept' });
    const leaving = q.schedule('lane', svc.call('kept'), { key: 'kept', signal: shared.signal }).catch((e: Error) => e.name);
    await vi.advanceTimersByTimeAsync(10);
    second.abort();
    first.abort();
    shared.abort(); // the other caller still wants 'kept'
    await vi.advanceTimersByTimeAsync(500);
    expect(await running).toBe('AbortError');
    expect(await queued).toBe('AbortError');
    expect(await leaving).toBe('AbortError');
    await expect(kept).resolves.toBe('result:kept');
    expect(svc.log.map((l) => l.key)).toEqual(['running', 'kept']);
  });

  it('listens once to a signal that many calls share, and one abort ends every call still waiting', async () => {
    const q = createRequestQueue({ maxInFlight: 4, initialRate: 1000 });
    const svc = fakeService({ latency: 50 });
    const fanOut = new AbortController();
    const listen = vi.spyOn(fanOut.signal, 'addEventListener');
    const calls = Array.from({ length: 200 }, (_, i) => q.schedule('lane', svc.call(`d${i}`), { key: `d${i}`, signal: fanOut.signal }).catch((e: Error) => e.name));
    await vi.advanceTimersByTimeAsync(120);
    expect(listen).toHaveBeenCalledTimes(1);
    fanOut.abort();
    await vi.advanceTimersByTimeAsync(500);
    const results = await Promise.all(calls);
    const done = results.filter((r) => r !== 'AbortError');
    expect(done.length).toBeGreaterThan(0);
    expect(done.every((r) => String(r).startsWith('result:d'))).toBe(true);
    // Nothing was sent after the abort: what was sent is what was answered and the 4 in flight.
    expect(svc.log.length).toBe(done.length + 4);
  });
});

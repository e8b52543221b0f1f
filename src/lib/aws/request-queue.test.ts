import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRequestQueue } from './request-queue';
import { busiestSecond, fakeService, throttling } from './request-queue-fakes';

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

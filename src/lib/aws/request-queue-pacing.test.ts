import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRequestQueue } from './request-queue';
import { busiestSecond, fakeService } from './request-queue-fakes';

describe('request queue pacing', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
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

  it('goes on within the first second once successes raise the rate of a fresh lane (slow start)', async () => {
    const q = createRequestQueue({ initialRate: 40, maxInFlight: 24 });
    const svc = fakeService({ latency: 100 });
    const start = Date.now();
    const jobs = Array.from({ length: 120 }, (_, i) => q.schedule('lane', svc.call(`d${i}`), { key: `d${i}` }));
    await vi.advanceTimersByTimeAsync(900);
    // 24 at once, 16 more as they answer: then the window of 40/s held the rest. The answers that
    // came while it waited raised the rate, and the lane used it before the second was over,
    // growing no faster than slow start's doubling per second.
    const sentEarly = svc.log.filter((e) => e.at - start < 900).length;
    expect(sentEarly).toBeGreaterThan(50);
    expect(sentEarly).toBeLessThanOrEqual(80);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await Promise.all(jobs)).toHaveLength(120);
  });
});


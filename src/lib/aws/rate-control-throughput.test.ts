import { afterEach, expect, it, vi } from 'vitest';
import { createRequestQueue } from './request-queue';

afterEach(() => vi.useRealTimers());

/** A repeatable random sequence (a linear congruential generator). */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

/**
 * A service that allows `limit` calls in any trailing second, counted when they arrive
 * (0 to `jitterMs` after they were sent), and answers after `latencyMs`.
 */
function windowedService(limit: number, latencyMs: number, jitterMs: number, random: () => number) {
  const arrivals: number[] = [];
  const counts = { accepted: 0, throttled: 0 };
  const call = () => new Promise<void>((resolve, reject) => {
    setTimeout(() => {
      const now = Date.now();
      while (arrivals.length && (arrivals[0] ?? 0) <= now - 1000) arrivals.shift();
      if (arrivals.length >= limit) {
        counts.throttled++;
        setTimeout(() => reject(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' })), latencyMs);
        return;
      }
      arrivals.push(now);
      counts.accepted++;
      setTimeout(resolve, latencyMs);
    }, random() * jitterMs);
  });
  return { call, counts };
}

it('keeps a fan-out within 5 % of a 50-per-second limit it has to learn, with few throttling errors', async () => {
  vi.useFakeTimers();
  const random = seeded(7);
  const queue = createRequestQueue({ now: () => Date.now(), random });
  const service = windowedService(50, 80, 15, random);
  const N = 3_000;
  let done = 0;
  const started = Date.now();
  const all = Promise.all(Array.from({ length: N }, () => queue.schedule('DescribeDevice', service.call).then(() => done++)));
  while (done < N) await vi.advanceTimersByTimeAsync(100);
  await all;
  const seconds = (Date.now() - started) / 1000;
  // The bound: N calls at exactly the limit.
  expect(seconds / (N / 50)).toBeLessThanOrEqual(1.05);
  // Each throttling error is one call the service refused: at most one every two seconds or so.
  expect(service.counts.throttled).toBeLessThan(N / 50);
  expect(service.counts.accepted).toBe(N);
});

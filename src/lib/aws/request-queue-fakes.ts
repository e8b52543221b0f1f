/** Test doubles for the request queue's tests: a fake service and what its log shows. */
export function throttling() {
  const e = new Error('Rate exceeded');
  e.name = 'ThrottlingException';
  return e;
}

/** A fake service: answers after `latency` ms, counts concurrency, throttles above `limit` calls per second. */
export function fakeService({ latency = 80, limit = Infinity }: { latency?: number; limit?: number } = {}) {
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
export function busiestSecond(times: number[]): number {
  let most = 0;
  for (let i = 0, j = 0; j < times.length; j++) {
    while (times[j]! - times[i]! >= 1000) i++;
    most = Math.max(most, j - i + 1);
  }
  return most;
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './idle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it('waits afterMs, then for the browser to be idle (with the timeout passed on)', () => {
    vi.useFakeTimers();
    const idle: { run: () => void; timeout?: number }[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void, o?: { timeout?: number }) => idle.push({ run, timeout: o?.timeout }));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const run = vi.fn();
    whenIdle(run, { afterMs: 3_000, timeoutMs: 1_000 });
    vi.advanceTimersByTime(2_999);
    expect(idle).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(idle).toHaveLength(1);
    expect(idle[0]!.timeout).toBe(1_000);
    expect(run).not.toHaveBeenCalled();
    idle[0]!.run();
    expect(run).toHaveBeenCalledOnce();
  });

  it('runs after afterMs where the browser has no idle callbacks, and not at all once cancelled', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const run = vi.fn();
    whenIdle(run, { afterMs: 500 });
    vi.advanceTimersByTime(500);
    expect(run).toHaveBeenCalledOnce();
    const later = vi.fn();
    const cancel = whenIdle(later, { afterMs: 500 });
    cancel();
    vi.advanceTimersByTime(1_000);
    expect(later).not.toHaveBeenCalled();
  });
});

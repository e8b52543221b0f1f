import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clockNow, subscribeClock } from './clock';

describe('shared clock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 0, 1));
  });
  afterEach(() => vi.useRealTimers());

  it('runs one timer per interval for every subscriber, and stops with the last one', () => {
    const a = vi.fn();
    const b = vi.fn();
    const stopA = subscribeClock(1_000, a);
    const stopB = subscribeClock(1_000, b);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1_000);
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([1, 1]);
    expect(clockNow(1_000)).toBe(Date.UTC(2026, 0, 1, 0, 0, 1));
    stopA();
    vi.advanceTimersByTime(1_000);
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([1, 2]);
    stopB();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps its time between ticks, so reads in one render agree', () => {
    const stop = subscribeClock(2_000, () => undefined);
    const t = clockNow(2_000);
    vi.advanceTimersByTime(1_999);
    expect(clockNow(2_000)).toBe(t);
    vi.advanceTimersByTime(1);
    expect(clockNow(2_000)).toBe(t + 2_000);
    stop();
  });

  it('catches up when read idle, at most one interval behind', () => {
    const t = clockNow(3_000);
    vi.advanceTimersByTime(2_000);
    expect(clockNow(3_000)).toBe(t);
    vi.advanceTimersByTime(60_000);
    expect(clockNow(3_000)).toBe(t + 62_000);
    expect(vi.getTimerCount()).toBe(0);
  });
});

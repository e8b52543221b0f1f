import { describe, expect, it } from 'vitest';
import { executionTimes, formatDuration, placeOnSpan, timelineEntry, timelineSpan } from './execution-times';

const t = (s: number) => new Date(s * 1000);

describe('executionTimes', () => {
  it('splits an ended execution into time queued and time running', () => {
    expect(executionTimes(t(0), t(30), t(90), 'SUCCEEDED')).toEqual({ queuedMs: 30_000, runningMs: 60_000 });
  });

  it('counts a running execution up to now, not to its last state change', () => {
    expect(executionTimes(t(0), t(30), t(30), 'IN_PROGRESS', 100_000)).toEqual({ queuedMs: 30_000, runningMs: 70_000 });
  });

  it('counts a queued execution up to now, and never running', () => {
    expect(executionTimes(t(10), undefined, t(10), 'QUEUED', 55_000)).toEqual({ queuedMs: 45_000, runningMs: undefined });
  });

  it('ends the queue time of one canceled or timed out in the queue at its last update', () => {
    expect(executionTimes(t(0), undefined, t(20), 'TIMED_OUT', 999_000)).toEqual({ queuedMs: 20_000, runningMs: undefined });
    expect(executionTimes(t(0), undefined, t(7), 'CANCELED', 999_000)).toEqual({ queuedMs: 7_000, runningMs: undefined });
  });

  it('knows nothing before DescribeTask and DescribeExecution answer, and never goes negative', () => {
    expect(executionTimes(undefined, undefined, undefined, 'SUCCEEDED')).toEqual({ queuedMs: undefined, runningMs: undefined });
    expect(executionTimes(t(100), t(30), t(90), 'SUCCEEDED').queuedMs).toBe(0);
  });
});

describe('formatDuration', () => {
  it('reads like a console', () => {
    expect(formatDuration(35_400)).toBe('35 s');
    expect(formatDuration(65_000)).toBe('1 min 5 s');
    expect(formatDuration(3_725_000)).toBe('1 h 2 min');
    expect(formatDuration(3 * 86_400_000 + 3_600_000)).toBe('3 d 1 h');
    expect(formatDuration(undefined)).toBe('-');
  });
});

describe('timeline', () => {
  const at = (s: number) => new Date(s * 1000);
  it('draws every execution on one span, from the first task created to the last end or now', () => {
    const done = timelineEntry(at(0), at(10), at(70), false);
    const live = timelineEntry(at(5), at(20), undefined, true, 100_000);
    const queued = timelineEntry(at(5), undefined, undefined, true, 100_000);
    expect(done).toEqual({ queuedAt: 0, startedAt: 10_000, endedAt: 70_000, live: false });
    const span = timelineSpan([done, live, queued])!;
    expect(span).toEqual({ start: 0, end: 100_000 });
    expect(placeOnSpan(span, 10_000, 70_000)).toEqual({ left: 10, width: 60 });
    expect(placeOnSpan(span, -5_000, 200_000)).toEqual({ left: 0, width: 100 });
  });

  it('has no span without times, and at least a second with one', () => {
    expect(timelineSpan([timelineEntry(undefined, undefined, undefined, true)])).toBeUndefined();
    expect(timelineSpan([timelineEntry(at(3), undefined, undefined, false)])).toEqual({ start: 3000, end: 4000 });
  });
});

import { describe, expect, it } from 'vitest';
import { checkStopRule, failureTypesText, stopRuleText, type StopRule } from './stop-rule';

const all: StopRule = { failureTypes: ['FAILED', 'TIMED_OUT', 'REJECTED'], thresholdPercent: 20, minEnded: 5 };
const states = (spec: Record<string, number>) => Object.entries(spec).flatMap(([s, n]) => Array.from({ length: n }, () => s));

describe('checkStopRule', () => {
  it('counts only ended executions: queued and running are neither successes nor failures', () => {
    expect(checkStopRule(all, states({ FAILED: 2, SUCCEEDED: 3, QUEUED: 40, IN_PROGRESS: 5 }))).toEqual({ ended: 5, failed: 2, percent: 40, fires: true });
  });

  it('never fires before the minimum number of executions has ended', () => {
    const early = checkStopRule(all, states({ FAILED: 4, QUEUED: 6 }));
    expect(early).toMatchObject({ ended: 4, failed: 4, percent: 100, fires: false });
    expect(checkStopRule(all, states({ FAILED: 4, SUCCEEDED: 1 })).fires).toBe(true);
    // A minimum of 0 still needs one ended execution.
    expect(checkStopRule({ ...all, minEnded: 0 }, []).fires).toBe(false);
  });

  it('counts only the failure types of the rule', () => {
    const onlyFailed: StopRule = { ...all, failureTypes: ['FAILED'] };
    const ended = states({ TIMED_OUT: 4, REJECTED: 2, SUCCEEDED: 4 });
    expect(checkStopRule(onlyFailed, ended)).toMatchObject({ ended: 10, failed: 0, fires: false });
    expect(checkStopRule({ ...all, failureTypes: ['TIMED_OUT'] }, ended)).toMatchObject({ failed: 4, percent: 40, fires: true });
    expect(checkStopRule(all, ended)).toMatchObject({ failed: 6, fires: true });
    // Canceled executions ended, but are not failures of any type.
    expect(checkStopRule(all, states({ CANCELED: 9, FAILED: 1 }))).toMatchObject({ ended: 10, failed: 1, percent: 10, fires: false });
  });

  it('fires at the threshold, not only above it, and never without a failure', () => {
    expect(checkStopRule(all, states({ FAILED: 1, SUCCEEDED: 4 }))).toMatchObject({ percent: 20, fires: true });
    expect(checkStopRule({ ...all, thresholdPercent: 0 }, states({ SUCCEEDED: 9 })).fires).toBe(false);
  });

  it('explains itself in the operator’s words', () => {
    expect(failureTypesText(['TIMED_OUT', 'FAILED'])).toBe('failed or timed out');
    expect(stopRuleText(all, checkStopRule(all, states({ FAILED: 1, TIMED_OUT: 1, SUCCEEDED: 3 })))).toBe(
      '2 of 5 ended executions failed, timed out or were rejected (40%, the limit is 20%).',
    );
  });
});

import { ExecutionState, TaskState } from '@aws-sdk/client-snow-device-management';
import { describe, expect, it } from 'vitest';
import {
  EXECUTION_STATE_LABELS, EXECUTION_STATES, executionStateLabel, FAILED_STATES, isExecutionState, isFailedState, isLiveState, isTaskState, LIVE_STATES, TASK_STATE_LABELS, TASK_STATES,
} from './execution-states';

describe('execution states', () => {
  it('are exactly the service model’s, and so are the task states', () => {
    expect([...EXECUTION_STATES].sort()).toEqual(Object.values(ExecutionState).sort());
    expect([...TASK_STATES].sort()).toEqual(Object.values(TaskState).sort());
  });

  it('are live while queued or running, failed when failed, timed out or rejected', () => {
    expect(EXECUTION_STATES.filter(isLiveState)).toEqual(['QUEUED', 'IN_PROGRESS']);
    expect(EXECUTION_STATES.filter(isFailedState)).toEqual(['FAILED', 'TIMED_OUT', 'REJECTED']);
    // Canceled and succeeded are neither: they ended, and a retry does not resend them.
    expect([...LIVE_STATES, ...FAILED_STATES]).not.toContain('CANCELED');
    expect([isLiveState(undefined), isFailedState(null), isLiveState('')]).toEqual([false, false, false]);
  });

  it('read in sentence case; an unknown state reads as sent', () => {
    expect(EXECUTION_STATES.map((s) => EXECUTION_STATE_LABELS[s])).toEqual(['Queued', 'Running', 'Succeeded', 'Failed', 'Timed out', 'Rejected', 'Canceled']);
    expect(executionStateLabel('TIMED_OUT')).toBe('Timed out');
    expect(executionStateLabel('PAUSED')).toBe('PAUSED');
    expect([isExecutionState('SUCCEEDED'), isExecutionState('COMPLETED'), isExecutionState(null)]).toEqual([true, false, false]);
    expect(TASK_STATES.map((s) => TASK_STATE_LABELS[s])).toEqual(['In progress', 'Completed', 'Canceled']);
    expect([isTaskState('COMPLETED'), isTaskState('SUCCEEDED'), isTaskState('constructor')]).toEqual([true, false, false]);
  });
});

describe('outcomeText', () => {
  it('never reads a plain "Completed" when executions failed', async () => {
    const { countFailed, outcomeText } = await import('./execution-states');
    const failed = countFailed(['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'REJECTED', 'CANCELED', undefined]);
    expect(failed).toBe(3);
    expect(outcomeText('COMPLETED', failed)).toBe('Completed with 3 failed');
    expect(outcomeText('COMPLETED', 0)).toBe('Completed');
    expect(outcomeText('CANCELED', 1)).toBe('Canceled, 1 failed');
    expect(outcomeText('IN_PROGRESS', 2)).toBe('In progress');
    expect(outcomeText(undefined, 0)).toBe('-');
  });
});

describe('stoppedText', () => {
  it('says how many of the planned devices were never sent', async () => {
    const { stoppedText } = await import('./execution-states');
    expect(stoppedText(10, 60)).toBe('Stopped: 10 of 60 devices not sent');
    expect(stoppedText(1, 1)).toBe('Stopped: 1 of 1 device not sent');
  });
});

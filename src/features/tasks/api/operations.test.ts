import { describe, expect, it } from 'vitest';
import { cancelPlan, executionTimes, failedTargets, formatDuration, groupOperations, type TaskInfo } from './operations';

const task = (taskId: string, over: Partial<TaskInfo> = {}): TaskInfo => ({ taskId, region: 'us-west-2', state: 'COMPLETED', tags: {}, targets: [], ...over });

describe('operations', () => {
  it('groups tasks by the operation tag and counts their executions', () => {
    const op = { 'snow-dashboard:operation': 'op-1', 'snow-dashboard:command': 'reboot' };
    const groups = groupOperations([
      task('st-a', { tags: op, targets: ['d1', 'd2'], executions: { d1: 'SUCCEEDED', d2: 'FAILED' }, createdAt: new Date(2000) }),
      task('st-b', { tags: op, state: 'IN_PROGRESS', targets: ['d3'], executions: { d3: 'QUEUED' }, createdAt: new Date(1000) }),
      task('st-c', { targets: ['d4'], executions: { d4: 'SUCCEEDED' }, createdAt: new Date(5000) }),
    ]);
    expect(groups.map((g) => [g.id, g.tagged, g.command, g.tasks.length, g.targets, g.state])).toEqual([
      ['st-c', false, 'unknown', 1, 1, 'COMPLETED'],
      ['op-1', true, 'reboot', 2, 3, 'IN_PROGRESS'],
    ]);
    expect(groups[1].counts).toMatchObject({ SUCCEEDED: 1, FAILED: 1, QUEUED: 1, IN_PROGRESS: 0 });
    expect(groups[1].createdAt).toEqual(new Date(1000));
  });

  it('plans a cancel only for running tasks with queued executions', () => {
    const plan = cancelPlan([
      task('st-a', { state: 'IN_PROGRESS', executions: { d1: 'QUEUED', d2: 'QUEUED', d3: 'IN_PROGRESS' } }),
      task('st-b', { state: 'IN_PROGRESS', executions: { d4: 'IN_PROGRESS' } }),
      task('st-c', { state: 'CANCELED', executions: { d5: 'QUEUED' } }),
    ]);
    expect(plan.tasks.map((t) => t.taskId)).toEqual(['st-a']);
    expect(plan.executions).toBe(2);
  });

  it('lists failed, timed-out and rejected devices for a retry', () => {
    expect(failedTargets([task('st-a', { executions: { d1: 'FAILED', d2: 'SUCCEEDED', d3: 'TIMED_OUT', d4: 'REJECTED', d5: 'CANCELED' } })]).map((t) => t.managedDeviceId)).toEqual(['d1', 'd3', 'd4']);
  });

  it('derives time queued and running', () => {
    const t = (s: number) => new Date(s * 1000);
    expect(executionTimes(t(0), t(30), t(90), 'SUCCEEDED')).toEqual({ queuedMs: 30_000, runningMs: 60_000 });
    expect(executionTimes(t(0), t(30), t(40), 'IN_PROGRESS', 100_000)).toEqual({ queuedMs: 30_000, runningMs: 70_000 });
    expect(executionTimes(t(0), undefined, t(0), 'QUEUED', 45_000)).toEqual({ queuedMs: 45_000, runningMs: undefined });
    expect(formatDuration(3_725_000)).toBe('1 h 2 min');
    expect(formatDuration(65_000)).toBe('1 min 5 s');
  });
});

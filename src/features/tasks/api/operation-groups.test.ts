import { describe, expect, it } from 'vitest';
import { countExecutions, failedTargets, groupOperations, isLiveTask, operationHref, progressOf, type TaskInfo } from './operation-groups';

/** For destructuring defaults: a missing group fails the test. */
function fail(): never {
  throw new Error('expected an operation');
}

const task = (taskId: string, over: Partial<TaskInfo> = {}): TaskInfo => ({ taskId, region: 'us-west-2', state: 'COMPLETED', tags: {}, order: 0, targets: [], executions: {}, ...over });
const op = (id: string, command = 'reboot', extra: Record<string, string> = {}) => ({ 'snow-dashboard:operation': id, 'snow-dashboard:command': command, ...extra });

describe('groupOperations', () => {
  it('groups tasks by the operation tag; untagged tasks are single-task operations with command unknown', () => {
    const groups = groupOperations([
      task('st-a', { tags: op('op-1', 'reboot', { 'snow-dashboard:batch': '1/2' }), order: 2, targets: ['d1', 'd2'], executions: { d1: 'SUCCEEDED', d2: 'FAILED' }, createdAt: new Date(1000), description: 'Patch' }),
      task('st-b', { tags: op('op-1', 'reboot', { 'snow-dashboard:batch': '2/2' }), order: 1, state: 'IN_PROGRESS', targets: ['d3'], executions: { d3: 'QUEUED' }, createdAt: new Date(1100) }),
      task('st-c', { order: 0, targets: ['d4'], executions: { d4: 'SUCCEEDED' }, createdAt: new Date(5000) }),
    ]);
    expect(groups.map((g) => [g.id, g.tagged, g.command, g.tasks.length, g.targets, g.state])).toEqual([
      ['st-c', false, 'unknown', 1, 1, 'COMPLETED'],
      ['op-1', true, 'reboot', 2, 3, 'IN_PROGRESS'],
    ]);
    const op1 = groups[1]!;
    expect(op1.counts).toEqual({ QUEUED: 1, IN_PROGRESS: 0, SUCCEEDED: 1, FAILED: 1, TIMED_OUT: 0, REJECTED: 0, CANCELED: 0 });
    expect(op1.createdAt).toEqual(new Date(1000));
    expect(op1.description).toBe('Patch');
    // Batches in the order they were sent (ListTasks lists the newest first).
    expect(op1.tasks.map((t) => t.taskId)).toEqual(['st-a', 'st-b']);
  });

  it('keeps an untagged task apart from an operation whose id equals its task id', () => {
    const groups = groupOperations([task('same'), task('st-x', { tags: op('same') })]);
    expect(groups).toHaveLength(2);
  });

  it('spans regions and reads the retry-of tag', () => {
    const [g = fail()] = groupOperations([
      task('st-a', { tags: op('op-2', 'unlock', { 'snow-dashboard:retry-of': 'op-1' }) }),
      task('st-b', { region: 'eu-west-1', tags: op('op-2', 'unlock', { 'snow-dashboard:retry-of': 'op-1' }) }),
    ]);
    expect(g.regions.sort()).toEqual(['eu-west-1', 'us-west-2']);
    expect(g.retryOf).toBe('op-1');
    expect(operationHref(g)).toBe('/tasks/operations/op-2');
  });

  it('is live while an execution runs, even in a task the service already calls CANCELED', () => {
    const canceledButRunning = task('st-a', { state: 'CANCELED', executions: { d1: 'CANCELED', d2: 'IN_PROGRESS' } });
    expect(isLiveTask(canceledButRunning)).toBe(true);
    expect(groupOperations([canceledButRunning])[0]?.state).toBe('IN_PROGRESS');
    expect(groupOperations([task('st-a', { state: 'CANCELED', executions: { d1: 'CANCELED', d2: 'SUCCEEDED' } })])[0]?.state).toBe('CANCELED');
  });

  it('counts targets from executions and marks the operation incomplete until every task is read', () => {
    const [g = fail()] = groupOperations([task('st-a', { targets: undefined, executions: { d1: 'QUEUED', d2: 'QUEUED' } })]);
    expect(g.targets).toBe(2);
    expect(g.complete).toBe(false);
    expect(operationHref(g)).toBe('/tasks/st-a?region=us-west-2');
  });

  it('orders by creation time once known, else by ListTasks order', () => {
    const ids = groupOperations([task('old', { order: 0 }), task('new', { order: 1, createdAt: new Date(9) })]).map((g) => g.id);
    expect(ids).toEqual(['old', 'new']);
    expect(groupOperations([task('a', { order: 1, createdAt: new Date(1) }), task('b', { order: 0, createdAt: new Date(2) })]).map((g) => g.id)).toEqual(['b', 'a']);
  });
});

describe('progress and retry', () => {
  it('reports ended executions and failures', () => {
    const [g = fail()] = groupOperations([task('st-a', { executions: { a: 'SUCCEEDED', b: 'FAILED', c: 'TIMED_OUT', d: 'IN_PROGRESS', e: 'QUEUED', f: 'REJECTED', g: 'CANCELED', h: 'SUCCEEDED' } })]);
    expect(progressOf(g.counts)).toEqual({ total: 8, ended: 6, failed: 3, percent: 75 });
    expect(progressOf(groupOperations([task('x')])[0]!.counts).percent).toBe(0);
  });

  it('counts only the states of the service model', () => {
    const c = countExecutions([task('st-a', { executions: { a: 'QUEUED', b: 'PAUSED', c: 'toString', d: 'TIMED_OUT' } })]);
    expect(c).toEqual({ QUEUED: 1, IN_PROGRESS: 0, SUCCEEDED: 0, FAILED: 0, TIMED_OUT: 1, REJECTED: 0, CANCELED: 0 });
  });

  it('retries failed, timed-out and rejected devices once each, with their region', () => {
    const targets = failedTargets([
      task('st-a', { executions: { d1: 'FAILED', d2: 'SUCCEEDED', d3: 'TIMED_OUT', d4: 'REJECTED', d5: 'CANCELED', d6: 'QUEUED' } }),
      task('st-b', { region: 'eu-west-1', executions: { d1: 'FAILED' } }),
      task('st-c', { executions: { d1: 'FAILED' } }),
    ]);
    expect(targets).toEqual([
      { managedDeviceId: 'd1', region: 'us-west-2' },
      { managedDeviceId: 'd3', region: 'us-west-2' },
      { managedDeviceId: 'd4', region: 'us-west-2' },
      { managedDeviceId: 'd1', region: 'eu-west-1' },
    ]);
  });
});

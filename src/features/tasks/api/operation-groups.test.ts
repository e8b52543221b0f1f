import { describe, expect, it } from 'vitest';
import { planSubmission } from './batching';
import { countExecutions, failedTargets, groupOperations, isLiveTask, localOperation, operationHref, progressOf, type TaskInfo } from './operation-groups';
import { localSending, outcomeLine } from './operation-sending';

/** For destructuring defaults: a missing group fails the test. */
function fail(): never {
  throw new Error('expected an operation');
}

const task = (taskId: string, over: Partial<TaskInfo> = {}): TaskInfo => ({ taskId, region: 'us-west-2', state: 'COMPLETED', tags: {}, order: 0, targets: [], executions: {}, ...over });
const op = (id: string, command = 'reboot', extra: Record<string, string> = {}) => ({ 'snow-dashboard:operation': id, 'snow-dashboard:command': command, ...extra });

describe('groupOperations', () => {
  it('groups tasks by the operation tag; untagged tasks are single-task operations whose command is not recorded', () => {
    const groups = groupOperations([
      task('st-a', { tags: op('op-1', 'reboot', { 'snow-dashboard:batch': '1/2' }), order: 2, targets: ['d1', 'd2'], executions: { d1: 'SUCCEEDED', d2: 'FAILED' }, createdAt: new Date(1000), description: 'Patch' }),
      task('st-b', { tags: op('op-1', 'reboot', { 'snow-dashboard:batch': '2/2' }), order: 1, state: 'IN_PROGRESS', targets: ['d3'], executions: { d3: 'QUEUED' }, createdAt: new Date(1100) }),
      task('st-c', { order: 0, targets: ['d4'], executions: { d4: 'SUCCEEDED' }, createdAt: new Date(5000) }),
    ]);
    expect(groups.map((g) => [g.id, g.tagged, g.command, g.tasks.length, g.targets, g.state])).toEqual([
      ['st-c', false, undefined, 1, 1, 'COMPLETED'],
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

describe('devices never sent, rebuilt from the service alone', () => {
  const planned = (id: string, n: number, extra: Record<string, string> = {}) => op(id, 'reboot', { 'snow-dashboard:planned': String(n), ...extra });
  const sent = (taskId: string, targets: string[], tags: Record<string, string>, state = 'COMPLETED', exec = 'SUCCEEDED') =>
    task(taskId, { tags, state, targets, executions: Object.fromEntries(targets.map((d) => [d, exec])) });
  const devices = (from: number, n: number) => Array.from({ length: n }, (_, i) => `d${from + i}`);

  it('reads as stopped when the tasks reached fewer devices than planned and none still runs', () => {
    const [g = fail()] = groupOperations([sent('st-a', devices(0, 10), planned('op-w', 60)), sent('st-b', devices(10, 10), planned('op-w', 60), 'COMPLETED', 'FAILED')]);
    expect(g.sending).toEqual({ state: 'stopped', planned: 60, notSent: 40, held: false });
    expect(outcomeLine(g, progressOf(g.counts).failed)).toBe('Stopped: 40 of 60 devices not sent; sent devices: Completed with 10 failed');
  });

  it('reads as still sending while a task runs, and as nothing unsent once every device was sent', () => {
    const [running = fail()] = groupOperations([sent('st-a', devices(0, 10), planned('op-w', 20), 'IN_PROGRESS', 'IN_PROGRESS')]);
    expect(running.sending?.state).toBe('sending');
    const [all = fail()] = groupOperations([sent('st-a', devices(0, 10), planned('op-w', 20)), sent('st-b', devices(10, 10), planned('op-w', 20))]);
    expect(all.sending).toBeUndefined();
  });

  it('takes the lowest planned size (it drops when a device is found gone) and names the devices left out', () => {
    const [g = fail()] = groupOperations([
      sent('st-a', devices(0, 10), planned('op-v', 12)),
      sent('st-b', devices(10, 1), planned('op-v', 11, { 'snow-dashboard:not-found': 'smd-gone' })),
    ]);
    expect(g.sending).toBeUndefined();
    expect(g.leftOut).toEqual(['smd-gone']);
  });

  it('cannot tell while tasks are unread or only some are listed, and never for tasks without the tag', () => {
    const tags = planned('op-w', 60);
    expect(groupOperations([task('st-a', { tags, targets: undefined, executions: undefined })])[0]?.sending).toBeUndefined();
    expect(groupOperations([sent('st-a', devices(0, 10), tags)], { partial: true })[0]?.sending).toBeUndefined();
    expect(groupOperations([sent('st-a', devices(0, 10), op('op-old'))])[0]?.sending).toBeUndefined();
  });

  it('takes this browser’s own record over the tags: why it stopped, and that it can resume', () => {
    const sub = planSubmission({ command: 'reboot', targets: devices(0, 30).map((managedDeviceId) => ({ managedDeviceId, region: 'us-west-2' })), waves: { size: 10, waitMs: 60_000 } });
    sub.batches.forEach((b, i) => (b.state = i === 0 ? 'accepted' : 'held'));
    sub.halt = { cause: 'rule', text: 'Stopped by the stop rule.', at: 1 };
    const local = localSending({ ...sub, sending: false });
    const [g = fail()] = groupOperations([sent('st-a', devices(0, 10), planned(sub.id, 30))], { local: (id) => (id === sub.id ? local : undefined) });
    expect(g.sending).toEqual({ state: 'stopped', planned: 30, notSent: 20, reason: 'Stopped by the stop rule.', held: true });
    // With no task on the service yet, the operation exists only here.
    const only = localOperation({ ...sub, sending: false }, local);
    expect([only.id, only.tasks.length, only.sending?.notSent, only.command]).toEqual([sub.id, 0, 20, 'reboot']);
  });
});

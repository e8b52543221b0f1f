import { describe, expect, it } from 'vitest';
import type { TaskInfo } from './operation-groups';
import { executionKey, recentFailures } from './recent-failures';

const now = Date.parse('2025-06-01T12:00:00Z');
const H = 3_600_000;
const DAY = 24 * H;
const task = (taskId: string, createdAgo: number | undefined, executions: Record<string, string> | undefined, completedAgo?: number): TaskInfo => ({
  taskId, region: 'us-west-2', tags: {}, order: 0, executions,
  createdAt: createdAgo === undefined ? undefined : new Date(now - createdAgo),
  completedAt: completedAgo === undefined ? undefined : new Date(now - completedAgo),
});

describe('recentFailures', () => {
  it('lists failed, timed-out and rejected executions of tasks created within the window, newest first', () => {
    const r = recentFailures([
      task('t-old', 3 * H, { 'smd-a': 'FAILED', 'smd-b': 'SUCCEEDED' }, 2 * H),
      task('t-new', 1 * H, { 'smd-c': 'TIMED_OUT', 'smd-d': 'REJECTED', 'smd-e': 'IN_PROGRESS' }),
    ], new Map(), now, DAY);
    expect(r.items.map((i) => [i.taskId, i.managedDeviceId, i.state])).toEqual([
      ['t-new', 'smd-c', 'TIMED_OUT'], ['t-new', 'smd-d', 'REJECTED'], ['t-old', 'smd-a', 'FAILED'],
    ]);
    expect([r.needTimes, r.unread, r.unchecked]).toEqual([[], 0, 0]);
  });

  it('leaves out tasks completed before the window, and counts tasks not read yet', () => {
    const r = recentFailures([task('t-done', 3 * DAY, { 'smd-a': 'FAILED' }, 2 * DAY), task('t-wait', undefined, undefined), task('t-half', H, undefined)], new Map(), now, DAY);
    expect([r.items, r.unread]).toEqual([[], 2]);
  });

  it('reads the execution time when the task began before the window and ended within it', () => {
    const tasks = [task('t-long', 2 * DAY, { 'smd-a': 'FAILED', 'smd-b': 'FAILED', 'smd-c': 'FAILED' }, H)];
    const first = recentFailures(tasks, new Map(), now, DAY);
    expect(first.items).toEqual([]);
    expect(first.needTimes.map((n) => n.managedDeviceId)).toEqual(['smd-a', 'smd-b', 'smd-c']);
    const [a, b, c] = first.needTimes;
    const times = new Map([[executionKey(a!), new Date(now - 2 * H)], [executionKey(b!), new Date(now - 30 * H)], [executionKey(c!), null]]);
    const second = recentFailures(tasks, times, now, DAY);
    expect(second.items.map((i) => [i.managedDeviceId, i.endedAt?.getTime()])).toEqual([['smd-a', now - 2 * H]]);
    expect([second.needTimes, second.unchecked]).toEqual([[], 1]);
  });
});

import { describe, expect, it } from 'vitest';
import { cancelOutcome, cancelPlan, taskKey } from './cancel-plan';
import type { TaskInfo } from './operation-groups';

const task = (taskId: string, state: string, executions: Record<string, string>, region = 'us-west-2'): TaskInfo => ({ taskId, region, state, tags: {}, order: 0, executions });

describe('cancelPlan', () => {
  it('takes only in-progress tasks that still have queued executions, and counts those executions', () => {
    const plan = cancelPlan([
      task('st-a', 'IN_PROGRESS', { d1: 'QUEUED', d2: 'QUEUED', d3: 'IN_PROGRESS' }),
      task('st-b', 'IN_PROGRESS', { d4: 'IN_PROGRESS' }),
      task('st-c', 'CANCELED', { d5: 'QUEUED' }),
      task('st-d', 'COMPLETED', { d6: 'SUCCEEDED' }),
    ]);
    expect(plan.tasks.map((t) => t.taskId)).toEqual(['st-a']);
    expect(plan.devices.map((d) => d.managedDeviceId)).toEqual(['d1', 'd2']);
  });

  it('plans nothing when every execution started or ended', () => {
    expect(cancelPlan([task('st-a', 'IN_PROGRESS', { d1: 'IN_PROGRESS', d2: 'SUCCEEDED' })]).devices).toEqual([]);
  });
});

describe('cancelOutcome', () => {
  const plan = cancelPlan([
    task('st-a', 'IN_PROGRESS', { d1: 'QUEUED', d2: 'QUEUED' }),
    task('st-b', 'IN_PROGRESS', { d3: 'QUEUED' }, 'eu-west-1'),
    task('st-c', 'IN_PROGRESS', { d4: 'QUEUED' }),
  ]);

  it('reports per device what the re-read shows: canceled, started in the race, or unknown', () => {
    const after = new Map<string, Record<string, string> | undefined>([
      [taskKey({ region: 'us-west-2', taskId: 'st-a' }), { d1: 'CANCELED', d2: 'IN_PROGRESS' }],
      [taskKey({ region: 'eu-west-1', taskId: 'st-b' }), { d3: 'SUCCEEDED' }],
      [taskKey({ region: 'us-west-2', taskId: 'st-c' }), undefined],
    ]);
    const out = cancelOutcome(plan, after, new Map());
    expect(out.canceled.map((d) => d.managedDeviceId)).toEqual(['d1']);
    expect(out.started.map((d) => [d.managedDeviceId, d.state])).toEqual([['d2', 'IN_PROGRESS'], ['d3', 'SUCCEEDED']]);
    expect(out.unknown.map((d) => [d.managedDeviceId, d.reason])).toEqual([['d4', 'its executions could not be read again']]);
  });

  it('gives the reason CancelTask failed for devices still queued', () => {
    const key = taskKey({ region: 'us-west-2', taskId: 'st-c' });
    const out = cancelOutcome(plan, new Map([[key, { d4: 'QUEUED' }]]), new Map([[key, 'Access denied. Ask for snow-device-management:CancelTask']]));
    expect(out.unknown.find((d) => d.managedDeviceId === 'd4')?.reason).toMatch(/CancelTask/);
  });
});

import { describe, expect, it } from 'vitest';
import { executionsMayChange } from './use-task-infos';

const e = (...states: string[]) => states.map((state, i) => ({ managedDeviceId: `d${i}`, state: state as 'QUEUED' }));

describe('executionsMayChange (what keeps polling)', () => {
  it('polls while the service lists the task in progress, even before its executions are read', () => {
    expect(executionsMayChange('IN_PROGRESS', undefined)).toBe(true);
    expect(executionsMayChange('IN_PROGRESS', e('SUCCEEDED'))).toBe(true);
  });

  it('polls a canceled task while the execution that beat the cancel still runs', () => {
    expect(executionsMayChange('CANCELED', e('CANCELED', 'IN_PROGRESS'))).toBe(true);
    expect(executionsMayChange('COMPLETED', e('QUEUED'))).toBe(true);
  });

  it('stops once every execution ended', () => {
    expect(executionsMayChange('COMPLETED', e('SUCCEEDED', 'FAILED', 'TIMED_OUT', 'REJECTED'))).toBe(false);
    expect(executionsMayChange('CANCELED', e('CANCELED', 'SUCCEEDED'))).toBe(false);
  });
});

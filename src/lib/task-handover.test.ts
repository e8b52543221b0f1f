import { describe, expect, it } from 'vitest';
import { readTaskCreationState, taskCreationState } from './task-handover';

describe('readTaskCreationState', () => {
  it('reads what taskCreationState wrote', () => {
    const state = taskCreationState('unlock', [{ managedDeviceId: 'smd-a', region: 'eu-west-1' }], { retryOf: 'op-1', description: 'Again' });
    expect(readTaskCreationState(structuredClone(state))).toEqual(state);
  });

  it('drops members of the wrong shape, malformed targets and duplicates', () => {
    const state = readTaskCreationState({
      command: 'format',
      targets: [
        { managedDeviceId: 'smd-a', region: 'us-west-2' },
        { managedDeviceId: 'smd-a', region: 'us-west-2' },
        { managedDeviceId: 'smd-b', region: 'x.attacker.example#' },
        { managedDeviceId: 42, region: 'us-west-2' },
        'smd-c',
        null,
      ],
      retryOf: { id: 'op' },
      description: 'x'.repeat(500),
    });
    expect(state).toEqual({ command: undefined, targets: [{ managedDeviceId: 'smd-a', region: 'us-west-2' }], retryOf: undefined, description: undefined });
    expect(readTaskCreationState(null)).toEqual({ command: undefined, targets: [], retryOf: undefined, description: undefined });
    expect(readTaskCreationState({ targets: 'smd-a' }).targets).toEqual([]);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRequestQueue } from './request-queue';
import { queuedSdmCall, type SdmClientLike } from './sdm-send';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A client that records, in order, what happened: its sends among the page's other work. */
function recordingClient(log: string[]): SdmClientLike {
  return {
    send: (command) => {
      log.push(`send ${(command.input as { managedDeviceId: string }).managedDeviceId}`);
      return Promise.resolve({ managedDeviceId: (command.input as { managedDeviceId: string }).managedDeviceId });
    },
  };
}

describe('queuedSdmCall', () => {
  it('starts each call after a yield to the page where the browser has scheduler.yield, so many calls started together are many short tasks', async () => {
    const log: string[] = [];
    vi.stubGlobal('scheduler', { yield: vi.fn(() => { log.push('yield'); return Promise.resolve(); }) });
    const queue = createRequestQueue();
    const client = recordingClient(log);
    const calls = ['smd-a', 'smd-b'].map((id) => queuedSdmCall(queue, () => client, 'lane', 'us-west-2', 'DescribeDevice', { managedDeviceId: id }));
    // Both are queued and started, but no SDK work has run in the caller's task.
    expect(log).toEqual(['yield', 'yield']);
    await expect(Promise.all(calls)).resolves.toEqual([{ managedDeviceId: 'smd-a' }, { managedDeviceId: 'smd-b' }]);
    expect(log).toEqual(['yield', 'yield', 'send smd-a', 'send smd-b']);
  });

  it('sends at once where there is no scheduler.yield (the Lambda, older browsers)', async () => {
    vi.stubGlobal('scheduler', undefined);
    const log: string[] = [];
    const queue = createRequestQueue();
    const client = recordingClient(log);
    const call = queuedSdmCall(queue, () => client, 'lane', 'us-west-2', 'DescribeDevice', { managedDeviceId: 'smd-a' });
    await Promise.resolve();
    expect(log).toEqual(['send smd-a']);
    await expect(call).resolves.toEqual({ managedDeviceId: 'smd-a' });
  });
});

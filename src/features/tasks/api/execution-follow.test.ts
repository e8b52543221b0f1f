import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { onDeviceChange, type DeviceRef } from '@/lib/device-refresh';
import { followTask, noteExecutions, noteTaskState } from './execution-follow';

const heard: DeviceRef[][] = [];
const stop = onDeviceChange((d) => heard.push([...d]));
afterEach(() => void (heard.length = 0));
afterAll(() => void stop());
const e = (managedDeviceId: string, state: string) => ({ managedDeviceId, state });

describe('following executions to their end', () => {
  it('announces a device once when the execution it followed ends', () => {
    noteExecutions('c', 'us-west-2', 'st-1', [e('d1', 'QUEUED'), e('d2', 'IN_PROGRESS')]);
    expect(heard).toEqual([]);
    noteExecutions('c', 'us-west-2', 'st-1', [e('d1', 'SUCCEEDED'), e('d2', 'IN_PROGRESS')]);
    noteExecutions('c', 'us-west-2', 'st-1', [e('d1', 'SUCCEEDED'), e('d2', 'FAILED')]);
    noteExecutions('c', 'us-west-2', 'st-1', [e('d1', 'SUCCEEDED'), e('d2', 'FAILED')]);
    expect(heard).toEqual([[{ region: 'us-west-2', managedDeviceId: 'd1' }], [{ region: 'us-west-2', managedDeviceId: 'd2' }]]);
  });

  it('never announces what was already ended when first read', () => {
    noteExecutions('c', 'us-west-2', 'st-old', [e('d1', 'SUCCEEDED')]);
    noteTaskState('c', 'us-west-2', 'st-old', 'COMPLETED', ['d1']);
    expect(heard).toEqual([]);
  });

  it('follows a task the dashboard created from the start, even if its first read finds it ended', () => {
    followTask('c', 'eu-west-1', 'st-new', ['d7']);
    noteExecutions('c', 'eu-west-1', 'st-new', [e('d7', 'SUCCEEDED')]);
    expect(heard).toEqual([[{ region: 'eu-west-1', managedDeviceId: 'd7' }]]);
  });

  it('announces the targets when the task is seen completed, and not again when the executions are read', () => {
    noteTaskState('c', 'us-west-2', 'st-2', 'IN_PROGRESS', ['d1', 'd2']);
    noteTaskState('c', 'us-west-2', 'st-2', 'COMPLETED', ['d1', 'd2']);
    noteExecutions('c', 'us-west-2', 'st-2', [e('d1', 'SUCCEEDED'), e('d2', 'SUCCEEDED')]);
    expect(heard).toEqual([[{ region: 'us-west-2', managedDeviceId: 'd1' }, { region: 'us-west-2', managedDeviceId: 'd2' }]]);
  });

  it('on a cancel, announces the targets, and again only the one that was still running once it ends', () => {
    noteExecutions('c', 'us-west-2', 'st-3', [e('d1', 'QUEUED'), e('d2', 'IN_PROGRESS')]);
    noteTaskState('c', 'us-west-2', 'st-3', 'CANCELED', ['d1', 'd2']);
    noteExecutions('c', 'us-west-2', 'st-3', [e('d1', 'CANCELED'), e('d2', 'IN_PROGRESS')]);
    noteExecutions('c', 'us-west-2', 'st-3', [e('d1', 'CANCELED'), e('d2', 'SUCCEEDED')]);
    expect(heard.map((list) => list.map((d) => d.managedDeviceId))).toEqual([['d1', 'd2'], ['d2']]);
  });
});

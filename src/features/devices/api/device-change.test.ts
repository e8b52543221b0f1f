import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { simulatedConnection } from '@/lib/aws/connection';
import { sdmKey } from '@/lib/aws/query';
import { announceDeviceChange } from '@/lib/device-refresh';
import { endedSince } from '../components/device-detail/use-device-reads';
import { followDeviceChanges } from './device-change';

const connection = simulatedConnection(['us-west-2']);
const region = 'us-west-2';

describe('device changes on the device page', () => {
  it('mark what the page shows about an announced device as stale, and nothing else', () => {
    const qc = new QueryClient();
    const mine = sdmKey('DescribeDevice', { managedDeviceId: 'smd-a' }, connection, region);
    const other = sdmKey('DescribeDevice', { managedDeviceId: 'smd-b' }, connection, region);
    const history = ['DeviceTaskHistory', { managedDeviceId: 'smd-a' }, { connection: connection.id, region }];
    const otherRegion = sdmKey('DescribeDevice', { managedDeviceId: 'smd-a' }, connection, 'eu-west-1');
    for (const key of [mine, other, history, otherRegion]) qc.setQueryData(key, {});
    const stop = followDeviceChanges(qc);
    announceDeviceChange([{ region, managedDeviceId: 'smd-a' }]);
    stop();
    const invalid = (key: readonly unknown[]) => qc.getQueryState(key)?.isInvalidated;
    expect([invalid(mine), invalid(history), invalid(other), invalid(otherRegion)]).toEqual([true, true, false, false]);
  });

  it('re-read the description once for an execution that ended after it was read, or that was seen running', () => {
    const t = (taskId: string, executionState: string, at: number) => ({ taskId, executionState, executionUpdatedAt: new Date(at) });
    const entries = [t('st-old', 'SUCCEEDED', 1_000), t('st-new', 'SUCCEEDED', 5_000), t('st-run', 'IN_PROGRESS', 5_000), t('st-seen', 'FAILED', 1_000)];
    expect(endedSince(entries, 2_000, new Set(['st-seen']), new Set())).toEqual(['st-new:SUCCEEDED', 'st-seen:FAILED']);
    expect(endedSince(entries, 2_000, new Set(['st-seen']), new Set(['st-new:SUCCEEDED', 'st-seen:FAILED']))).toEqual([]);
  });
});

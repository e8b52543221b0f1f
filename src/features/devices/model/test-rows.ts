import type { DescribeDeviceOutput } from '@aws-sdk/client-snow-device-management';
import type { FleetRow } from '../api/fleet-types';

/** A fleet row for unit tests. */
export function testRow(id: string, detail?: Partial<DescribeDeviceOutput>, region = 'us-west-2', tags: Record<string, string> = {}): FleetRow {
  return {
    key: `${region}|${id}`,
    region,
    managedDeviceId: id,
    summary: { managedDeviceId: id, tags },
    detail: detail ? ({ managedDeviceId: id, tags, ...detail } as DescribeDeviceOutput) : undefined,
  };
}

import type { QueryClient } from '@tanstack/react-query';
import type { Connection } from '@/lib/aws/connection';
import type { DescribedDevice } from '@/lib/aws/fleet-fanout';
import { sdmKey } from '@/lib/aws/query';
import { readFleetSnapshot, type SnapshotRead } from '@/lib/aws/snapshot-reader';
import type { FleetRows } from './fleet-rows';
import type { FleetRow } from './fleet-types';

/** Reads every region's shared snapshot side by side, handing each to `onRead` as it arrives (none once aborted). */
export async function loadSharedSnapshots(connection: Connection, signal: AbortSignal, onRead: (region: string, read: SnapshotRead) => void): Promise<void> {
  await Promise.all(
    connection.regions.map(async (region) => {
      try {
        const read = await readFleetSnapshot(connection, region, { signal });
        if (!signal.aborted) onRead(region, read);
      } catch (error) {
        if ((error as { name?: string }).name !== 'AbortError') throw error;
      }
    }),
  );
}

/**
 * One device of a snapshot as a row, with the time it was described. Its description goes
 * into the cache under the device page's key, dated as old as it is (so the page reads it
 * again), unless the cache already holds a newer one.
 */
export function seedRow(rows: FleetRows, queryClient: QueryClient, connection: Connection, region: string, d: DescribedDevice): FleetRow {
  const managedDeviceId = d.summary.managedDeviceId!;
  const key = `${region}|${managedDeviceId}`;
  const described = d.detail && d.describedAt !== undefined ? { detail: d.detail, detailAt: d.describedAt } : {};
  if (described.detail) {
    const queryKey = sdmKey('DescribeDevice', { managedDeviceId }, connection, region);
    const cachedAt = queryClient.getQueryState(queryKey)?.dataUpdatedAt ?? 0;
    if (cachedAt < described.detailAt) queryClient.setQueryData(queryKey, described.detail, { updatedAt: described.detailAt });
  }
  return rows.update(key, { summary: d.summary, ...described }) ?? rows.add({ key, region, managedDeviceId, summary: d.summary, ...described });
}

import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import type { Connection } from '@/lib/aws/connection';
import { scheduleSdm } from '@/lib/aws/scheduler';
import { announceDeviceChange, type DeviceRef } from '@/lib/device-refresh';
import { noteTagError } from './tag-permission';

/**
 * What tag changes touch on screen: the tags panel, and the device's description (its
 * Name and tags) on the device page and in the inventory, which hear of it as a device change.
 */
export function refreshAfterTagChanges(queryClient: QueryClient, devices: ReadonlyArray<DeviceRef & { resourceArn: string }>) {
  if (devices.length === 0) return Promise.resolve();
  announceDeviceChange(devices.map(({ region, managedDeviceId }) => ({ region, managedDeviceId })));
  const arns = new Set(devices.map((d) => d.resourceArn));
  return Promise.all([
    queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'ListTagsForResource' && arns.has((q.queryKey[1] as { resourceArn?: string } | undefined)?.resourceArn ?? '') }),
    // Other views reading the region's list (its tags) read it again.
    queryClient.invalidateQueries({ queryKey: ['ListDevices'] }),
  ]).then(() => undefined);
}

const refreshAfterTagChange = (queryClient: QueryClient, resourceArn: string, device: DeviceRef) => refreshAfterTagChanges(queryClient, [{ ...device, resourceArn }]);

/** A tag to write; `replaces` is the key it had before an edit renamed it. */
export interface TagChange {
  key: string;
  value: string;
  replaces?: string;
}

/** Mutation options for a device's tags (TagResource / UntagResource through the scheduler). */
export const tagMutations = {
  save: (connection: Connection, region: string, resourceArn: string, managedDeviceId: string, queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: ['TagResource', { resourceArn }],
      mutationFn: async ({ key, value, replaces }: TagChange) => {
        // The new tag is written first, so a failure never leaves the device without either.
        await scheduleSdm(connection, region, 'TagResource', { resourceArn, tags: { [key]: value } });
        if (replaces && replaces !== key) await scheduleSdm(connection, region, 'UntagResource', { resourceArn, tagKeys: [replaces] });
      },
      onError: (error) => noteTagError(connection, error),
      onSettled: () => refreshAfterTagChange(queryClient, resourceArn, { region, managedDeviceId }),
    }),

  remove: (connection: Connection, region: string, resourceArn: string, managedDeviceId: string, queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: ['UntagResource', { resourceArn }],
      mutationFn: (key: string) => scheduleSdm(connection, region, 'UntagResource', { resourceArn, tagKeys: [key] }),
      onError: (error) => noteTagError(connection, error),
      onSettled: () => refreshAfterTagChange(queryClient, resourceArn, { region, managedDeviceId }),
    }),
};

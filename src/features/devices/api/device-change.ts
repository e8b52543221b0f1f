import type { Query, QueryClient } from '@tanstack/react-query';
import { onDeviceChange, type DeviceRef } from '@/lib/device-refresh';

/** What the device page reads about one device, besides its tags (keyed by ARN). */
const DEVICE_READS = new Set(['DescribeDevice', 'DescribeDeviceEc2Instances', 'DeviceTaskHistory']);

/** Whether a query holds what the device page shows about one of these devices. */
export function isDeviceRead(query: Pick<Query, 'queryKey'>, devices: readonly DeviceRef[]): boolean {
  const [name, input, scope] = query.queryKey as readonly [unknown, { managedDeviceId?: unknown } | undefined, { region?: unknown } | undefined];
  if (typeof name !== 'string' || !DEVICE_READS.has(name)) return false;
  return devices.some((d) => d.managedDeviceId === input?.managedDeviceId && d.region === scope?.region);
}

/**
 * The device page's side of "these devices may have changed": what it shows about them is
 * read again, at once while on screen and on the next visit otherwise. (The inventory's
 * fleet store listens for itself.) Returns the function that stops listening.
 */
export function followDeviceChanges(queryClient: QueryClient): () => void {
  return onDeviceChange((devices) => {
    void queryClient.invalidateQueries({ predicate: (q) => isDeviceRead(q, devices) });
  });
}

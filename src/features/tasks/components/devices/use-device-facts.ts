import { useQueries } from '@tanstack/react-query';
import { useCallback } from 'react';
import { deviceQueries } from '@/features/devices';
import type { Connection } from '@/lib/aws/connection';
import { useNow } from '@/lib/clock';
import { usePreferences } from '@/lib/preferences';
import { onlineStatus, onlineThresholdMs, type OnlineStatus } from '@/lib/rules/online';

interface DeviceRef {
  managedDeviceId: string;
  region: string;
}

const key = (region: string, id: string) => `${region}|${id}`;

// Names change rarely: a list read in the last five minutes is good enough to name devices.
const NAMES_STALE_MS = 5 * 60_000;

/** Name tags of every device of the connection, from the ListDevices summaries (which carry tags). */
export function useDeviceNames(connection: Connection): (d: DeviceRef) => string | undefined {
  const regions = connection.regions;
  // One list per region, in the connection's order; the map is rebuilt only when a list changed.
  const combine = useCallback(
    (results: Array<{ data?: Array<{ managedDeviceId?: string; tags?: Record<string, string> }> }>) => {
      const m = new Map<string, string>();
      results.forEach((q, i) => {
        for (const d of q.data ?? []) if (d.managedDeviceId && d.tags?.Name) m.set(key(regions[i] ?? '', d.managedDeviceId), d.tags.Name);
      });
      return m;
    },
    [regions],
  );
  const names = useQueries({ queries: regions.map((r) => ({ ...deviceQueries.list(connection, r), staleTime: NAMES_STALE_MS })), combine });
  return useCallback((d: DeviceRef) => names.get(key(d.region, d.managedDeviceId)), [names]);
}

/** What a row of targets shows of a device: its Name tag, lock state and online status. */
export interface DeviceFacts {
  name?: string;
  /** LOCKED, UNLOCKED, UNLOCKING. */
  state?: string;
  status: OnlineStatus;
  /** DescribeDevice has not answered yet. */
  pending: boolean;
  /** DescribeDevice failed (the pre-flight says why). */
  failed: boolean;
}

/**
 * DescribeDevice for the devices on screen only (a page of targets, not thousands), read from
 * the cache the pre-flight and the inventory fill; fetched only when nobody has read it yet.
 */
export function useDeviceFacts(connection: Connection, devices: readonly DeviceRef[]): DeviceFacts[] {
  const nameOf = useDeviceNames(connection);
  const { onlineThresholdMinutes } = usePreferences();
  const now = useNow(15_000);
  const details = useQueries({
    queries: devices.map((d) => ({ ...deviceQueries.detail(connection, d.region, d.managedDeviceId), staleTime: Infinity })),
  });
  return devices.map((d, i) => {
    const q = details[i];
    const data = q?.data;
    return {
      name: nameOf(d) ?? data?.tags?.Name,
      state: data?.deviceState,
      status: onlineStatus(data, onlineThresholdMs(onlineThresholdMinutes), now),
      pending: Boolean(q?.isPending && !q.error),
      failed: Boolean(q?.error),
    };
  });
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import type { Connection } from '@/lib/aws/connection';
import { announceDeviceChange } from '@/lib/device-refresh';
import { usePreferences } from '@/lib/preferences';
import { isLiveState } from '@/lib/rules/execution-states';
import { isDeviceRead } from '../../api/device-change';
import { deviceDetailQueries, type DeviceTaskEntry } from '../../api/device-detail-queries';
import { deviceQueries } from '../../api/device-queries';

/** How often the page reads the device and its task history while a task runs on it. */
export const LIVE_POLL_MS = 5_000;
/** How often the task history is read while a task of it still runs on other devices only. */
export const ELSEWHERE_POLL_MS = 30_000;

interface Scope {
  connection: Connection;
  region: string;
  managedDeviceId: string;
}

const hasLive = (entries: readonly DeviceTaskEntry[] | undefined) => Boolean(entries?.some((t) => isLiveState(t.executionState)));
const runsElsewhere = (entries: readonly DeviceTaskEntry[] | undefined) => Boolean(entries?.some((t) => t.state === 'IN_PROGRESS'));

/** The task history's poll: often while a task runs on the device, seldom while one runs elsewhere only. */
function historyInterval(entries: readonly DeviceTaskEntry[] | undefined): number | false {
  return hasLive(entries) ? LIVE_POLL_MS : runsElsewhere(entries) ? ELSEWHERE_POLL_MS : false;
}

/**
 * Executions that ended after the description on screen was read (or that this page saw
 * running and now sees ended): the description is older than what they did, so it is read
 * again. Once per task and state, so a clock ahead of the browser's cannot cause a loop.
 */
export function endedSince(entries: readonly DeviceTaskEntry[], describedAt: number, seenLive: ReadonlySet<string>, handled: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const t of entries) {
    if (!t.executionState || isLiveState(t.executionState)) continue;
    const key = `${t.taskId}:${t.executionState}`;
    if (handled.has(key)) continue;
    const after = (t.executionUpdatedAt?.getTime() ?? 0) > describedAt;
    if (after || seenLive.has(t.taskId)) out.push(key);
  }
  return out;
}

/**
 * What the device page reads about a device, kept following the service: the description
 * (polled every 5 s while a task runs on the device, else at the auto-refresh interval),
 * the task history (every 5 s while a task runs on the device, every 30 s while one runs on
 * other devices only), and a re-read of the device wherever it is shown as soon as an
 * execution on it ends.
 */
export function useDeviceReads({ connection, region, managedDeviceId }: Scope) {
  const queryClient = useQueryClient();
  const { autoRefresh, autoRefreshSeconds } = usePreferences();
  const history = useQuery({
    ...deviceDetailQueries.taskHistory(connection, region, managedDeviceId, queryClient),
    refetchInterval: (query) => historyInterval(query.state.data),
  });
  const live = hasLive(history.data);
  const device = useQuery({
    ...deviceQueries.detail(connection, region, managedDeviceId),
    refetchInterval: live ? LIVE_POLL_MS : autoRefresh ? autoRefreshSeconds * 1000 : false,
  });

  const seenLive = useRef(new Set<string>());
  const handled = useRef(new Set<string>());
  const describedAt = device.dataUpdatedAt;
  useEffect(() => {
    if (!history.data || !describedAt) return;
    const ended = endedSince(history.data, describedAt, seenLive.current, handled.current);
    for (const t of history.data) if (isLiveState(t.executionState)) seenLive.current.add(t.taskId);
    if (ended.length === 0) return;
    ended.forEach((k) => handled.current.add(k));
    // The inventory's row hears it too (and so does this page: the description is read again).
    announceDeviceChange([{ region, managedDeviceId }]);
  }, [history.data, describedAt, region, managedDeviceId]);

  /** Reads again everything the page shows about the device, and its row in the inventory. */
  const refresh = useCallback(() => {
    announceDeviceChange([{ region, managedDeviceId }]);
    const arn = device.data?.managedDeviceArn;
    if (arn) void queryClient.invalidateQueries({ queryKey: deviceDetailQueries.tags(connection, region, arn).queryKey });
  }, [queryClient, connection, region, managedDeviceId, device.data?.managedDeviceArn]);

  /**
   * Before handing the device over to task creation: what the page shows is about to change,
   * so coming back reads it again (the new task in the history, then its execution followed).
   */
  const expectChange = useCallback(() => {
    void queryClient.invalidateQueries({ predicate: (q) => isDeviceRead(q, [{ region, managedDeviceId }]), refetchType: 'none' });
  }, [queryClient, region, managedDeviceId]);

  return { device, history, refresh, expectChange };
}

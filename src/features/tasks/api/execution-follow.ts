import { announceDeviceChange, type DeviceRef } from '@/lib/device-refresh';
import { isLiveState } from '@/lib/rules/execution-states';

/**
 * The executions the dashboard follows, by connection, region, task and device: seen queued
 * or running (or just created by it). When one is next read ended, or its task is seen
 * completed or canceled, its device may have changed: the device views are told once.
 * `canceled`: announced because the task was canceled, though it may still have been
 * running (an execution can beat the cancel); it is announced again if it is seen to end.
 */
const followed = new Map<string, 'live' | 'announced' | 'canceled'>();
const keyOf = (scope: string, region: string, taskId: string, managedDeviceId: string) => `${scope}|${region}|${taskId}|${managedDeviceId}`;

function announce(region: string, ended: string[]) {
  announceDeviceChange(ended.map((managedDeviceId): DeviceRef => ({ region, managedDeviceId })));
}

/** Follows the executions of a task the dashboard just created. */
export function followTask(scope: string, region: string, taskId: string, targets: readonly string[]): void {
  for (const id of targets) {
    const k = keyOf(scope, region, taskId, id);
    if (!followed.has(k)) followed.set(k, 'live');
  }
}

/** Notes a task's executions as read; announces each followed one that has ended, once. */
export function noteExecutions(scope: string, region: string, taskId: string, executions: ReadonlyArray<{ managedDeviceId?: string; state?: string }>): void {
  const ended: string[] = [];
  for (const e of executions) {
    if (!e.managedDeviceId || !e.state) continue;
    const k = keyOf(scope, region, taskId, e.managedDeviceId);
    const seen = followed.get(k);
    if (isLiveState(e.state)) {
      if (seen !== 'announced') followed.set(k, 'live');
    } else if (seen === 'live') {
      followed.set(k, 'announced');
      ended.push(e.managedDeviceId);
    } else if (seen === 'canceled') {
      followed.set(k, 'announced');
    }
  }
  announce(region, ended);
}

/** Notes a task's own state (DescribeTask): in progress follows its targets; completed or canceled announces them. */
export function noteTaskState(scope: string, region: string, taskId: string, state: string | undefined, targets: readonly string[] | undefined): void {
  if (state === 'IN_PROGRESS') return followTask(scope, region, taskId, targets ?? []);
  if (state !== 'COMPLETED' && state !== 'CANCELED') return;
  const ended: string[] = [];
  for (const id of targets ?? []) {
    const k = keyOf(scope, region, taskId, id);
    if (followed.get(k) !== 'live') continue;
    followed.set(k, state === 'COMPLETED' ? 'announced' : 'canceled');
    ended.push(id);
  }
  announce(region, ended);
}

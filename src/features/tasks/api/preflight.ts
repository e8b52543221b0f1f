import type { QueryClient } from '@tanstack/react-query';
import type { Connection } from '@/lib/aws/connection';
import { sdmQuery } from '@/lib/aws/query';
import { listAll } from '@/lib/aws/scheduler';
import { isLiveState } from '@/lib/rules/execution-states';
import { onlineStatus, onlineThresholdMs } from '@/lib/rules/online';
import type { Command } from './batching';

export interface Target {
  managedDeviceId: string;
  region: string;
}

/** What the operator should know before confirming. */
export interface Preflight {
  total: number;
  byRegion: Record<string, number>;
  offline: Target[];
  alreadyUnlocked: Target[];
  /** Reboot only: devices with running EC2 instances, and how many will stop. */
  runningInstances: Array<Target & { count: number }>;
  busy: Array<Target & { taskId: string; state: string }>;
  missing: Target[];
}

const key = (t: Target) => `${t.region}|${t.managedDeviceId}`;

/** Reads devices (from the cache when fresh), their instances and the running tasks. */
export async function runPreflight(connection: Connection, queryClient: QueryClient, command: Command, targets: Target[], thresholdMinutes: number): Promise<Preflight> {
  const p: Preflight = { total: targets.length, byRegion: {}, offline: [], alreadyUnlocked: [], runningInstances: [], busy: [], missing: [] };
  const wanted = new Set(targets.map(key));
  for (const t of targets) p.byRegion[t.region] = (p.byRegion[t.region] ?? 0) + 1;
  // Every read goes through the scheduler, which bounds how many are in flight.
  await Promise.all(targets.map(async (t) => {
    const d = await queryClient.fetchQuery(sdmQuery(connection, t.region, 'DescribeDevice', { managedDeviceId: t.managedDeviceId })).catch(() => undefined);
    if (!d) return void p.missing.push(t);
    if (onlineStatus(d, onlineThresholdMs(thresholdMinutes), Date.now()) !== 'online') p.offline.push(t);
    if (command === 'unlock' && d.deviceState === 'UNLOCKED') p.alreadyUnlocked.push(t);
    if (command === 'reboot' && (d.deviceCapacities ?? []).some((c) => c.name === 'vCPU' && (c.total ?? 0) > 0)) {
      const resources = await listAll(connection, t.region, 'ListDeviceResources', { managedDeviceId: t.managedDeviceId, type: 'AWS::EC2::Instance' }, 'resources').catch(() => []);
      const ids = resources.map((r) => r.id).filter((x): x is string => Boolean(x));
      if (ids.length === 0) return;
      const out = await queryClient.fetchQuery(sdmQuery(connection, t.region, 'DescribeDeviceEc2Instances', { managedDeviceId: t.managedDeviceId, instanceIds: ids })).catch(() => undefined);
      const running = (out?.instances ?? []).filter((i) => i.instance?.state?.name === 'RUNNING').length;
      if (running > 0) p.runningInstances.push({ ...t, count: running });
    }
  }));
  for (const region of Object.keys(p.byRegion)) {
    const tasks = await listAll(connection, region, 'ListTasks', { state: 'IN_PROGRESS' }, 'tasks').catch(() => []);
    await Promise.all(tasks.map(async (s) => {
      const task = await queryClient.fetchQuery({ ...sdmQuery(connection, region, 'DescribeTask', { taskId: s.taskId! }), staleTime: 0 }).catch(() => undefined);
      for (const id of task?.targets ?? []) {
        if (!wanted.has(`${region}|${id}`)) continue;
        const e = await queryClient.fetchQuery({ ...sdmQuery(connection, region, 'DescribeExecution', { taskId: s.taskId!, managedDeviceId: id }), staleTime: 0 }).catch(() => undefined);
        if (e?.state && isLiveState(e.state)) p.busy.push({ managedDeviceId: id, region, taskId: s.taskId!, state: e.state });
      }
    }));
  }
  return p;
}

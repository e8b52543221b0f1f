import type { QueryClient } from '@tanstack/react-query';
import type { Connection } from '@/lib/aws/connection';
import { sdmQuery } from '@/lib/aws/query';
import { listAll, PRIORITY } from '@/lib/aws/scheduler';
import { describeError } from '@/lib/errors';
import { sentence } from '@/lib/plural';
import { isLiveState } from '@/lib/rules/execution-states';
import { onlineStatus, onlineThresholdMs } from '@/lib/rules/online';
import type { Command } from './batching';
import { taskQueries } from './task-queries';

export interface Target {
  managedDeviceId: string;
  region: string;
}

/** A device as a finding lists it: with its Name tag when it has one. */
export interface DeviceNote extends Target {
  name?: string;
}

/** `describe`: the device itself; `instances`: its running EC2 instances; `busy`: a task already queued or running on it. */
export type CheckKind = 'describe' | 'instances' | 'busy';

/** A check that could not run on some devices, and why (from the error map): a finding of its own. */
export interface Unchecked {
  id: string;
  check: CheckKind;
  /** The error map's title ("Access denied") and what to do, and both as one sentence. */
  title: string;
  action: string;
  reason: string;
  devices: DeviceNote[];
}

/** What the operator should know before confirming; every list is complete. */
export interface Preflight {
  total: number;
  byRegion: Record<string, number>;
  offline: DeviceNote[];
  alreadyUnlocked: DeviceNote[];
  /** Reboot only: devices with running EC2 instances, and how many will stop. */
  runningInstances: Array<DeviceNote & { count: number }>;
  busy: Array<DeviceNote & { taskId: string; state: string }>;
  /** Only devices the service answered ResourceNotFoundException for. */
  missing: DeviceNote[];
  unchecked: Unchecked[];
  checkedAt: number;
}

const key = (t: Target) => `${t.region}|${t.managedDeviceId}`;

/** Collects devices a check could not run on, one finding per check and reason, each device once per check. */
function uncheckedList() {
  const byId = new Map<string, Unchecked>();
  const seen = new Set<string>();
  let auth: unknown;
  return {
    add(check: CheckKind, error: unknown, devices: DeviceNote[]) {
      const { kind, title, action } = describeError(error);
      auth ??= kind === 'auth' ? error : undefined;
      const reason = sentence(title, action);
      const id = `${check}|${reason}`;
      const u = byId.get(id) ?? { id, check, title, action, reason, devices: [] };
      for (const d of devices) {
        const k = `${check}|${key(d)}`;
        if (seen.has(k)) continue;
        seen.add(k);
        u.devices.push(d);
      }
      if (u.devices.length) byId.set(id, u);
    },
    list: () => [...byId.values()],
    /** An expired session is not a finding: the whole pre-flight fails, and runs again after re-authentication. */
    auth: () => auth,
  };
}

/**
 * Reads the targets (from the cache when fresh, unless `fresh`), their running instances and
 * the tasks already running in their regions. A read that fails is never taken for a clean
 * answer: only ResourceNotFoundException makes a device missing, and every other failure
 * becomes a could-not-check finding naming its devices and the reason.
 */
export async function runPreflight(connection: Connection, queryClient: QueryClient, command: Command, targets: Target[], thresholdMinutes: number, fresh = false): Promise<Preflight> {
  const p: Preflight = { total: targets.length, byRegion: {}, offline: [], alreadyUnlocked: [], runningInstances: [], busy: [], missing: [], unchecked: [], checkedAt: Date.now() };
  const unchecked = uncheckedList();
  const names = new Map<string, string>();
  const note = (t: Target): DeviceNote => ({ ...t, name: names.get(key(t)) });
  for (const t of targets) p.byRegion[t.region] = (p.byRegion[t.region] ?? 0) + 1;
  const staleTime = fresh ? 0 : undefined;
  // Every read goes through the scheduler, which bounds how many are in flight.
  await Promise.all(targets.map(async (t) => {
    let d;
    try {
      d = await queryClient.fetchQuery({ ...sdmQuery(connection, t.region, 'DescribeDevice', { managedDeviceId: t.managedDeviceId }), staleTime });
    } catch (error) {
      if (describeError(error).kind === 'not-found') p.missing.push(t);
      else unchecked.add('describe', error, [t]);
      return;
    }
    if (d.tags?.Name) names.set(key(t), d.tags.Name);
    if (onlineStatus(d, onlineThresholdMs(thresholdMinutes), Date.now()) !== 'online') p.offline.push(note(t));
    if (command === 'unlock' && d.deviceState === 'UNLOCKED') p.alreadyUnlocked.push(note(t));
    if (command !== 'reboot' || !(d.deviceCapacities ?? []).some((c) => c.name === 'vCPU' && (c.total ?? 0) > 0)) return;
    try {
      const resources = await listAll(connection, t.region, 'ListDeviceResources', { managedDeviceId: t.managedDeviceId, type: 'AWS::EC2::Instance' }, 'resources', { priority: PRIORITY.interactive });
      const ids = resources.map((r) => r.id).filter((x): x is string => Boolean(x));
      if (ids.length === 0) return;
      const out = await queryClient.fetchQuery({ ...sdmQuery(connection, t.region, 'DescribeDeviceEc2Instances', { managedDeviceId: t.managedDeviceId, instanceIds: ids }), staleTime: 0 });
      const running = (out.instances ?? []).filter((i) => i.instance?.state?.name === 'RUNNING').length;
      if (running > 0) p.runningInstances.push({ ...note(t), count: running });
    } catch (error) {
      unchecked.add('instances', error, [note(t)]);
    }
  }));
  const gone = new Set(p.missing.map(key));
  const present = targets.filter((t) => !gone.has(key(t)));
  await Promise.all(Object.keys(p.byRegion).map((region) => checkBusy(connection, queryClient, region, present, p, unchecked.add, note)));
  if (unchecked.auth()) throw unchecked.auth();
  p.unchecked = unchecked.list();
  return p;
}

/** Tasks in progress in a region that still have a queued or running execution on one of the targets. */
async function checkBusy(
  connection: Connection, queryClient: QueryClient, region: string, targets: Target[], p: Preflight,
  report: (check: CheckKind, error: unknown, devices: DeviceNote[]) => void, note: (t: Target) => DeviceNote,
) {
  const wanted = targets.filter((t) => t.region === region);
  const ids = new Set(wanted.map((t) => t.managedDeviceId));
  let tasks;
  try {
    tasks = await listAll(connection, region, 'ListTasks', { state: 'IN_PROGRESS' }, 'tasks', { priority: PRIORITY.interactive });
  } catch (error) {
    return report('busy', error, wanted.map(note));
  }
  await Promise.all(tasks.map(async (s) => {
    const taskId = s.taskId!;
    let mine: string[];
    try {
      // A task's targets never change: DescribeTask answers from the cache when it can.
      const task = await queryClient.fetchQuery({ ...taskQueries.describe(connection, region, taskId), staleTime: 10 * 60_000 });
      mine = (task.targets ?? []).filter((id) => ids.has(id));
    } catch (error) {
      // Which devices it targets is unknown: none of this region's targets can be called free of it.
      return report('busy', error, wanted.map(note));
    }
    if (mine.length === 0) return;
    try {
      const executions = await queryClient.fetchQuery({ ...taskQueries.executions(connection, region, taskId), staleTime: 0 });
      for (const e of executions) {
        if (e.managedDeviceId && ids.has(e.managedDeviceId) && isLiveState(e.state)) p.busy.push({ ...note({ managedDeviceId: e.managedDeviceId, region }), taskId, state: e.state! });
      }
    } catch (error) {
      report('busy', error, mine.map((managedDeviceId) => note({ managedDeviceId, region })));
    }
  }));
}

import type { TaskInfo } from './operation-groups';

export interface DeviceRef {
  taskId: string;
  region: string;
  managedDeviceId: string;
}

export interface CancelPlan {
  /** Tasks CancelTask can still act on: in progress with at least one queued execution. */
  tasks: TaskInfo[];
  /** The queued executions a cancel would stop, as read last. */
  devices: DeviceRef[];
}

/** What a cancel would do, from the executions on screen. */
export function cancelPlan(tasks: TaskInfo[]): CancelPlan {
  const planned = tasks.filter((t) => t.state === 'IN_PROGRESS' && Object.values(t.executions ?? {}).includes('QUEUED'));
  return {
    tasks: planned,
    devices: planned.flatMap((t) =>
      Object.entries(t.executions ?? {})
        .filter(([, s]) => s === 'QUEUED')
        .map(([managedDeviceId]) => ({ taskId: t.taskId, region: t.region, managedDeviceId })),
    ),
  };
}

export interface CancelOutcome {
  canceled: DeviceRef[];
  /** Left the queue before the cancel arrived: they run (or ran) anyway. */
  started: Array<DeviceRef & { state: string }>;
  /** Not known: CancelTask failed for another reason, or executions could not be re-read. */
  unknown: Array<DeviceRef & { reason: string }>;
}

/**
 * Per device, what the cancel did: compares the queued executions of the plan with the
 * executions read after CancelTask. `after` holds each task's executions (undefined when
 * the re-read failed); `errors` the reason CancelTask failed for a task, when it did for a
 * reason other than "nothing left to cancel".
 */
export function cancelOutcome(
  plan: CancelPlan,
  after: Map<string, Record<string, string> | undefined>,
  errors: Map<string, string>,
): CancelOutcome {
  const out: CancelOutcome = { canceled: [], started: [], unknown: [] };
  for (const d of plan.devices) {
    const key = taskKey(d);
    const state = after.get(key)?.[d.managedDeviceId];
    if (state === 'CANCELED') out.canceled.push(d);
    else if (state !== undefined && state !== 'QUEUED') out.started.push({ ...d, state });
    else out.unknown.push({ ...d, reason: errors.get(key) ?? (state === 'QUEUED' ? 'still queued' : 'its executions could not be read again') });
  }
  return out;
}

/** Map key of a task across regions. */
export const taskKey = (t: { region: string; taskId: string }) => `${t.region}|${t.taskId}`;

import { isFailedState } from '@/lib/rules/execution-states';
import type { TaskInfo } from './operation-groups';

/** One execution that ended without doing its work within the window. */
export interface RecentFailure {
  taskId: string;
  region: string;
  managedDeviceId: string;
  state: string;
  /** When the execution last changed (DescribeExecution), when it was read. */
  endedAt?: Date;
  /** When its task was created. */
  taskCreatedAt?: Date;
}

/** An execution whose time must be read to tell whether it ended within the window. */
export interface ExecutionRef {
  taskId: string;
  region: string;
  managedDeviceId: string;
}

export interface RecentFailures {
  items: RecentFailure[];
  /** Executions to read (DescribeExecution) before they can be placed in time. */
  needTimes: ExecutionRef[];
  /** Tasks not read yet (DescribeTask or ListExecutions has not answered): what the list cannot include yet. */
  unread: number;
  /** Failed executions whose time could not be read: could not check whether they are recent. */
  unchecked: number;
}

const execKey = (r: ExecutionRef) => `${r.region}|${r.taskId}|${r.managedDeviceId}`;

/**
 * Executions that failed, timed out or were rejected (the one failed set) in the window
 * ending at `now`. A task created within the window ended its executions within it; one
 * completed before it did not; for the rest each failed execution's own time decides
 * (`times`: DescribeExecution's lastUpdatedAt by execution, null when the read failed).
 */
export function recentFailures(tasks: readonly TaskInfo[], times: ReadonlyMap<string, Date | null>, now: number, windowMs: number): RecentFailures {
  const since = now - windowMs;
  const out: RecentFailures = { items: [], needTimes: [], unread: 0, unchecked: 0 };
  for (const t of tasks) {
    if (!t.executions || !t.createdAt) {
      out.unread++;
      continue;
    }
    if (t.completedAt && t.completedAt.getTime() < since) continue;
    for (const [managedDeviceId, state] of Object.entries(t.executions)) {
      if (!isFailedState(state)) continue;
      const ref = { taskId: t.taskId, region: t.region, managedDeviceId };
      const item: RecentFailure = { ...ref, state, taskCreatedAt: t.createdAt };
      if (t.createdAt.getTime() >= since) {
        out.items.push(item);
        continue;
      }
      const at = times.get(execKey(ref));
      if (at === undefined) out.needTimes.push(ref);
      else if (at === null) out.unchecked++;
      else if (at.getTime() >= since) out.items.push({ ...item, endedAt: at });
    }
  }
  // Newest first: by the execution's time where read, else by its task's creation.
  const when = (f: RecentFailure) => (f.endedAt ?? f.taskCreatedAt)?.getTime() ?? 0;
  out.items.sort((a, b) => when(b) - when(a));
  return out;
}

export { execKey as executionKey };

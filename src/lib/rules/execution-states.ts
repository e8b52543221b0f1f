import type { ExecutionState as ServiceExecutionState, TaskState } from '@aws-sdk/client-snow-device-management';
import { count } from '../plural';

/** Every execution state of the service model, in the order of an execution's life (counts, filters). */
export const EXECUTION_STATES = ['QUEUED', 'IN_PROGRESS', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'REJECTED', 'CANCELED'] as const satisfies readonly ServiceExecutionState[];
export type ExecutionState = (typeof EXECUTION_STATES)[number];

/** Executions that may still change: waiting for the device, or running on it. */
export const LIVE_STATES: ReadonlySet<string> = new Set<ExecutionState>(['QUEUED', 'IN_PROGRESS']);

/** Executions that ended without doing their work: the devices a retry sends to again. */
export const FAILED_STATES: ReadonlySet<string> = new Set<ExecutionState>(['FAILED', 'TIMED_OUT', 'REJECTED']);

export const isExecutionState = (state: string | null | undefined): state is ExecutionState =>
  Boolean(state && (EXECUTION_STATES as readonly string[]).includes(state));
export const isLiveState = (state: string | null | undefined): boolean => Boolean(state && LIVE_STATES.has(state));
export const isFailedState = (state: string | null | undefined): boolean => Boolean(state && FAILED_STATES.has(state));

/** How each execution state reads, in sentence case. */
export const EXECUTION_STATE_LABELS: Record<ExecutionState, string> = {
  QUEUED: 'Queued',
  IN_PROGRESS: 'Running',
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
  TIMED_OUT: 'Timed out',
  REJECTED: 'Rejected',
  CANCELED: 'Canceled',
};

/** The label of an execution state; a state this model does not know reads as the service wrote it. */
export function executionStateLabel(state: string): string {
  return isExecutionState(state) ? EXECUTION_STATE_LABELS[state] : state;
}

/** Every state of a task itself (not of its executions), as the service model has them. */
export const TASK_STATES = ['IN_PROGRESS', 'COMPLETED', 'CANCELED'] as const satisfies readonly TaskState[];

export type TaskStateName = (typeof TASK_STATES)[number];

export const isTaskState = (state: string | null | undefined): state is TaskStateName =>
  Boolean(state && (TASK_STATES as readonly string[]).includes(state));

/** How each task state reads, in sentence case. */
export const TASK_STATE_LABELS: Record<TaskStateName, string> = {
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  CANCELED: 'Canceled',
};

/** How many of these execution states are failures (the one failed set: failed, timed out, rejected). */
export function countFailed(states: Iterable<string | undefined>): number {
  let n = 0;
  for (const s of states) if (isFailedState(s)) n++;
  return n;
}

/**
 * What a task or operation came to, for every view: "In progress", "Canceled",
 * "Completed", or "Completed with 3 failed" when executions failed, timed out or were
 * rejected. `failed` counts executions by the one failed set (countFailed).
 */
export function outcomeText(state: string | undefined, failed: number): string {
  if (!state || !isTaskState(state)) return state ?? '-';
  if (state === 'COMPLETED' && failed > 0) return `Completed with ${failed} failed`;
  if (state === 'CANCELED' && failed > 0) return `Canceled, ${failed} failed`;
  return TASK_STATE_LABELS[state];
}

/**
 * What an operation whose sending stopped before every device was sent reads as, in
 * every view: "Stopped: 10 of 60 devices not sent".
 */
export function stoppedText(notSent: number, planned: number): string {
  return `Stopped: ${notSent} of ${count(planned, 'device')} not sent`;
}

import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import {
  executionStateLabel, isExecutionState, isFailedState, isTaskState, outcomeText, stoppedText, TASK_STATE_LABELS, type ExecutionState, type TaskStateName,
} from '@/lib/rules/execution-states';

// StatusIndicator may break a word anywhere once its line is full ("Complete d"); its text
// wraps between words instead, and only a word longer than the whole line is broken.
const WORDS = { wordBreak: 'normal', overflowWrap: 'break-word' } as const;

// Every failed state shows as an error (FAILED_STATES decides which); the others each have their own look.
const EXECUTION_TYPE: Partial<Record<ExecutionState, StatusIndicatorProps.Type>> = {
  QUEUED: 'pending',
  IN_PROGRESS: 'in-progress',
  SUCCEEDED: 'success',
  CANCELED: 'stopped',
};

function executionType(state: string): StatusIndicatorProps.Type {
  if (isFailedState(state)) return 'error';
  return (isExecutionState(state) && EXECUTION_TYPE[state]) || 'info';
}

/** One execution's state as a status indicator (tasks views, a device's task history). */
export function ExecutionStateIndicator({ state }: { state: string | undefined }) {
  if (!state) return <>-</>;
  return <StatusIndicator type={executionType(state)}><span style={WORDS}>{executionStateLabel(state)}</span></StatusIndicator>;
}

const TASK_TYPE: Record<TaskStateName, StatusIndicatorProps.Type> = {
  IN_PROGRESS: 'in-progress',
  COMPLETED: 'success',
  CANCELED: 'stopped',
};

/** A task's own state (not its executions'); a state the model does not know shows as sent. */
export function TaskStateIndicator({ state }: { state: string | undefined }) {
  if (!isTaskState(state)) return <>{state ?? '-'}</>;
  return <StatusIndicator type={TASK_TYPE[state]}><span style={WORDS}>{TASK_STATE_LABELS[state]}</span></StatusIndicator>;
}

/**
 * What a task or operation came to, from its state and how many of its executions failed,
 * timed out or were rejected (countFailed): "Completed with 3 failed" reads as a warning,
 * never as a plain success.
 */
export function OutcomeIndicator({ state, failed }: { state: string | undefined; failed: number }) {
  if (!isTaskState(state)) return <>{state ?? '-'}</>;
  const type = state === 'COMPLETED' && failed > 0 ? 'warning' : TASK_TYPE[state];
  return <StatusIndicator type={type}><span style={WORDS}>{outcomeText(state, failed)}</span></StatusIndicator>;
}

/** An operation whose sending stopped before every device was sent. */
export function StoppedIndicator({ notSent, planned }: { notSent: number; planned: number }) {
  return <StatusIndicator type="stopped"><span style={WORDS}>{stoppedText(notSent, planned)}</span></StatusIndicator>;
}

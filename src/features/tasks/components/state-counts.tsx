import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import { EXECUTION_STATES, type ExecutionCounts, type ExecutionState } from '../api/operation-groups';

/** How each execution state looks and reads. */
export const EXEC_STATUS: Record<ExecutionState, [StatusIndicatorProps.Type, string]> = {
  QUEUED: ['pending', 'Queued'],
  IN_PROGRESS: ['in-progress', 'Running'],
  SUCCEEDED: ['success', 'Succeeded'],
  FAILED: ['error', 'Failed'],
  TIMED_OUT: ['error', 'Timed out'],
  REJECTED: ['error', 'Rejected'],
  CANCELED: ['stopped', 'Canceled'],
};

export const isExecutionState = (s: string | null | undefined): s is ExecutionState => Boolean(s && s in EXEC_STATUS);

/** One execution's state as a status indicator. */
export function ExecutionStateIndicator({ state }: { state: string | undefined }) {
  if (!state) return <>-</>;
  const [type, text] = isExecutionState(state) ? EXEC_STATUS[state] : (['info', state] as const);
  return <StatusIndicator type={type}>{text}</StatusIndicator>;
}

/** "3 succeeded, 1 failed". */
export function countsText(c: ExecutionCounts): string {
  return EXECUTION_STATES.filter((s) => c[s] > 0).map((s) => `${c[s]} ${EXEC_STATUS[s][1].toLowerCase()}`).join(', ') || 'No executions';
}

/** Counts per execution state; choosing one filters the executions to it. */
export function StateCounts({ counts, active, onSelect }: { counts: ExecutionCounts; active?: ExecutionState; onSelect: (state: ExecutionState | undefined) => void }) {
  const total = EXECUTION_STATES.reduce((n, s) => n + counts[s], 0);
  return (
    <SpaceBetween direction="horizontal" size="xs">
      <Button variant={active ? 'normal' : 'primary'} ariaLabel={`Show all ${total} executions`} onClick={() => onSelect(undefined)}>
        All: {total}
      </Button>
      {EXECUTION_STATES.filter((s) => counts[s] > 0 || active === s).map((s) => (
        <Button
          key={s}
          variant={active === s ? 'primary' : 'normal'}
          ariaLabel={`Show ${counts[s]} ${EXEC_STATUS[s][1].toLowerCase()}`}
          onClick={() => onSelect(active === s ? undefined : s)}
        >
          {EXEC_STATUS[s][1]}: {counts[s]}
        </Button>
      ))}
    </SpaceBetween>
  );
}

import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import { EXECUTION_STATES, type ExecutionCounts } from '../api/operations';

export const EXEC_STATUS: Record<string, [StatusIndicatorProps.Type, string]> = {
  QUEUED: ['pending', 'Queued'],
  IN_PROGRESS: ['in-progress', 'Running'],
  SUCCEEDED: ['success', 'Succeeded'],
  FAILED: ['error', 'Failed'],
  TIMED_OUT: ['error', 'Timed out'],
  REJECTED: ['error', 'Rejected'],
  CANCELED: ['stopped', 'Canceled'],
};

export function ExecutionState({ state }: { state: string | undefined }) {
  if (!state) return <>-</>;
  const [type, text] = EXEC_STATUS[state] ?? ['info', state];
  return <StatusIndicator type={type}>{text}</StatusIndicator>;
}

/** "3 succeeded, 1 failed" */
export function countsText(c: ExecutionCounts): string {
  return EXECUTION_STATES.filter((s) => c[s] > 0).map((s) => `${c[s]} ${EXEC_STATUS[s][1].toLowerCase()}`).join(', ') || 'No executions';
}

/** Counts per execution state; clicking one filters the executions to it. */
export function StateCounts({ counts, active, onSelect }: { counts: ExecutionCounts; active?: string; onSelect: (state: string | undefined) => void }) {
  return (
    <SpaceBetween direction="horizontal" size="xs">
      <Button variant={active ? 'normal' : 'primary'} onClick={() => onSelect(undefined)}>All</Button>
      {EXECUTION_STATES.filter((s) => counts[s] > 0).map((s) => (
        <Button key={s} variant={active === s ? 'primary' : 'normal'} ariaLabel={`Show ${counts[s]} ${EXEC_STATUS[s][1].toLowerCase()}`} onClick={() => onSelect(active === s ? undefined : s)}>
          {EXEC_STATUS[s][1]}: {counts[s]}
        </Button>
      ))}
    </SpaceBetween>
  );
}

import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { EXECUTION_STATE_LABELS as LABELS, EXECUTION_STATES, type ExecutionState } from '@/lib/rules/execution-states';
import type { ExecutionCounts } from '../api/operation-groups';

/** "3 succeeded, 1 failed". */
export function countsText(c: ExecutionCounts): string {
  return EXECUTION_STATES.filter((s) => c[s] > 0).map((s) => `${c[s]} ${LABELS[s].toLowerCase()}`).join(', ') || 'No executions';
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
          ariaLabel={`Show ${counts[s]} ${LABELS[s].toLowerCase()}`}
          onClick={() => onSelect(active === s ? undefined : s)}
        >
          {LABELS[s]}: {counts[s]}
        </Button>
      ))}
    </SpaceBetween>
  );
}

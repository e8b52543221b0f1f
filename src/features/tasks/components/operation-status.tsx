import ProgressBar from '@cloudscape-design/components/progress-bar';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { TaskStateIndicator } from '@/components/execution-state';
import { TASK_STATE_LABELS } from '@/lib/rules/execution-states';
import { progressOf, type Operation } from '../api/operation-groups';
import { countsText } from './state-counts';

/** The operation's state: running, completed (with or without failures), canceled. */
export function OperationStatus({ op }: { op: Pick<Operation, 'state' | 'counts'> }) {
  // In progress and canceled read as a task's do; completed tells whether anything failed.
  if (op.state !== 'COMPLETED') return <TaskStateIndicator state={op.state} />;
  const { failed } = progressOf(op.counts);
  const completed = TASK_STATE_LABELS.COMPLETED;
  return failed ? <StatusIndicator type="warning">{completed}, {failed} failed</StatusIndicator> : <StatusIndicator type="success">{completed}</StatusIndicator>;
}

/** Share of executions that ended, with the counts per state. */
export function OperationProgress({ op, label }: { op: Pick<Operation, 'counts' | 'complete' | 'state'>; label: string }) {
  const p = progressOf(op.counts);
  const text = op.complete ? countsText(op.counts) : `${countsText(op.counts)} (reading executions…)`;
  return (
    <ProgressBar
      value={p.percent}
      ariaLabel={label}
      description={`${p.ended} of ${p.total} ended`}
      additionalInfo={text}
    />
  );
}

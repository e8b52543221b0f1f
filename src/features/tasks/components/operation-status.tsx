import ProgressBar from '@cloudscape-design/components/progress-bar';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { progressOf, type Operation } from '../api/operation-groups';
import { countsText } from './state-counts';

/** The operation's state: running, completed (with or without failures), canceled. */
export function OperationStatus({ op }: { op: Pick<Operation, 'state' | 'counts'> }) {
  if (op.state === 'IN_PROGRESS') return <StatusIndicator type="in-progress">In progress</StatusIndicator>;
  if (op.state === 'CANCELED') return <StatusIndicator type="stopped">Canceled</StatusIndicator>;
  const { failed } = progressOf(op.counts);
  return failed ? <StatusIndicator type="warning">Completed, {failed} failed</StatusIndicator> : <StatusIndicator type="success">Completed</StatusIndicator>;
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

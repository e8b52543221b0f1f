import Box from '@cloudscape-design/components/box';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import { OutcomeIndicator, StoppedIndicator, TaskStateIndicator } from '@/components/execution-state';
import { count } from '@/lib/plural';
import { outcomeText } from '@/lib/rules/execution-states';
import { progressOf, type Operation } from '../api/operation-groups';
import { Words } from './nowrap';
import { countsText } from './state-counts';

/**
 * The operation's state: running, stopped with devices not sent, completed (saying how many
 * failed, timed out or were rejected), canceled.
 */
export function OperationStatus({ op }: { op: Pick<Operation, 'state' | 'counts' | 'sending' | 'tasks'> }) {
  const { failed } = progressOf(op.counts);
  const s = op.sending;
  if (s?.state === 'stopped') {
    return (
      <>
        <StoppedIndicator notSent={s.notSent} planned={s.planned} />
        {op.tasks.length > 0 && <Box variant="small" display="block">Sent devices: {outcomeText(op.state, failed)}</Box>}
      </>
    );
  }
  if (s?.state === 'sending') {
    return (
      <>
        <TaskStateIndicator state="IN_PROGRESS" />
        <Box variant="small" display="block">{s.notSent} of {count(s.planned, 'device')} not sent yet</Box>
      </>
    );
  }
  return <OutcomeIndicator state={op.state} failed={failed} />;
}

/** Share of executions that ended, with the counts per state, and how complete the counts are. */
export function OperationProgress({ op, label }: { op: Pick<Operation, 'counts' | 'complete' | 'state' | 'tasks'>; label: string }) {
  const p = progressOf(op.counts);
  const unread = op.tasks.filter((t) => t.executions === undefined).length;
  const pending = `${unread} of ${count(op.tasks.length, 'task')} not counted yet`;
  const text = unread === 0 ? countsText(op.counts) : p.total ? `${countsText(op.counts)}; ${pending}` : pending;
  return <ProgressBar value={p.percent} ariaLabel={label} description={<Words>{p.ended} of {p.total} ended</Words>} additionalInfo={<Words>{text}</Words>} />;
}

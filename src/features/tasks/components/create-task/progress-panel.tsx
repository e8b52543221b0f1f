import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { RouterLink } from '@/components/router-link';
import { useRequiredConnection } from '@/lib/aws/connection-store';
import { describeError } from '@/lib/errors';
import { count, sentence } from '@/lib/plural';
import { stoppedText } from '@/lib/rules/execution-states';
import { batchCounts, type Batch, type BatchState } from '../../api/batching';
import { submissionStore, type HeldSubmission } from '../../api/submission-store';
import { SubmissionActions } from '../submission-actions';
import { Nowrap } from '../nowrap';

const STATE: Record<BatchState, [StatusIndicatorProps.Type, string]> = {
  pending: ['pending', 'Waiting'],
  sending: ['in-progress', 'Sending'],
  accepted: ['success', 'Created'],
  failed: ['error', 'Failed'],
  held: ['stopped', 'Not sent'],
  dropped: ['stopped', 'Left out'],
};

function Problem({ batch }: { batch: Batch }) {
  const d = batch.error ? describeError(batch.error) : undefined;
  const left = batch.leftOut?.length ? `Not found, left out: ${batch.leftOut.join(', ')}.` : '';
  if (!d && !left) return <>-</>;
  return <>{[left, d && sentence(`${d.title}: ${d.message}`, d.action)].filter(Boolean).join(' ')}</>;
}

/** "All 25 devices sent in 3 tasks." */
function sentText(devices: number, tasks: number): string {
  return `${devices === 1 ? '1 device' : `All ${count(devices, 'device')}`} sent in ${count(tasks, 'task')}.`;
}

/** How the operation is being sent: devices sent, tasks created or refused, with a retry per refused task. */
export function ProgressPanel({ op }: { op: HeldSubmission }) {
  const connection = useRequiredConnection();
  const c = batchCounts(op);
  const failed = op.batches.filter((b) => b.state === 'failed');
  const stopped = !op.sending && c.devicesNotSent > 0;
  const waves = op.waves ? Math.max(...op.batches.map((b) => b.wave)) : 1;
  const sentWaves = new Set(op.batches.filter((b) => b.state === 'accepted').map((b) => b.wave)).size;
  return (
    <SpaceBetween size="m">
      <ProgressBar
        label={`Operation ${op.id}`}
        value={(c.devicesSent / Math.max(1, op.planned)) * 100}
        description={`${c.devicesSent} of ${count(op.planned, 'device')} sent in ${count(c.accepted, 'task')}${op.waves ? `; wave ${sentWaves} of ${waves}` : ''}`}
        status={op.sending ? 'in-progress' : c.failed > 0 ? 'error' : stopped ? 'in-progress' : 'success'}
        resultText={c.failed ? `${count(c.failed, 'task')} could not be created: retry below.` : sentText(c.devicesSent, c.accepted)}
        additionalInfo={c.accepted > 0 && <RouterLink href={`/tasks/operations/${op.id}`}>Follow the operation</RouterLink>}
      />
      {op.sending && op.waves && (
        <Alert type="info" header="Sending in waves" action={<SubmissionActions sub={op} />}>
          {count(op.waves.size, 'device')} at a time: the next wave goes once the devices sent so far have ended, or after {count(Math.round(op.waves.waitMs / 60_000), 'minute')}.
        </Alert>
      )}
      {stopped && (
        <Alert type="warning" header={stoppedText(c.devicesNotSent, op.planned)} action={<SubmissionActions sub={op} />}>
          {op.halt?.text ?? 'Sending stopped before every device was sent.'}
        </Alert>
      )}
      {c.leftOut.length > 0 && (
        <Alert type="info" header={`${count(c.leftOut.length, 'device')} not found, left out`}>
          The service no longer knows {c.leftOut.join(', ')}: {c.leftOut.length === 1 ? 'its task was' : 'their tasks were'} sent again without {c.leftOut.length === 1 ? 'it' : 'them'}.
        </Alert>
      )}
      <Table
        variant="embedded"
        items={op.batches}
        trackBy="index"
        ariaLabels={{ tableLabel: 'Tasks sent' }}
        header={
          <Header variant="h3" counter={`(${c.total})`} description="Each task is sent for up to 10 devices. Safe to retry."
            actions={failed.length > 1 && !op.sending && <Button onClick={() => failed.forEach((b) => void submissionStore.retry(connection, op.id, b.index))}>Retry all failed</Button>}>
            Tasks
          </Header>
        }
        empty={<Box>No tasks.</Box>}
        columnDefinitions={[
          { id: 'n', header: 'Task', isRowHeader: true, cell: (b) => `${b.index} of ${c.total}` },
          ...(op.waves ? [{ id: 'wave', header: 'Wave', cell: (b: Batch) => b.wave }] : []),
          ...(new Set(op.batches.map((b) => b.region)).size > 1 ? [{ id: 'region', header: 'Region', cell: (b: Batch) => <Nowrap>{b.region}</Nowrap> }] : []),
          { id: 'devices', header: 'Devices', cell: (b) => b.targets.length },
          { id: 'state', header: 'State', cell: (b) => <StatusIndicator type={STATE[b.state][0]}>{STATE[b.state][1]}</StatusIndicator> },
          { id: 'task', header: 'Task ID', cell: (b) => (b.taskId ? <Nowrap><RouterLink href={`/tasks/${b.taskId}?region=${b.region}`}>{b.taskId}</RouterLink></Nowrap> : '-') },
          { id: 'problem', header: 'Problem', cell: (b) => <Problem batch={b} /> },
          {
            id: 'retry', header: 'Actions',
            cell: (b) => (b.state === 'failed' && !op.sending ? <Button ariaLabel={`Retry task ${b.index}`} onClick={() => void submissionStore.retry(connection, op.id, b.index)}>Retry</Button> : null),
          },
        ]}
      />
    </SpaceBetween>
  );
}

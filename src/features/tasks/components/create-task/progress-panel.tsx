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
import { batchCounts, type Batch, type Submission } from '../../api/batching';
import { submissionStore } from '../../api/submission-store';

const STATE: Record<Batch['state'], [StatusIndicatorProps.Type, string]> = {
  pending: ['pending', 'Waiting'],
  sending: ['in-progress', 'Sending'],
  accepted: ['success', 'Accepted'],
  failed: ['error', 'Failed'],
  held: ['stopped', 'Not sent'],
};

function BatchError({ op, batch }: { op: Submission; batch: Batch }) {
  if (!batch.error) return <>-</>;
  const d = describeError(batch.error);
  const missing = d.kind === 'not-found' ? batch.targets.filter((t) => d.message.includes(t)) : [];
  return (
    <SpaceBetween size="xxs">
      <span>{d.title}: {d.message}. {d.action}</span>
      {missing.length > 0 && (
        <Button variant="inline-link" onClick={() => submissionStore.dropTargets(op.id, batch.index, missing)}>Drop {missing.join(', ')} from this batch</Button>
      )}
    </SpaceBetween>
  );
}

/** Batches sent, accepted and failed, with a retry per failed batch. */
export function ProgressPanel({ op }: { op: Submission }) {
  const connection = useRequiredConnection();
  const c = batchCounts(op);
  const done = c.accepted + c.failed;
  const failed = op.batches.filter((b) => b.state === 'failed');
  return (
    <SpaceBetween size="m">
      <ProgressBar
        label={`Submission ${op.id}`}
        value={(done / Math.max(1, c.total)) * 100}
        description={`${c.accepted} of ${c.total} batches accepted${c.failed ? `, ${c.failed} failed` : ''}${c.held ? `, ${c.held} not sent` : ''}`}
        status={c.pending + c.sending > 0 ? 'in-progress' : c.failed > 0 ? 'error' : c.held > 0 ? 'in-progress' : 'success'}
        resultText={c.failed ? `${c.failed} batch${c.failed === 1 ? '' : 'es'} failed: retry them below.` : 'Every batch was accepted.'}
        additionalInfo={c.accepted > 0 && <RouterLink href={`/tasks/operations/${op.id}`}>Follow the operation</RouterLink>}
      />
      {op.haltReason && (
        <Alert type="warning" header="Sending stopped" action={<Button onClick={() => void submissionStore.resume(connection, op.id)}>Resume sending</Button>}>
          {op.haltReason}
        </Alert>
      )}
      <Table
        variant="embedded"
        items={op.batches}
        trackBy="index"
        ariaLabels={{ tableLabel: 'Batches' }}
        header={
          <Header variant="h3" counter={`(${c.total})`}
            actions={failed.length > 1 && <Button onClick={() => failed.forEach((b) => void submissionStore.retry(connection, op.id, b.index))}>Retry all failed</Button>}>
            Batches
          </Header>
        }
        empty={<Box>No batches.</Box>}
        columnDefinitions={[
          { id: 'n', header: 'Batch', isRowHeader: true, cell: (b) => `${b.index} of ${c.total}` },
          { id: 'region', header: 'Region', cell: (b) => b.region },
          { id: 'devices', header: 'Devices', cell: (b) => b.targets.length },
          { id: 'state', header: 'State', cell: (b) => <StatusIndicator type={STATE[b.state][0]}>{STATE[b.state][1]}</StatusIndicator> },
          { id: 'task', header: 'Task', cell: (b) => (b.taskId ? <RouterLink href={`/tasks/${b.taskId}?region=${b.region}`}>{b.taskId}</RouterLink> : '-') },
          { id: 'error', header: 'Error', cell: (b) => <BatchError op={op} batch={b} /> },
          {
            id: 'retry', header: 'Actions',
            cell: (b) => b.state === 'failed' ? <Button ariaLabel={`Retry batch ${b.index}`} onClick={() => void submissionStore.retry(connection, op.id, b.index)}>Retry</Button> : null,
          },
        ]}
      />
    </SpaceBetween>
  );
}

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Connection } from '../../../lib/aws/connection';
import { sendSdm } from '../../../lib/aws/send';
import { describeError } from '../../../lib/errors';
import { cancelPlan, type TaskInfo } from '../api/operations';
import { readTask } from '../api/task-queries';

interface Outcome {
  canceled: string[];
  started: string[];
  errors: string[];
}

/** Cancels what is still queued, then reports per device what the service actually did. */
export function CancelButton({ connection, tasks, onDone }: { connection: Connection; tasks: TaskInfo[]; onDone: () => void }) {
  const queryClient = useQueryClient();
  const plan = cancelPlan(tasks);
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const run = async () => {
    setBusy(true);
    const out: Outcome = { canceled: [], started: [], errors: [] };
    for (const t of plan.tasks) {
      const queued = Object.entries(t.executions ?? {}).filter(([, s]) => s === 'QUEUED').map(([d]) => d);
      try {
        await sendSdm(connection, t.region, 'CancelTask', { taskId: t.taskId });
      } catch (error) {
        const d = describeError(error);
        // ValidationException: nothing was left to cancel (it started or ended meanwhile).
        if (d.kind !== 'validation') out.errors.push(`${t.taskId}: ${d.title}. ${d.action}`);
      }
      await queryClient.invalidateQueries({ queryKey: ['ListExecutions'] });
      await queryClient.invalidateQueries({ queryKey: ['DescribeTask'] });
      const after = await readTask(connection, t.region, t.taskId, queryClient).catch(() => undefined);
      for (const d of queued) (after?.executions?.[d] === 'CANCELED' ? out.canceled : out.started).push(d);
    }
    setBusy(false);
    setConfirm(false);
    setOutcome(out);
    onDone();
  };

  return (
    <SpaceBetween size="s">
      <Button
        disabled={plan.executions === 0}
        disabledReason="Nothing to cancel: every execution has started or ended."
        onClick={() => setConfirm(true)}
      >
        Cancel {plan.executions} queued execution{plan.executions === 1 ? '' : 's'}
      </Button>
      {outcome && (
        <Alert type={outcome.errors.length ? 'error' : outcome.started.length ? 'warning' : 'success'} dismissible onDismiss={() => setOutcome(undefined)} header="Cancel finished">
          {outcome.canceled.length} canceled{outcome.canceled.length ? `: ${outcome.canceled.join(', ')}` : ''}.{' '}
          {outcome.started.length > 0 && `${outcome.started.length} had already left the queue and will run: ${outcome.started.join(', ')}. `}
          {outcome.errors.join(' ')}
        </Alert>
      )}
      {confirm && (
        <Modal visible onDismiss={() => setConfirm(false)} header="Cancel queued executions?"
          footer={<Box float="right"><SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => setConfirm(false)}>Keep them</Button>
            <Button variant="primary" loading={busy} onClick={() => void run()}>Cancel {plan.executions} executions</Button>
          </SpaceBetween></Box>}>
          Cancels {plan.executions} queued execution{plan.executions === 1 ? '' : 's'} in {plan.tasks.length} task{plan.tasks.length === 1 ? '' : 's'}. Executions already running go on; one that leaves the queue before the cancel arrives still runs.
        </Modal>
      )}
    </SpaceBetween>
  );
}

import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Connection } from '@/lib/aws/connection';
import { count } from '@/lib/plural';
import { cancelPlan, type CancelOutcome, type CancelPlan } from '../api/cancel-plan';
import type { TaskInfo } from '../api/operation-groups';
import { runCancel } from '../api/run-cancel';


interface Props {
  connection: Connection;
  tasks: TaskInfo[];
  /** False while executions are still being read: the count would be wrong. */
  ready: boolean;
  onOutcome: (outcome: CancelOutcome) => void;
}

/** "Cancel N queued executions": confirms, cancels the tasks that still have queued executions. */
export function CancelAction({ connection, tasks, ready, onOutcome }: Props) {
  const queryClient = useQueryClient();
  const plan = cancelPlan(tasks);
  const n = plan.devices.length;
  // The plan confirmed by the operator; polling may change the live one meanwhile.
  const [confirming, setConfirming] = useState<CancelPlan>();
  const [busy, setBusy] = useState(false);

  const run = async (p: CancelPlan) => {
    setBusy(true);
    try {
      onOutcome(await runCancel(connection, p, queryClient));
    } finally {
      setBusy(false);
      setConfirming(undefined);
    }
  };

  return (
    <>
      <Button
        disabled={!ready || n === 0}
        disabledReason={!ready ? 'Counting the queued executions…' : 'Nothing to cancel: all executions have started or ended'}
        onClick={() => setConfirming(plan)}
      >
        Cancel {count(n, 'queued execution')}
      </Button>
      {confirming && (
        <Modal
          visible
          onDismiss={() => !busy && setConfirming(undefined)}
          header="Cancel queued executions?"
          footer={
            <Box float="right">
              <SpaceBetween direction="horizontal" size="xs">
                <Button variant="link" disabled={busy} onClick={() => setConfirming(undefined)}>Keep them</Button>
                <Button variant="primary" loading={busy} onClick={() => void run(confirming)}>
                  Cancel {count(confirming.devices.length, 'execution')}
                </Button>
              </SpaceBetween>
            </Box>
          }
        >
          <SpaceBetween size="s">
            <Box>
              Cancels {count(confirming.devices.length, 'queued execution')} in {count(confirming.tasks.length, 'task')}. Executions already
              running go on to the end.
            </Box>
            <Box color="text-body-secondary">
              The service cancels only what is still queued when the request arrives: a device that picks its execution up
              meanwhile runs it anyway. The result lists which were canceled and which had already started.
            </Box>
          </SpaceBetween>
        </Modal>
      )}
    </>
  );
}

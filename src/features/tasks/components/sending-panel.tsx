import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useNavigate } from 'react-router';
import { count } from '@/lib/plural';
import { stoppedText } from '@/lib/rules/execution-states';
import { taskCreationState } from '@/lib/task-handover';
import { acknowledgeStop, useAcknowledgedStops } from '../api/acknowledged';
import type { Operation } from '../api/operation-groups';
import type { HeldSubmission } from '../api/submission-store';
import { SubmissionActions } from './submission-actions';

/** Every device the operation's tasks were sent to, for a new operation from them. */
function sentTargets(op: Operation) {
  return op.tasks.flatMap((t) => (t.targets ?? Object.keys(t.executions ?? {})).map((managedDeviceId) => ({ managedDeviceId, region: t.region })));
}

/**
 * The story of an operation whose devices were not all sent: still going out (with Stop),
 * stopped and resumable here (Resume, Discard), or stopped where this browser cannot know
 * which devices were left (a new operation from the devices that ran, or Discard).
 */
export function SendingPanel({ op, sub }: { op: Operation; sub: HeldSubmission | undefined }) {
  const navigate = useNavigate();
  const acknowledged = useAcknowledgedStops();
  const s = op.sending;
  if (!s) return null;
  if (s.state === 'sending') {
    return (
      <Alert type="info" header={`Sending: ${s.notSent} of ${count(s.planned, 'device')} not sent yet`} action={sub && <SubmissionActions sub={sub} />}>
        {sub
          ? op.tasks.length && sub.waves
            ? 'Sent in waves: the next goes once the devices sent so far have ended, or the wait you set has passed.'
            : 'The rest is on its way.'
          : 'They may still be on their way from the browser that started this operation.'}
      </Alert>
    );
  }
  const header = stoppedText(s.notSent, s.planned);
  if (sub) {
    return (
      <Alert type="warning" header={header} action={<SubmissionActions sub={sub} />}>
        <SpaceBetween size="xxs">
          <span>{s.reason ?? 'Sending stopped before every device was sent.'}</span>
          <span>Resume sends the devices not sent, the next wave at once; a stop rule then counts only what is sent from there. Discard forgets them and keeps the operation as it is.</span>
        </SpaceBetween>
      </Alert>
    );
  }
  if (acknowledged.has(op.id)) return null;
  const targets = sentTargets(op);
  const command = op.command === 'reboot' || op.command === 'unlock' ? op.command : undefined;
  return (
    <Alert
      type="warning"
      header={header}
      action={
        <SpaceBetween direction="horizontal" size="xs">
          <Button onClick={() => acknowledgeStop(op.id)}>Discard</Button>
          {targets.length > 0 && (
            <Button onClick={() => navigate('/tasks/create', { state: taskCreationState(command, targets, { description: op.description }) })}>
              New operation from the {count(targets.length, 'device')} sent
            </Button>
          )}
        </SpaceBetween>
      }
    >
      Sending stopped before every device was sent. Only the browser that sent it knows which {s.notSent === 1 ? 'device was' : 'devices were'} left, so it
      cannot be resumed here: start a new operation from the devices that ran and choose the others there, or Discard to acknowledge it.
    </Alert>
  );
}

import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useRequiredConnection } from '@/lib/aws/connection-store';
import { count } from '@/lib/plural';
import { batchCounts } from '../api/batching';
import { submissionStore, type HeldSubmission } from '../api/submission-store';

/** Stop while it is being sent; Resume and Discard once it stopped with devices not sent. */
export function SubmissionActions({ sub }: { sub: HeldSubmission }) {
  const connection = useRequiredConnection();
  const notSent = batchCounts(sub).devicesNotSent;
  if (sub.sending) {
    return <Button onClick={() => submissionStore.stop(sub.id)} ariaLabel={`Stop sending operation ${sub.id}`}>Stop sending</Button>;
  }
  if (notSent === 0) return null;
  return (
    <SpaceBetween direction="horizontal" size="xs">
      <Button onClick={() => submissionStore.discard(sub.id)} ariaLabel={`Discard the ${count(notSent, 'device')} not sent`}>Discard</Button>
      <Button variant="primary" onClick={() => void submissionStore.resume(connection, sub.id)}>
        Resume: send {count(notSent, 'device')}
      </Button>
    </SpaceBetween>
  );
}

import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import { describeError } from '../lib/errors';
import { sentence } from '../lib/plural';

/** Inline error for one panel whose request failed, with a retry. */
export function QueryError({ error, what, onRetry }: { error: unknown; what: string; onRetry?: () => void }) {
  const d = describeError(error);
  return (
    <Alert
      type={d.kind === 'throttling' ? 'warning' : 'error'}
      header={`${what}: ${d.title}`}
      action={onRetry && <Button onClick={onRetry}>Retry</Button>}
    >
      {sentence(d.message, d.action)}
    </Alert>
  );
}

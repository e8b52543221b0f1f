import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import { describeError } from '@/lib/errors';

/**
 * One alert for the reads that failed in a fan-out (a region's list, some tasks), above
 * data that stays on screen. It names how many failed and what to do about the first.
 */
export function LoadErrors({ errors, what, onRetry }: { errors: Array<{ error: unknown; label: string }>; what: string; onRetry: () => void }) {
  if (errors.length === 0) return null;
  const d = describeError(errors[0].error);
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return (
    <Alert
      type={d.kind === 'throttling' ? 'warning' : 'error'}
      header={`${what}: ${d.title}`}
      action={d.kind === 'access-denied' ? undefined : <Button onClick={onRetry}>Retry</Button>}
    >
      {errors[0].label}{more}: {d.message}. {d.action} What was read before stays on screen.
    </Alert>
  );
}

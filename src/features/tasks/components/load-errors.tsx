import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import { describeError } from '@/lib/errors';
import { sentence } from '@/lib/plural';

/**
 * One alert for the reads that failed in a fan-out (a region's list, some tasks), above
 * data that stays on screen. It names how many failed and what to do about the first; the
 * reads are also tried again on the views' normal poll, so a fault that clears goes away.
 */
export function LoadErrors({ errors, what, onRetry }: { errors: Array<{ error: unknown; label: string }>; what: string; onRetry: () => void }) {
  const [first] = errors;
  if (!first) return null;
  const d = describeError(first.error);
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return (
    <Alert
      type={d.kind === 'throttling' ? 'warning' : 'error'}
      header={`${what}: ${d.title}`}
      // Access denied too: permissions change while the page is open, and a retry shows it.
      action={<Button onClick={onRetry}>Retry</Button>}
    >
      {first.label}{more}: {sentence(d.message, d.action)} What was read before stays on screen.
    </Alert>
  );
}

import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { describeError } from '@/lib/errors';
import { sentence } from '@/lib/plural';

interface Props {
  error: unknown;
  /** What could not be read, for the retry's label ("capacity"). */
  what: string;
  onRetry: () => void;
  /** Why this part depends on the failed read, when it is not obvious. */
  because?: string;
}

/** What a panel shows instead of facts it does not know: the reason, what to do, and a retry. */
export function CouldNotRead({ error, what, onRetry, because }: Props) {
  const d = describeError(error);
  return (
    <SpaceBetween size="xs">
      <StatusIndicator type={d.kind === 'throttling' ? 'warning' : 'error'}>Could not be read: {d.title}</StatusIndicator>
      <Box variant="p">{sentence(because, d.message, d.action)}</Box>
      <Button onClick={onRetry} ariaLabel={`Retry reading ${what}`}>Retry</Button>
    </SpaceBetween>
  );
}

/** A value the page does not know because its read failed. */
export function UnknownValue() {
  return <StatusIndicator type="pending">Unknown</StatusIndicator>;
}

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { executionStateLabel } from '@/lib/rules/execution-states';
import type { CancelOutcome } from '../api/cancel-plan';

const list = (items: string[]) => (items.length > 20 ? `${items.slice(0, 20).join(', ')} and ${items.length - 20} more` : items.join(', '));

/** What a cancel did, per device: canceled, already started (the queue race), or unknown. */
export function CancelResult({ outcome, onDismiss }: { outcome: CancelOutcome; onDismiss: () => void }) {
  const { canceled, started, unknown } = outcome;
  const type = unknown.length ? 'error' : started.length ? 'warning' : 'success';
  return (
    <Alert type={type} dismissible onDismiss={onDismiss} statusIconAriaLabel={type} header={`Cancel finished: ${canceled.length} canceled`}>
      <SpaceBetween size="xs">
        {canceled.length > 0 && <Box>{canceled.length} canceled: {list(canceled.map((d) => d.managedDeviceId))}.</Box>}
        {canceled.length === 0 && <Box>Nothing was canceled.</Box>}
        {started.length > 0 && (
          <Box>
            {started.length} had already left the queue and ran or run anyway:{' '}
            {list(started.map((d) => `${d.managedDeviceId} (${executionStateLabel(d.state).toLowerCase()})`))}.
          </Box>
        )}
        {unknown.length > 0 && (
          <ExpandableSection headerText={`${unknown.length} not confirmed`} defaultExpanded={unknown.length <= 5}>
            {unknown.map((d) => (
              <Box key={`${d.taskId}|${d.managedDeviceId}`}>
                {d.managedDeviceId} ({d.taskId}): {d.reason}
              </Box>
            ))}
          </ExpandableSection>
        )}
      </SpaceBetween>
    </Alert>
  );
}

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Toggle from '@cloudscape-design/components/toggle';
import type { Command } from '../../api/batching';
import type { Preflight, Target } from '../../api/preflight';

const ids = (list: Target[], max = 12) => list.slice(0, max).map((t) => t.managedDeviceId).join(', ') + (list.length > max ? ` and ${list.length - max} more` : '');

interface Props {
  command: Command;
  preflight: Preflight | undefined;
  loading: boolean;
  includeUnlocked: boolean;
  onIncludeUnlocked: (v: boolean) => void;
}

/** The pre-flight summary: what will happen to which devices. */
export function PreflightPanel({ command, preflight: p, loading, includeUnlocked, onIncludeUnlocked }: Props) {
  return (
    <Container header={<Header variant="h2" description="Checked against the service just now">Pre-flight summary</Header>}>
      {loading || !p ? (
        <Box><Spinner /> Checking the target devices…</Box>
      ) : (
        <SpaceBetween size="s">
          <KeyValuePairs
            columns={4}
            items={[
              { label: 'Devices', value: String(p.total) },
              { label: 'By region', value: Object.entries(p.byRegion).map(([r, n]) => `${r}: ${n}`).join(', ') },
              { label: 'Offline', value: String(p.offline.length) },
              { label: 'With a task queued or running', value: String(p.busy.length) },
            ]}
          />
          {p.offline.length > 0 && (
            <Alert type="warning" header={`${p.offline.length} offline device${p.offline.length === 1 ? '' : 's'}`}>
              Their executions will wait QUEUED until the device reaches out, and may time out: {ids(p.offline)}.
            </Alert>
          )}
          {command === 'reboot' && p.runningInstances.length > 0 && (
            <Alert type="warning" header={`${p.runningInstances.reduce((n, d) => n + d.count, 0)} running EC2 instances will stop`}>
              Rebooting stops the instances on {p.runningInstances.length} device{p.runningInstances.length === 1 ? '' : 's'}:{' '}
              {p.runningInstances.slice(0, 12).map((d) => `${d.managedDeviceId} (${d.count})`).join(', ')}.
            </Alert>
          )}
          {command === 'unlock' && p.alreadyUnlocked.length > 0 && (
            <Alert type="info" header={`${p.alreadyUnlocked.length} device${p.alreadyUnlocked.length === 1 ? ' is' : 's are'} already unlocked`}>
              <SpaceBetween size="xs">
                <span>{ids(p.alreadyUnlocked)}</span>
                <Toggle checked={includeUnlocked} onChange={({ detail }) => onIncludeUnlocked(detail.checked)}>Unlock them again anyway</Toggle>
              </SpaceBetween>
            </Alert>
          )}
          {p.busy.length > 0 && (
            <Alert type="info" header={`${p.busy.length} device${p.busy.length === 1 ? ' has' : 's have'} a task queued or running`}>
              The new task waits behind it: {p.busy.slice(0, 12).map((b) => `${b.managedDeviceId} (${b.taskId}, ${b.state})`).join(', ')}.
            </Alert>
          )}
          {p.missing.length > 0 && (
            <Alert type="error" header={`${p.missing.length} device${p.missing.length === 1 ? ' was' : 's were'} not found`}>{ids(p.missing)}</Alert>
          )}
        </SpaceBetween>
      )}
    </Container>
  );
}

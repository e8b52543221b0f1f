import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Toggle from '@cloudscape-design/components/toggle';
import { QueryError } from '@/components/query-error';
import { RelativeTime } from '@/components/relative-time';
import { count } from '@/lib/plural';
import { executionStateLabel } from '@/lib/rules/execution-states';
import type { Command } from '../../api/batching';
import type { Preflight } from '../../api/preflight';
import { DeviceList } from './device-list';
import { UncheckedFinding } from './unchecked-finding';

interface Props {
  command: Command;
  preflight: Preflight | undefined;
  loading: boolean;
  error: unknown;
  onRecheck: () => void;
  includeUnlocked: boolean;
  onIncludeUnlocked: (v: boolean) => void;
  includeMissing: boolean;
  onIncludeMissing: (v: boolean) => void;
  acknowledged: ReadonlySet<string>;
  onAcknowledge: (id: string, v: boolean) => void;
  /** Once the operation is sent: what was checked, no longer changeable. */
  readOnly?: boolean;
}

const notChecked = (p: Preflight, check: string) => p.unchecked.filter((u) => u.check === check).reduce((n, u) => n + u.devices.length, 0);

/** The pre-flight summary: what will happen to which devices, how fresh that is, and what could not be checked. */
export function PreflightPanel(props: Props) {
  const { command, preflight: p, loading, error, onRecheck } = props;
  const header = (
    <Header
      variant="h2"
      description={p ? <>Checked against the service <RelativeTime date={new Date(p.checkedAt)} /></> : 'Checking against the service'}
      actions={!props.readOnly && <Button onClick={onRecheck} loading={loading && Boolean(p)} disabled={loading && !p}>Check again</Button>}
    >
      Pre-flight summary
    </Header>
  );
  if (!p) {
    return (
      <Container header={header}>
        {error ? <QueryError error={error} what="The pre-flight checks could not run" onRetry={onRecheck} /> : <Box><Spinner /> Checking the target devices…</Box>}
      </Container>
    );
  }
  const instances = p.runningInstances.reduce((n, d) => n + d.count, 0);
  const [busyUnchecked, instancesUnchecked] = [notChecked(p, 'busy'), notChecked(p, 'instances') + (command === 'reboot' ? notChecked(p, 'describe') : 0)];
  return (
    <Container header={header}>
      <SpaceBetween size="s">
        <KeyValuePairs
          columns={4}
          items={[
            { label: 'Devices', value: String(p.total) },
            { label: 'By region', value: Object.entries(p.byRegion).map(([r, n]) => `${r}: ${n}`).join(', ') },
            { label: 'Offline', value: String(p.offline.length) + (notChecked(p, 'describe') ? ` (${notChecked(p, 'describe')} not checked)` : '') },
            { label: 'With a task queued or running', value: `${new Set(p.busy.map((b) => b.managedDeviceId)).size}${busyUnchecked ? ` (${busyUnchecked} not checked)` : ''}` },
            ...(command === 'reboot' ? [{ label: 'Running EC2 instances', value: `${instances}${instancesUnchecked ? ` (${instancesUnchecked} ${instancesUnchecked === 1 ? 'device' : 'devices'} not checked)` : ''}` }] : []),
          ]}
        />
        {p.unchecked.map((u) => (
          <UncheckedFinding key={u.id} readOnly={props.readOnly} finding={u} acknowledged={props.acknowledged.has(u.id)} onAcknowledge={(v) => props.onAcknowledge(u.id, v)} />
        ))}
        {p.missing.length > 0 && (
          <Alert type="error" header={`${count(p.missing.length, 'device')} not found`}>
            <SpaceBetween size="xs">
              <span>The service no longer knows {p.missing.length === 1 ? 'it' : 'them'}: {props.includeMissing ? 'included as you asked, the service will refuse them and they will be left out then.' : 'left out of this operation.'}</span>
              <DeviceList devices={p.missing} label="Devices not found" />
              <Toggle readOnly={props.readOnly} checked={props.includeMissing} onChange={({ detail }) => props.onIncludeMissing(detail.checked)}>Include them anyway</Toggle>
            </SpaceBetween>
          </Alert>
        )}
        {command === 'reboot' && p.runningInstances.length > 0 && (
          <Alert type="warning" header={`${count(instances, 'running EC2 instance')} on ${count(p.runningInstances.length, 'device')} will stop`}>
            Rebooting stops the instances running on these devices.
            <DeviceList devices={p.runningInstances} label="Devices with running EC2 instances" detail={(d) => `${d.count} running`} />
          </Alert>
        )}
        {p.offline.length > 0 && (
          <Alert type="warning" header={`${count(p.offline.length, 'offline device')}`}>
            Their executions will wait queued until the device reaches out, and may time out.
            <DeviceList devices={p.offline} label="Offline devices" />
          </Alert>
        )}
        {command === 'unlock' && p.alreadyUnlocked.length > 0 && (
          <Alert type="info" header={`${count(p.alreadyUnlocked.length, 'device')} already unlocked`}>
            <SpaceBetween size="xs">
              <span>{props.includeUnlocked ? 'They are unlocked again.' : 'Left out of this operation.'}</span>
              <DeviceList devices={p.alreadyUnlocked} label="Devices already unlocked" />
              <Toggle readOnly={props.readOnly} checked={props.includeUnlocked} onChange={({ detail }) => props.onIncludeUnlocked(detail.checked)}>Unlock them again anyway</Toggle>
            </SpaceBetween>
          </Alert>
        )}
        {p.busy.length > 0 && (
          <Alert type="info" header={`${count(new Set(p.busy.map((b) => b.managedDeviceId)).size, 'device')} with a task queued or running`}>
            The new task waits behind it.
            <DeviceList devices={p.busy} label="Devices with a task queued or running" detail={(b) => `task ${b.taskId}, ${executionStateLabel(b.state).toLowerCase()}`} />
          </Alert>
        )}
      </SpaceBetween>
    </Container>
  );
}

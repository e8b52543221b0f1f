import Alert from '@cloudscape-design/components/alert';
import Checkbox from '@cloudscape-design/components/checkbox';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { count } from '@/lib/plural';
import type { CheckKind, Unchecked } from '../../api/preflight';
import { DeviceList } from './device-list';

const TEXT: Record<CheckKind, { header: (devices: string) => string; body: string; ack: string }> = {
  instances: {
    header: (d) => `Running instances could not be checked on ${d}`,
    body: 'Rebooting stops whatever runs on them: the dashboard cannot tell whether any instance runs there.',
    ack: 'I understand that running instances were not checked on these devices',
  },
  busy: {
    header: (d) => `Whether a task is already queued or running could not be checked on ${d}`,
    body: 'A new task waits behind one already queued or running on the same device.',
    ack: 'I understand that these devices were not checked for a task already queued or running',
  },
  describe: {
    header: (d) => `${d} could not be described`,
    body: 'Whether they are online, their lock state and their running instances are unknown. Only a device the service says it does not know counts as not found.',
    ack: 'I understand that these devices could not be described',
  },
};

/** A check that could not run: never shown as clean; the operator acknowledges it before confirming. */
export function UncheckedFinding({ finding, acknowledged, onAcknowledge, readOnly }: { finding: Unchecked; acknowledged: boolean; onAcknowledge: (v: boolean) => void; readOnly?: boolean }) {
  const t = TEXT[finding.check];
  const devices = count(finding.devices.length, 'device');
  return (
    <Alert type="error" header={`${t.header(devices)}: ${finding.title}`} statusIconAriaLabel="Could not check">
      <SpaceBetween size="xs">
        <span>{finding.action} {t.body}</span>
        <DeviceList devices={finding.devices} label={`Devices not checked: ${t.header(devices).toLowerCase()}`} />
        <Checkbox readOnly={readOnly} checked={acknowledged} onChange={({ detail }) => onAcknowledge(detail.checked)}>{t.ack}</Checkbox>
      </SpaceBetween>
    </Alert>
  );
}

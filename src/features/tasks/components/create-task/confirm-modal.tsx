import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { count } from '@/lib/plural';
import type { Command } from '../../api/batching';
import type { CheckKind } from '../../api/preflight';
import type { Consequences } from '../../api/preflight-summary';

const UNCHECKED: Record<CheckKind, string> = {
  instances: 'running instances were not checked',
  busy: 'a task already queued or running was not checked for',
  describe: 'the device could not be described',
};

/** What confirming does, repeated from the pre-flight summary. */
function consequenceLines(command: Command, c: Consequences): string[] {
  const verb = command === 'reboot' ? 'reboot' : 'unlock';
  const regions = c.byRegion.length > 1 ? ` (${c.byRegion.map(([r, n]) => `${r}: ${n}`).join(', ')})` : c.byRegion[0] ? ` in ${c.byRegion[0][0]}` : '';
  return [
    `${count(c.devices, 'device')}${regions} will ${verb}.`,
    ...(command === 'reboot' ? [c.instances ? `${count(c.instances, 'running EC2 instance')} on ${count(c.instanceDevices, 'device')} will stop.` : 'No running EC2 instance was found on them.'] : []),
    ...(c.offline ? [`${count(c.offline, 'offline device')} will wait queued until ${c.offline === 1 ? 'it reaches' : 'they reach'} out, and may time out.`] : []),
    ...(c.busy ? [`${count(c.busy, 'device')} already ${c.busy === 1 ? 'has' : 'have'} a task queued or running: the new one waits behind it.`] : []),
    ...c.unchecked.map((u) => `On ${count(u.devices, 'device')} ${UNCHECKED[u.check]} (acknowledged).`),
    ...(c.leftOut ? [`${count(c.leftOut, 'device')} left out.`] : []),
  ];
}

/** For large operations: the consequences once more, then the operator confirms by typing the device count. */
export function ConfirmModal({ command, consequences: c, label, onConfirm, onCancel }: { command: Command; consequences: Consequences; label: string; onConfirm: () => void; onCancel: () => void }) {
  const [typed, setTyped] = useState('');
  const ok = typed.trim() === String(c.devices);
  return (
    <Modal
      visible
      onDismiss={onCancel}
      header={`${command === 'reboot' ? 'Reboot' : 'Unlock'} ${count(c.devices, 'device')}?`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>Cancel</Button>
            <Button variant="primary" disabled={!ok} onClick={onConfirm}>{label}</Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <ul aria-label="What happens" style={{ margin: 0, paddingInlineStart: 20 }}>
          {consequenceLines(command, c).map((line) => <li key={line}>{line}</li>)}
        </ul>
        <FormField label={`To confirm, type the number of devices (${c.devices})`}>
          <Input value={typed} onChange={({ detail }) => setTyped(detail.value)} inputMode="numeric" ariaLabel="Number of devices to confirm" />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}

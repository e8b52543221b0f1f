import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';

/** For large operations the operator confirms by typing the device count. */
export function ConfirmModal({ count, command, onConfirm, onCancel }: { count: number; command: string; onConfirm: () => void; onCancel: () => void }) {
  const [typed, setTyped] = useState('');
  const ok = typed.trim() === String(count);
  return (
    <Modal
      visible
      onDismiss={onCancel}
      header={`${command === 'reboot' ? 'Reboot' : 'Unlock'} ${count} devices?`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>Cancel</Button>
            <Button variant="primary" disabled={!ok} onClick={onConfirm}>{command === 'reboot' ? 'Reboot' : 'Unlock'} {count} devices</Button>
          </SpaceBetween>
        </Box>
      }
    >
      <FormField label={`To confirm, type the number of devices (${count})`}>
        <Input value={typed} onChange={({ detail }) => setTyped(detail.value)} inputMode="numeric" ariaLabel="Number of devices to confirm" />
      </FormField>
    </Modal>
  );
}

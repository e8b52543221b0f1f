import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { DescribeDeviceCommandOutput } from '@aws-sdk/client-snow-device-management';
import { useNavigate } from 'react-router';
import { CopyText } from '@/components/copy-text';
import { RelativeTime } from '@/components/relative-time';
import { useNow } from '@/lib/clock';
import { usePreferences } from '@/lib/preferences';
import { onlineStatus, onlineThresholdMs } from '@/lib/rules/online';
import { taskCreationState } from '@/lib/task-handover';
import { LockState, OnlineIndicator } from '../device-status';

interface Props {
  managedDeviceId: string;
  region: string;
  device: DescribeDeviceCommandOutput | undefined;
}

/** Identity, state and actions of one device. */
export function DeviceHeader({ managedDeviceId, region, device: d }: Props) {
  const navigate = useNavigate();
  const { onlineThresholdMinutes } = usePreferences();
  // The status ages with the shared clock, as in the inventory, without a new DescribeDevice.
  const now = useNow(15_000);
  const name = d?.tags?.Name;
  const handover = (command: 'reboot' | 'unlock') => navigate('/tasks/create', { state: taskCreationState(command, [{ managedDeviceId, region }]) });
  return (
    <SpaceBetween size="l">
      <Header
        variant="h1"
        description={name ? managedDeviceId : undefined}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button onClick={() => handover('reboot')}>Reboot</Button>
            <Button onClick={() => handover('unlock')} disabled={d?.deviceState === 'UNLOCKED'} disabledReason="The device is already unlocked.">Unlock</Button>
          </SpaceBetween>
        }
      >
        {name ?? managedDeviceId}
      </Header>
      <Container header={<Header variant="h2">Device details</Header>}>
        <KeyValuePairs
          columns={4}
          items={[
            { label: 'Device ID', value: <CopyText text={managedDeviceId} label="Device ID" /> },
            { label: 'Name', value: name ? <CopyText text={name} label="Name" /> : '-' },
            { label: 'Device type', value: d?.deviceType ?? '-' },
            { label: 'Region', value: region },
            { label: 'Lock state', value: <LockState state={d?.deviceState} /> },
            { label: 'Status', value: <OnlineIndicator status={onlineStatus(d, onlineThresholdMs(onlineThresholdMinutes), now)} /> },
            { label: 'Last contact', value: <RelativeTime date={d?.lastReachedOutAt} />, info: undefined },
            { label: 'Data updated', value: <RelativeTime date={d?.lastUpdatedAt} /> },
            { label: 'ARN', value: <CopyText text={d?.managedDeviceArn} label="ARN" /> },
            { label: 'Order job', value: <CopyText text={d?.associatedWithJob} label="Job ID" /> },
          ]}
        />
      </Container>
    </SpaceBetween>
  );
}

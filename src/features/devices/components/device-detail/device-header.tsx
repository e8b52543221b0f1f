import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { DescribeDeviceOutput } from '@aws-sdk/client-snow-device-management';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { CopyText } from '@/components/copy-text';
import { RelativeTime } from '@/components/relative-time';
import { useNow } from '@/lib/clock';
import { describeError } from '@/lib/errors';
import { deviceTypeName, isKnownDeviceType } from '@/lib/rules/device-types';
import { usePreferences } from '@/lib/preferences';
import { onlineStatus, onlineThresholdMs, onlineThresholdText } from '@/lib/rules/online';
import { taskCreationState } from '@/lib/task-handover';
import { LockState, OnlineIndicator } from '../device-status';
import { useMediaQuery, WIDE } from '../use-media-query';
import { CouldNotRead, UnknownValue } from './could-not-read';

/** The device page's DescribeDevice read, as the header needs it. */
export interface DeviceRead {
  data: DescribeDeviceOutput | undefined;
  error: unknown;
  /** When the data was read (ms; 0 before the first answer). */
  updatedAt: number;
  fetching: boolean;
}

interface Props {
  managedDeviceId: string;
  region: string;
  read: DeviceRead;
  onRefresh: () => void;
  /** Called before handing the device over to task creation. */
  onHandover: () => void;
}

/** A value with a line saying what it means. */
function Explained({ value, children }: { value: ReactNode; children: ReactNode }) {
  return (
    <SpaceBetween size="xxxs">
      <div>{value}</div>
      <Box variant="small" color="text-body-secondary">{children}</Box>
    </SpaceBetween>
  );
}

/** The device type by product name, with the API code scripts and the CLI use. */
function DeviceType({ code }: { code: string | undefined }) {
  if (!code) return <>-</>;
  if (!isKnownDeviceType(code)) return <Explained value={code}>Device type code, as the device reports it</Explained>;
  return <Explained value={<span title={`Device type code ${code}`}>{deviceTypeName(code)}</span>}>Device type code {code}</Explained>;
}

/** Why the actions cannot be offered yet: the device's state is not known. */
function unknownReason(read: DeviceRead): string | undefined {
  if (read.data) return undefined;
  if (read.error) return `The device's state could not be read (${describeError(read.error).title}), so it is not known whether this applies. Retry reading it first.`;
  return "The device's state is being read.";
}

/** Identity, state and actions of one device. */
export function DeviceHeader({ managedDeviceId, region, read, onRefresh, onHandover }: Props) {
  const navigate = useNavigate();
  const { onlineThresholdMinutes } = usePreferences();
  // The status ages with the shared clock, as in the inventory, without a new DescribeDevice.
  const now = useNow(15_000);
  const d = read.data;
  const name = d?.tags?.Name;
  const thresholdMs = onlineThresholdMs(onlineThresholdMinutes);
  const threshold = onlineThresholdText(thresholdMs);
  const status = onlineStatus(d, thresholdMs, now);
  const unknown = unknownReason(read);
  const failed = !d && Boolean(read.error);
  const handover = (command: 'reboot' | 'unlock') => {
    onHandover();
    navigate('/tasks/create', { state: taskCreationState(command, [{ managedDeviceId, region }]) });
  };
  const unlockReason = unknown ?? (d?.deviceState === 'UNLOCKED' ? 'The device is already unlocked.' : d?.deviceState === 'UNLOCKING' ? 'The device is already unlocking.' : undefined);
  const value = (known: ReactNode) => (failed ? <UnknownValue /> : known);
  // Three columns below 1280 px, so ids and ARNs keep their words whole.
  const wide = useMediaQuery(WIDE);
  return (
    <SpaceBetween size="l">
      <Header
        variant="h1"
        description={
          <>
            {name ? `${managedDeviceId} · ` : ''}
            {read.updatedAt ? <>Updated <RelativeTime date={new Date(read.updatedAt)} /></> : failed ? 'Not read yet' : 'Reading…'}
          </>
        }
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button iconName="refresh" ariaLabel="Refresh device" loading={read.fetching} onClick={onRefresh} />
            <Button onClick={() => handover('reboot')} disabled={unknown !== undefined} disabledReason={unknown}>Reboot</Button>
            <Button onClick={() => handover('unlock')} disabled={unlockReason !== undefined} disabledReason={unlockReason}>Unlock</Button>
          </SpaceBetween>
        }
      >
        {name ?? managedDeviceId}
      </Header>
      {status === 'offline' && (
        <Alert type="info" header="This device is offline">
          It last reached out to AWS {d?.lastReachedOutAt ? <RelativeTime date={d.lastReachedOutAt} /> : 'never'}, not within the last {threshold}. A reboot or unlock can still be sent: it waits until the device next reaches out, and can time out if the device stays offline.
        </Alert>
      )}
      <Container header={<Header variant="h2">Device details</Header>}>
        <SpaceBetween size="m">
          {failed && <CouldNotRead error={read.error} what="device details" onRetry={onRefresh} />}
          <KeyValuePairs
            columns={wide ? 4 : 3}
            items={[
              { label: 'Device ID', value: <CopyText text={managedDeviceId} label="Device ID" overflow="separators" /> },
              { label: 'Name', value: value(name ? <CopyText text={name} label="Name" overflow="separators" /> : '-') },
              { label: 'Device type', value: value(<DeviceType code={d?.deviceType} />) },
              { label: 'Region', value: region },
              { label: 'Lock state', value: value(<LockState state={d?.deviceState} />) },
              {
                label: 'Status',
                value: value(<Explained value={<OnlineIndicator status={status} />}>Online when the device reached out within the last {threshold} (set in Settings).</Explained>),
              },
              {
                label: 'Last contact',
                value: value(<Explained value={<RelativeTime date={d?.lastReachedOutAt} fallback={d ? 'Never' : '-'} />}>When the device last reached out to AWS. Online and offline go by this.</Explained>),
              },
              {
                label: 'Data updated',
                value: value(<Explained value={<RelativeTime date={d?.lastUpdatedAt} />}>When Snow Device Management last heard the device's state: capacity, software and network on this page are as of then.</Explained>),
              },
              { label: 'ARN', value: value(<CopyText text={d?.managedDeviceArn} label="ARN" overflow="separators" />) },
              { label: 'Order job', value: value(<CopyText text={d?.associatedWithJob} label="Job ID" overflow="separators" />) },
            ]}
          />
        </SpaceBetween>
      </Container>
    </SpaceBetween>
  );
}

import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { useRequiredConnection } from '../../../lib/aws/connection-store';
import { describeError } from '../../../lib/errors';
import { CopyText } from '../../../components/copy-text';
import { QueryError } from '../../../components/query-error';
import { RelativeTime } from '../../../components/relative-time';
import { NotFound } from '../../../app/not-found';
import { deviceQueries } from '../api/device-queries';

/** One device (first version: the DescribeDevice summary). */
export function DeviceDetailPage() {
  const { managedDeviceId = '' } = useParams();
  const [params] = useSearchParams();
  const connection = useRequiredConnection();
  const region = params.get('region') ?? connection.regions[0];
  const device = useQuery(deviceQueries.detail(connection, region, managedDeviceId));

  if (device.error) {
    if (describeError(device.error).kind === 'not-found') {
      return <NotFound title="Device not found" message={`No managed device ${managedDeviceId} in ${region}.`} />;
    }
    return <QueryError error={device.error} what="Device" onRetry={() => device.refetch()} />;
  }
  const d = device.data;
  return (
    <SpaceBetween size="l">
      <Header variant="h1">{d?.tags?.Name ?? managedDeviceId}</Header>
      <Container header={<Header variant="h2">Details</Header>}>
        <KeyValuePairs
          columns={3}
          items={[
            { label: 'Device ID', value: <CopyText text={managedDeviceId} label="Device ID" /> },
            { label: 'ARN', value: <CopyText text={d?.managedDeviceArn} label="ARN" /> },
            { label: 'Device type', value: d?.deviceType ?? '-' },
            { label: 'Lock state', value: d?.deviceState ?? '-' },
            { label: 'Last contact', value: <RelativeTime date={d?.lastReachedOutAt} /> },
            { label: 'Data updated', value: <RelativeTime date={d?.lastUpdatedAt} /> },
          ]}
        />
      </Container>
    </SpaceBetween>
  );
}

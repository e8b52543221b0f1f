import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import type { InstanceSummary } from '@aws-sdk/client-snow-device-management';
import { CopyText } from '@/components/copy-text';
import { QueryError } from '@/components/query-error';
import { RelativeTime } from '@/components/relative-time';
import type { Connection } from '@/lib/aws/connection';
import { deviceDetailQueries } from '../../api/device-detail-queries';
import { vcpus } from '../../model/instances';

const STATE_TYPE: Record<string, StatusIndicatorProps.Type> = {
  RUNNING: 'success', STOPPED: 'stopped', PENDING: 'pending', STOPPING: 'in-progress', SHUTTING_DOWN: 'in-progress', TERMINATED: 'stopped',
};

function newest(items: InstanceSummary[]): Date | undefined {
  const times = items.map((i) => i.lastUpdatedAt?.getTime()).filter((t): t is number => t !== undefined);
  return times.length ? new Date(Math.max(...times)) : undefined;
}

/** EC2 instances on the device, as cached in the cloud by SDM. */
export function InstancesPanel({ connection, region, managedDeviceId }: { connection: Connection; region: string; managedDeviceId: string }) {
  const q = useQuery(deviceDetailQueries.instances(connection, region, managedDeviceId));
  if (q.error) return <QueryError error={q.error} what="EC2 instances" onRetry={() => q.refetch()} />;
  const items = q.data ?? [];
  const cachedAt = newest(items);
  return (
    <Table
      variant="container"
      header={
        <Header variant="h2" counter={q.data ? `(${items.length})` : undefined}
          description={<>Served from the cloud-side cache of Snow Device Management{cachedAt && <>, last updated <RelativeTime date={cachedAt} /></>}. It can lag the device.</>}>
          EC2 instances
        </Header>
      }
      items={items}
      loading={q.isPending}
      loadingText="Loading EC2 instances"
      wrapLines
      ariaLabels={{ tableLabel: 'EC2 instances' }}
      empty={<Box textAlign="center">No EC2 instances on this device.</Box>}
      columnDefinitions={[
        { id: 'id', header: 'Instance ID', isRowHeader: true, cell: ({ instance: i }) => <CopyText text={i?.instanceId} label="Instance ID" /> },
        // The model carries no instance tags, so there is no name to show.
        { id: 'state', header: 'State', cell: ({ instance: i }) => (i?.state?.name ? <StatusIndicator type={STATE_TYPE[i.state.name] ?? 'info'}>{i.state.name}</StatusIndicator> : '-') },
        { id: 'type', header: 'Type', cell: ({ instance: i }) => i?.instanceType ?? '-' },
        { id: 'image', header: 'Image', cell: ({ instance: i }) => i?.imageId ?? '-' },
        { id: 'private', header: 'Private IP', cell: ({ instance: i }) => i?.privateIpAddress ?? '-' },
        { id: 'public', header: 'Public IP', cell: ({ instance: i }) => i?.publicIpAddress ?? '-' },
        { id: 'vcpu', header: 'vCPU', cell: ({ instance: i }) => vcpus(i?.cpuOptions) ?? '-' },
        { id: 'root', header: 'Root device', cell: ({ instance: i }) => i?.rootDeviceName ?? '-' },
        {
          id: 'volumes', header: 'Block devices',
          cell: ({ instance: i }) => i?.blockDeviceMappings?.length
            ? i.blockDeviceMappings.map((b) => `${b.deviceName ?? '?'}: ${b.ebs?.volumeId ?? '?'} (${b.ebs?.status?.toLowerCase() ?? 'unknown'})`).join(', ')
            : '-',
        },
        { id: 'sg', header: 'Security groups', cell: ({ instance: i }) => i?.securityGroups?.map((g) => `${g.groupName ?? ''} ${g.groupId ?? ''}`.trim()).join(', ') || '-' },
        { id: 'created', header: 'Created', cell: ({ instance: i }) => <RelativeTime date={i?.createdAt} /> },
        { id: 'updated', header: 'Updated', cell: ({ instance: i }) => <RelativeTime date={i?.updatedAt} /> },
      ]}
    />
  );
}

import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import type { InstanceSummary } from '@aws-sdk/client-snow-device-management';
import { useState } from 'react';
import { CopyText } from '@/components/copy-text';
import { QueryError } from '@/components/query-error';
import { RelativeTime } from '@/components/relative-time';
import type { Connection } from '@/lib/aws/connection';
import { codeLabel } from '@/lib/rules/device-types';
import { deviceDetailQueries } from '../../api/device-detail-queries';
import { blockDevicesText, securityGroupsText, vcpus } from '../../model/instances';
import { useMediaQuery, WIDE } from '../use-media-query';

const STATE_TYPE: Record<string, StatusIndicatorProps.Type> = {
  RUNNING: 'success', STOPPED: 'stopped', PENDING: 'pending', STOPPING: 'in-progress', SHUTTING_DOWN: 'in-progress', TERMINATED: 'stopped',
};

function newest(items: InstanceSummary[]): Date | undefined {
  const times = items.map((i) => i.lastUpdatedAt?.getTime()).filter((t): t is number => t !== undefined);
  return times.length ? new Date(Math.max(...times)) : undefined;
}

const idOf = (s: InstanceSummary) => s.instance?.instanceId ?? '';

/** The selected instance's secondary fields, below the table (as the console's details pane). */
function InstanceDetails({ item }: { item: InstanceSummary | undefined }) {
  const i = item?.instance;
  const wide = useMediaQuery(WIDE);
  if (!item) return <Box color="text-body-secondary">Select an instance to see its image, volumes and security groups.</Box>;
  return (
    <SpaceBetween size="s">
      <Header variant="h3">Instance {i?.instanceId ?? ''}</Header>
      <KeyValuePairs
        columns={wide ? 3 : 2}
        items={[
          { label: 'Image', value: <CopyText text={i?.imageId} label="Image ID" overflow="separators" /> },
          { label: 'Root device', value: i?.rootDeviceName ?? '-' },
          { label: 'Block devices', value: blockDevicesText(i?.blockDeviceMappings) ?? '-' },
          { label: 'Security groups', value: securityGroupsText(i?.securityGroups) ?? '-' },
          { label: 'Created', value: <RelativeTime date={i?.createdAt} /> },
          { label: 'Updated', value: <RelativeTime date={i?.updatedAt} /> },
        ]}
      />
    </SpaceBetween>
  );
}

/** EC2 instances on the device, as cached in the cloud by SDM. */
export function InstancesPanel({ connection, region, managedDeviceId }: { connection: Connection; region: string; managedDeviceId: string }) {
  const q = useQuery(deviceDetailQueries.instances(connection, region, managedDeviceId));
  const [selectedId, setSelectedId] = useState<string | undefined>();
  if (q.error) return <QueryError error={q.error} what="EC2 instances" onRetry={() => q.refetch()} />;
  const items = q.data ?? [];
  const cachedAt = newest(items);
  // The first instance's details show until the operator picks another.
  const selected = items.find((s) => idOf(s) === selectedId) ?? items[0];
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
      trackBy={idOf}
      loading={q.isPending}
      loadingText="Loading EC2 instances"
      selectionType="single"
      selectedItems={selected ? [selected] : []}
      onSelectionChange={({ detail }) => setSelectedId(detail.selectedItems[0] ? idOf(detail.selectedItems[0]) : undefined)}
      stickyColumns={{ first: 1 }}
      ariaLabels={{ tableLabel: 'EC2 instances', selectionGroupLabel: 'Instance selection', itemSelectionLabel: (_s, item) => `Show details of ${idOf(item)}` }}
      empty={<Box textAlign="center">No EC2 instances on this device.</Box>}
      footer={items.length > 0 ? <InstanceDetails item={selected} /> : undefined}
      columnDefinitions={[
        { id: 'id', header: 'Instance ID', isRowHeader: true, cell: ({ instance: i }) => <CopyText text={i?.instanceId} label="Instance ID" /> },
        // The model carries no instance tags, so there is no name to show.
        { id: 'state', header: 'State', cell: ({ instance: i }) => (i?.state?.name ? <StatusIndicator type={STATE_TYPE[i.state.name] ?? 'info'}>{codeLabel(i.state.name)}</StatusIndicator> : '-') },
        { id: 'type', header: 'Type', cell: ({ instance: i }) => i?.instanceType ?? '-' },
        // On a Snow device the private address is on the device's internal instance network and
        // the public one is on the operator's network (the instance's virtual network interface).
        { id: 'private', header: <span title="On the device's internal instance network">Private IP</span>, cell: ({ instance: i }) => i?.privateIpAddress ?? '-' },
        { id: 'public', header: <span title="On your network, through the instance's virtual network interface">Public IP</span>, cell: ({ instance: i }) => i?.publicIpAddress ?? '-' },
        { id: 'vcpu', header: 'vCPU', cell: ({ instance: i }) => vcpus(i?.cpuOptions) ?? '-' },
        { id: 'updated', header: 'Updated', cell: ({ instance: i }) => <RelativeTime date={i?.updatedAt} /> },
      ]}
    />
  );
}

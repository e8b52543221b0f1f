import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { NotFound } from '@/components/not-found';
import { PanelBoundary } from '@/components/panel-boundary';
import { QueryError } from '@/components/query-error';
import { RegionOutsideConnection } from '@/components/region-outside-connection';
import type { Connection } from '@/lib/aws/connection';
import { useRequiredConnection } from '@/lib/aws/connection-store';
import { connectionRegion } from '@/lib/aws/regions';
import { describeError } from '@/lib/errors';
import { usePreferences } from '@/lib/preferences';
import { deviceQueries } from '../api/device-queries';
import { CapacitiesPanel } from './device-detail/capacities-panel';
import { DeviceHeader } from './device-detail/device-header';
import { InstancesPanel } from './device-detail/instances-panel';
import { InterfacesPanel } from './device-detail/interfaces-panel';
import { SoftwarePanel } from './device-detail/software-panel';
import { TagsPanel } from './device-detail/tags-panel';
import { TaskHistoryPanel } from './device-detail/task-history-panel';

/** One device, in a region of the connection: an address naming another region sends nothing. */
export function DeviceDetailPage() {
  const { managedDeviceId = '' } = useParams();
  const [params] = useSearchParams();
  const connection = useRequiredConnection();
  const choice = connectionRegion(connection, params.get('region'));
  if (!choice.ok) return <RegionOutsideConnection asked={choice.asked} regions={connection.regions} kind="device" id={managedDeviceId} />;
  return <DeviceDetail connection={connection} region={choice.region} managedDeviceId={managedDeviceId} />;
}

/** Every panel loads and fails on its own, so one error never blanks the page. */
function DeviceDetail({ connection, region, managedDeviceId }: { connection: Connection; region: string; managedDeviceId: string }) {
  const { autoRefresh, autoRefreshSeconds } = usePreferences();
  const device = useQuery({ ...deviceQueries.detail(connection, region, managedDeviceId), refetchInterval: autoRefresh ? autoRefreshSeconds * 1000 : false });

  if (device.error && describeError(device.error).kind === 'not-found') {
    return <NotFound title="Device not found" message={`No managed device ${managedDeviceId} in ${region}. It may have been removed from Snow Device Management, or it belongs to another region.`} />;
  }
  const d = device.data;
  const loading = device.isPending;
  const scope = { connection, region, managedDeviceId };
  return (
    <SpaceBetween size="l">
      <DeviceHeader managedDeviceId={managedDeviceId} region={region} device={d} />
      {device.error && <QueryError error={device.error} what="Device details" onRetry={() => device.refetch()} />}
      <PanelBoundary name="Capacity"><CapacitiesPanel capacities={d?.deviceCapacities} loading={loading} /></PanelBoundary>
      <PanelBoundary name="Software"><SoftwarePanel software={d?.software} loading={loading} /></PanelBoundary>
      <PanelBoundary name="Network interfaces"><InterfacesPanel interfaces={d?.physicalNetworkInterfaces} loading={loading} /></PanelBoundary>
      <PanelBoundary name="EC2 instances"><InstancesPanel {...scope} /></PanelBoundary>
      <PanelBoundary name="Task history"><TaskHistoryPanel {...scope} /></PanelBoundary>
      {d?.managedDeviceArn && <PanelBoundary name="Tags"><TagsPanel connection={connection} region={region} resourceArn={d.managedDeviceArn} /></PanelBoundary>}
    </SpaceBetween>
  );
}

import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { DeviceSummary } from '@aws-sdk/client-snow-device-management';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import Spinner from '@cloudscape-design/components/spinner';
import { DeviceActivityPanel } from '@/features/activity';
import { useParams, useSearchParams } from 'react-router';
import { NotFound } from '@/components/not-found';
import { PanelBoundary } from '@/components/panel-boundary';
import { RegionOutsideConnection } from '@/components/region-outside-connection';
import { RelativeTime } from '@/components/relative-time';
import type { Connection } from '@/lib/aws/connection';
import { useRequiredConnection } from '@/lib/aws/connection-store';
import { sdmKey } from '@/lib/aws/query';
import { connectionRegion } from '@/lib/aws/regions';
import { describeError } from '@/lib/errors';
import { sentence } from '@/lib/plural';
import { CapacitiesPanel } from './device-detail/capacities-panel';
import { DeviceHeader } from './device-detail/device-header';
import { InstancesPanel } from './device-detail/instances-panel';
import { InterfacesPanel } from './device-detail/interfaces-panel';
import { SoftwarePanel } from './device-detail/software-panel';
import { TagsPanel, TagsUnavailable } from './device-detail/tags-panel';
import { TaskHistoryPanel } from './device-detail/task-history-panel';
import { useDeviceReads } from './device-detail/use-device-reads';

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
  const queryClient = useQueryClient();
  const scope = { connection, region, managedDeviceId };
  const { device, history, refresh, expectChange } = useDeviceReads(scope);

  if (device.error && !device.data && describeError(device.error).kind === 'not-found') {
    return <NotFound title="Device not found" message={`No managed device ${managedDeviceId} in ${region}. It may have been removed from Snow Device Management, or it belongs to another region.`} />;
  }
  const d = device.data;
  const loading = device.isPending;
  // Without a description nothing it holds is known: the panels say so instead of showing empty facts.
  const unknown = !d ? device.error ?? undefined : undefined;
  const retry = () => void device.refetch();
  // The tags are read by ARN: from the description, else from the inventory's listing.
  const listed = queryClient.getQueryData<DeviceSummary[]>(sdmKey('ListDevices', {}, connection, region))?.find((s) => s.managedDeviceId === managedDeviceId);
  const arn = d?.managedDeviceArn ?? listed?.managedDeviceArn;
  const stale = device.error && d ? describeError(device.error) : undefined;
  return (
    <SpaceBetween size="l">
      <DeviceHeader managedDeviceId={managedDeviceId} region={region} read={{ data: d, error: device.error, updatedAt: device.dataUpdatedAt, fetching: device.isFetching }} onRefresh={refresh} onHandover={expectChange} />
      {stale && (
        <Alert type="warning" header={`Showing the device as read earlier: ${stale.title}`} action={<Button onClick={retry}>Retry</Button>}>
          The latest read failed; what this page shows was read <RelativeTime date={new Date(device.dataUpdatedAt)} />. {sentence(stale.message, stale.action)}
        </Alert>
      )}
      <PanelBoundary name="Capacity"><CapacitiesPanel capacities={d?.deviceCapacities} loading={loading} error={unknown} onRetry={retry} /></PanelBoundary>
      <PanelBoundary name="Software"><SoftwarePanel software={d?.software} loading={loading} error={unknown} onRetry={retry} /></PanelBoundary>
      <PanelBoundary name="Network interfaces"><InterfacesPanel interfaces={d?.physicalNetworkInterfaces} loading={loading} error={unknown} onRetry={retry} /></PanelBoundary>
      <PanelBoundary name="EC2 instances"><InstancesPanel {...scope} /></PanelBoundary>
      <PanelBoundary name="Task history"><TaskHistoryPanel history={history} region={region} onRetry={() => void history.refetch()} /></PanelBoundary>
      <PanelBoundary name="Activity">
        <Suspense fallback={<Spinner />}><DeviceActivityPanel connection={connection} region={region} managedDeviceId={managedDeviceId} /></Suspense>
      </PanelBoundary>
      <PanelBoundary name="Tags">
        {arn ? <TagsPanel connection={connection} region={region} resourceArn={arn} managedDeviceId={managedDeviceId} />
          : unknown ? <TagsUnavailable error={unknown} onRetry={retry} /> : null}
      </PanelBoundary>
    </SpaceBetween>
  );
}

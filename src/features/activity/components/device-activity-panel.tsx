import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useCallback } from 'react';
import { RouterLink } from '@/components/router-link';
import { TableEmptyState } from '@/components/table-states';
import type { Connection } from '@/lib/aws/connection';
import { matchesView, type TimeRange } from '../api/activity-view';
import type { ActivityRow } from '../api/trail-rows';
import { useTrail } from '../api/use-trail';
import { ActivityTable } from './activity-table';
import { TRAIL_DELAY_NOTE, TrailErrors, TrailStatus } from './trail-notes';

const RANGE: TimeRange = { type: 'relative', amount: 7, unit: 'day' };

/** The device page's Activity panel: the last week's calls naming the device, from CloudTrail. */
export function DeviceActivityPanel({ connection, region, managedDeviceId }: { connection: Connection; region: string; managedDeviceId: string }) {
  const filter = useCallback((r: ActivityRow) => matchesView(r, { device: managedDeviceId, region, reads: false }), [managedDeviceId, region]);
  const trail = useTrail(connection, [region], RANGE, false, filter, 10);
  const all = `/activity?device=${encodeURIComponent(managedDeviceId)}&region=${encodeURIComponent(region)}`;
  return (
    <SpaceBetween size="s">
      <TrailErrors trail={trail} />
      <ActivityTable
        rows={trail.matching}
        label={`Activity of ${managedDeviceId}`}
        loading={trail.loading}
        hide={['region']}
        header={
          <Header variant="h2" counter={`(${trail.matching.length}${trail.hasMore ? '+' : ''})`} description={<>Changes made to this device in the last 7 days. {TRAIL_DELAY_NOTE}</>}
            actions={<RouterLink href={all}>Open in Activity</RouterLink>}>
            Activity
          </Header>
        }
        footer={<TrailStatus trail={trail} />}
        empty={trail.error || trail.errors.length
          ? <TableEmptyState title="Could not be read" description="CloudTrail did not answer: see the message above." />
          : <TableEmptyState title="No changes found" description={`No task or tag change names this device in the events loaded. ${TRAIL_DELAY_NOTE}`} />}
      />
    </SpaceBetween>
  );
}

import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { PanelBoundary } from '@/components/panel-boundary';
import { RelativeTime } from '@/components/relative-time';
import { RouterLink } from '@/components/router-link';
import { storagePercent } from '@/features/devices';
import type { Connection } from '@/lib/aws/connection';
import { CAPACITY_THRESHOLDS } from '@/lib/rules/capacity';
import { count } from '@/lib/plural';
import type { Figures } from '../api/aggregate';
import { COUNTER_FILTERS, overviewHref } from '../api/links';
import { DeviceList } from './device-list';
import { RecentFailures } from './recent-failures';

interface Props {
  figures: Figures;
  region?: string;
  connection: Connection;
  coverage?: string;
}

/** Short lists of what needs the operator, each with a link to all of it in the inventory. */
export function NeedsAttention({ figures: f, region, connection, coverage }: Props) {
  const where = region ? ` in ${region}` : '';
  return (
    <Container header={<Header variant="h2" description={coverage}>Needs attention{region ? ` in ${region}` : ''}</Header>}>
      <ColumnLayout columns={2} variant="text-grid">
        <DeviceList
          title="Offline for more than a day"
          sample={f.offlineOverDay}
          fact={(r) => <>last contact <RelativeTime date={r.detail?.lastReachedOutAt} /></>}
          allHref={overviewHref(COUNTER_FILTERS.offlineOverDay, region)}
          what={`offline for more than a day${where}`}
          none="None."
        />
        <DeviceList
          title={`Storage over ${CAPACITY_THRESHOLDS.error} %`}
          sample={f.full}
          fact={(r) => `${storagePercent(r) ?? '-'} % used`}
          allHref={overviewHref(COUNTER_FILTERS.overError, region)}
          what={`with storage over ${CAPACITY_THRESHOLDS.error} %${where}`}
          none="None."
        />
        <PanelBoundary name="Failed executions">
          <RecentFailures connection={connection} region={region} />
        </PanelBoundary>
        <SpaceBetween size="xs">
          <Box variant="h3">Installs in progress for more than a day</Box>
          <StatusIndicator type="info">
            Could not check: the service reports what is being installed, not since when.
          </StatusIndicator>
          {f.installing > 0 && (
            <RouterLink href={overviewHref(COUNTER_FILTERS.installing, region)} ariaLabel={`Show all ${count(f.installing, 'device')} with an install in progress${where}`}>
              Show {count(f.installing, 'install')} in progress
            </RouterLink>
          )}
        </SpaceBetween>
      </ColumnLayout>
    </Container>
  );
}

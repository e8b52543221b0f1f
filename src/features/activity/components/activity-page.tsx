import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PanelBoundary } from '@/components/panel-boundary';
import { TableEmptyState, TableNoMatchState } from '@/components/table-states';
import { useRequiredConnection } from '@/lib/aws/connection-store';
import { useNow } from '@/lib/clock';
import { count } from '@/lib/plural';
import { matchesView, parseActivityView, rangeProblem, writeActivityView, DEFAULT_RANGE, type ActivityView } from '../api/activity-view';
import type { ActivityRow } from '../api/trail-rows';
import { useTrail } from '../api/use-trail';
import { ActivityFilters } from './activity-filters';
import { ActivityTable } from './activity-table';
import { TRAIL_DELAY_NOTE, TrailErrors, TrailStatus } from './trail-notes';

/** Rows the list fills itself with before it waits for "Load more". */
const WANT = 50;

/** Who did what to the fleet: Snow Device Management's CloudTrail events in the connection's regions. */
export function ActivityPage() {
  const connection = useRequiredConnection();
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseActivityView(params), [params]);
  const setView = (next: ActivityView) => setParams(writeActivityView(next, params), { replace: true });
  const now = useNow(60_000);
  const problem = rangeProblem(view.range, now);
  const { user, event, device, task, region, reads } = view;
  const filter = useCallback((r: ActivityRow) => matchesView(r, { user, event, device, task, region, reads }), [user, event, device, task, region, reads]);
  const trail = useTrail(connection, connection.regions, view.range, reads, filter, WANT, !problem);
  const filtered = Boolean(user || event || device || task || region);
  const clear = () => setView({ range: DEFAULT_RANGE, reads: false });

  return (
    <SpaceBetween size="l">
      <Header variant="h1" description={`Calls to Snow Device Management in ${connection.regions.join(', ')}, newest first, from AWS CloudTrail. ${TRAIL_DELAY_NOTE}`}
        actions={<Button iconName="refresh" onClick={trail.refresh} loading={trail.fetching} ariaLabel="Refresh activity">Refresh</Button>}>
        Activity
      </Header>
      <Container header={<Header variant="h2">Filter</Header>}>
        <ActivityFilters view={view} regions={connection.regions} onChange={setView} />
      </Container>
      <PanelBoundary name="Activity">
        <SpaceBetween size="s">
          {problem ? <Box color="text-status-error">{problem}</Box> : <TrailErrors trail={trail} />}
          <ActivityTable
            rows={trail.matching}
            label="Activity"
            loading={trail.loading}
            header={<Header variant="h2" counter={`(${trail.matching.length}${trail.hasMore ? '+' : ''})`} description={<TrailStatus trail={trail} />}>Events</Header>}
            empty={
              trail.error || trail.errors.length
                ? <TableEmptyState title="Could not be read" description="CloudTrail did not answer: see the message above." />
                : trail.loaded && (filtered || !reads)
                ? <TableNoMatchState description={`None of the ${count(trail.loaded, 'event')} loaded matches${reads ? '' : ' (reads are hidden)'}.${trail.hasMore ? ' Load more to look further back.' : ''}`} onClear={filtered ? clear : undefined} />
                : <TableEmptyState title="No events" description={`CloudTrail has no Snow Device Management events in this range yet. ${TRAIL_DELAY_NOTE}`} />
            }
          />
        </SpaceBetween>
      </PanelBoundary>
    </SpaceBetween>
  );
}

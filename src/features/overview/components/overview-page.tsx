import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { memo, Suspense, useDeferredValue, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PanelBoundary } from '@/components/panel-boundary';
import { useFleet, type FleetRow } from '@/features/devices';
import { useNow } from '@/lib/clock';
import { lazyWithRetry } from '@/lib/lazy-retry';
import { usePreferences } from '@/lib/preferences';
import { onlineThresholdMs } from '@/lib/rules/online';
import { isPartial, overviewOf, type Figures } from '../api/aggregate';
import { Counters } from './counters';
import { FleetAlerts } from './fleet-alerts';
import { Freshness, coverageText } from './freshness';
import { NeedsAttention } from './needs-attention';
import { useUpdateTiming } from './use-update-timing';

// The charts' code is most of the page's: it comes after the counters, apart from the inventory's first load.
const FleetCharts = memo(lazyWithRetry(() => import('./fleet-charts').then((m) => ({ default: m.FleetCharts }))));
// The charts and lists follow a fleet update right after the counters, in a render that yields to the browser.
const LaterAttention = memo(NeedsAttention);

/** A region not listed yet has no rows. */
const NO_ROWS: readonly FleetRow[] = [];

/** The fleet overview: counters, charts and what needs attention, from the inventory's own fleet data. */
export function OverviewPage() {
  const { store, snapshot, connection } = useFleet();
  useUpdateTiming(store.subscribe, snapshot);
  const prefs = usePreferences();
  // The inventory's clock and threshold: a link's count is what the inventory shows.
  const now = useNow(15_000);
  const ctx = useMemo(() => ({ now, onlineThresholdMs: onlineThresholdMs(prefs.onlineThresholdMinutes) }), [now, prefs.onlineThresholdMinutes]);
  // One pass over the rows per snapshot (and clock tick), however often the page renders.
  const overview = overviewOf(snapshot.rows, ctx);
  const [params, setParams] = useSearchParams();
  const multiRegion = connection.regions.length > 1;
  const split = multiRegion && params.get('split') === 'region';
  const listing = snapshot.regions.some((r) => r.listing);
  const later = useDeferredValue(overview);
  const pick = (o: typeof overview): Array<[string | undefined, Figures]> => (split
    ? connection.regions.map((r) => [r, o.regions.get(r) ?? overviewOf(NO_ROWS, ctx).all])
    : [[undefined, o.all]]);
  const parts = pick(overview);
  const laterParts = pick(later);

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={<Freshness figures={overview.all} listing={listing} listedAt={snapshot.listedAt} />}
          actions={multiRegion && (
            <SegmentedControl
              label="Show figures for"
              selectedId={split ? 'region' : 'all'}
              options={[{ id: 'all', text: 'Whole fleet' }, { id: 'region', text: 'Split by region' }]}
              onChange={({ detail }) => setParams((p) => {
                const next = new URLSearchParams(p);
                if (detail.selectedId === 'region') next.set('split', 'region');
                else next.delete('split');
                return next;
              }, { replace: true })}
            />
          )}
        >
          Fleet overview
        </Header>
      }
    >
      <SpaceBetween size="l">
        <FleetAlerts snapshot={snapshot} failed={overview.all.failed} onRetryRegion={(r) => store.retryRegion(r)} onRetryFailed={() => store.retryFailed()} />
        {parts.map(([region, figures], i) => {
          const deferred = laterParts[i]?.[1] ?? figures;
          const partial = isPartial(figures, region ? snapshot.regions.some((r) => r.region === region && r.listing) : listing);
          const coverage = partial ? coverageText(figures) : undefined;
          const laterCoverage = isPartial(deferred, listing) ? coverageText(deferred) : undefined;
          const loading = deferred.described === 0 && (listing || deferred.waiting > 0);
          return (
            <SpaceBetween size="l" key={region ?? 'all'}>
              <PanelBoundary name="Counters">
                <Counters figures={figures} region={region} onlineThresholdMs={ctx.onlineThresholdMs} coverage={coverage} />
              </PanelBoundary>
              <PanelBoundary name="Charts">
                <Suspense fallback={<Spinner size="large" />}>
                  <FleetCharts figures={deferred} region={region} loading={loading} />
                </Suspense>
              </PanelBoundary>
              <PanelBoundary name="Needs attention">
                <LaterAttention figures={deferred} region={region} connection={connection} coverage={laterCoverage} />
              </PanelBoundary>
            </SpaceBetween>
          );
        })}
      </SpaceBetween>
    </ContentLayout>
  );
}

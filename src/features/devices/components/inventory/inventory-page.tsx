import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { TableEmptyState, TableNoMatchState } from '@/components/table-states';
import { sdmKey } from '@/lib/aws/query';
import { useNow } from '@/lib/clock';
import { usePreferences } from '@/lib/preferences';
import { count } from '@/lib/plural';
import { onlineThresholdMs } from '@/lib/rules/online';
import { taskCreationState } from '@/lib/task-handover';
import type { FleetRow } from '../../api/fleet-types';
import { exportCounts, toCsv, toJson } from '../../model/export-rows';
import { summarize } from '../../model/fleet-summary';
import { filterRows, sortRows, type FilterQuery, type FilterToken } from '../../model/filter-rows';
import { tagKeys, tagProperties } from '../../model/properties';
import { prefetchDeviceDetail } from '../device-detail-lazy';
import { DescribeFailuresAlert } from './describe-failures-alert';
import { downloadFile } from './download-file';
import { useResumeWhenOnline } from './use-resume-online';
import { InventoryHeader } from './inventory-header';
import { LazyInventoryFilter } from './lazy-filter';
import { LazyTablePreferences } from './lazy-preferences';
import { RegionAlerts } from './region-alerts';
import { SelectionBar } from './selection-bar';
import { SummaryStrip } from './summary-strip';
import { columnDisplay, inventoryColumns, ROW_PROPERTIES } from './table-config';
import { useTablePreferences } from './table-preferences-state';
import { useFleet } from './use-fleet';
import { useThrottled } from './use-throttled';
import { useViewState } from './use-view-state';

type Target = { managedDeviceId: string; region: string };

/** Rows in the first render of the table: a screenful; the rest of the page follows at once. */
const FIRST_RENDER_ROWS = 20;
const target = (r: FleetRow): Target => ({ managedDeviceId: r.managedDeviceId, region: r.region });

/** The fleet inventory: every device of every region, described in the background. */
export function InventoryPage() {
  const { store, snapshot, connection } = useFleet();
  useResumeWhenOnline(store);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const prefs = usePreferences();
  // Online status ages without new data: the shared 15-second clock, as relative times use.
  const now = useNow(15_000);
  const ctx = useMemo(() => ({ now, onlineThresholdMs: onlineThresholdMs(prefs.onlineThresholdMinutes) }), [now, prefs.onlineThresholdMinutes]);
  const [view, setView] = useViewState();
  const [tablePrefs, setTablePrefs] = useTablePreferences();
  const [selected, setSelected] = useState<ReadonlyMap<string, Target>>(new Map());
  const multiRegion = connection.regions.length > 1;
  const { rows } = snapshot;

  // Fleet-wide extras follow the rows more slowly than the table does while 10,000 answers arrive.
  const slowRows = useThrottled(rows, 1_000);
  const tagSignature = useMemo(() => tagKeys(slowRows).join('\n'), [slowRows]);
  const tagProps = useMemo(() => tagProperties(tagSignature ? tagSignature.split('\n') : [], ROW_PROPERTIES), [tagSignature]);
  const properties = useMemo(() => [...ROW_PROPERTIES, ...tagProps], [tagProps]);
  const filtered = useMemo(() => filterRows(rows, view.query, ctx, properties), [rows, view.query, ctx, properties]);
  const sorted = useMemo(() => sortRows(filtered, view.sort, view.descending, ctx, properties), [filtered, view.sort, view.descending, ctx, properties]);
  const summary = useMemo(() => summarize(slowRows, ctx), [slowRows, ctx]);
  const exported = useMemo(() => exportCounts(sorted), [sorted]);
  const pageSize = tablePrefs.pageSize;
  const pagesCount = Math.max(1, Math.ceil(sorted.length / pageSize));
  const page = Math.min(view.page, pagesCount);
  const pageRows = useMemo(() => sorted.slice((page - 1) * pageSize, page * pageSize), [sorted, page, pageSize]);
  // When the first rows arrive, a screenful renders first and the rest of the page right
  // after it is painted: the operator sees rows sooner, below the fold fills in unseen.
  // (Not a transition: the fleet's updates every 200 ms would keep interrupting it.) Coming
  // back to a loaded inventory renders the whole page at once, so scrolling is restored.
  const [firstScreen, setFirstScreen] = useState(() => rows.length === 0);
  useEffect(() => {
    if (!firstScreen || pageRows.length === 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setFirstScreen(false), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [firstScreen, pageRows.length]);
  const shownRows = firstScreen ? pageRows.slice(0, FIRST_RENDER_ROWS) : pageRows;

  // Rows on screen are described first; auto refresh re-describes them, and failed rows once the service answers again.
  const visible = useRef<string[]>([]);
  useEffect(() => {
    visible.current = pageRows.map((r) => r.key);
    store.setVisible(visible.current);
  }, [pageRows, store]);
  useEffect(() => {
    if (!prefs.autoRefresh) return;
    const t = setInterval(() => {
      if (document.visibilityState === 'visible') store.refreshCycle(visible.current);
    }, prefs.autoRefreshSeconds * 1000);
    return () => clearInterval(t);
  }, [prefs.autoRefresh, prefs.autoRefreshSeconds, store]);

  // The device page's code comes once the inventory is on screen, so opening a device is instant.
  useEffect(() => {
    const t = setTimeout(prefetchDeviceDetail, 3_000);
    return () => clearTimeout(t);
  }, []);

  const columns = useMemo(
    () => inventoryColumns({
      ctx,
      // The detail page reads the same cache entry: seed it if it was collected meanwhile.
      onOpen: (row) => {
        const key = sdmKey('DescribeDevice', { managedDeviceId: row.managedDeviceId }, connection, row.region);
        if (row.detail && queryClient.getQueryData(key) === undefined) queryClient.setQueryData(key, row.detail, { updatedAt: row.detailAt });
      },
    }),
    [ctx, connection, queryClient],
  );
  const setQuery = (query: FilterQuery) => setView({ query, page: 1 });
  const filterBy = (token: FilterToken) =>
    setView((latest) => ({ query: { operation: 'and', tokens: [...latest.query.tokens.filter((t) => t.propertyKey !== token.propertyKey), token] }, page: 1 }));

  const onSelectionChange: TableProps<FleetRow>['onSelectionChange'] = ({ detail }) => {
    const next = new Map(selected);
    for (const r of shownRows) next.delete(r.key);
    for (const r of detail.selectedItems) next.set(r.key, target(r));
    setSelected(next);
  };
  const onExport = (format: 'csv' | 'json') => {
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    if (format === 'csv') downloadFile(`snow-devices-${stamp}.csv`, toCsv(sorted, ctx), 'text/csv;charset=utf-8');
    else downloadFile(`snow-devices-${stamp}.json`, toJson(sorted, ctx), 'application/json');
  };
  const filtering = view.query.tokens.length > 0;
  const listing = snapshot.regions.some((r) => r.listing);

  return (
    <SpaceBetween size="m">
      <RegionAlerts regions={snapshot.regions} onRetry={(region) => store.retryRegion(region)} />
      <DescribeFailuresAlert rows={slowRows} retrying={snapshot.retrying} onRetry={() => store.retryFailed()} />
      <SummaryStrip summary={summary} listing={listing} onlineThresholdMs={ctx.onlineThresholdMs} onFilter={filterBy} cached={snapshot.fromCache ? { rows: snapshot.fromCache, listedAt: snapshot.cachedListedAt } : undefined} />
      <Table<FleetRow>
        variant="full-page"
        items={shownRows}
        trackBy="key"
        columnDefinitions={columns}
        columnDisplay={columnDisplay(tablePrefs.contentDisplay, multiRegion)}
        // The device id stays in view while the operator scrolls sideways to the other columns.
        stickyColumns={{ first: 1 }}
        resizableColumns
        wrapLines={tablePrefs.wrapLines}
        stripedRows={tablePrefs.stripedRows}
        contentDensity={tablePrefs.contentDensity}
        loading={rows.length === 0 && listing}
        loadingText="Loading devices"
        selectionType="multi"
        selectedItems={shownRows.filter((r) => selected.has(r.key))}
        onSelectionChange={onSelectionChange}
        sortingColumn={view.sort ? { sortingField: view.sort } : undefined}
        sortingDescending={view.descending}
        onSortingChange={({ detail }) => setView({ sort: detail.sortingColumn.sortingField, descending: detail.isDescending ?? false, page: 1 })}
        ariaLabels={{
          tableLabel: 'Devices',
          selectionGroupLabel: 'Device selection',
          allItemsSelectionLabel: () => 'Select all devices on this page',
          itemSelectionLabel: (_s, r) => `Select ${r.managedDeviceId}`,
        }}
        header={
          <>
            <InventoryHeader
              snapshot={snapshot}
              total={rows.length}
              matching={sorted.length}
              filtered={filtering}
              selected={selected.size}
              exported={exported}
              onRefresh={() => store.refresh()}
              onExport={onExport}
              onHandover={(command) => navigate('/tasks/create', { state: taskCreationState(command, [...selected.values()]) })}
            />
            <SelectionBar selected={selected.size} matching={sorted.length} onSelectAll={() => setSelected(new Map(sorted.map((r) => [r.key, target(r)])))} onClear={() => setSelected(new Map())} />
          </>
        }
        filter={
          <LazyInventoryFilter rowsShown={rows.length > 0} rows={slowRows} query={view.query} onChange={setQuery} tagProps={tagProps} multiRegion={multiRegion} ctx={ctx} countText={count(sorted.length, 'match')} />
        }
        pagination={<Pagination currentPageIndex={page} pagesCount={pagesCount} onChange={({ detail }) => setView({ page: detail.currentPageIndex })} ariaLabels={{ nextPageLabel: 'Next page', previousPageLabel: 'Previous page', pageLabel: (p) => `Page ${p} of ${pagesCount}` }} />}
        preferences={<LazyTablePreferences preferences={tablePrefs} onConfirm={setTablePrefs} multiRegion={multiRegion} />}
        empty={
          rows.length > 0
            ? <TableNoMatchState description="No devices match the filter." onClear={() => setQuery({ operation: 'and', tokens: [] })} />
            : <TableEmptyState title="No devices" description={`No managed devices in ${connection.regions.join(', ')}.`} />
        }
      />
    </SpaceBetween>
  );
}

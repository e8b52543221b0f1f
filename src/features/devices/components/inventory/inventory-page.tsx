import SpaceBetween from '@cloudscape-design/components/space-between';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import { useQueryClient } from '@tanstack/react-query';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { TableEmptyState, TableNoMatchState } from '@/components/table-states';
import { sdmKey } from '@/lib/aws/query';
import { clockNow, useNow } from '@/lib/clock';
import { usePreferences } from '@/lib/preferences';
import { count } from '@/lib/plural';
import { onlineThresholdMs } from '@/lib/rules/online';
import { taskCreationState } from '@/lib/task-handover';
import type { FleetRow } from '../../api/fleet-types';
import { exportCounts, toCsv, toJson } from '../../model/export-rows';
import { summarize } from '../../model/fleet-summary';
import type { FilterQuery, FilterToken } from '../../model/filter-rows';
import { tagKeys, tagProperties } from '../../model/properties';
import { RowView } from '../../model/row-view';
import { prefetchDeviceDetail } from '../device-detail-lazy';
import { EditTagsAction } from '../bulk-tags/edit-tags-action';
import { DescribeFailuresAlert } from './describe-failures-alert';
import { downloadFile } from './download-file';
import { useResumeWhenOnline } from './use-resume-online';
import { LazyTablePreferences } from './lazy-preferences';
import { LIVE_FILTER, LIVE_HEADER, LIVE_PAGINATION, LiveSlotsProvider, type LiveSlots } from './live-slots';
import { RegionAlerts } from './region-alerts';
import { SharedSnapshotAlert } from './shared-snapshot-alert';
import { SummaryStrip } from './summary-strip';
import { columnDisplay, inventoryColumns, ROW_PROPERTIES } from './table-config';
import { useTablePreferences } from './table-preferences-state';
import { useFleet } from './use-fleet';
import { usePreparedSearch } from './use-prepared-search';
import { useScreenfulFirst } from './use-screenful-first';
import { useStableItems } from './use-stable-items';
import { useThrottled } from './use-throttled';
import { useViewState } from './use-view-state';

type Target = { managedDeviceId: string; region: string };

/** Rows in the first render of the table: a screenful; the rest of the page follows at once. */
const FIRST_RENDER_ROWS = 20;
const target = (r: FleetRow): Target => ({ managedDeviceId: r.managedDeviceId, region: r.region });
/** Fleet-wide extras (filter suggestions, tag keys, summary) follow a large fleet more slowly. */
const slowMs = (rows: number) => (rows > 20_000 ? 3_000 : 1_000);
const STICKY = { first: 1 };
/** Text columns whose sort keys are made while the page is idle: the device id (the row header) and the name. */
const PREPARED_SORTS = ['id', 'name'];
const ARIA_LABELS: TableProps<FleetRow>['ariaLabels'] = {
  tableLabel: 'Devices',
  selectionGroupLabel: 'Device selection',
  allItemsSelectionLabel: () => 'Select all devices on this page',
  itemSelectionLabel: (_s, r) => `Select ${r.managedDeviceId}`,
};
// The table renders again only when its own props change (the rows on screen, columns,
// selection, sort): counts in its header and filter come through LiveSlotsProvider.
const MemoTable = memo(Table) as typeof Table;

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
  const slowRows = useThrottled(rows, slowMs(rows.length));
  const tagSignature = useMemo(() => tagKeys(slowRows).join('\n'), [slowRows]);
  const tagProps = useMemo(() => tagProperties(tagSignature ? tagSignature.split('\n') : [], ROW_PROPERTIES), [tagSignature]);
  const properties = useMemo(() => [...ROW_PROPERTIES, ...tagProps], [tagProps]);
  usePreparedSearch(slowRows, properties, ctx, PREPARED_SORTS);
  // A new filter, sort or page renders at once (see useViewState): the rows kept in RowView
  // make that a pass over the fleet, while the fleet's own updates render in transitions.
  const { query, sort, descending } = view;
  // Filtered and sorted from the last snapshot's order: a new snapshot re-places only the rows it changed.
  const [rowView] = useState(() => new RowView());
  const sorted = useMemo(() => rowView.update({ rows, query, sort, descending, ctx, properties }), [rowView, rows, query, sort, descending, ctx, properties]);
  const summary = useMemo(() => summarize(slowRows, ctx), [slowRows, ctx]);
  const exported = useMemo(() => exportCounts(sorted), [sorted]);
  const pageSize = tablePrefs.pageSize;
  const pagesCount = Math.max(1, Math.ceil(sorted.length / pageSize));
  const page = Math.min(view.page, pagesCount);
  // The same rows as before keep the same array, so a snapshot that changed only rows elsewhere does not render the table.
  const pageRows = useStableItems(useMemo(() => sorted.slice((page - 1) * pageSize, page * pageSize), [sorted, page, pageSize]));
  // When the first rows arrive, and when the operator opens another page, sort or filter, a
  // screenful renders and paints first and the rest of the page right after it, below the fold.
  // Coming back to a loaded inventory renders the whole page at once, so scrolling is restored.
  const viewKey = `${page}|${pageSize}|${sort ?? ''}|${descending}|${JSON.stringify(query)}`;
  const [startPartial] = useState(() => rows.length === 0);
  const shownRows = useScreenfulFirst(pageRows, viewKey, startPartial, FIRST_RENDER_ROWS);

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

  // Cells that age with the clock (online status) follow it themselves: a tick does not render the whole table.
  const cellCtx = useMemo(() => ({ now: clockNow(15_000), onlineThresholdMs: ctx.onlineThresholdMs }), [ctx.onlineThresholdMs]);
  const columns = useMemo(
    () => inventoryColumns({
      ctx: cellCtx,
      // The detail page reads the same cache entry: seed it if it was collected meanwhile.
      onOpen: (row) => {
        const key = sdmKey('DescribeDevice', { managedDeviceId: row.managedDeviceId }, connection, row.region);
        if (row.detail && queryClient.getQueryData(key) === undefined) queryClient.setQueryData(key, row.detail, { updatedAt: row.detailAt });
      },
    }),
    [cellCtx, connection, queryClient],
  );
  const setQuery = useCallback((q: FilterQuery) => setView({ query: q, page: 1 }), [setView]);
  const filterBy = (token: FilterToken) =>
    setView((latest) => ({ query: { operation: 'and', tokens: [...latest.query.tokens.filter((t) => t.propertyKey !== token.propertyKey), token] }, page: 1 }));

  const onSelectionChange = useCallback<NonNullable<TableProps<FleetRow>['onSelectionChange']>>(({ detail }) => {
    const next = new Map(selected);
    for (const r of shownRows) next.delete(r.key);
    for (const r of detail.selectedItems) next.set(r.key, target(r));
    setSelected(next);
  }, [selected, shownRows]);
  const selectedItems = useMemo(() => shownRows.filter((r) => selected.has(r.key)), [shownRows, selected]);
  const onExport = (format: 'csv' | 'json') => {
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    if (format === 'csv') downloadFile(`snow-devices-${stamp}.csv`, toCsv(sorted, ctx), 'text/csv;charset=utf-8');
    else downloadFile(`snow-devices-${stamp}.json`, toJson(sorted, ctx), 'application/json');
  };
  const filtering = view.query.tokens.length > 0;
  // The first view is complete once the rows on screen are described (or could not be).
  const firstViewShown = pageRows.length > 0 && pageRows.every((r) => r.detail !== undefined || r.detailError !== undefined);
  const listing = snapshot.regions.some((r) => r.listing);
  const hasRows = rows.length > 0;
  const regionList = connection.regions.join(', ');

  const live: LiveSlots = {
    header: {
      snapshot, total: rows.length, matching: sorted.length, filtered: filtering, selected: selected.size, exported,
      onRefresh: () => store.refresh(),
      onExport,
      onHandover: (command) => navigate('/tasks/create', { state: taskCreationState(command, [...selected.values()]) }),
      tagAction: <EditTagsAction connection={connection} selected={selected} rows={rows} />,
    },
    views: { view, setView, prefs: tablePrefs, setPrefs: setTablePrefs },
    selection: { selected: selected.size, matching: sorted.length, onSelectAll: () => setSelected(new Map(sorted.map((r) => [r.key, target(r)]))), onClear: () => setSelected(new Map()) },
    pagination: { page, pagesCount, onChange: (p) => setView({ page: p }) },
    filter: { firstViewShown, rows: slowRows, query: view.query, onChange: setQuery, tagProps, multiRegion, ctx, countText: count(sorted.length, 'match') },
  };
  const display = useMemo(() => columnDisplay(tablePrefs.contentDisplay, multiRegion), [tablePrefs.contentDisplay, multiRegion]);
  const sortingColumn = useMemo(() => (view.sort ? { sortingField: view.sort } : undefined), [view.sort]);
  const onSortingChange = useCallback<NonNullable<TableProps<FleetRow>['onSortingChange']>>(
    ({ detail }) => setView({ sort: detail.sortingColumn.sortingField, descending: detail.isDescending ?? false, page: 1 }),
    [setView],
  );
  const preferences = useMemo(() => <LazyTablePreferences preferences={tablePrefs} onConfirm={setTablePrefs} multiRegion={multiRegion} />, [tablePrefs, setTablePrefs, multiRegion]);
  const empty = useMemo(
    () => (hasRows
      ? <TableNoMatchState description="No devices match the filter." onClear={() => setQuery({ operation: 'and', tokens: [] })} />
      : <TableEmptyState title="No devices" description={`No managed devices in ${regionList}.`} />),
    [hasRows, regionList, setQuery],
  );

  return (
    <SpaceBetween size="m">
      <RegionAlerts regions={snapshot.regions} onRetry={(region) => store.retryRegion(region)} />
      <SharedSnapshotAlert status={snapshot.sharedSnapshot} />
      <DescribeFailuresAlert rows={slowRows} retrying={snapshot.retrying} onRetry={() => store.retryFailed()} />
      <SummaryStrip summary={summary} listing={listing} onlineThresholdMs={ctx.onlineThresholdMs} onFilter={filterBy} cached={snapshot.fromCache ? { rows: snapshot.fromCache, listedAt: snapshot.cachedListedAt } : undefined} />
      <LiveSlotsProvider value={live}>
        <MemoTable<FleetRow>
          variant="full-page"
          items={shownRows}
          trackBy="key"
          columnDefinitions={columns}
          columnDisplay={display}
          // The device id stays in view while the operator scrolls sideways to the other columns.
          stickyColumns={STICKY}
          resizableColumns
          wrapLines={tablePrefs.wrapLines}
          stripedRows={tablePrefs.stripedRows}
          contentDensity={tablePrefs.contentDensity}
          loading={!hasRows && listing}
          loadingText="Loading devices"
          selectionType="multi"
          selectedItems={selectedItems}
          onSelectionChange={onSelectionChange}
          sortingColumn={sortingColumn}
          sortingDescending={view.descending}
          onSortingChange={onSortingChange}
          ariaLabels={ARIA_LABELS}
          header={LIVE_HEADER}
          filter={LIVE_FILTER}
          pagination={LIVE_PAGINATION}
          preferences={preferences}
          empty={empty}
        />
      </LiveSlotsProvider>
    </SpaceBetween>
  );
}

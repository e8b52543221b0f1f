import Pagination, { type PaginationProps } from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { createContext, use, type ComponentProps } from 'react';
import { LazySavedViewsBar } from '../saved-views/lazy-saved-views-bar';
import { InventoryHeader } from './inventory-header';
import { LazyInventoryFilter } from './lazy-filter';
import { SelectionBar } from './selection-bar';

/** What the table's header, filter and pagination show: counts and progress that change with every batch of answers. */
export interface LiveSlots {
  header: ComponentProps<typeof InventoryHeader>;
  selection: ComponentProps<typeof SelectionBar>;
  filter: ComponentProps<typeof LazyInventoryFilter>;
  views: Omit<ComponentProps<typeof LazySavedViewsBar>, 'firstViewShown'>;
  pagination: { page: number; pagesCount: number; onChange: (page: number) => void };
}

const LiveSlotsContext = createContext<LiveSlots | null>(null);

/** Provides the header's and the filter's latest values to the table's slots below it. */
export const LiveSlotsProvider = LiveSlotsContext;

function useLiveSlots(): LiveSlots {
  const slots = use(LiveSlotsContext);
  if (!slots) throw new Error('LiveSlotsProvider is missing');
  return slots;
}

function LiveHeader() {
  const { header, selection } = useLiveSlots();
  return (
    <>
      <InventoryHeader {...header} />
      <SelectionBar {...selection} />
    </>
  );
}

function LiveFilter() {
  const { filter, views } = useLiveSlots();
  return (
    <SpaceBetween size="xs">
      <LazySavedViewsBar {...views} firstViewShown={filter.firstViewShown} />
      <LazyInventoryFilter {...filter} />
    </SpaceBetween>
  );
}

function LivePagination() {
  const { page, pagesCount, onChange } = useLiveSlots().pagination;
  const ariaLabels: PaginationProps.Labels = { nextPageLabel: 'Next page', previousPageLabel: 'Previous page', pageLabel: (p) => `Page ${p} of ${pagesCount}` };
  return <Pagination currentPageIndex={page} pagesCount={pagesCount} onChange={({ detail }) => onChange(detail.currentPageIndex)} ariaLabels={ariaLabels} />;
}

/**
 * The table's header, filter and pagination slots as elements that never change: they read their values
 * from the context, so a new count or number of pages re-renders that slot alone, not the table's rows
 * (on a large fleet the counts change several times a second while the rows on screen stay).
 */
export const LIVE_PAGINATION = <LivePagination />;
export const LIVE_HEADER = <LiveHeader />;
export const LIVE_FILTER = <LiveFilter />;

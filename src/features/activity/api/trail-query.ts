import { infiniteQueryOptions } from '@tanstack/react-query';
import type { Connection } from '@/lib/aws/connection';
import { scheduleCloudTrail } from '@/lib/aws/scheduler';
import { describeError } from '@/lib/errors';
import { rangeWindow, writeRange, type TimeRange } from './activity-view';
import { SDM_EVENT_SOURCE, toRow, type ActivityRow } from './trail-rows';

/** One region's part of a page: its events, where it goes on, or why it stopped. */
export interface RegionPage {
  rows: ActivityRow[];
  /** Events CloudTrail returned, other services' included (they are left out of rows). */
  looked?: number;
  nextToken?: string;
  error?: unknown;
}

/** One page across regions: each region that still had events sent one LookupEvents call. */
export interface TrailPage {
  window: { start: number; end: number };
  regions: Record<string, RegionPage>;
}

/** Where every region goes on: its token; a region that is done or failed is absent. */
interface PageParam {
  window?: { start: number; end: number };
  tokens?: Record<string, string>;
}

export const PAGE_SIZE = 50;

/** Query key of the trail: [operation, input, scope] like every SDM key, so forgetting a connection drops it. */
export function trailKey(connection: Connection, regions: readonly string[], range: TimeRange, reads: boolean) {
  return ['cloudtrail:LookupEvents', { source: SDM_EVENT_SOURCE, reads, range: writeRange(range), regions: [...regions] }, { connection: connection.id }] as const;
}

/**
 * The SDM events of a connection's regions in a time range, one page per region at a time
 * through the scheduler (CloudTrail's own lane per region). CloudTrail filters by one
 * attribute only. With reads, that is the event source. Without them it is ReadOnly=false,
 * and the page keeps only SDM's events: the inventory describes every device, so a fleet's
 * reads would otherwise bury the few changes an operator looks for under thousands of
 * Describe and List events. Everything else is filtered in the page. A region that
 * fails keeps its error in the page and stops, the others go on; expired credentials fail
 * the whole page so it runs again after re-authentication.
 */
export function trailQuery(connection: Connection, regions: readonly string[], range: TimeRange, reads: boolean) {
  return infiniteQueryOptions({
    queryKey: trailKey(connection, regions, range, reads),
    initialPageParam: {} as PageParam,
    staleTime: 60_000,
    queryFn: async ({ pageParam, signal }): Promise<TrailPage> => {
      const window = pageParam.window ?? rangeWindow(range, Date.now());
      const attribute = reads ? { AttributeKey: 'EventSource' as const, AttributeValue: SDM_EVENT_SOURCE } : { AttributeKey: 'ReadOnly' as const, AttributeValue: 'false' };
      const asked = pageParam.tokens ? Object.keys(pageParam.tokens) : [...regions];
      const results = await Promise.all(
        asked.map(async (region): Promise<[string, RegionPage]> => {
          try {
            const out = await scheduleCloudTrail(connection, region, {
              LookupAttributes: [attribute],
              StartTime: new Date(window.start),
              EndTime: new Date(window.end),
              MaxResults: PAGE_SIZE,
              NextToken: pageParam.tokens?.[region],
            }, { signal });
            const events = (out.Events ?? []).filter((e) => e.EventSource === undefined || e.EventSource === SDM_EVENT_SOURCE);
            return [region, { rows: events.map((e) => toRow(e, region, connection.dashboardRoles)), looked: out.Events?.length ?? 0, nextToken: out.NextToken }];
          } catch (error) {
            if (describeError(error).kind === 'auth' || signal.aborted) throw error;
            return [region, { rows: [], error }];
          }
        }),
      );
      return { window, regions: Object.fromEntries(results) };
    },
    getNextPageParam: (last): PageParam | undefined => {
      const tokens = Object.fromEntries(Object.entries(last.regions).flatMap(([r, p]) => (p.nextToken ? [[r, p.nextToken]] : [])));
      return Object.keys(tokens).length ? { window: last.window, tokens } : undefined;
    },
  });
}

/** What the pages loaded so far add up to. */
export interface TrailProgress {
  rows: ActivityRow[];
  /** Events looked at (before the page's own filters). */
  loaded: number;
  /** Every event of the range is loaded back to this time (the range's start once all are). */
  completeFrom?: Date;
  complete: boolean;
  errors: { region: string; error: unknown }[];
}

/** Rows newest first, how far back the list is complete, and the regions that failed. */
export function summarize(pages: readonly TrailPage[] | undefined): TrailProgress {
  const rows: ActivityRow[] = [];
  const last = new Map<string, RegionPage>();
  const oldest = new Map<string, number>();
  const errors: { region: string; error: unknown }[] = [];
  let looked = 0;
  for (const page of pages ?? []) {
    for (const [region, p] of Object.entries(page.regions)) {
      rows.push(...p.rows);
      looked += p.looked ?? p.rows.length;
      last.set(region, p);
      for (const r of p.rows) if (r.time) oldest.set(region, Math.min(oldest.get(region) ?? Infinity, r.time.getTime()));
      if (p.error) errors.push({ region, error: p.error });
    }
  }
  rows.sort((a, b) => (b.time?.getTime() ?? 0) - (a.time?.getTime() ?? 0));
  const open = [...last].filter(([, p]) => p.nextToken).map(([r]) => oldest.get(r) ?? Infinity);
  // A region that failed is not complete, whatever the others say.
  const complete = Boolean(pages?.length) && open.length === 0 && errors.length === 0;
  const start = pages?.[0]?.window.start;
  const from = complete ? start : open.length ? Math.max(...open) : undefined;
  return { rows, loaded: looked, completeFrom: from !== undefined && Number.isFinite(from) ? new Date(from) : undefined, complete, errors };
}

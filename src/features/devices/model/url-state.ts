import { EMPTY_QUERY, type FilterQuery, type FilterToken } from './filter-rows';

/** What the URL holds about the inventory view: filter, sort and page, so views can be shared. */
export interface ViewState {
  query: FilterQuery;
  sort?: string;
  descending: boolean;
  /** 1-based. */
  page: number;
}

const PARAMS = ['filter', 'op', 'sort', 'desc', 'page'];

/**
 * Reads the view from the query string. Each token is one `filter` parameter holding a
 * JSON triple `[property, operator, value]` (property null for free text): robust for tag
 * keys containing any character, and still readable once decoded.
 */
export function parseView(params: URLSearchParams): ViewState {
  const tokens: FilterToken[] = [];
  for (const raw of params.getAll('filter')) {
    try {
      const t: unknown = JSON.parse(raw);
      if (Array.isArray(t) && t.length === 3 && typeof t[1] === 'string' && typeof t[2] === 'string' && (t[0] === null || typeof t[0] === 'string')) {
        tokens.push({ propertyKey: t[0] ?? undefined, operator: t[1], value: t[2] });
      }
    } catch {
      // A hand-edited, broken token is ignored rather than breaking the page.
    }
  }
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    query: tokens.length ? { operation: params.get('op') === 'or' ? 'or' : 'and', tokens } : EMPTY_QUERY,
    sort: params.get('sort') || undefined,
    descending: params.get('desc') === '1',
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

/** Writes the view into a copy of the query string, keeping unrelated parameters. */
export function writeView(view: ViewState, current: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const p of PARAMS) next.delete(p);
  for (const t of view.query.tokens) next.append('filter', JSON.stringify([t.propertyKey ?? null, t.operator, t.value]));
  if (view.query.operation === 'or' && view.query.tokens.length > 1) next.set('op', 'or');
  if (view.sort) next.set('sort', view.sort);
  if (view.sort && view.descending) next.set('desc', '1');
  if (view.page > 1) next.set('page', String(view.page));
  return next;
}

/**
 * A change the operator made, shown before the address bar has it: with the search it was
 * made on and the search it goes to.
 */
export interface PendingView {
  view: ViewState;
  from: string;
  to: string;
}

/**
 * Whether a pending change still stands at this search: the address has not reached it yet
 * (it still has the search the change was made on, or one an earlier change of the operator's
 * is landing on, which `written` holds); back and forward, or its own landing, end it.
 */
export function pendingStands(pending: PendingView | undefined, search: string, written: ReadonlySet<string>): pending is PendingView {
  return pending !== undefined && search !== pending.to && (search === pending.from || written.has(search));
}

/** The latest view: a pending change while it stands (see pendingStands), else the address's own. */
export function latestView(pending: PendingView | undefined, search: URLSearchParams, written: ReadonlySet<string> = new Set()): ViewState {
  return pendingStands(pending, search.toString(), written) ? pending.view : parseView(search);
}

/** Whether the address holds any of the inventory's view (filter, sort, page). */
export function hasViewState(params: URLSearchParams): boolean {
  return PARAMS.some((p) => params.has(p));
}

/** The inventory's address for a view (its first page), to share. */
export function viewHref(view: Omit<ViewState, 'page'>): string {
  const q = writeView({ ...view, page: 1 }, new URLSearchParams()).toString();
  return `/devices${q ? `?${q}` : ''}`;
}

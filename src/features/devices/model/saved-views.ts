import { asObject } from '@/lib/local-record';
import type { FilterQuery, FilterToken } from './filter-rows';
import { readView, type ColumnSetting, type KnownValues, type ViewSettings } from './saved-views-settings';

export type { ColumnSetting, KnownValues, ViewSettings } from './saved-views-settings';

export interface SavedView {
  id: string;
  name: string;
  settings: ViewSettings;
  /** Shipped with the dashboard: cannot be renamed, updated or deleted. */
  builtIn?: true;
}

export interface SavedViewsState {
  /** The operator's own views (built-ins are not stored). */
  views: SavedView[];
  /** Applied when the inventory opens without a view in its address. */
  defaultId?: string;
}

export const SAVED_VIEWS_VERSION = 1;
export const NAME_MAX = 60;
export const MAX_VIEWS = 100;

const view = (id: string, name: string, tokens: FilterToken[]): SavedView => ({
  id, name, builtIn: true, settings: { query: { operation: 'and', tokens }, descending: false },
});

/** Views an operator wants on day one, from the inventory's own filter properties. */
export const BUILT_IN_VIEWS: readonly SavedView[] = [
  view('built-in:offline', 'Offline', [{ propertyKey: 'status', operator: '=', value: 'Offline' }]),
  view('built-in:near-full', 'Near full', [{ propertyKey: 'storage', operator: '>', value: '80' }]),
  view('built-in:locked', 'Locked', [{ propertyKey: 'state', operator: '=', value: 'Locked' }]),
];

/** Built-ins first, then the operator's views by name. */
export function allViews(state: SavedViewsState): SavedView[] {
  return [...BUILT_IN_VIEWS, ...[...state.views].sort((a, b) => a.name.localeCompare(b.name))];
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** What is wrong with a view name, or undefined. `exceptId` is the view being renamed. */
export function nameError(name: string, state: SavedViewsState, exceptId?: string): string | undefined {
  const n = name.trim();
  if (!n) return 'Enter a name.';
  if (n.length > NAME_MAX) return `Names can be at most ${NAME_MAX} characters (this one has ${n.length}).`;
  const taken = allViews(state).find((v) => v.id !== exceptId && sameName(v.name, n));
  if (taken) return taken.builtIn ? `"${taken.name}" is a built-in view; choose another name.` : `A view named "${taken.name}" already exists.`;
  return undefined;
}

export type Change = { state: SavedViewsState } | { error: string };

/** Saves the current settings under a new name. */
export function saveAsNew(state: SavedViewsState, name: string, settings: ViewSettings, id: string): Change {
  const error = nameError(name, state) ?? (state.views.length >= MAX_VIEWS ? `At most ${MAX_VIEWS} views can be saved; delete one first.` : undefined);
  if (error) return { error };
  return { state: { ...state, views: [...state.views, { id, name: name.trim(), settings }] } };
}

function own(state: SavedViewsState, id: string): SavedView | string {
  if (BUILT_IN_VIEWS.some((v) => v.id === id)) return 'Built-in views cannot be changed; save a new view instead.';
  return state.views.find((v) => v.id === id) ?? 'That view no longer exists.';
}

/** Replaces a view's settings with the current ones. */
export function updateView(state: SavedViewsState, id: string, settings: ViewSettings): Change {
  const v = own(state, id);
  if (typeof v === 'string') return { error: v };
  return { state: { ...state, views: state.views.map((x) => (x.id === id ? { ...x, settings } : x)) } };
}

export function renameView(state: SavedViewsState, id: string, name: string): Change {
  const v = own(state, id);
  if (typeof v === 'string') return { error: v };
  const error = nameError(name, state, id);
  if (error) return { error };
  return { state: { ...state, views: state.views.map((x) => (x.id === id ? { ...x, name: name.trim() } : x)) } };
}

/** Deletes a view (and the default, if it was the default). Built-ins cannot be deleted. */
export function deleteView(state: SavedViewsState, id: string): Change {
  const v = own(state, id);
  if (typeof v === 'string') return { error: BUILT_IN_VIEWS.some((b) => b.id === id) ? 'Built-in views cannot be deleted.' : v };
  return { state: { views: state.views.filter((x) => x.id !== id), defaultId: state.defaultId === id ? undefined : state.defaultId } };
}

/** Makes a view (built-in or own) the default, or clears the default. */
export function setDefault(state: SavedViewsState, id: string | undefined): Change {
  if (id !== undefined && !allViews(state).some((v) => v.id === id)) return { error: 'That view no longer exists.' };
  return { state: { ...state, defaultId: id } };
}

export function defaultView(state: SavedViewsState): SavedView | undefined {
  return state.defaultId === undefined ? undefined : allViews(state).find((v) => v.id === state.defaultId);
}

const tokenText = (t: FilterToken) => JSON.stringify([t.propertyKey ?? null, t.operator, t.value]);
const queryText = (q: FilterQuery) => `${q.tokens.length > 1 ? q.operation : 'and'}|${q.tokens.map(tokenText).join(',')}`;
const columnsText = (c: readonly ColumnSetting[]) => c.map((x) => `${x.id}:${x.visible ? 1 : 0}`).join(',');

/** Whether the current settings are what the view restores (the parts it holds). */
export function matchesView(v: SavedView, current: ViewSettings): boolean {
  const s = v.settings;
  if (queryText(s.query) !== queryText(current.query)) return false;
  if ((s.sort ?? '') !== (current.sort ?? '') || (Boolean(s.sort) && s.descending !== current.descending)) return false;
  if (s.pageSize !== undefined && s.pageSize !== current.pageSize) return false;
  return s.columns === undefined || current.columns === undefined || columnsText(s.columns) === columnsText(current.columns);
}

/** Stored record → state, with what could not be read said in words (never throws). */
export function readStored(raw: unknown, known: KnownValues): { state: SavedViewsState; problems: string[] } {
  const o = asObject(raw);
  if (!o) return { state: { views: [] }, problems: ['The saved views are not in a form the dashboard can read.'] };
  if (o.version !== SAVED_VIEWS_VERSION) {
    return { state: { views: [] }, problems: [`The saved views have format version ${JSON.stringify(o.version)}; this dashboard reads version ${SAVED_VIEWS_VERSION}.`] };
  }
  const problems: string[] = [];
  const views: SavedView[] = [];
  const list = Array.isArray(o.views) ? o.views : [];
  if (!Array.isArray(o.views)) problems.push('The list of saved views is missing.');
  for (const [i, entry] of list.entries()) {
    const r = readView(entry, known);
    const id = asObject(entry)?.id;
    if ('problem' in r) problems.push(`View ${i + 1}${r.name ? ` ("${r.name}")` : ''}: ${r.problem}`);
    else if (typeof id !== 'string' || !id) problems.push(`View ${i + 1} ("${r.name}"): it has no id.`);
    else if (nameError(r.name, { views }) !== undefined) problems.push(`View ${i + 1} ("${r.name}"): ${nameError(r.name, { views })}`);
    else views.push({ id, name: r.name.trim(), settings: r.settings });
  }
  const defaultId = typeof o.defaultId === 'string' && allViews({ views }).some((v) => v.id === o.defaultId) ? o.defaultId : undefined;
  return { state: { views, defaultId }, problems };
}

/** State → the stored record (versioned). */
export function toStored(state: SavedViewsState) {
  return {
    version: SAVED_VIEWS_VERSION,
    views: state.views.map((v) => ({ id: v.id, name: v.name, settings: v.settings })),
    defaultId: state.defaultId,
  };
}

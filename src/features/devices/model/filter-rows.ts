import type { FleetRow } from '../api/fleet-types';
import { propertyByKey, readsContext, type RowProperty } from './properties';
import { RowMemo, RowMemos, textSortKey } from './row-memo';
import type { RowContext } from './row-values';

/** A property filter token, as Cloudscape's PropertyFilter produces it. */
export interface FilterToken {
  propertyKey?: string;
  operator: string;
  value: string;
}

export interface FilterQuery {
  operation: 'and' | 'or';
  tokens: readonly FilterToken[];
}

export const EMPTY_QUERY: FilterQuery = { operation: 'and', tokens: [] };

const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** A date in a filter: an absolute date/time, or an age such as `2h` or `15m ago` (= now minus that). */
export function parseWhen(value: string, now: number): number | undefined {
  const rel = /^\s*(\d+(?:\.\d+)?)\s*([smhdw])\w*(\s+ago)?\s*$/i.exec(value);
  const unit = rel ? UNITS[(rel[2] ?? '').toLowerCase()] : undefined;
  if (rel && unit) return now - Number(rel[1]) * unit;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
}

function compare(op: string, a: number, b: number): boolean {
  switch (op) {
    case '=': return a === b;
    case '!=': return a !== b;
    case '<': return a < b;
    case '<=': return a <= b;
    case '>': return a > b;
    case '>=': return a >= b;
    default: return false;
  }
}

function matchText(op: string, actual: string | undefined, wanted: string): boolean {
  const a = actual?.toLowerCase();
  const w = wanted.toLowerCase();
  switch (op) {
    case '=': return a === w;
    case '!=': return a !== w;
    case ':': return a !== undefined && a.includes(w);
    case '!:': return a === undefined || !a.includes(w);
    case '^': return a !== undefined && a.startsWith(w);
    case '!^': return a === undefined || !a.startsWith(w);
    default: return false;
  }
}

/** Whether one row matches one token of a property. */
export function matchToken(row: FleetRow, prop: RowProperty, token: FilterToken, ctx: RowContext): boolean {
  const value = prop.value(row, ctx);
  if (prop.type === 'number' || prop.type === 'date') {
    const wanted = prop.type === 'date' ? parseWhen(token.value, ctx.now) : Number.parseFloat(token.value);
    const numericOp = ['=', '!=', '<', '<=', '>', '>='].includes(token.operator);
    if (numericOp && wanted !== undefined && Number.isFinite(wanted)) {
      if (typeof value !== 'number') return token.operator === '!=';
      return compare(token.operator, value, wanted);
    }
  }
  const text = value === undefined ? undefined : String(value);
  const alt = prop.alt?.(row);
  if (alt === undefined || alt === text) return matchText(token.operator, text, token.value);
  // The label or the code: a positive operator needs either to match, a negative one both.
  const both = [matchText(token.operator, text, token.value), matchText(token.operator, alt, token.value)];
  return token.operator.startsWith('!') ? both.every(Boolean) : both.some(Boolean);
}

/**
 * Each row's searchable text, lower case, one field after another (see matchFreeText). The
 * fields whose value reads the context (`value(row, ctx)` declared with two parameters: online
 * status) are matched live, so the text of a row is built once and outlives a clock tick.
 */
interface SearchText {
  text: RowMemo<string>;
  live: readonly RowProperty[];
}
const searchTexts = new WeakMap<readonly RowProperty[], SearchText>();
const SEPARATOR = '\u0000';

function searchTextOf(fields: readonly RowProperty[]): SearchText {
  let found = searchTexts.get(fields);
  if (!found) {
    const searchable = fields.filter((p) => p.type !== 'date');
    const fixed = searchable.filter((p) => !readsContext(p));
    const text = new RowMemo((row, ctx) => {
      const parts: string[] = [];
      for (const p of fixed) {
        const v = p.value(row, ctx);
        if (v !== undefined) parts.push(String(v).toLowerCase());
        const alt = p.alt?.(row);
        if (alt !== undefined) parts.push(alt.toLowerCase());
      }
      return parts.join(SEPARATOR);
    }, false);
    found = { text, live: searchable.filter(readsContext) };
    searchTexts.set(fields, found);
  }
  return found;
}

/**
 * Builds the search text of rows not searched yet, and the text sort keys of their
 * `sortFields` (textSortKey), until `deadline` (a performance.now() time); returns how many
 * rows it looked at from `from`. Run while the page is idle, it makes the first free-text
 * filter on a large fleet a lookup per row, and the first sort by those fields a sort.
 */
export function prepareSearch(rows: readonly FleetRow[], properties: readonly RowProperty[], ctx: RowContext, from: number, deadline: number, sortFields: readonly string[] = []): number {
  const { text } = searchTextOf(fieldsOf(properties));
  const sorted = sortFields.flatMap((key) => properties.filter((p) => p.key === key && p.type === 'text'));
  let i = from;
  while (i < rows.length) {
    const row = rows[i++]!;
    if (!text.has(row, ctx)) {
      text.get(row, ctx);
      for (const p of sorted) sortKey(p, row, ctx);
    }
    if (performance.now() >= deadline) break;
  }
  return i - from;
}

/** Lower-case text of the few values a live field takes (Online, Offline), kept. */
const lowered = new Map<string, string>();
function lower(v: string | number): string {
  const text = String(v);
  let low = lowered.get(text);
  if (low === undefined) {
    low = text.toLowerCase();
    if (lowered.size < 1_000) lowered.set(text, low);
  }
  return low;
}

/** Free text: any field's text (tags apart) contains (or, with `!:`, none contains) the words `w` (lower case). */
function matchFreeText(row: FleetRow, search: SearchText, w: string, negate: boolean, ctx: RowContext): boolean {
  const hit = search.text.get(row, ctx).includes(w) || search.live.some((p) => {
    const v = p.value(row, ctx);
    const alt = p.alt?.(row);
    return (v !== undefined && lower(v).includes(w)) || (alt !== undefined && lower(alt).includes(w));
  });
  return negate ? !hit : hit;
}

/**
 * The test a row must pass for this query over these properties (fields and tags), not
 * kept per row (RowView keeps one bit per row); undefined when the query filters nothing.
 */
export function rowTest(query: FilterQuery, properties: readonly RowProperty[]): ((row: FleetRow, ctx: RowContext) => boolean) | undefined {
  const tokens = query.tokens
    .filter((t) => t.value !== '')
    .map((t) => ({ token: t, prop: t.propertyKey ? propertyByKey(t.propertyKey, properties) : undefined, w: t.value.toLowerCase(), negate: t.operator === '!:' }));
  if (tokens.length === 0) return undefined;
  // Tags are matched through the fields (the Tags column holds them all as text).
  const text = searchTextOf(fieldsOf(properties));
  const test = (row: FleetRow, c: RowContext) => ({ token, prop, w, negate }: (typeof tokens)[number]) =>
    prop ? matchToken(row, prop, token, c) : matchFreeText(row, text, w, negate, c);
  return (row, c) => (query.operation === 'or' ? tokens.some(test(row, c)) : tokens.every(test(row, c)));
}

/**
 * The same test, kept per row object and query, so testing the same rows again (a count
 * shown beside a filter) is a lookup; undefined when the query filters nothing.
 */
export function rowMatcher(query: FilterQuery, ctx: RowContext, properties: readonly RowProperty[]): ((row: FleetRow) => boolean) | undefined {
  const test = rowTest(query, properties);
  if (!test) return undefined;
  const match = memoFor(properties, `match:${JSON.stringify(query)}`, test);
  return (row) => match.get(row, ctx);
}

/** The rows that match a property filter query over these properties (fields and tags). */
export function filterRows(rows: readonly FleetRow[], query: FilterQuery, ctx: RowContext, properties: readonly RowProperty[]): FleetRow[] {
  const match = rowMatcher(query, ctx, properties);
  return match ? rows.filter(match) : rows.slice();
}

const fieldLists = new WeakMap<readonly RowProperty[], readonly RowProperty[]>();
function fieldsOf(properties: readonly RowProperty[]): readonly RowProperty[] {
  let fields = fieldLists.get(properties);
  if (!fields) {
    fields = properties.filter((p) => !p.group && !p.noFreeText);
    fieldLists.set(properties, fields);
  }
  return fields;
}

/** Memos per list of properties (a new tag key makes a new list), by kind and name. */
const memoLists = new WeakMap<readonly RowProperty[], RowMemos<unknown>>();
function memoFor<V>(properties: readonly RowProperty[], name: string, compute: (row: FleetRow, ctx: RowContext) => V): RowMemo<V> {
  let memos = memoLists.get(properties);
  if (!memos) {
    memos = new RowMemos(16);
    memoLists.set(properties, memos);
  }
  return memos.for(name, compute) as RowMemo<V>;
}

export type SortKey = string | number | undefined;
/** A row with its place in the listing and its sort key: what sorting compares. */
export interface SortEntry {
  row: FleetRow;
  /** Its index in the listing (ties keep the listing's order). */
  i: number;
  v: SortKey;
}
const textOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A row's sort key for a property: text by its collation key (textSortKey), numbers as numbers. */
export function sortKey(prop: RowProperty, row: FleetRow, ctx: RowContext): SortKey {
  const v = prop.value(row, ctx);
  return typeof v === 'string' ? textSortKey(v) : v;
}

/** Each row's sort key for a property (kept while the row is unchanged); undefined when the key sorts nothing. */
export function sortKeyOf(key: string | undefined, ctx: RowContext, properties: readonly RowProperty[]): ((row: FleetRow) => SortKey) | undefined {
  const prop = key ? propertyByKey(key, properties) : undefined;
  if (!prop) return undefined;
  const memo = memoFor<SortKey>(properties, `sort:${prop.key}`, (row, c) => sortKey(prop, row, c));
  return (row) => memo.get(row, ctx);
}

/** The inventory's order: by key, rows without a value last in either direction, ties in listing order. */
export function compareEntries(descending: boolean): (a: SortEntry, b: SortEntry) => number {
  const dir = descending ? -1 : 1;
  return (a, b) => {
    if (a.v === undefined || b.v === undefined) return a.v === b.v ? a.i - b.i : a.v === undefined ? 1 : -1;
    const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : textOrder(String(a.v), String(b.v));
    return c !== 0 ? c * dir : a.i - b.i;
  };
}

/** Rows sorted by a property; rows without a value come last in either direction. Stable. */
export function sortRows(rows: readonly FleetRow[], key: string | undefined, descending: boolean, ctx: RowContext, properties: readonly RowProperty[]): readonly FleetRow[] {
  const keyOf = sortKeyOf(key, ctx, properties);
  if (!keyOf) return rows;
  return sortEntries(rows.map((row, i) => ({ row, i, v: keyOf(row) })), descending).map((k) => k.row);
}

/**
 * Sorts entries in the order of compareEntries, faster: rows without a value apart, and
 * keys of one kind (all text or all numbers) compared without asking their kind each time.
 */
export function sortEntries(entries: SortEntry[], descending: boolean): SortEntry[] {
  const valued: SortEntry[] = [];
  const empty: SortEntry[] = [];
  let texts = 0;
  for (const e of entries) {
    if (e.v === undefined) empty.push(e);
    else {
      valued.push(e);
      if (typeof e.v === 'string') texts++;
    }
  }
  const dir = descending ? -1 : 1;
  if (texts === valued.length) valued.sort((a, b) => ((a.v as string) < (b.v as string) ? -dir : (a.v as string) > (b.v as string) ? dir : a.i - b.i));
  else if (texts === 0) valued.sort((a, b) => ((a.v as number) - (b.v as number)) * dir || a.i - b.i);
  else valued.sort(compareEntries(descending));
  // Entries come in listing order, so rows without a value stay in it.
  return empty.length ? valued.concat(empty.sort((a, b) => a.i - b.i)) : valued;
}

import { asObject } from '@/lib/local-record';
import type { FilterToken } from './filter-rows';
import { OPERATORS, TAG_PREFIX } from './properties';

/** A column's place and visibility, as the table's preferences hold them. */
export interface ColumnSetting {
  id: string;
  visible: boolean;
}

/** What a view restores. Columns and page size are optional: a view without them keeps the operator's own. */
export interface ViewSettings {
  query: { operation: 'and' | 'or'; tokens: readonly FilterToken[] };
  sort?: string;
  descending: boolean;
  pageSize?: number;
  columns?: ColumnSetting[];
}

/** What saved values are checked against: the table's page sizes, columns and filter properties. */
export interface KnownValues {
  pageSizes: readonly number[];
  columnIds: readonly string[];
  propertyKeys: readonly string[];
}

const ALL_OPERATORS = new Set(Object.values(OPERATORS).flat());
const isTagKey = (key: string) => key.startsWith(TAG_PREFIX) && key.length > TAG_PREFIX.length;
const knownProperty = (key: string, known: KnownValues) => known.propertyKeys.includes(key) || isTagKey(key);

function readToken(raw: unknown, known: KnownValues, n: number): FilterToken | string {
  const t = asObject(raw);
  if (!t) return `filter ${n} is not a filter.`;
  const { propertyKey, operator, value } = t;
  if (propertyKey !== undefined && propertyKey !== null && (typeof propertyKey !== 'string' || !knownProperty(propertyKey, known))) {
    return `filter ${n} is on ${JSON.stringify(propertyKey)}, which the inventory does not have.`;
  }
  if (typeof operator !== 'string' || !ALL_OPERATORS.has(operator)) return `filter ${n} has no valid operator.`;
  if (typeof value !== 'string') return `filter ${n} has no value.`;
  return { propertyKey: typeof propertyKey === 'string' ? propertyKey : undefined, operator, value };
}

/** Reads one view's name and settings from stored or imported JSON, or says what is wrong with it. */
export function readView(raw: unknown, known: KnownValues): { name: string; settings: ViewSettings } | { name?: string; problem: string } {
  const o = asObject(raw);
  if (!o) return { problem: 'it is not a view.' };
  const name = typeof o.name === 'string' ? o.name : undefined;
  if (!name?.trim()) return { problem: 'it has no name.' };
  const s = asObject(o.settings);
  const q = asObject(s?.query);
  if (!s || !q || !Array.isArray(q.tokens)) return { name, problem: 'it has no filter.' };
  const tokens: FilterToken[] = [];
  for (const [i, raw] of q.tokens.entries()) {
    const t = readToken(raw, known, i + 1);
    if (typeof t === 'string') return { name, problem: `${t.charAt(0).toUpperCase()}${t.slice(1)}` };
    tokens.push(t);
  }
  if (s.sort !== undefined && (typeof s.sort !== 'string' || !knownProperty(s.sort, known))) return { name, problem: `It sorts by ${JSON.stringify(s.sort)}, which the inventory does not have.` };
  if (s.pageSize !== undefined && (typeof s.pageSize !== 'number' || !known.pageSizes.includes(s.pageSize))) {
    return { name, problem: `Page size ${JSON.stringify(s.pageSize)} is not one of ${known.pageSizes.join(', ')}.` };
  }
  let columns: ColumnSetting[] | undefined;
  if (s.columns !== undefined) {
    if (!Array.isArray(s.columns)) return { name, problem: 'Its columns are not a list.' };
    columns = [];
    for (const c of s.columns) {
      const col = asObject(c);
      // Columns of another version of the dashboard are dropped, not fatal.
      if (col && typeof col.id === 'string' && known.columnIds.includes(col.id) && typeof col.visible === 'boolean') columns.push({ id: col.id, visible: col.visible });
    }
  }
  return {
    name,
    settings: {
      query: { operation: q.operation === 'or' ? 'or' : 'and', tokens },
      sort: typeof s.sort === 'string' ? s.sort : undefined,
      descending: s.descending === true,
      pageSize: typeof s.pageSize === 'number' ? s.pageSize : undefined,
      columns,
    },
  };
}

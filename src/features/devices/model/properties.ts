import type { FleetRow } from '../api/fleet-types';
import { tagsOf, type RowContext } from './row-values';

export type PropertyType = 'text' | 'enum' | 'number' | 'date';
type Value = string | number | undefined;

/**
 * One filterable and sortable field of a device row. The inventory's own list (columns and
 * filter-only fields) is its table config; tag keys add one property each.
 */
export interface RowProperty {
  key: string;
  label: string;
  type: PropertyType;
  value: (row: FleetRow, ctx: RowContext) => Value;
  /** Another text the same filter matches: the API code behind a label ("EDGE_C" for "Snowball Edge Compute Optimized"). */
  alt?: (row: FleetRow) => string | undefined;
  /** Tag properties are grouped apart from columns in the filter. */
  group?: 'Tags';
  /** Left out of free-text search: a derived value (a band, a state) would match words typed for the device's own fields. */
  noFreeText?: true;
}

export const TAG_PREFIX = 'tag:';

/** A property whose value reads the context (declared with two parameters: online status) changes with the clock. */
export const readsContext = (p: RowProperty): boolean => p.value.length >= 2;

/** Every tag key in the fleet, sorted. */
export function tagKeys(rows: readonly FleetRow[]): string[] {
  const keys = new Set<string>();
  for (const r of rows) for (const k of Object.keys(tagsOf(r))) keys.add(k);
  return [...keys].sort();
}

const tagProperty = (key: string, label: string): RowProperty => ({
  key: `${TAG_PREFIX}${key}`,
  label,
  type: 'text',
  group: 'Tags',
  value: (r) => tagsOf(r)[key],
});

/** One property per tag key, so `site = berlin` filters on the tag `site`. */
export function tagProperties(keys: readonly string[], columns: readonly RowProperty[]): RowProperty[] {
  const labels = new Set(columns.map((p) => p.label.toLowerCase()));
  // A tag named like a column ("Name") is told apart by its prefix.
  return keys.map((k) => tagProperty(k, labels.has(k.toLowerCase()) ? `${TAG_PREFIX}${k}` : k));
}

/** Looks a property up by key, including tag keys that are not (yet) in the fleet. */
export function propertyByKey(key: string, properties: readonly RowProperty[]): RowProperty | undefined {
  const found = properties.find((p) => p.key === key);
  if (found || !key.startsWith(TAG_PREFIX)) return found;
  const k = key.slice(TAG_PREFIX.length);
  return tagProperty(k, k);
}

/** Operators offered for each kind of property. */
export const OPERATORS: Record<PropertyType, string[]> = {
  text: ['=', '!=', ':', '!:', '^', '!^'],
  enum: ['=', '!=', ':', '!:'],
  number: ['=', '!=', '<', '<=', '>', '>='],
  date: ['<', '<=', '>', '>='],
};

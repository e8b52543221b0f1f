import type { FleetRow } from '../api/fleet-store';
import {
  installStateOf, installing, memoryPercent, nameOf, onlineOf, softwareNumber, storagePercent, tagsOf, tagsText, type RowContext,
} from './row-values';

export type PropertyType = 'text' | 'enum' | 'number' | 'date';
type Value = string | number | undefined;

/** One filterable and sortable field of a device row. */
export interface RowProperty {
  key: string;
  label: string;
  type: PropertyType;
  value: (row: FleetRow, ctx: RowContext) => Value;
  /** Tag properties are grouped apart from columns in the filter. */
  group?: 'Tags';
}

const ms = (d: Date | undefined) => d?.getTime();

/** Every column's property; keys are also column ids and sort keys in the URL. */
export const COLUMN_PROPERTIES: RowProperty[] = [
  { key: 'id', label: 'Device ID', type: 'text', value: (r) => r.managedDeviceId },
  { key: 'name', label: 'Name', type: 'text', value: (r) => nameOf(r) },
  { key: 'region', label: 'Region', type: 'enum', value: (r) => r.region },
  { key: 'type', label: 'Type', type: 'enum', value: (r) => r.detail?.deviceType },
  { key: 'state', label: 'State', type: 'enum', value: (r) => r.detail?.deviceState },
  { key: 'status', label: 'Status', type: 'enum', value: (r, ctx) => onlineOf(r, ctx) },
  { key: 'lastContact', label: 'Last contact', type: 'date', value: (r) => ms(r.detail?.lastReachedOutAt) },
  { key: 'dataAge', label: 'Data updated', type: 'date', value: (r) => ms(r.detail?.lastUpdatedAt) },
  { key: 'software', label: 'Software', type: 'number', value: (r) => softwareNumber(r) },
  { key: 'installState', label: 'Install state', type: 'enum', value: (r) => installStateOf(r) },
  { key: 'installing', label: 'Installing', type: 'enum', value: (r) => (r.detail ? (installing(r) ? 'Yes' : 'No') : undefined) },
  { key: 'job', label: 'Order job', type: 'text', value: (r) => r.detail?.associatedWithJob ?? r.summary.associatedWithJob },
  { key: 'storage', label: 'Storage used', type: 'number', value: (r) => storagePercent(r) },
  { key: 'memory', label: 'Memory used', type: 'number', value: (r) => memoryPercent(r) },
  { key: 'tags', label: 'Tags', type: 'text', value: (r) => tagsText(r) || undefined },
];

export const TAG_PREFIX = 'tag:';

/** Every tag key in the fleet, sorted. */
export function tagKeys(rows: readonly FleetRow[]): string[] {
  const keys = new Set<string>();
  for (const r of rows) for (const k of Object.keys(tagsOf(r))) keys.add(k);
  return [...keys].sort();
}

/** One property per tag key, so `site = berlin` filters on the tag `site`. */
export function tagProperties(keys: readonly string[]): RowProperty[] {
  const labels = new Set(COLUMN_PROPERTIES.map((p) => p.label.toLowerCase()));
  return keys.map((k) => ({
    key: `${TAG_PREFIX}${k}`,
    // A tag named like a column ("Name") is told apart by its prefix.
    label: labels.has(k.toLowerCase()) ? `tag:${k}` : k,
    type: 'text' as const,
    group: 'Tags' as const,
    value: (r: FleetRow) => tagsOf(r)[k],
  }));
}

/** Looks a property up by key, including tag keys that are not (yet) in the fleet. */
export function propertyByKey(key: string, tagProps: readonly RowProperty[] = []): RowProperty | undefined {
  const found = COLUMN_PROPERTIES.find((p) => p.key === key) ?? tagProps.find((p) => p.key === key);
  if (found || !key.startsWith(TAG_PREFIX)) return found;
  const k = key.slice(TAG_PREFIX.length);
  return { key, label: k, type: 'text', group: 'Tags', value: (r) => tagsOf(r)[k] };
}

/** Operators offered for each kind of property. */
export const OPERATORS: Record<PropertyType, string[]> = {
  text: ['=', '!=', ':', '!:', '^', '!^'],
  enum: ['=', '!=', ':', '!:'],
  number: ['=', '!=', '<', '<=', '>', '>='],
  date: ['<', '<=', '>', '>='],
};

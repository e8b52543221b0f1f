import { DESCRIPTION_STATES, equals, inventoryHref, type FilterToken } from '@/features/devices';
import { CAPACITY_THRESHOLDS } from '@/lib/rules/capacity';
import { ONLINE_STATUS_LABELS } from '@/lib/rules/online';

// The inventory filter that selects exactly the devices a figure counts (see aggregate.ts,
// which counts with the same row functions these properties filter by).

const storageOver = (percent: number): FilterToken => ({ propertyKey: 'storage', operator: '>', value: String(percent) });

/** Filters for the counters. */
export const COUNTER_FILTERS = {
  devices: [],
  online: [equals('status', ONLINE_STATUS_LABELS.online)],
  offline: [equals('status', ONLINE_STATUS_LABELS.offline)],
  installing: [equals('installing', 'Yes')],
  overWarning: [storageOver(CAPACITY_THRESHOLDS.warning)],
  overError: [storageOver(CAPACITY_THRESHOLDS.error)],
  failed: [equals('description', DESCRIPTION_STATES.failed)],
  offlineOverDay: [equals('status', ONLINE_STATUS_LABELS.offline), { propertyKey: 'lastContact', operator: '<', value: '1d' }],
} satisfies Record<string, FilterToken[]>;

export type CounterKey = keyof typeof COUNTER_FILTERS;

/** Filters for a chart's bar or segment: one property equal to the bar's value. */
export const CHART_PROPERTIES = {
  state: 'state',
  versions: 'softwareVersion',
  installingVersions: 'installingVersion',
  types: 'type',
  storageBands: 'storageBand',
  contactBands: 'contactBand',
} as const;

/** A link to the inventory with these filters, within one region when given. */
export function overviewHref(tokens: readonly FilterToken[], region?: string): string {
  return inventoryHref(region ? [...tokens, equals('region', region)] : tokens);
}

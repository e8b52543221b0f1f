import type { CollectionPreferencesProps } from '@cloudscape-design/components/collection-preferences';
import type { TableProps } from '@cloudscape-design/components/table';
import type { ReactNode } from 'react';
import { count } from '@/lib/plural';
import { codeLabel } from '@/lib/rules/device-types';
import type { FleetRow } from '../../api/fleet-types';
import { COLUMN_LABELS } from '../../model/column-labels';
import type { RowProperty } from '../../model/properties';
import {
  contactBandOf, descriptionOf, installing, installingVersionOf, installStateOf, memoryPercent, nameOf, onlineOf, otherTagsText, softwareNumber,
  stateLabelOf, storageBandOf, storagePercent, tagsText, typeCodeOf, typeNameOf, versionOf, type RowContext,
} from '../../model/row-values';
import { DeviceIdCell, PercentCell, SoftwareCell, StateCell, StatusCell, StatusHeader, TimeCell, TruncatedCell, TypeCell } from './cells';

// The inventory table's one registry of fields, as Cloudscape's demos keep a table-config
// per table: the columns (id, header, cell, sorting), the property filter's properties,
// which columns show by default and the preferences' options all derive from FIELDS.

/** The device page of a row, with its region so multi-region fleets open the right one. */
export function deviceHref(row: FleetRow): string {
  return `/devices/${encodeURIComponent(row.managedDeviceId)}?region=${encodeURIComponent(row.region)}`;
}

export interface CellOptions {
  /** The threshold, and the time the columns were made: a cell that ages with the clock reads `useNow` itself (StatusCell). */
  ctx: RowContext;
  /** Called before following a device link (seeds the detail page's cache). */
  onOpen: (row: FleetRow) => void;
}

/** A field of a device row: a filter and sort property, and a column unless `filterOnly`. */
interface Field extends RowProperty {
  /** The column's cell; by default the value as text, "-" when absent. */
  cell?: (row: FleetRow, opts: CellOptions) => ReactNode;
  /** A property of the filter, not a column. */
  filterOnly?: true;
  /** Shown only when the connection has several regions (column, preferences, filter). */
  multiRegionOnly?: true;
  /** Hidden until the operator shows it in the preferences. */
  hiddenByDefault?: true;
  /** The row header, which the preferences cannot hide. */
  rowHeader?: true;
  /** The column's header when it says more than its label. */
  header?: (opts: CellOptions) => ReactNode;
  /** The field the column sorts by, when not its own. */
  sortBy?: string;
  /** Column width in px: the default columns together fit a 1440 px screen. */
  width?: number;
  /** The narrowest the operator can resize the column to (Cloudscape's default: 120 px). */
  minWidth?: number;
}

const ms = (d: Date | undefined) => d?.getTime();

/** Every field in column order. Keys are column ids, sorting fields, filter keys and sort keys in the URL. */
const FIELDS: readonly Field[] = [
  {
    key: 'id', label: COLUMN_LABELS.id, type: 'text', value: (r) => r.managedDeviceId, rowHeader: true, width: 212,
    cell: (r, { onOpen }) => <DeviceIdCell href={deviceHref(r)} id={r.managedDeviceId} onOpen={() => onOpen(r)} />,
  },
  { key: 'name', label: COLUMN_LABELS.name, type: 'text', value: (r) => nameOf(r), width: 145, cell: (r) => <TruncatedCell text={nameOf(r)} /> },
  { key: 'region', label: COLUMN_LABELS.region, type: 'enum', value: (r) => r.region, multiRegionOnly: true, width: 115 },
  // The product name shows and filters; the API code is on hover, in the filter's suggestions and matches too.
  { key: 'type', label: COLUMN_LABELS.type, type: 'enum', value: (r) => typeNameOf(r), alt: (r) => typeCodeOf(r), width: 180, cell: (r) => <TypeCell code={typeCodeOf(r)} /> },
  { key: 'state', label: COLUMN_LABELS.state, type: 'enum', value: (r) => stateLabelOf(r), alt: (r) => r.detail?.deviceState, width: 125, cell: (r) => <StateCell row={r} /> },
  // Status shows when the device last reached out under it, and sorts by that; Last contact alone is in the preferences.
  {
    key: 'status', label: COLUMN_LABELS.status, type: 'enum', value: (r, ctx) => onlineOf(r, ctx), width: 125, sortBy: 'lastContact',
    cell: (r, { ctx }) => <StatusCell row={r} ctx={ctx} />, header: ({ ctx }) => <StatusHeader thresholdMs={ctx.onlineThresholdMs} />,
  },
  { key: 'lastContact', label: COLUMN_LABELS.lastContact, type: 'date', value: (r) => ms(r.detail?.lastReachedOutAt), width: 140, hiddenByDefault: true, cell: (r) => <TimeCell date={r.detail?.lastReachedOutAt} /> },
  { key: 'dataAge', label: COLUMN_LABELS.dataAge, type: 'date', value: (r) => ms(r.detail?.lastUpdatedAt), cell: (r) => <TimeCell date={r.detail?.lastUpdatedAt} />, hiddenByDefault: true, width: 140 },
  { key: 'software', label: COLUMN_LABELS.software, type: 'number', value: (r) => softwareNumber(r), width: 132, cell: (r) => <SoftwareCell row={r} /> },
  { key: 'installState', label: COLUMN_LABELS.installState, type: 'enum', value: (r) => codeLabel(installStateOf(r)), alt: (r) => installStateOf(r), filterOnly: true },
  { key: 'installing', label: COLUMN_LABELS.installing, type: 'enum', value: (r) => (r.detail ? (installing(r) ? 'Yes' : 'No') : undefined), filterOnly: true },
  { key: 'job', label: COLUMN_LABELS.job, type: 'text', value: (r) => r.detail?.associatedWithJob ?? r.summary.associatedWithJob, hiddenByDefault: true, width: 200, cell: (r) => <TruncatedCell text={r.detail?.associatedWithJob ?? r.summary.associatedWithJob} /> },
  { key: 'storage', label: COLUMN_LABELS.storage, type: 'number', value: (r) => storagePercent(r), minWidth: 100, cell: (r) => <PercentCell value={storagePercent(r)} /> },
  { key: 'memory', label: COLUMN_LABELS.memory, type: 'number', value: (r) => memoryPercent(r), cell: (r) => <PercentCell value={memoryPercent(r)} />, hiddenByDefault: true, width: 125 },
  // Filter-only fields the fleet overview's links use: each is the rule the overview counts by.
  { key: 'description', label: COLUMN_LABELS.description, type: 'enum', value: (r) => descriptionOf(r), filterOnly: true, noFreeText: true },
  { key: 'softwareVersion', label: COLUMN_LABELS.softwareVersion, type: 'enum', value: (r) => versionOf(r), filterOnly: true, noFreeText: true },
  { key: 'installingVersion', label: COLUMN_LABELS.installingVersion, type: 'enum', value: (r) => installingVersionOf(r), filterOnly: true, noFreeText: true },
  { key: 'storageBand', label: COLUMN_LABELS.storageBand, type: 'enum', value: (r) => storageBandOf(r), filterOnly: true, noFreeText: true },
  { key: 'contactBand', label: COLUMN_LABELS.contactBand, type: 'enum', value: (r, ctx) => contactBandOf(r, ctx), filterOnly: true, noFreeText: true },
  // The Name tag has its own column; the Tags column shows the others (the filter still finds Name here).
  { key: 'tags', label: COLUMN_LABELS.tags, type: 'text', value: (r) => tagsText(r) || undefined, cell: (r) => <TruncatedCell text={otherTagsText(r)} />, hiddenByDefault: true, width: 220 },
];

const COLUMNS = FIELDS.filter((f) => !f.filterOnly);
const shown = (multiRegion: boolean) => (f: Field) => multiRegion || !f.multiRegionOnly;

/** Every field as a filter and sort property: what a filter or sort from the URL may name. */
export const ROW_PROPERTIES: readonly RowProperty[] = FIELDS;

/** The properties the property filter offers. */
export function filterProperties(multiRegion: boolean): RowProperty[] {
  return FIELDS.filter(shown(multiRegion));
}

/** Column definitions; a column sorts by its own field (Status by last contact). */
export function inventoryColumns(opts: CellOptions): TableProps.ColumnDefinition<FleetRow>[] {
  return COLUMNS.map((f) => ({
    id: f.key,
    header: f.header ? f.header(opts) : f.label,
    cell: f.cell ? (r: FleetRow) => f.cell!(r, opts) : (r: FleetRow) => f.value(r, opts.ctx) ?? '-',
    sortingField: f.sortBy ?? f.key,
    isRowHeader: f.rowHeader,
    width: f.width,
    minWidth: f.minWidth,
  }));
}

/** Column ids, in their default order. */
export const COLUMN_IDS: readonly string[] = COLUMNS.map((f) => f.key);

/** Which columns show, and in which order, before the operator changes it. */
export function defaultContentDisplay(): CollectionPreferencesProps.ContentDisplayItem[] {
  return COLUMNS.map((f) => ({ id: f.key, visible: !f.hiddenByDefault }));
}

/** The saved column display, without the columns this connection does not show. */
export function columnDisplay(display: readonly CollectionPreferencesProps.ContentDisplayItem[], multiRegion: boolean): CollectionPreferencesProps.ContentDisplayItem[] {
  const hidden = new Set(COLUMNS.filter((f) => !shown(multiRegion)(f)).map((f) => f.key));
  return display.filter((c) => !hidden.has(c.id));
}

/** The preferences' column list: every column shown for this connection, the row header always visible. */
export function contentDisplayOptions(multiRegion: boolean): CollectionPreferencesProps.ContentDisplayOption[] {
  return COLUMNS.filter(shown(multiRegion)).map((f) => ({ id: f.key, label: f.label, alwaysVisible: f.rowHeader }));
}

export const PAGE_SIZES = [20, 50, 100, 200];
export const PAGE_SIZE_OPTIONS = PAGE_SIZES.map((value) => ({ value, label: count(value, 'device') }));

/** The inventory table's preferences, as saved (the saved shape is this object). */
export interface TablePreferences {
  pageSize: number;
  wrapLines: boolean;
  stripedRows: boolean;
  contentDensity: 'comfortable' | 'compact';
  contentDisplay: CollectionPreferencesProps.ContentDisplayItem[];
}

/** The table's preferences before the operator changes them; density follows the app's setting. */
export function defaultTablePreferences(density: TablePreferences['contentDensity']): TablePreferences {
  return {
    pageSize: 50,
    wrapLines: false,
    stripedRows: false,
    contentDensity: density,
    contentDisplay: defaultContentDisplay(),
  };
}

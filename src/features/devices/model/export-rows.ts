// The export's text: one record per device, as CSV (the table's column names and words, for
// spreadsheets) or JSON (the API's member names and codes, for scripts). Pure; downloading is the page's part.
import { describeError } from '@/lib/errors';
import type { FleetRow } from '../api/fleet-types';
import { COLUMN_LABELS } from './column-labels';
import {
  installedVersionOf, installingVersionOf, installStateOf, memoryPercent, nameOf, onlineOf, stateLabelOf, storagePercent, tagsOf, typeCodeOf, typeNameOf,
  type RowContext,
} from './row-values';
import { codeLabel } from '@/lib/rules/device-types';

/** Whether a row's DescribeDevice answered: the export says so for every row. */
export type DetailStatus = 'described' | 'not-described' | 'failed' | 'earlier-only';

export function detailStatus(row: FleetRow): DetailStatus {
  if (row.detailError) return row.detail ? 'earlier-only' : 'failed';
  return row.detail ? 'described' : 'not-described';
}

/** The Described column of the CSV: "Yes", "Not yet", or why not. */
export function describedText(row: FleetRow): string {
  const status = detailStatus(row);
  if (status === 'described') return 'Yes';
  if (status === 'not-described') return 'Not yet';
  const reason = describeError(row.detailError).title;
  return status === 'failed' ? `No: ${reason}` : `Earlier description only (the latest failed: ${reason})`;
}

/** What an export of these rows holds: for the menu, before writing it. */
export function exportCounts(rows: readonly FleetRow[]): { devices: number; notDescribed: number; failed: number } {
  let notDescribed = 0;
  let failed = 0;
  for (const r of rows) {
    const s = detailStatus(r);
    if (s === 'not-described') notDescribed++;
    else if (s === 'failed') failed++;
  }
  return { devices: rows.length, notDescribed, failed };
}

/** One flat record per device with the API's member names: the JSON export's shape. */
export function exportRecord(row: FleetRow, ctx: RowContext) {
  const d = row.detail;
  return {
    region: row.region,
    managedDeviceId: row.managedDeviceId,
    detailStatus: detailStatus(row),
    detailError: row.detailError ? describeError(row.detailError).title : undefined,
    name: nameOf(row) ?? '',
    deviceType: d?.deviceType ?? '',
    deviceTypeName: typeNameOf(row) ?? '',
    deviceState: d?.deviceState ?? '',
    status: onlineOf(row, ctx) ?? '',
    lastReachedOutAt: d?.lastReachedOutAt?.toISOString() ?? '',
    lastUpdatedAt: d?.lastUpdatedAt?.toISOString() ?? '',
    softwareVersion: installedVersionOf(row) ?? '',
    installState: installStateOf(row) ?? '',
    installingVersion: installingVersionOf(row) ?? '',
    associatedWithJob: d?.associatedWithJob ?? row.summary.associatedWithJob ?? '',
    storageUsedPercent: storagePercent(row) ?? '',
    memoryUsedPercent: memoryPercent(row) ?? '',
    managedDeviceArn: d?.managedDeviceArn ?? row.summary.managedDeviceArn ?? '',
    tags: tagsOf(row),
  };
}

type CsvValue = string | number;

/** The CSV's columns in the table's order, under the table's names (plus the few it leaves out). */
const CSV_COLUMNS: ReadonlyArray<[header: string, value: (row: FleetRow, ctx: RowContext) => CsvValue | undefined]> = [
  [COLUMN_LABELS.id, (r) => r.managedDeviceId],
  ['Described', (r) => describedText(r)],
  [COLUMN_LABELS.name, (r) => nameOf(r)],
  [COLUMN_LABELS.region, (r) => r.region],
  [COLUMN_LABELS.type, (r) => typeNameOf(r)],
  [COLUMN_LABELS.state, (r) => stateLabelOf(r)],
  [COLUMN_LABELS.status, (r, ctx) => onlineOf(r, ctx)],
  [COLUMN_LABELS.lastContact, (r) => r.detail?.lastReachedOutAt?.toISOString()],
  [COLUMN_LABELS.dataAge, (r) => r.detail?.lastUpdatedAt?.toISOString()],
  [COLUMN_LABELS.software, (r) => installedVersionOf(r)],
  ['Installing version', (r) => installingVersionOf(r)],
  [COLUMN_LABELS.installState, (r) => codeLabel(installStateOf(r))],
  [COLUMN_LABELS.job, (r) => r.detail?.associatedWithJob ?? r.summary.associatedWithJob],
  [`${COLUMN_LABELS.storage} (%)`, (r) => storagePercent(r)],
  [`${COLUMN_LABELS.memory} (%)`, (r) => memoryPercent(r)],
  ['ARN', (r) => r.detail?.managedDeviceArn ?? r.summary.managedDeviceArn],
  [COLUMN_LABELS.tags, (r) => Object.entries(tagsOf(r)).map(([k, v]) => `${k}=${v}`).join('; ')],
  // The API's code of the Type column, for formulas and scripts that work on codes.
  ['Type code', (r) => typeCodeOf(r)],
];

/** The headers of the CSV export, in order. */
export const CSV_HEADERS: readonly string[] = CSV_COLUMNS.map(([h]) => h);

/**
 * RFC 4180 field: quoted when it holds a comma, quote or line break, quotes doubled.
 * Text starting with = + - @ is prefixed with ' so a spreadsheet does not run it as a formula.
 */
export function csvField(value: CsvValue): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 byte-order mark: spreadsheets then read "Łódź depot" as written, not as Latin-1. */
export const BOM = '\uFEFF';

/** The rows as CSV: byte-order mark, header line, one line per row, CRLF line ends; tags as `key=value; key=value`. */
export function toCsv(rows: readonly FleetRow[], ctx: RowContext): string {
  const lines = [CSV_HEADERS.map(csvField).join(',')];
  for (const row of rows) lines.push(CSV_COLUMNS.map(([, value]) => csvField(value(row, ctx) ?? '')).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

/** The rows as JSON with the API's member names; `detailStatus` says which rows are not described. */
export function toJson(rows: readonly FleetRow[], ctx: RowContext): string {
  return JSON.stringify(rows.map((r) => exportRecord(r, ctx)), null, 2);
}

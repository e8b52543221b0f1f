// The export's text: one flat record per device, as CSV or JSON. Pure; downloading is the page's part.
import type { FleetRow } from '../api/fleet-store';
import {
  installedVersionOf, installingVersionOf, installStateOf, memoryPercent, nameOf, onlineOf, storagePercent, tagsOf, type RowContext,
} from './row-values';

/** One flat record per device: the export's shape (same fields in CSV and JSON). */
export function exportRecord(row: FleetRow, ctx: RowContext) {
  const d = row.detail;
  return {
    region: row.region,
    managedDeviceId: row.managedDeviceId,
    name: nameOf(row) ?? '',
    deviceType: d?.deviceType ?? '',
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

/**
 * RFC 4180 field: quoted when it holds a comma, quote or line break, quotes doubled.
 * Text starting with = + - @ is prefixed with ' so a spreadsheet does not run it as a formula.
 */
export function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The rows as CSV (header line first, CRLF line ends); tags as `key=value; key=value`. */
export function toCsv(rows: readonly FleetRow[], ctx: RowContext): string {
  const lines: string[] = [];
  for (const row of rows) {
    const r = exportRecord(row, ctx);
    const tags = Object.entries(r.tags).map(([k, v]) => `${k}=${v}`).join('; ');
    if (lines.length === 0) lines.push(Object.keys(r).map(csvField).join(','));
    lines.push(Object.values({ ...r, tags }).map((v) => csvField(v as string | number)).join(','));
  }
  if (lines.length === 0) lines.push(Object.keys(exportRecord({ key: '', region: '', managedDeviceId: '', summary: {} }, ctx)).join(','));
  return lines.join('\r\n') + '\r\n';
}

export function toJson(rows: readonly FleetRow[], ctx: RowContext): string {
  return JSON.stringify(rows.map((r) => exportRecord(r, ctx)), null, 2);
}

import { totalUsedPercent } from '@/lib/rules/capacity';
import { ONLINE_STATUS_LABELS, onlineStatus } from '@/lib/rules/online';
import type { FleetRow } from '../api/fleet-store';

/** What a row's derived values depend on besides the row itself. */
export interface RowContext {
  now: number;
  /** Online when the device reached out within this many ms. */
  onlineThresholdMs: number;
}

/** Latest tags: DescribeDevice's when it answered, else ListDevices'. */
export function tagsOf(row: FleetRow): Record<string, string> {
  return row.detail?.tags ?? row.summary.tags ?? {};
}

export function nameOf(row: FleetRow): string | undefined {
  return tagsOf(row).Name;
}

/** Online or Offline as the inventory shows, filters and exports it; undefined until described. */
export function onlineOf(row: FleetRow, ctx: RowContext): 'Online' | 'Offline' | undefined {
  const status = onlineStatus(row.detail, ctx.onlineThresholdMs, ctx.now);
  return status === 'unknown' ? undefined : ONLINE_STATUS_LABELS[status];
}

/** "NA" is the service's way of saying "nothing"; treat it as absent. */
function present(value: string | undefined): string | undefined {
  return value && value.toUpperCase() !== 'NA' ? value : undefined;
}

/** Installed software build number as a number ("122" → 122), for numeric comparison. */
export function softwareNumber(row: FleetRow): number | undefined {
  const v = present(row.detail?.software?.installedVersion);
  const n = v === undefined ? NaN : Number.parseFloat(v);
  return Number.isFinite(n) ? n : undefined;
}

export function installStateOf(row: FleetRow): string | undefined {
  return present(row.detail?.software?.installState);
}

export function installingVersionOf(row: FleetRow): string | undefined {
  return present(row.detail?.software?.installingVersion);
}

const SETTLED_INSTALL_STATES = new Set(['INSTALLED', 'COMPLETED', 'SUCCEEDED', 'SUCCESS', 'NONE', 'IDLE', 'FAILED']);

/** An install is in progress when a version is being installed or the state says so. */
export function installing(row: FleetRow): boolean {
  if (installingVersionOf(row)) return true;
  const state = installStateOf(row);
  return state !== undefined && !SETTLED_INSTALL_STATES.has(state.toUpperCase());
}

/** Storage in use across every storage capacity (HDD and SSD), in percent. */
export function storagePercent(row: FleetRow): number | undefined {
  return totalUsedPercent((row.detail?.deviceCapacities ?? []).filter((c) => /storage/i.test(c.name ?? '')));
}

/** Memory in use, in percent. */
export function memoryPercent(row: FleetRow): number | undefined {
  return totalUsedPercent((row.detail?.deviceCapacities ?? []).filter((c) => /memory/i.test(c.name ?? '')));
}

/** Tags as `key=value` text, for display, free-text search and export. */
export function tagsText(row: FleetRow): string {
  return Object.entries(tagsOf(row))
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

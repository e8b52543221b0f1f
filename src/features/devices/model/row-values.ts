import { totalUsedPercent } from '@/lib/rules/capacity';
import { codeLabel, deviceTypeName } from '@/lib/rules/device-types';
import { ONLINE_STATUS_LABELS, onlineStatus } from '@/lib/rules/online';
import { installInProgress, reported } from '@/lib/rules/software';
import type { FleetRow } from '../api/fleet-types';
import { contactBand, storageBand, type ContactBand, type StorageBand } from './bands';

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

/** The device type's API code, as DescribeDevice reports it. */
export function typeCodeOf(row: FleetRow): string | undefined {
  return row.detail?.deviceType || undefined;
}

/** The device type by product name ("Snowcone SSD"); an unknown code as it is. */
export function typeNameOf(row: FleetRow): string | undefined {
  return deviceTypeName(row.detail?.deviceType);
}

/** Lock state in the console's words ("Unlocked"). */
export function stateLabelOf(row: FleetRow): string | undefined {
  return codeLabel(row.detail?.deviceState);
}

/** Online or Offline as the inventory shows, filters and exports it; undefined until described. */
export function onlineOf(row: FleetRow, ctx: RowContext): 'Online' | 'Offline' | undefined {
  const status = onlineStatus(row.detail, ctx.onlineThresholdMs, ctx.now);
  return status === 'unknown' ? undefined : ONLINE_STATUS_LABELS[status];
}

/** Installed software build number as a number ("122" → 122), for numeric comparison. */
export function softwareNumber(row: FleetRow): number | undefined {
  const v = installedVersionOf(row);
  const n = v === undefined ? NaN : Number.parseFloat(v);
  return Number.isFinite(n) ? n : undefined;
}

export function installedVersionOf(row: FleetRow): string | undefined {
  return reported(row.detail?.software?.installedVersion);
}

export function installStateOf(row: FleetRow): string | undefined {
  return reported(row.detail?.software?.installState);
}

export function installingVersionOf(row: FleetRow): string | undefined {
  return reported(row.detail?.software?.installingVersion);
}

/** An install is in progress on the device (see installInProgress). */
export function installing(row: FleetRow): boolean {
  return installInProgress(row.detail?.software);
}

/** Storage in use across every storage capacity (HDD and SSD), in percent. */
export function storagePercent(row: FleetRow): number | undefined {
  return totalUsedPercent((row.detail?.deviceCapacities ?? []).filter((c) => /storage/i.test(c.name ?? '')));
}

/** Memory in use, in percent. */
export function memoryPercent(row: FleetRow): number | undefined {
  return totalUsedPercent((row.detail?.deviceCapacities ?? []).filter((c) => /memory/i.test(c.name ?? '')));
}

/** Tags other than Name (which has its own column) as `key=value` text, for the Tags column. */
export function otherTagsText(row: FleetRow): string {
  return Object.entries(tagsOf(row))
    .filter(([k]) => k !== 'Name')
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

/** Tags as `key=value` text, for free-text search and export. */
export function tagsText(row: FleetRow): string {
  return Object.entries(tagsOf(row))
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

/** Whether DescribeDevice answered for the row: the Description filter's values. */
export const DESCRIPTION_STATES = { described: 'Described', failed: 'Could not be described', waiting: 'Not described yet' } as const;

/** The row's description state; a row whose latest describe failed reads as failed even with an earlier description. */
export function descriptionOf(row: FleetRow): (typeof DESCRIPTION_STATES)[keyof typeof DESCRIPTION_STATES] {
  if (row.detailError) return DESCRIPTION_STATES.failed;
  return row.detail ? DESCRIPTION_STATES.described : DESCRIPTION_STATES.waiting;
}

/** Text for a described device that reports no software version. */
export const NO_VERSION = 'None reported';

/** The installed version as the overview groups and the inventory filters it; undefined until described. */
export function versionOf(row: FleetRow): string | undefined {
  return row.detail ? (installedVersionOf(row) ?? NO_VERSION) : undefined;
}

/** Storage use band (see bands.ts); undefined until described. */
export function storageBandOf(row: FleetRow): StorageBand | undefined {
  return row.detail ? storageBand(storagePercent(row)) : undefined;
}

/** Last contact age band (see bands.ts); undefined until described. */
export function contactBandOf(row: FleetRow, ctx: RowContext): ContactBand | undefined {
  return row.detail ? contactBand(row.detail.lastReachedOutAt, ctx.now) : undefined;
}

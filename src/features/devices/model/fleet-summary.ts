import type { FleetRow } from '../api/fleet-types';
import { installing, onlineOf, type RowContext } from './row-values';

/** Counts over the fleet for the summary strip, and how much of the fleet they cover (counts by type are the overview's). */
export interface FleetSummary {
  online: number;
  offline: number;
  states: Map<string, number>;
  installing: number;
  /** Rows listed. */
  total: number;
  /** Rows with a description: what every count above covers. */
  described: number;
  /** Rows whose DescribeDevice failed (and that have no earlier description). */
  failed: number;
  /** Rows not described yet. */
  waiting: number;
}

const bump = (m: Map<string, number>, k: string | undefined) => k && m.set(k, (m.get(k) ?? 0) + 1);

/**
 * Counts over the whole fleet, from described devices only. A row whose latest describe
 * failed still counts with the description it had, if any; without one it counts as failed.
 */
export function summarize(rows: readonly FleetRow[], ctx: RowContext): FleetSummary {
  const s: FleetSummary = { online: 0, offline: 0, states: new Map(), installing: 0, total: rows.length, described: 0, failed: 0, waiting: 0 };
  for (const r of rows) {
    if (!r.detail) {
      if (r.detailError) s.failed++;
      else s.waiting++;
      continue;
    }
    s.described++;
    if (onlineOf(r, ctx) === 'Online') s.online++;
    else s.offline++;
    bump(s.states, r.detail.deviceState);
    if (installing(r)) s.installing++;
  }
  return s;
}

/** Whether the counts cover only part of the fleet (descriptions missing, or the listing not finished). */
export function isPartial(s: FleetSummary, listing: boolean): boolean {
  return listing || s.described < s.total;
}

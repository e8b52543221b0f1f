import type { FleetRow } from '../api/fleet-store';
import { installing, onlineOf, type RowContext } from './row-values';

/** Counts over the fleet for the summary strip. */
export interface FleetSummary {
  online: number;
  offline: number;
  states: Map<string, number>;
  types: Map<string, number>;
  installing: number;
}

const bump = (m: Map<string, number>, k: string | undefined) => k && m.set(k, (m.get(k) ?? 0) + 1);

/** Counts over the whole fleet (described devices only). */
export function summarize(rows: readonly FleetRow[], ctx: RowContext): FleetSummary {
  const s: FleetSummary = { online: 0, offline: 0, states: new Map(), types: new Map(), installing: 0 };
  for (const r of rows) {
    if (!r.detail) continue;
    if (onlineOf(r, ctx) === 'Online') s.online++;
    else s.offline++;
    bump(s.states, r.detail.deviceState);
    bump(s.types, r.detail.deviceType);
    if (installing(r)) s.installing++;
  }
  return s;
}

import { describeError, type ErrorDescription, type ErrorKind } from '@/lib/errors';
import type { FleetRow } from '../api/fleet-types';

/** Rows whose DescribeDevice failed for one kind of reason, described by the first of them. */
export interface FailureGroup {
  kind: ErrorKind;
  description: ErrorDescription;
  rows: number;
  /** Of those, rows that still show an earlier description. */
  withEarlier: number;
  regions: string[];
}

/** Failed rows grouped by error kind (the error map's kinds), largest group first. */
export function groupFailures(rows: readonly FleetRow[]): FailureGroup[] {
  const groups = new Map<ErrorKind, FailureGroup>();
  for (const r of rows) {
    if (!r.detailError) continue;
    const d = describeError(r.detailError);
    const g = groups.get(d.kind) ?? { kind: d.kind, description: d, rows: 0, withEarlier: 0, regions: [] };
    g.rows++;
    if (r.detail) g.withEarlier++;
    if (!g.regions.includes(r.region)) g.regions.push(r.region);
    groups.set(d.kind, g);
  }
  return [...groups.values()].sort((a, b) => b.rows - a.rows);
}

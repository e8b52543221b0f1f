import type { Capacity } from '@aws-sdk/client-snow-device-management';

/** Usage levels: a warning above 80 % used, an error above 95 %. */
export const CAPACITY_THRESHOLDS = { warning: 80, error: 95 } as const;

export type CapacityLevel = 'ok' | 'warning' | 'error';

/**
 * The amount in use: `used` when the device reports it, else total minus available, kept
 * within 0..total. Undefined when the device has none of this capacity (total 0, e.g. no
 * SSD on a Snowcone) or reports neither used nor available.
 */
export function usedAmount(c: Capacity): number | undefined {
  if (!c.total) return undefined;
  const used = c.used ?? (c.available !== undefined ? c.total - c.available : undefined);
  return used === undefined ? undefined : Math.min(c.total, Math.max(0, used));
}

/** Percentage of one capacity in use (not rounded: a progress bar's value). */
export function usedPercent(c: Capacity): number | undefined {
  const used = usedAmount(c);
  return used === undefined || !c.total ? undefined : (used / c.total) * 100;
}

/**
 * Percentage in use across several capacities (HDD and SSD storage together), to one
 * decimal; capacities without a known amount in use are left out of both sums.
 */
export function totalUsedPercent(capacities: readonly Capacity[]): number | undefined {
  let used = 0;
  let total = 0;
  for (const c of capacities) {
    const u = usedAmount(c);
    if (u === undefined || !c.total) continue;
    used += u;
    total += c.total;
  }
  return total > 0 ? Math.round((used / total) * 1000) / 10 : undefined;
}

/** The level of a usage percentage (see CAPACITY_THRESHOLDS); ok when unknown. */
export function capacityLevel(percent: number | undefined): CapacityLevel {
  if (percent === undefined) return 'ok';
  if (percent > CAPACITY_THRESHOLDS.error) return 'error';
  if (percent > CAPACITY_THRESHOLDS.warning) return 'warning';
  return 'ok';
}

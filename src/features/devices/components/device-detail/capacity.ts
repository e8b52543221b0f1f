import type { Capacity } from '@aws-sdk/client-snow-device-management';

/** Percentage used, or undefined when the device has none of this capacity. */
export function usedPercent(c: Capacity): number | undefined {
  if (!c.total) return undefined;
  const used = c.used ?? (c.available !== undefined ? c.total - c.available : undefined);
  return used === undefined ? undefined : Math.min(100, Math.max(0, (used / c.total) * 100));
}

/** Warning above 80% used, error above 95%. */
export function capacityLevel(percent: number | undefined): 'ok' | 'warning' | 'error' {
  if (percent === undefined) return 'ok';
  if (percent > 95) return 'error';
  if (percent > 80) return 'warning';
  return 'ok';
}

/** vCPUs of an instance: cores times threads per core. */
export function vcpus(cpu: { coreCount?: number; threadsPerCore?: number } | undefined): number | undefined {
  if (!cpu?.coreCount) return undefined;
  return cpu.coreCount * (cpu.threadsPerCore ?? 1);
}

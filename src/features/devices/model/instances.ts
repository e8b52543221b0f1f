/** vCPUs of an instance: cores times threads per core. */
export function vcpus(cpu: { coreCount?: number; threadsPerCore?: number } | undefined): number | undefined {
  if (!cpu?.coreCount) return undefined;
  return cpu.coreCount * (cpu.threadsPerCore ?? 1);
}

/** vCPUs of an instance: cores times threads per core. */
export function vcpus(cpu: { coreCount?: number; threadsPerCore?: number } | undefined): number | undefined {
  if (!cpu?.coreCount) return undefined;
  return cpu.coreCount * (cpu.threadsPerCore ?? 1);
}

/** Block devices as "/dev/sda: s.vol-… (attached)", comma-separated; undefined when none. */
export function blockDevicesText(mappings: ReadonlyArray<{ deviceName?: string; ebs?: { volumeId?: string; status?: string } }> | undefined): string | undefined {
  if (!mappings?.length) return undefined;
  return mappings.map((b) => `${b.deviceName ?? '?'}: ${b.ebs?.volumeId ?? '?'} (${b.ebs?.status?.toLowerCase() ?? 'unknown'})`).join(', ');
}

/** Security groups as "default (s.sg-…)", comma-separated; undefined when none. */
export function securityGroupsText(groups: ReadonlyArray<{ groupName?: string; groupId?: string }> | undefined): string | undefined {
  const text = (groups ?? []).map((g) => (g.groupName && g.groupId ? `${g.groupName} (${g.groupId})` : g.groupName ?? g.groupId ?? '')).filter(Boolean).join(', ');
  return text || undefined;
}

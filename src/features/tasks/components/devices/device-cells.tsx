import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { ONLINE_STATUS_LABELS } from '@/lib/rules/online';
import { Words } from '../nowrap';
import type { DeviceFacts } from './use-device-facts';

const LOCK: Record<string, { type: 'success' | 'warning' | 'in-progress'; label: string }> = {
  UNLOCKED: { type: 'success', label: 'Unlocked' },
  LOCKED: { type: 'warning', label: 'Locked' },
  UNLOCKING: { type: 'in-progress', label: 'Unlocking' },
};

/** Lock state as the device page shows it; loading while DescribeDevice has not answered. */
export function DeviceStateCell({ facts }: { facts: DeviceFacts | undefined }) {
  if (!facts || facts.pending) return <StatusIndicator type="loading"><Words>Loading</Words></StatusIndicator>;
  if (facts.failed) return <StatusIndicator type="warning"><Words>Not read</Words></StatusIndicator>;
  const lock = facts.state ? LOCK[facts.state] : undefined;
  return lock ? <StatusIndicator type={lock.type}><Words>{lock.label}</Words></StatusIndicator> : <>{facts.state ?? '-'}</>;
}

/** Online or offline, from when the device last reached out (src/lib/rules/online). */
export function DeviceStatusCell({ facts }: { facts: DeviceFacts | undefined }) {
  if (!facts || facts.pending) return <>-</>;
  if (facts.status === 'unknown') return <StatusIndicator type="pending"><Words>{ONLINE_STATUS_LABELS.unknown}</Words></StatusIndicator>;
  return <StatusIndicator type={facts.status === 'online' ? 'success' : 'stopped'}><Words>{ONLINE_STATUS_LABELS[facts.status]}</Words></StatusIndicator>;
}

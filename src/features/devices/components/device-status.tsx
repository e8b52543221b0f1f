import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { codeLabel } from '@/lib/rules/device-types';
import { ONLINE_STATUS_LABELS, type OnlineStatus } from '@/lib/rules/online';

const ONLINE_TYPE = { online: 'success', offline: 'stopped', unknown: 'pending' } as const;

/** A device's online status as a status indicator (inventory and device page). */
export function OnlineIndicator({ status }: { status: OnlineStatus }) {
  return <StatusIndicator type={ONLINE_TYPE[status]}>{ONLINE_STATUS_LABELS[status]}</StatusIndicator>;
}

/** A device's lock state in the console's words, as a status indicator. */
export function LockState({ state }: { state: string | undefined }) {
  if (state === 'UNLOCKED') return <StatusIndicator type="success">Unlocked</StatusIndicator>;
  if (state === 'LOCKED') return <StatusIndicator type="warning">Locked</StatusIndicator>;
  if (state === 'UNLOCKING') return <StatusIndicator type="in-progress">Unlocking</StatusIndicator>;
  return <>{codeLabel(state) ?? '-'}</>;
}

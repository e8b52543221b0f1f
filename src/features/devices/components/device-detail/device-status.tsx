import StatusIndicator from '@cloudscape-design/components/status-indicator';

/** Online when the device reached out within the threshold. */
export function isOnline(lastReachedOutAt: Date | undefined, thresholdMinutes: number, now = Date.now()): boolean | undefined {
  if (!lastReachedOutAt) return undefined;
  return now - lastReachedOutAt.getTime() <= thresholdMinutes * 60_000;
}

export function OnlineStatus({ online }: { online: boolean | undefined }) {
  if (online === undefined) return <StatusIndicator type="pending">Unknown</StatusIndicator>;
  return online ? <StatusIndicator type="success">Online</StatusIndicator> : <StatusIndicator type="stopped">Offline</StatusIndicator>;
}

export function LockState({ state }: { state: string | undefined }) {
  if (state === 'UNLOCKED') return <StatusIndicator type="success">Unlocked</StatusIndicator>;
  if (state === 'LOCKED') return <StatusIndicator type="warning">Locked</StatusIndicator>;
  if (state === 'UNLOCKING') return <StatusIndicator type="in-progress">Unlocking</StatusIndicator>;
  return <>{state ?? '-'}</>;
}

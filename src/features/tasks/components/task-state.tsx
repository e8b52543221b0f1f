import StatusIndicator from '@cloudscape-design/components/status-indicator';

/** A task's own state (not its executions'). */
export function TaskStateIndicator({ state }: { state: string | undefined }) {
  if (state === 'IN_PROGRESS') return <StatusIndicator type="in-progress">In progress</StatusIndicator>;
  if (state === 'COMPLETED') return <StatusIndicator type="success">Completed</StatusIndicator>;
  if (state === 'CANCELED') return <StatusIndicator type="stopped">Canceled</StatusIndicator>;
  return <>{state ?? '-'}</>;
}

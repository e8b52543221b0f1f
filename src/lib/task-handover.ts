/**
 * Handover to task creation (/tasks/create): views navigate there with this as the
 * router state (not the URL: a selection can be thousands of devices).
 */
export interface TaskCreationState {
  command?: 'reboot' | 'unlock';
  targets: Array<{ managedDeviceId: string; region: string }>;
  /** Operation this one retries: the new tasks are tagged `snow-dashboard:retry-of`. */
  retryOf?: string;
  /** Description to start from (the operator can still change it). */
  description?: string;
}

/** Builds the router state for `navigate('/tasks/create', { state })`. */
export function taskCreationState(
  command: TaskCreationState['command'],
  targets: TaskCreationState['targets'],
  extra: Pick<TaskCreationState, 'retryOf' | 'description'> = {},
): TaskCreationState {
  return { command, targets, ...extra };
}

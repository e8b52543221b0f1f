/**
 * Handover to task creation (/tasks/create): views navigate there with this as the
 * router state (not the URL: a selection can be thousands of devices).
 */
export interface TaskCreationState {
  command?: 'reboot' | 'unlock';
  targets: Array<{ managedDeviceId: string; region: string }>;
}

/** Builds the router state for `navigate('/tasks/create', { state })`. */
export function taskCreationState(command: TaskCreationState['command'], targets: TaskCreationState['targets']): TaskCreationState {
  return { command, targets };
}

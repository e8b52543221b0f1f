/**
 * "These devices may have changed": said by whatever learns it (an execution the dashboard
 * follows ended, a task was seen completed or canceled, tags were written) and heard by the
 * views that show devices (the inventory's fleet, the device page), which describe them
 * again through the scheduler. Features talk through this instead of importing each other.
 */
export interface DeviceRef {
  region: string;
  managedDeviceId: string;
}

type Listener = (devices: readonly DeviceRef[]) => void;
const listeners = new Set<Listener>();

/** Asks every device view to describe these devices again. */
export function announceDeviceChange(devices: readonly DeviceRef[]): void {
  if (devices.length === 0) return;
  listeners.forEach((l) => l(devices));
}

/** Hears device changes; returns the function that stops listening. */
export function onDeviceChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

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

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= max ? value : undefined;
}

/**
 * Reads router state handed to task creation. History state outlives the view that wrote
 * it (reloads, old tabs, other builds), so nothing is trusted: a member of the wrong shape is
 * dropped, and so is any target that is not a device id in a well-formed region.
 */
export function readTaskCreationState(state: unknown): TaskCreationState {
  const s = (state && typeof state === 'object' ? state : {}) as Record<string, unknown>;
  const seen = new Set<string>();
  const targets: TaskCreationState['targets'] = [];
  for (const t of Array.isArray(s.targets) ? (s.targets as unknown[]) : []) {
    const o = (t && typeof t === 'object' ? t : {}) as Record<string, unknown>;
    const managedDeviceId = text(o.managedDeviceId, 64);
    const region = text(o.region, 32);
    if (!managedDeviceId || !region || !REGION.test(region) || seen.has(`${region}|${managedDeviceId}`)) continue;
    seen.add(`${region}|${managedDeviceId}`);
    targets.push({ managedDeviceId, region });
  }
  return {
    command: s.command === 'reboot' || s.command === 'unlock' ? s.command : undefined,
    targets,
    retryOf: text(s.retryOf, 128),
    description: text(s.description, 128),
  };
}

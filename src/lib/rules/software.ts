import type { SoftwareInformation } from '@aws-sdk/client-snow-device-management';

/**
 * A software field as the device reported it, or undefined for "nothing": the service
 * writes the literal "NA" (in any case) where there is no value, and may send it empty.
 */
export function reported(value: string | undefined): string | undefined {
  return value && value.toUpperCase() !== 'NA' ? value : undefined;
}

/** Install states after which nothing is being installed (compared case-insensitively). */
const SETTLED_INSTALL_STATES = new Set(['INSTALLED', 'COMPLETED', 'SUCCEEDED', 'SUCCESS', 'NONE', 'IDLE', 'FAILED']);

/** An install is in progress when a version is being installed or the state is not a settled one. */
export function installInProgress(software: SoftwareInformation | undefined): boolean {
  if (reported(software?.installingVersion)) return true;
  const state = reported(software?.installState);
  return state !== undefined && !SETTLED_INSTALL_STATES.has(state.toUpperCase());
}

import { count } from '../plural';

/** Whether a device can be reached, from when it last reached out to AWS. */
export type OnlineStatus = 'online' | 'offline' | 'unknown';

/** How each status reads (inventory column and filter values, export, device page). */
export const ONLINE_STATUS_LABELS = { online: 'Online', offline: 'Offline', unknown: 'Unknown' } as const satisfies Record<OnlineStatus, string>;

/** The operator's threshold preference (minutes) in milliseconds. */
export function onlineThresholdMs(minutes: number): number {
  return minutes * 60_000;
}

/**
 * Online when the device last reached out at most `thresholdMs` before `now` (the boundary
 * counts as online). A described device without `lastReachedOutAt` has never reached out:
 * offline. Unknown only while there is no device to judge (DescribeDevice has not answered).
 */
export function onlineStatus(device: { lastReachedOutAt?: Date } | undefined, thresholdMs: number, now: number): OnlineStatus {
  if (!device) return 'unknown';
  const at = device.lastReachedOutAt;
  if (!at) return 'offline';
  return now - at.getTime() <= thresholdMs ? 'online' : 'offline';
}

/** The threshold in words ("15 minutes"), wherever online and offline are shown. */
export function onlineThresholdText(thresholdMs: number): string {
  return count(Math.round(thresholdMs / 60_000), 'minute');
}

/** What online and offline mean at this threshold, in one sentence. */
export function onlineRuleText(thresholdMs: number): string {
  return `Online: the device reached out to AWS within the last ${onlineThresholdText(thresholdMs)}. Offline: longer ago, or never.`;
}

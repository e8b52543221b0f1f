import { capacityLevel } from '@/lib/rules/capacity';

// Bands the fleet overview charts and the inventory filters by: one function per band, so a
// bar's count and the inventory's filtered count come from the same rule.

/** Storage use bands, lowest first; the 80 % and 95 % edges are the capacity rule's levels. */
export const STORAGE_BANDS = ['Up to 50 %', 'Over 50 % to 80 %', 'Over 80 % to 95 %', 'Over 95 %', 'Not reported'] as const;
export type StorageBand = (typeof STORAGE_BANDS)[number];

/** The band of a storage percentage: exactly 80 % is not over 80 %, as capacityLevel has it. */
export function storageBand(percent: number | undefined): StorageBand {
  if (percent === undefined) return 'Not reported';
  const level = capacityLevel(percent);
  if (level === 'error') return 'Over 95 %';
  if (level === 'warning') return 'Over 80 % to 95 %';
  return percent > 50 ? 'Over 50 % to 80 %' : 'Up to 50 %';
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Last contact age bands, newest first; each band holds ages from its lower edge up to (not including) the next. */
export const CONTACT_BANDS = ['Under 15 minutes', '15 minutes to 1 hour', '1 hour to 1 day', '1 to 7 days', '7 days or more', 'Never'] as const;
export type ContactBand = (typeof CONTACT_BANDS)[number];

const EDGES: ReadonlyArray<[number, ContactBand]> = [
  [15 * MINUTE, 'Under 15 minutes'],
  [HOUR, '15 minutes to 1 hour'],
  [DAY, '1 hour to 1 day'],
  [7 * DAY, '1 to 7 days'],
];

/** How long ago the device last reached out, as a band; "Never" without a time. A time ahead of `now` counts as just now. */
export function contactBand(lastReachedOutAt: Date | undefined, now: number): ContactBand {
  if (!lastReachedOutAt) return 'Never';
  const age = now - lastReachedOutAt.getTime();
  for (const [edge, band] of EDGES) if (age < edge) return band;
  return '7 days or more';
}

/** A day in ms: "offline longer than a day" compares last contact with now minus this. */
export const DAY_MS = DAY;

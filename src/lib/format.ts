const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];
const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "3 minutes ago", "in 2 hours", relative to now. */
export function formatRelative(date: Date, now: number = Date.now()): string {
  const seconds = Math.round((date.getTime() - now) / 1000);
  if (Math.abs(seconds) < 10) return 'just now';
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') return rtf.format(Math.trunc(seconds / size), unit);
  }
  return rtf.format(seconds, 'second');
}

const FIELDS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'short' };
const local = new Intl.DateTimeFormat('en-GB', FIELDS);
const utc = new Intl.DateTimeFormat('en-GB', { ...FIELDS, timeZone: 'UTC' });
const utcTime = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'UTC' });
const localDay = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: '2-digit', day: '2-digit' });
const utcDay = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });

/**
 * Absolute time in the operator's zone and in UTC ("01 Dec 2026, 11:05:00 CET (10:05:00
 * UTC)"), shown on hover next to relative times: operators compare with logs and colleagues
 * in other zones. When the operator's zone is UTC, once.
 */
export function formatAbsolute(date: Date): string {
  const here = local.format(date);
  const there = utc.format(date);
  if (here === there) return here;
  // The same calendar day in UTC: the UTC time alone; another day: the whole UTC date.
  return `${here} (${localDay.format(date) === utcDay.format(date) ? `${utcTime.format(date)} UTC` : there})`;
}

// IEC names for multiples of 1024, so a binary figure is never read as a decimal one.
const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** Human size in binary multiples of 1024 (KiB, MiB, GiB, TiB); a Snow device reports bytes. */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return '-';
  let value = bytes;
  let i = 0;
  while (Math.abs(value) >= 1024 && i < BYTE_UNITS.length - 1) {
    value /= 1024;
    i++;
  }
  return `${value >= 100 || i === 0 ? Math.round(value) : value.toFixed(1)} ${BYTE_UNITS[i]}`;
}

/** A capacity amount in its unit: bytes as sizes, counts as numbers. */
export function formatCapacity(value: number | undefined, unit: string | undefined): string {
  if (value === undefined) return '-';
  if (unit?.toLowerCase() === 'byte' || unit?.toLowerCase() === 'bytes') return formatBytes(value);
  return value.toLocaleString('en');
}

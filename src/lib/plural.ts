const rules = new Intl.PluralRules('en-US');
const numbers = new Intl.NumberFormat('en-US');

/** Nouns the dashboard counts, with their plural when it is not the singular plus "s". */
const IRREGULAR: Record<string, string> = { match: 'matches', batch: 'batches', is: 'are', was: 'were' };

/** The noun for a count: plural('device', 1) → "device", plural('device', 3) → "devices". */
export function plural(noun: string, count: number): string {
  if (rules.select(count) === 'one') return noun;
  return IRREGULAR[noun] ?? `${noun}s`;
}

/** A count with its noun, grouped by thousands: count(1, 'device') → "1 device", count(3000, 'device') → "3,000 devices". */
export function count(n: number, noun: string): string {
  return `${numbers.format(n)} ${plural(noun, n)}`;
}

/**
 * Joins a service message and what to do about it into one sentence pair, without a
 * doubled period when the service's message already ends in one.
 */
export function sentence(...parts: Array<string | undefined>): string {
  return parts
    .filter((p): p is string => Boolean(p && p.trim()))
    .map((p) => p.trim().replace(/[.!?]?$/, (end) => end || '.'))
    .join(' ');
}

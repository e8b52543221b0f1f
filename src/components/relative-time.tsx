import { useNow } from '@/lib/clock';
import { formatAbsolute, formatRelative } from '@/lib/format';

/** Relative times move on with the shared 15-second clock, not one timer each. */
const TICK_MS = 15_000;

/** "5 minutes ago", with the absolute time on hover and for screen readers. */
export function RelativeTime({ date, fallback = '-' }: { date: Date | undefined; fallback?: string }) {
  const current = useNow(TICK_MS);
  if (!date || Number.isNaN(date.getTime())) return <>{fallback}</>;
  const absolute = formatAbsolute(date);
  // The shared clock ticks every 15 s; a time from the last tick is "just now", not "in 10 seconds".
  const t = date.getTime();
  const reference = t > current && t - current < 60_000 ? t : current;
  return (
    <time dateTime={date.toISOString()} title={absolute}>
      {formatRelative(date, reference)}
    </time>
  );
}

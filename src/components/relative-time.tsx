import { useSyncExternalStore } from 'react';
import { formatAbsolute, formatRelative } from '../lib/format';

// One shared 15-second ticker for every relative time on screen, not one timer each.
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;
function subscribe(l: () => void) {
  listeners.add(l);
  if (!timer) now = Date.now();
  timer ??= setInterval(() => {
    now = Date.now();
    listeners.forEach((fn) => fn());
  }, 15_000);
  return () => {
    listeners.delete(l);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}
const getNow = () => now;

/** "5 minutes ago", with the absolute time on hover and for screen readers. */
export function RelativeTime({ date, fallback = '-' }: { date: Date | undefined; fallback?: string }) {
  const current = useSyncExternalStore(subscribe, getNow, getNow);
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

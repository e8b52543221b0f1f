import { useEffect, useState } from 'react';

/** The current time, refreshed every `ms` while `active` (for durations of what still runs). */
export function useTicker(active: boolean, ms = 5_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [active, ms]);
  return now;
}

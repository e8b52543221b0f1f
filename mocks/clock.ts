/** The simulator's notion of now, in epoch milliseconds. */
export interface Clock {
  now(): number;
}

/** Wall-clock time: the dev app and the e2e suite run on it. */
export function realClock(): Clock {
  return { now: () => Date.now() };
}

/** A clock that moves only when told: contract tests drive the task life cycle with it. */
export interface ManualClock extends Clock {
  advance(ms: number): void;
  set(ms: number): void;
}

export function manualClock(startMs = Date.UTC(2026, 10, 1, 12)): ManualClock {
  let t = startMs;
  return {
    now: () => t,
    advance: (ms) => {
      t += ms;
    },
    set: (ms) => {
      t = ms;
    },
  };
}

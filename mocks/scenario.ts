/** Faults and scale of the simulated service; switched at runtime, never per test by hand. */
export interface Scenario {
  /** Devices per region. */
  devices: number;
  seed: number;
  /** Milliseconds added to every call. */
  latencyMs: number;
  /** ThrottlingException above this many requests per second per operation (0 = off). */
  throttlePerSecond: number;
  /** Failure injection for one operation: fraction of calls, and the (modelled) exception. */
  error?: { operation: string; rate: number; exception: string };
  /** Operations the caller's IAM policy denies: they answer AccessDeniedException (403). */
  deny: string[];
  /** A device that has vanished: not listed, and ResourceNotFoundException when asked for. */
  vanish?: string;
  /** Simulated task timings run this many times faster. */
  speed: number;
  /** The identity STS GetCallerIdentity names for pasted keys (mocks/sts.ts has the default). */
  callerArn?: string;
  /** How long after a call CloudTrail shows its event (LookupEvents), in milliseconds. */
  trailDelayMs: number;
  /** Serve a shared fleet snapshot written this many minutes ago (mocks/snapshot.ts); absent = none. */
  snapshotAgeMinutes?: number;
}

export const defaultScenario: Scenario = {
  devices: 60,
  seed: 1,
  latencyMs: 0,
  throttlePerSecond: 0,
  deny: [],
  speed: 1,
  trailDelayMs: 0,
};

function num(v: string | null): number | undefined {
  if (v === null || v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** Reads the sim-* query parameters (see README "The simulated fleet"). */
export function parseScenario(params: URLSearchParams): Partial<Scenario> {
  const s: Partial<Scenario> = {};
  const devices = num(params.get('sim-devices'));
  if (devices !== undefined) s.devices = Math.max(0, Math.floor(devices));
  const seed = num(params.get('sim-seed'));
  if (seed !== undefined) s.seed = seed;
  const latency = num(params.get('sim-latency'));
  if (latency !== undefined) s.latencyMs = Math.max(0, latency);
  const throttle = num(params.get('sim-throttle'));
  if (throttle !== undefined) s.throttlePerSecond = Math.max(0, throttle);
  const speed = num(params.get('sim-speed'));
  if (speed !== undefined && speed > 0) s.speed = speed;
  const error = params.get('sim-error');
  if (error) {
    const [operation = error, rate, exception] = error.split(':');
    s.error = { operation, rate: num(rate ?? null) ?? 1, exception: exception || 'InternalServerException' };
  }
  const deny = params.get('sim-deny');
  if (deny) s.deny = deny.split(',').map((d) => d.trim()).filter(Boolean);
  const vanish = params.get('sim-vanish');
  if (vanish) s.vanish = vanish;
  const trailDelay = num(params.get('sim-trail-delay'));
  if (trailDelay !== undefined) s.trailDelayMs = Math.max(0, trailDelay) * 1000;
  const snapshot = num(params.get('sim-snapshot'));
  if (snapshot !== undefined) s.snapshotAgeMinutes = Math.max(0, snapshot);
  const caller = params.get('sim-caller');
  if (caller) s.callerArn = caller;
  return s;
}

/**
 * A tab's scenario: what it saved (sessionStorage, JSON) under what the address's sim-*
 * parameters ask for. A damaged saved entry is dropped, so the simulator still starts.
 */
export function tabScenario(saved: string | null, search: string): Partial<Scenario> {
  let kept: Partial<Scenario> = {};
  try {
    kept = JSON.parse(saved ?? '{}') as Partial<Scenario>;
  } catch {
    // A damaged entry is dropped: the address and the defaults decide.
  }
  return { ...kept, ...parseScenario(new URLSearchParams(search)) };
}

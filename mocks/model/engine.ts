import type { Device, Execution, Task } from './types';

/** Durations of the task life cycle, in simulated milliseconds at speed 1. */
export const TIMINGS = {
  /** From queued (or the device becoming free) to the device picking the execution up. */
  pickup: 1000,
  reboot: 4000,
  unlock: 3000,
  /** A device that cannot be reached times the execution out after this long. */
  timeout: 20_000,
};

const TERMINAL = new Set(['CANCELED', 'FAILED', 'SUCCEEDED', 'REJECTED', 'TIMED_OUT']);
export const isTerminal = (e: Execution) => TERMINAL.has(e.state);

/** When the device can next be reached at or after t (Infinity while offline). */
export function nextReachable(device: Device, t: number): number {
  if (device.offlineSince !== undefined) return Infinity;
  if (device.unreachableFrom !== undefined && device.unreachableUntil !== undefined && t >= device.unreachableFrom && t < device.unreachableUntil) {
    return device.unreachableUntil;
  }
  return t;
}

/** The device's lastReachedOutAt at `now`: online devices check in once a minute. */
export function lastReachedOutAt(device: Device, now: number): number {
  if (device.offlineSince !== undefined) return device.offlineSince;
  if (device.unreachableFrom !== undefined && device.unreachableUntil !== undefined) {
    if (now >= device.unreachableFrom && now < device.unreachableUntil) return device.unreachableFrom;
  }
  const periodic = now - (((now / 1000 - device.phase) % 60) + 60) % 60 * 1000;
  // Back from a reboot: it reports at once, not at its next periodic check-in.
  return device.unreachableUntil !== undefined && device.unreachableUntil <= now ? Math.max(periodic, device.unreachableUntil) : periodic;
}

interface EngineContext {
  speed: number;
  device(id: string): Device | undefined;
  taskOf(e: Execution): Task;
  /** Devices that always fail their executions (a deterministic slice of the fleet). */
  isFlaky(device: Device): boolean;
}

function start(ctx: EngineContext, e: Execution, device: Device, at: number) {
  const task = ctx.taskOf(e);
  const run = (task.command === 'reboot' ? TIMINGS.reboot : TIMINGS.unlock) / ctx.speed;
  e.state = 'IN_PROGRESS';
  e.startedAt = at;
  e.lastUpdatedAt = at;
  e.finishAt = at + run;
  if (task.command === 'reboot') {
    // The device goes down a moment into the reboot and reports again when it is back.
    device.unreachableFrom = at + run * 0.25;
    device.unreachableUntil = e.finishAt;
  } else if (device.state === 'LOCKED') {
    device.state = 'UNLOCKING';
  }
}

function finish(ctx: EngineContext, e: Execution, device: Device) {
  const task = ctx.taskOf(e);
  const failed = ctx.isFlaky(device);
  e.state = failed ? 'FAILED' : 'SUCCEEDED';
  e.lastUpdatedAt = e.finishAt!;
  if (task.command === 'unlock' && device.state === 'UNLOCKING') device.state = failed ? 'LOCKED' : 'UNLOCKED';
}

/**
 * Moves one device's executions forward to `now`, in time order: one execution runs at a
 * time; the next is picked up when the device is free and reachable; executions for a
 * device that cannot be reached time out.
 */
export function advanceDevice(ctx: EngineContext, device: Device, queue: Execution[], now: number): void {
  let busyUntil = 0;
  for (const e of queue) {
    if (isTerminal(e)) {
      if (e.startedAt !== undefined) busyUntil = Math.max(busyUntil, e.lastUpdatedAt);
      continue;
    }
    if (e.state === 'QUEUED') {
      const readyAt = Math.max(e.queuedAt, busyUntil) + TIMINGS.pickup / ctx.speed;
      const startAt = nextReachable(device, readyAt);
      if (startAt === Infinity) {
        const timeoutAt = e.queuedAt + TIMINGS.timeout / ctx.speed;
        if (timeoutAt > now) return;
        e.state = 'TIMED_OUT';
        e.lastUpdatedAt = timeoutAt;
        continue;
      }
      if (startAt > now) return;
      start(ctx, e, device, startAt);
    }
    if (e.state === 'IN_PROGRESS') {
      if (e.finishAt! > now) return;
      finish(ctx, e, device);
      busyUntil = e.lastUpdatedAt;
    }
  }
}

/** A task completes once every execution has ended; a canceled one stays CANCELED. */
export function settleTask(task: Task): void {
  if (!task.executions.every(isTerminal)) return;
  const last = Math.max(task.createdAt, ...task.executions.map((e) => e.lastUpdatedAt));
  if (task.state === 'IN_PROGRESS') task.state = 'COMPLETED';
  task.completedAt ??= last;
  task.lastUpdatedAt = Math.max(task.lastUpdatedAt, last);
}

/**
 * The send rate of one request-queue lane: slow start, then a rate held just under the
 * limit the service showed when it throttled, probed upwards (additive increase,
 * one multiplicative decrease per throttling episode). Pacing runs from the previous slot,
 * makes up the slots a busy page missed (up to `catchUpMs`), lets an idle lane send its
 * first second's slots at once (`idleBurstMs`), and never lets more than `rate` sends out
 * in any trailing second.
 */

export interface RateOptions {
  /** Requests per second a lane starts with, before it has learned anything. */
  initialRate: number;
  /**
   * How much of a stall (a timer that fired late on a busy page) the lane makes up by sending
   * the slots it missed at once.
   */
  catchUpMs: number;
  /**
   * How much of its rate a lane that sent nothing in the last second sends at once: the rows
   * on screen go out together instead of one slot at a time. The cap of `rate` sends in any
   * trailing second holds all the same.
   */
  idleBurstMs: number;
  minRate: number;
  maxRate: number;
  /** Multiplicative decrease applied once per throttling episode. */
  decrease: number;
  /** Additive increase above the learned limit, in requests per second gained per second of success. */
  increasePerSecond: number;
  /** Below this share of the learned limit the rate recovers fast… */
  recoverTo: number;
  /** …by this share of the limit per second. */
  recoverPerSecond: number;
}

export const DEFAULT_RATE_OPTIONS: RateOptions = {
  initialRate: 40,
  catchUpMs: 250,
  idleBurstMs: 1000,
  minRate: 1,
  maxRate: 1000,
  decrease: 0.95,
  increasePerSecond: 0.5,
  recoverTo: 0.97,
  recoverPerSecond: 0.25,
};

/** One lane's rate state; `now` is passed in so tests can drive it with fake timers. */
export class RateControl {
  rate: number;
  /** Rate at which throttling was last met; Infinity until then (slow start). */
  private ceiling = Infinity;
  private nextSendAt = 0;
  private lastDecreaseAt = -Infinity;
  /** When the lane last had to wait for its rate (not for a free slot). */
  private rateBoundAt = -Infinity;
  /** Times of the successes in the last second: what the service actually accepts. */
  private recent: number[] = [];
  /** Times of the sends in the last second. */
  private sends: number[] = [];
  /** The lane was idle and sends its first second's slots at once (idleBurstMs). */
  private bursting = false;
  /** Where slow start's growth is counted from (a second at most ago). */
  private growth = { at: -Infinity, rate: 0 };
  /** The next slot waits for the trailing second's window, not for the pacing. */
  private windowHeld = false;

  constructor(private readonly o: RateOptions) {
    this.rate = o.initialRate;
  }

  /** Milliseconds until the next send may go, 0 when it may go now. */
  wait(now: number): number {
    while (this.sends.length && (this.sends[0] ?? 0) <= now - 1000) this.sends.shift();
    // No more than `rate` sends in any trailing second: a service that counts calls per
    // second sees no more than the rate, however much a stall is made up below.
    const perSecond = Math.max(1, Math.floor(this.rate));
    const windowFreeAt = this.sends.length >= perSecond ? (this.sends[this.sends.length - perSecond] ?? 0) + 1000 : -Infinity;
    // Time spent waiting for the window is not a missed slot to make up later.
    if (windowFreeAt > this.nextSendAt) {
      this.nextSendAt = windowFreeAt;
      this.windowHeld = true;
    }
    if (now >= this.nextSendAt) return 0;
    this.rateBoundAt = now;
    return this.nextSendAt - now;
  }

  /** Takes the current slot. */
  send(now: number): void {
    // Paced from the previous slot, not from now: a timer that fires late (the page was
    // busy rendering) must not stretch the intervals, or 50/s becomes 25/s while rows
    // render. The slots missed in the last catchUpMs go out at once; an idle lane starts a
    // burst of idleBurstMs worth of slots.
    this.windowHeld = false;
    if (this.sends.length === 0) this.bursting = true;
    else if (this.nextSendAt >= now - this.o.catchUpMs) this.bursting = false;
    this.nextSendAt = Math.max(this.nextSendAt, now - (this.bursting ? this.o.idleBurstMs : this.o.catchUpMs)) + 1000 / this.rate;
    this.sends.push(now);
  }

  /** A call succeeded; true when the lane's next slot moved earlier (a lane held by its window may send again). */
  succeeded(now: number): boolean {
    this.recent.push(now);
    while ((this.recent[0] ?? Infinity) <= now - 1000) this.recent.shift();
    // Only a rate that is actually holding requests back is raised: a lane limited by its
    // slots or by slow answers would otherwise grow a rate it never uses, then burst.
    if (now - this.rateBoundAt > 1000) return false;
    let perSecond: number;
    if (this.ceiling === Infinity) perSecond = this.rate; // slow start: doubles every second
    else if (this.rate < this.ceiling * this.o.recoverTo) perSecond = this.ceiling * this.o.recoverPerSecond; // back to just under the limit quickly
    else perSecond = this.o.increasePerSecond; // then probe above it slowly
    // One success is 1/rate of a second at this rate. In slow start, answers that arrive
    // together (a lane that waited for its window) double the rate per second of time, not per round trip.
    let cap = this.o.maxRate;
    if (this.ceiling === Infinity) {
      if (now - this.growth.at >= 1000) this.growth = { at: now, rate: this.rate };
      cap = Math.min(cap, this.growth.rate * 2 ** ((now - this.growth.at) / 1000 + 1 / this.growth.rate));
    }
    this.rate = Math.min(cap, this.rate + perSecond / this.rate);
    // A lane held by the window of the old rate may send again: the next slot follows the last send at the new rate.
    if (!this.windowHeld) return false;
    this.windowHeld = false;
    this.nextSendAt = (this.sends.at(-1) ?? now) + 1000 / this.rate;
    return true;
  }

  /** A request sent at `sentAt` was throttled. */
  throttled(sentAt: number, now: number): void {
    // Requests sent before the last decrease were paced at the old rate: their throttling
    // says nothing new. One decrease per episode, or the rate would spiral down.
    if (sentAt < this.lastDecreaseAt) return;
    this.lastDecreaseAt = now;
    while (this.recent.length && (this.recent[0] ?? 0) <= now - 1000) this.recent.shift();
    // What the service accepted over the last second is the best estimate of its limit.
    const accepted = this.recent.length;
    this.ceiling = Math.max(this.o.minRate, Math.min(this.rate, accepted > 0 ? accepted : this.rate * this.o.decrease));
    this.rate = Math.max(this.o.minRate, Math.min(this.rate * this.o.decrease, this.ceiling * this.o.decrease));
    // Skip one slot so the service's window can take the retries.
    this.nextSendAt = Math.max(this.nextSendAt, now + 1000 / this.rate);
  }
}

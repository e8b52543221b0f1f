import { describe, expect, it } from 'vitest';
import { isPartial, summarize } from './fleet-summary';
import { testRow } from './test-rows';

const now = Date.parse('2025-06-01T12:00:00Z');
const ago = (min: number) => new Date(now - min * 60_000);
const ctx = { now, onlineThresholdMs: 15 * 60_000 };
const failure = Object.assign(new Error('boom'), { name: 'InternalServerException' });

describe('summarize', () => {
  it('counts described devices by status, lock state and installs in progress', () => {
    const s = summarize([
      testRow('smd-a', { deviceState: 'LOCKED', deviceType: 'SNC1_HDD', lastReachedOutAt: ago(2), software: { installingVersion: '131', installState: 'DOWNLOADING' } }),
      testRow('smd-b', { deviceState: 'LOCKED', deviceType: 'EDGE_C', lastReachedOutAt: ago(60), software: { installingVersion: 'NA', installState: 'NA' } }),
      testRow('smd-c', { deviceState: 'UNLOCKED', deviceType: 'EDGE_C' }),
      testRow('smd-d'),
    ], ctx);
    expect([s.online, s.offline, s.installing]).toEqual([1, 2, 1]);
    expect(Object.fromEntries(s.states)).toEqual({ LOCKED: 2, UNLOCKED: 1 });
  });

  it('says how much of the fleet the counts cover while describing, and counts failed rows apart', () => {
    const rows = [
      testRow('smd-a', { deviceState: 'LOCKED', lastReachedOutAt: ago(1) }),
      testRow('smd-b'),
      testRow('smd-c'),
      { ...testRow('smd-d'), detailError: failure },
      // A row whose refresh failed still counts with what was read before.
      { ...testRow('smd-e', { deviceState: 'UNLOCKED', lastReachedOutAt: ago(1) }), detailError: failure },
    ];
    const s = summarize(rows, ctx);
    expect([s.total, s.described, s.waiting, s.failed]).toEqual([5, 2, 2, 1]);
    expect(s.online).toBe(2);
    expect(isPartial(s, false)).toBe(true);
  });

  it('is partial with zero counts when every describe failed, and complete only when all are described', () => {
    const allFailed = summarize([{ ...testRow('smd-a'), detailError: failure }, { ...testRow('smd-b'), detailError: failure }], ctx);
    expect([allFailed.online, allFailed.offline, allFailed.described, allFailed.failed, allFailed.waiting]).toEqual([0, 0, 0, 2, 0]);
    expect(isPartial(allFailed, false)).toBe(true);
    const complete = summarize([testRow('smd-a', { lastReachedOutAt: ago(1) })], ctx);
    expect(isPartial(complete, false)).toBe(false);
    // Still listing: the total may grow.
    expect(isPartial(complete, true)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { summarize } from './fleet-summary';
import { testRow } from './test-rows';

const now = Date.parse('2025-06-01T12:00:00Z');
const ago = (min: number) => new Date(now - min * 60_000);

describe('summarize', () => {
  it('counts described devices by status, lock state, type and installs in progress', () => {
    const s = summarize([
      testRow('smd-a', { deviceState: 'LOCKED', deviceType: 'SNC1_HDD', lastReachedOutAt: ago(2), software: { installingVersion: '131', installState: 'DOWNLOADING' } }),
      testRow('smd-b', { deviceState: 'LOCKED', deviceType: 'EDGE_C', lastReachedOutAt: ago(60), software: { installingVersion: 'NA', installState: 'NA' } }),
      testRow('smd-c', { deviceState: 'UNLOCKED', deviceType: 'EDGE_C' }),
      testRow('smd-d'),
    ], { now, onlineThresholdMs: 15 * 60_000 });
    expect([s.online, s.offline, s.installing]).toEqual([1, 2, 1]);
    expect(Object.fromEntries(s.states)).toEqual({ LOCKED: 2, UNLOCKED: 1 });
    expect(Object.fromEntries(s.types)).toEqual({ SNC1_HDD: 1, EDGE_C: 2 });
  });
});

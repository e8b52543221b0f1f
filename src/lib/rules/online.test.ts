import { describe, expect, it } from 'vitest';
import { onlineStatus, onlineThresholdMs } from './online';

const now = Date.UTC(2026, 0, 1);
const ago = (min: number) => ({ lastReachedOutAt: new Date(now - min * 60_000) });
const fifteen = onlineThresholdMs(15);

describe('onlineStatus', () => {
  it('is online within the threshold, the boundary included, and offline past it', () => {
    expect(fifteen).toBe(900_000);
    expect(onlineStatus(ago(14), fifteen, now)).toBe('online');
    expect(onlineStatus(ago(15), fifteen, now)).toBe('online');
    expect(onlineStatus(ago(16), fifteen, now)).toBe('offline');
  });

  it('counts a contact time ahead of the browser clock (skew) as online', () => {
    expect(onlineStatus(ago(-2), fifteen, now)).toBe('online');
  });

  it('is offline for a device that never reached out, unknown without a device', () => {
    expect(onlineStatus({}, fifteen, now)).toBe('offline');
    expect(onlineStatus({ lastReachedOutAt: undefined }, fifteen, now)).toBe('offline');
    expect(onlineStatus(undefined, fifteen, now)).toBe('unknown');
  });
});

describe('onlineRuleText', () => {
  it('states the threshold in minutes, singular and plural', async () => {
    const { onlineRuleText, onlineThresholdText } = await import('./online');
    expect(onlineThresholdText(onlineThresholdMs(1))).toBe('1 minute');
    expect(onlineRuleText(fifteen)).toBe('Online: the device reached out to AWS within the last 15 minutes. Offline: longer ago, or never.');
  });
});

import { describe, expect, it } from 'vitest';
import { capacityLevel, usedPercent, vcpus } from './capacity';
import { tagKeyError, tagValueError } from './tag-rules';

describe('device detail rules', () => {
  it('computes usage and warning levels', () => {
    expect(usedPercent({ total: 100, used: 81 })).toBe(81);
    expect(usedPercent({ total: 100, available: 4 })).toBe(96);
    expect(usedPercent({ total: 0, used: 0 })).toBeUndefined();
    expect([79, 81, 95, 96].map(capacityLevel)).toEqual(['ok', 'warning', 'warning', 'error']);
  });

  it('counts vCPUs as cores times threads', () => {
    expect(vcpus({ coreCount: 4, threadsPerCore: 2 })).toBe(8);
    expect(vcpus({ coreCount: 2 })).toBe(2);
    expect(vcpus(undefined)).toBeUndefined();
  });

  it('checks tag keys and values before sending', () => {
    expect(tagKeyError('', [])).toMatch(/Enter a key/);
    expect(tagKeyError('aws:owner', [])).toMatch(/reserved/);
    expect(tagKeyError('k'.repeat(129), [])).toMatch(/at most 128/);
    expect(tagKeyError('bad<key>', [])).toMatch(/letters, numbers/);
    expect(tagKeyError('site', ['site'])).toMatch(/already exists/);
    expect(tagKeyError('site', ['site'], 'site')).toBeUndefined();
    expect(tagKeyError('new', Array.from({ length: 50 }, (_, i) => `k${i}`))).toMatch(/at most 50/);
    expect(tagValueError('v'.repeat(257))).toMatch(/at most 256/);
    expect(tagValueError('berlin-2 @dock:7')).toBeUndefined();
  });
});
